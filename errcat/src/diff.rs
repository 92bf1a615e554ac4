//! `errcat diff`: what a new version of a catalog changes, and whether each
//! change breaks code that uses the generated enum.
//!
//! A change is *breaking* when code written against the old enum may stop
//! compiling (a variant, the enum, the catch-all or a code-reference macro
//! arm is gone or renamed), or when a code it handles silently changes
//! variant or success/failure outcome, or `decode` stops finding the code
//! or `data` (envelope field names). Adding a code is not breaking: the
//! catch-all exists so that vendors can add codes, and code that matches with
//! a `_` arm keeps working; `From` for that code now gives the new variant
//! instead of `Unknown(code)`, and an exhaustive `match` naming every
//! variant stops compiling, so `--strict` counts additions as breaking for
//! crates that match exhaustively. Messages, HTTP status, retryability,
//! category, key and deprecation change what the getters return (a new
//! deprecation warns), never which variant a code is, so they are not breaking.

use crate::output::{out, print_json, Format};
use error_catalog::diagnostic::Located;
use error_catalog::load;
use error_catalog::model::{Catalog, Code, CodeType, Entry, Envelope, Matcher, PlaceholderStyle};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `errcat diff`.
#[derive(clap::Args)]
#[command(
    after_help = "Breaking: a removed, renamed or moved code, a changed enum name, code type, catch-all or parent, a code changing between success and failure, a renamed envelope code or data field. Not breaking: added codes (unless --strict), messages, the envelope's message fields, http, retryable, category, key, deprecated.\n\nExit status: 0 nothing breaks, 1 something breaks, 2 a catalog cannot be loaded."
)]
pub struct Args {
    /// The catalog as it was.
    old: PathBuf,
    /// The catalog as it is now.
    new: PathBuf,
    /// Count added codes as breaking (for crates that `match` every variant
    /// without a `_` arm).
    #[arg(long)]
    strict: bool,
    /// `human`: one line per change; `json`: one object listing every change.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

/// What changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// The enum's name (and with it the code-reference macro's).
    EnumName,
    /// Integer ↔ string codes.
    CodeType,
    /// The catch-all variant's name.
    CatchAll,
    /// The parent of a subset catalog.
    Parent,
    /// A field name of the reply envelope that `decode` reads.
    Envelope,
    /// The catalog's own language (what `message()` answers in).
    Lang,
    /// A code now means success, or no longer does.
    Success,
    /// The placeholder style of the messages.
    Placeholders,
    /// A category's range or prefix, or a category added or removed.
    Categories,
    /// A new code.
    Added,
    /// A code that is gone.
    Removed,
    /// A variant that now has another code (its old code is gone).
    Moved,
    /// The same code under a new variant name.
    Renamed,
    /// A message in one language.
    Message,
    /// The HTTP status of a code.
    Http,
    /// Whether a code is retryable.
    Retryable,
    /// The category of a code.
    Category,
    /// The vendor's symbolic name of a code.
    Key,
    /// The deprecation of a code.
    Deprecated,
}

impl Kind {
    fn label(self) -> &'static str {
        match self {
            Kind::EnumName => "enum name",
            Kind::CodeType => "code type",
            Kind::CatchAll => "catch-all",
            Kind::Parent => "subset of",
            Kind::Envelope => "envelope",
            Kind::Lang => "language",
            Kind::Success => "success",
            Kind::Placeholders => "placeholders",
            Kind::Categories => "categories",
            Kind::Added => "added",
            Kind::Removed => "removed",
            Kind::Moved => "moved",
            Kind::Renamed => "renamed",
            Kind::Message => "message",
            Kind::Http => "http",
            Kind::Retryable => "retryable",
            Kind::Category => "category",
            Kind::Key => "key",
            Kind::Deprecated => "deprecated",
        }
    }
}

/// One change between the two versions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    /// What changed.
    pub kind: Kind,
    /// Whether code using the old enum may break.
    pub breaking: bool,
    /// The code concerned, when the change is about one code.
    #[serde(serialize_with = "code_json")]
    pub code: Option<Code>,
    /// The variant concerned (its new name when renamed).
    pub name: Option<String>,
    /// The language of a changed message.
    pub lang: Option<String>,
    /// The value before (`None`: absent).
    pub old: Option<Fact>,
    /// The value after (`None`: absent).
    pub new: Option<Fact>,
}

/// A value before or after a change, of its own type: JSON writes `500` and
/// `true` as a number and a boolean, the human format unquoted, and only
/// text quoted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Fact {
    /// A text: a message, a name, a key.
    Text(String),
    /// A number: an HTTP status, an integer code.
    Int(i64),
    /// A flag: `retryable`.
    Bool(bool),
}

impl From<String> for Fact {
    fn from(text: String) -> Self {
        Fact::Text(text)
    }
}

impl From<&Code> for Fact {
    fn from(code: &Code) -> Self {
        match code {
            Code::Int(c) => Fact::Int(*c),
            Code::Str(c) => Fact::Text(c.clone()),
        }
    }
}

impl std::fmt::Display for Fact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Fact::Text(text) => write!(f, "{text:?}"),
            Fact::Int(n) => write!(f, "{n}"),
            Fact::Bool(b) => write!(f, "{b}"),
        }
    }
}

/// Integer codes as JSON numbers, string codes as JSON strings.
fn code_json<S: serde::Serializer>(code: &Option<Code>, s: S) -> Result<S::Ok, S::Error> {
    match code {
        Some(Code::Int(c)) => s.serialize_i64(*c),
        Some(Code::Str(c)) => s.serialize_str(c),
        None => s.serialize_none(),
    }
}

impl Change {
    fn catalog(kind: Kind, breaking: bool, old: Option<String>, new: Option<String>) -> Self {
        Change {
            kind,
            breaking,
            code: None,
            name: None,
            lang: None,
            old: old.map(Fact::Text),
            new: new.map(Fact::Text),
        }
    }

    fn code(kind: Kind, breaking: bool, entry: &Entry) -> Self {
        Change {
            kind,
            breaking,
            code: Some(entry.code.clone()),
            name: Some(entry.name.clone()),
            lang: None,
            old: None,
            new: None,
        }
    }

    fn values(mut self, old: Option<impl Into<Fact>>, new: Option<impl Into<Fact>>) -> Self {
        self.old = old.map(Into::into);
        self.new = new.map(Into::into);
        self
    }
}

/// Every change from `old` to `new`: catalog-wide ones first, then those of
/// each code in code order (a code's own changes in a fixed order: name,
/// messages, facts; success; added, removed, moved).
pub fn diff(old: &Catalog, new: &Catalog, strict: bool) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut header = |kind, breaking, o: String, n: String| {
        if o != n {
            changes.push(Change::catalog(kind, breaking, Some(o), Some(n)));
        }
    };
    header(Kind::EnumName, true, old.name.clone(), new.name.clone());
    header(
        Kind::CodeType,
        true,
        code_type(old.code_type).into(),
        code_type(new.code_type).into(),
    );
    header(
        Kind::CatchAll,
        true,
        old.unknown.clone(),
        new.unknown.clone(),
    );
    header(
        Kind::Placeholders,
        false,
        placeholders(old.placeholders).into(),
        placeholders(new.placeholders).into(),
    );
    header(Kind::Lang, false, old.lang.clone(), new.lang.clone());
    if old.parent != new.parent {
        changes.push(Change::catalog(
            Kind::Parent,
            true,
            old.parent.clone(),
            new.parent.clone(),
        ));
    }
    envelope(&old.envelope, &new.envelope, &mut changes);
    categories(old, new, &mut changes);
    success(old, new, &mut changes);

    let old_by_code: BTreeMap<&Code, &Entry> = old.entries.iter().map(|e| (&e.code, e)).collect();
    let new_codes: BTreeMap<&Code, &Entry> = new.entries.iter().map(|e| (&e.code, e)).collect();
    let new_by_name: BTreeMap<&str, &Entry> =
        new.entries.iter().map(|e| (e.name.as_str(), e)).collect();
    for e in &new.entries {
        match old_by_code.get(&e.code) {
            Some(o) => entry(old, new, o, e, &mut changes),
            // A variant that moved here from a removed code is reported as moved.
            None if old
                .entries
                .iter()
                .any(|o| o.name == e.name && !new_codes.contains_key(&o.code)) => {}
            None => changes.push(Change::code(Kind::Added, strict, e)),
        }
    }
    for o in &old.entries {
        if new_codes.contains_key(&o.code) {
            continue;
        }
        match new_by_name.get(o.name.as_str()) {
            Some(moved) if !old_by_code.contains_key(&moved.code) => changes
                .push(Change::code(Kind::Moved, true, o).values(Some(&o.code), Some(&moved.code))),
            _ => changes.push(Change::code(Kind::Removed, true, o)),
        }
    }
    // Stable: catalog-wide changes (no code) first, each code's in emission order.
    changes.sort_by(|a, b| a.code.cmp(&b.code));
    changes
}

fn code_type(t: CodeType) -> &'static str {
    match t {
        CodeType::Int => "integer",
        CodeType::Str => "string",
    }
}

fn placeholders(p: PlaceholderStyle) -> &'static str {
    match p {
        PlaceholderStyle::None => "none",
        PlaceholderStyle::Java => "java",
        PlaceholderStyle::Printf => "printf",
    }
}

fn matcher(m: &Matcher) -> String {
    match m {
        Matcher::Range(lo, hi) => format!("range {lo}..={hi}"),
        Matcher::Prefix(p) => format!("prefix {p:?}"),
    }
}

/// The reply envelope's field names. `decode` finds the code and a success
/// reply's `data` by theirs, so renaming either makes replies that decoded
/// before fail (breaking); the message fields only change `server_message()`.
fn envelope(old: &Envelope, new: &Envelope, changes: &mut Vec<Change>) {
    let fields = [
        ("code", true, old.code.clone(), new.code.clone()),
        (
            "message",
            false,
            old.message.join(", "),
            new.message.join(", "),
        ),
        ("data", true, old.data.clone(), new.data.clone()),
    ];
    for (field, breaking, before, after) in fields {
        if before != after {
            changes.push(Change::catalog(
                Kind::Envelope,
                breaking,
                Some(format!("{field}: {before}")),
                Some(format!("{field}: {after}")),
            ));
        }
    }
}

/// Category definitions: `category()` of codes the catalog does not define
/// follows them. Changes of a defined code's category are reported per code.
fn categories(old: &Catalog, new: &Catalog, changes: &mut Vec<Change>) {
    let defs = |c: &Catalog| -> BTreeMap<String, String> {
        c.categories
            .iter()
            .map(|cat| (cat.name.clone(), matcher(&cat.matcher)))
            .collect()
    };
    let (o, n) = (defs(old), defs(new));
    for name in o.keys().chain(n.keys().filter(|k| !o.contains_key(*k))) {
        let (before, after) = (o.get(name), n.get(name));
        if before != after {
            let show = |m: Option<&String>| m.map(|m| format!("{name}: {m}"));
            changes.push(Change::catalog(
                Kind::Categories,
                false,
                show(before),
                show(after),
            ));
        }
    }
}

/// `is_success()` decides whether a reply is data or an error, so a code
/// that changes side is breaking.
fn success(old: &Catalog, new: &Catalog, changes: &mut Vec<Change>) {
    for code in &old.success {
        if !new.success.contains(code) {
            let mut change = Change::catalog(
                Kind::Success,
                true,
                Some("success".into()),
                Some("failure".into()),
            );
            change.code = Some(code.clone());
            changes.push(change);
        }
    }
    for code in &new.success {
        // A code the old catalog lacked was its catch-all, a failure: a new
        // success code changes side as much as an existing one does.
        if !old.success.contains(code) {
            let mut change = Change::catalog(
                Kind::Success,
                true,
                Some("failure".into()),
                Some("success".into()),
            );
            change.code = Some(code.clone());
            changes.push(change);
        }
    }
}

/// Changes of one code present in both versions.
fn entry(old_c: &Catalog, new_c: &Catalog, old: &Entry, new: &Entry, changes: &mut Vec<Change>) {
    if old.name != new.name {
        changes.push(
            Change::code(Kind::Renamed, true, new)
                .values(Some(old.name.clone()), Some(new.name.clone())),
        );
    }
    // Messages per language, in the new catalog's language order, then
    // languages the new catalog dropped.
    let langs = new_c.languages.iter().chain(
        old_c
            .languages
            .iter()
            .filter(|l| !new_c.languages.contains(l)),
    );
    for lang in langs {
        let (before, after) = (old.message(lang), new.message(lang));
        if before != after {
            let mut change = Change::code(Kind::Message, false, new)
                .values(before.map(str::to_owned), after.map(str::to_owned));
            change.lang = Some(lang.clone());
            changes.push(change);
        }
    }
    let mut fact = |kind, before: Option<Fact>, after: Option<Fact>| {
        if before != after {
            changes.push(Change::code(kind, false, new).values(before, after));
        }
    };
    let http = |e: &Entry| e.http.map(|h| Fact::Int(h.into()));
    fact(Kind::Http, http(old), http(new));
    fact(
        Kind::Retryable,
        Some(Fact::Bool(old.retryable)),
        Some(Fact::Bool(new.retryable)),
    );
    let text = |t: &Option<String>| t.clone().map(Fact::Text);
    fact(Kind::Category, text(&old.category), text(&new.category));
    fact(Kind::Key, text(&old.key), text(&new.key));
    fact(
        Kind::Deprecated,
        text(&old.deprecated),
        text(&new.deprecated),
    );
}

/// The JSON report.
#[derive(Serialize)]
struct Report<'a> {
    old: String,
    new: String,
    breaking: usize,
    changes: &'a [Change],
}

/// Exit status: 0 when nothing breaks, 1 when a change breaks, 2 when a
/// catalog cannot be loaded (its mistakes are printed as `check` does).
pub fn run(args: Args) -> ExitCode {
    let old_path = args.old.to_string_lossy().into_owned();
    let new_path = args.new.to_string_lossy().into_owned();
    let old = load::load(&args.old, &old_path);
    let new = load::load(&args.new, &new_path);
    let (Some(old_c), Some(new_c)) = (&old.catalog, &new.catalog) else {
        return load_failure(&old.diagnostics, &new.diagnostics);
    };
    if !old.diagnostics.is_empty() || !new.diagnostics.is_empty() {
        return load_failure(&old.diagnostics, &new.diagnostics);
    }
    let changes = diff(old_c, new_c, args.strict);
    let breaking = changes.iter().filter(|c| c.breaking).count();
    match args.format {
        Format::Human => {
            for change in &changes {
                out(&format!("{}\n", human(change)));
            }
            eprintln!(
                "errcat diff: {} change(s), {breaking} breaking",
                changes.len()
            );
        }
        Format::Json => print_json(&Report {
            old: old_path,
            new: new_path,
            breaking,
            changes: &changes,
        }),
    }
    if breaking > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn load_failure(old: &[Located], new: &[Located]) -> ExitCode {
    for error in old.iter().chain(new) {
        eprintln!("{error}");
    }
    ExitCode::from(2)
}

/// `BREAKING renamed  4026 InvalidSignature: "BadSign" -> "InvalidSignature"`.
pub fn human(c: &Change) -> String {
    let mut line = format!(
        "{:<9}{:<13}",
        if c.breaking { "BREAKING" } else { "" },
        c.kind.label()
    );
    if let Some(code) = &c.code {
        line.push_str(&code.to_string());
    }
    if let Some(name) = &c.name {
        line.push_str(&format!(" {name}"));
    }
    if let Some(lang) = &c.lang {
        line.push_str(&format!(" [{lang}]"));
    }
    if c.old.is_some() || c.new.is_some() {
        let show = |v: &Option<Fact>| {
            v.as_ref()
                .map_or_else(|| "(none)".to_owned(), Fact::to_string)
        };
        if !line.ends_with(' ') {
            line.push_str(": ");
        }
        line.push_str(&format!("{} -> {}", show(&c.old), show(&c.new)));
    }
    line.trim_end().to_owned()
}
