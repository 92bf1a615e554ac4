//! Cross-entry validation: rules that compare entries with each other, with the
//! catalog header, or with a subset's parent. Offending entries are dropped (or
//! patched) so the model stays consistent and the skeleton still compiles.
//!
//! Each rule is a named function that checks one thing ([`RULES`] for the
//! ones that drop an entry, in order: the first an entry breaks is its one
//! error), then the rules that patch an entry ([`check_messages`],
//! [`resolve_category`]) and the catalog-wide ones ([`evident_placeholders`],
//! [`success_codes`]).

use crate::diagnostic::duplicate_code;
use crate::diagnostic::Diagnostic;
use crate::fnv::FnvMap;
use crate::model::{Catalog, Code, Entry, Message, PlaceholderStyle};
use crate::names::{did_you_mean, fold, nearest, GENERATED_ITEMS};
use crate::parse::{EntrySpans, Parsed};
use crate::placeholder;
use crate::value::Span;

/// Checks `parsed` (against `parent` for a subset) and returns the consistent model.
pub fn validate(parsed: Parsed, parent: Option<&Catalog>, diags: &mut Vec<Diagnostic>) -> Catalog {
    let Parsed {
        mut catalog,
        spans,
        success_spans,
        lang_known,
        placeholders_set,
    } = parsed;
    if !placeholders_set {
        catalog.placeholders = evident_placeholders(&catalog, &spans, diags);
    }
    let parent_codes: FnvMap<&Code, &Entry> = parent.map_or_else(FnvMap::default, |p| {
        p.entries.iter().map(|e| (&e.code, e)).collect()
    });
    let parsed_entries = core::mem::take(&mut catalog.entries);
    let scope = Scope {
        catalog: &catalog,
        parent,
        parent_codes: &parent_codes,
        lang_known,
    };
    let mut accepted = Accepted::default();
    for (entry, entry_spans) in parsed_entries.into_iter().zip(spans) {
        if let Some(entry) = check_entry(entry, &entry_spans, &scope, &accepted, diags) {
            accepted.push(entry, entry_spans.label);
        }
    }
    let parsed_success = core::mem::take(&mut catalog.success);
    catalog.success = success_codes(parsed_success, success_spans, &accepted, diags);
    catalog.entries = accepted.entries;
    // After inheritance: a subset's languages are those of the messages it took.
    for entry in &catalog.entries {
        for m in &entry.messages {
            if !catalog.languages.contains(&m.lang) {
                catalog.languages.push(m.lang.clone());
            }
        }
    }
    catalog
}

/// What the rules read besides the entry.
struct Scope<'a> {
    catalog: &'a Catalog,
    parent: Option<&'a Catalog>,
    /// The parent's entries by code.
    parent_codes: &'a FnvMap<&'a Code, &'a Entry>,
    /// Whether `lang` could be read (else no message can be checked).
    lang_known: bool,
}

/// The entries accepted so far, with their labels, indexed for lookups only
/// (iteration order never matters).
#[derive(Default)]
struct Accepted {
    entries: Vec<Entry>,
    /// How each entry is named in messages (parallel to `entries`).
    labels: Vec<String>,
    by_code: FnvMap<Code, usize>,
    by_folded_name: FnvMap<String, usize>,
}

impl Accepted {
    fn push(&mut self, entry: Entry, label: String) {
        self.by_code.insert(entry.code.clone(), self.entries.len());
        self.by_folded_name
            .insert(fold(&entry.name), self.entries.len());
        self.entries.push(entry);
        self.labels.push(label);
    }
}

/// The entry a rule checks, with what the rules share about it.
struct Checked<'a> {
    entry: &'a Entry,
    label: &'a str,
    /// Where its name is written (the entry's key when `name` is not).
    name_span: Span,
    /// Its name folded (case and underscores ignored).
    folded: String,
}

/// A rule that drops the entry it reports.
type Rule = fn(&Checked<'_>, &Scope<'_>, &Accepted) -> Option<Diagnostic>;

/// The rules that drop an entry, in order: the first one broken is the
/// entry's one error.
const RULES: &[Rule] = &[
    unique_code,
    unique_name,
    not_the_catch_all,
    not_a_generated_item,
];

/// An entry through every rule: `None` when it is dropped (reported, or a
/// nameless subset entry whose parent failed to load, reported already).
fn check_entry(
    mut entry: Entry,
    spans: &EntrySpans,
    scope: &Scope<'_>,
    accepted: &Accepted,
    diags: &mut Vec<Diagnostic>,
) -> Option<Entry> {
    let label = spans.label.as_str();
    if entry.name.is_empty() && scope.parent.is_none() {
        return None;
    }
    if let Some(parent) = scope.parent {
        entry = inherit(&entry, spans, parent, scope.parent_codes, label, diags)?;
    }
    let checked = Checked {
        entry: &entry,
        label,
        name_span: spans.field("name").unwrap_or_else(|| entry.span.clone()),
        folded: fold(&entry.name),
    };
    if let Some(broken) = RULES
        .iter()
        .find_map(|rule| rule(&checked, scope, accepted))
    {
        diags.push(broken);
        return None;
    }
    if scope.parent.is_none() && scope.lang_known {
        check_messages(&mut entry, spans, scope.catalog, label, diags);
    }
    resolve_category(&mut entry, spans, scope.catalog, diags);
    Some(entry)
}

/// Each code once.
fn unique_code(c: &Checked<'_>, _: &Scope<'_>, accepted: &Accepted) -> Option<Diagnostic> {
    let i = *accepted.by_code.get(&c.entry.code)?;
    Some(duplicate_code(
        c.entry.span.clone(),
        &c.entry.code.to_string(),
        c.label,
        &accepted.labels[i],
        accepted.entries[i].span.clone(),
    ))
}

/// Each variant name once, also when names differ only in case or underscores.
fn unique_name(c: &Checked<'_>, _: &Scope<'_>, accepted: &Accepted) -> Option<Diagnostic> {
    let i = *accepted.by_folded_name.get(&c.folded)?;
    let first = &accepted.entries[i];
    let how = if first.name == c.entry.name {
        "duplicate"
    } else {
        "colliding"
    };
    Some(
        Diagnostic::new(
            c.name_span.clone(),
            format!(
                "{how} variant name `{}`: {} is already named `{}`",
                c.entry.name, accepted.labels[i], first.name
            ),
        )
        .entry(c.label)
        .first(first.span.clone())
        .help(
            "give each code its own name (names that differ only in case or underscores collide)",
        ),
    )
}

/// No variant named like the catch-all (`OTHER` against `Other`).
fn not_the_catch_all(c: &Checked<'_>, scope: &Scope<'_>, _: &Accepted) -> Option<Diagnostic> {
    let unknown = &scope.catalog.unknown;
    if c.folded != fold(unknown) {
        return None;
    }
    let fix = if c.folded == "other" {
        "Unknown"
    } else {
        "Other"
    };
    Some(
        Diagnostic::new(c.name_span.clone(), format!("variant name `{}` collides with the catch-all variant `{unknown}`", c.entry.name))
            .entry(c.label)
            .help(format!("rename this code, or set unknown = \"{fix}\" in [catalog] to name the catch-all differently")),
    )
}

/// No variant shadowing an associated item of the generated enum (`ALL`).
fn not_a_generated_item(c: &Checked<'_>, scope: &Scope<'_>, _: &Accepted) -> Option<Diagnostic> {
    let name = &c.entry.name;
    GENERATED_ITEMS.contains(&name.as_str()).then(|| {
        Diagnostic::new(
            c.name_span.clone(),
            format!(
                "variant name `{name}` collides with the generated `{}::{name}`",
                scope.catalog.name
            ),
        )
        .entry(c.label)
        .help("choose another name")
    })
}

/// A `category` must be defined; without one, the entry takes the first
/// category whose range or prefix matches its code.
fn resolve_category(
    entry: &mut Entry,
    spans: &EntrySpans,
    catalog: &Catalog,
    diags: &mut Vec<Diagnostic>,
) {
    let Some(name) = &entry.category else {
        entry.category = catalog
            .categories
            .iter()
            .find(|c| c.matcher.matches(&entry.code))
            .map(|c| c.name.clone());
        return;
    };
    if catalog.categories.iter().any(|c| &c.name == name) {
        return;
    }
    let known: Vec<&str> = catalog.categories.iter().map(|c| c.name.as_str()).collect();
    let help = match did_you_mean(name, &known) {
        Some(s) => format!("did you mean `{s}`?"),
        None if known.is_empty() => {
            "define it as [categories.NAME] with `range` or `prefix`".into()
        }
        None => format!("defined categories: {}", known.join(", ")),
    };
    diags.push(
        Diagnostic::new(
            spans
                .field("category")
                .unwrap_or_else(|| entry.span.clone()),
            format!("category `{name}` is not defined"),
        )
        .entry(spans.label.as_str())
        .help(help),
    );
    entry.category = None;
}

/// Every `success` code must be defined; each is kept once.
fn success_codes(
    codes: Vec<Code>,
    spans: Vec<Span>,
    accepted: &Accepted,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Code> {
    let mut success = Vec::new();
    for (code, span) in codes.into_iter().zip(spans) {
        if accepted.by_code.contains_key(&code) {
            if !success.contains(&code) {
                success.push(code);
            }
            continue;
        }
        let near = nearest(&code, accepted.entries.iter().map(|e| &e.code), 3);
        let help = if near.is_empty() {
            "add the code under [codes] or remove it from `success`".to_owned()
        } else {
            format!(
                "add the code under [codes], or did you mean {}?",
                list(&near)
            )
        };
        diags.push(
            Diagnostic::new(
                span,
                format!("success code {code} is not defined in this catalog"),
            )
            .entry("[catalog]")
            .help(help),
        );
    }
    success
}

/// The style of a catalog that does not set `placeholders`: the one its
/// messages evidently use (`{0}`: java, `%s`/`%d`: printf), `none` when they
/// use neither; both at once is one error asking to set it, never a message
/// whose `{0}` is silently left unfilled.
fn evident_placeholders(
    catalog: &Catalog,
    spans: &[EntrySpans],
    diags: &mut Vec<Diagnostic>,
) -> PlaceholderStyle {
    let (mut java, mut printf) = (None, None);
    for (i, entry) in catalog.entries.iter().enumerate() {
        for message in &entry.messages {
            let (j, p) = placeholder::evident(&message.text);
            java = java.or(j.then_some(i));
            printf = printf.or(p.then_some(i));
        }
    }
    match (java, printf) {
        (Some(_), None) => PlaceholderStyle::Java,
        (None, Some(_)) => PlaceholderStyle::Printf,
        (None, None) => PlaceholderStyle::None,
        (Some(j), Some(p)) => {
            let at = j.max(p);
            let span = spans[at]
                .field("message")
                .unwrap_or_else(|| catalog.entries[at].span.clone());
            diags.push(
                Diagnostic::new(
                    span,
                    format!(
                        "messages hold both `{{0}}` placeholders ({}) and `%s` ones ({}), and `placeholders` is not set",
                        spans[j].label, spans[p].label
                    ),
                )
                .entry(spans[at].label.clone())
                .help("set placeholders = \"java\" ({0}, {1}…), \"printf\" (%s, %d) or \"none\" (every message shown as written) in [catalog]"),
            );
            PlaceholderStyle::None
        }
    }
}

/// Every message in `lang` is required; placeholders must parse and agree across languages.
fn check_messages(
    entry: &mut Entry,
    spans: &EntrySpans,
    catalog: &Catalog,
    label: &str,
    diags: &mut Vec<Diagnostic>,
) {
    let message_span = spans.field("message").unwrap_or_else(|| entry.span.clone());
    // A misspelt `message` was reported already: one error per mistake.
    let message_written =
        spans.field("message").is_some() || spans.misspelt.iter().any(|f| f == "message");
    if entry.message(&catalog.lang).is_none() {
        let help = match entry.messages.first() {
            None => format!("add message = \"…\" with the vendor's text in `{}`", catalog.lang),
            Some(m) => format!(
                "add the vendor's text in `{}` (the catalog's `lang`), e.g. message = {{ {} = \"…\", {} = \"{}\" }}",
                catalog.lang, catalog.lang, m.lang, m.text
            ),
        };
        // A message of the wrong type was reported already: one error per mistake.
        if !message_written || !entry.messages.is_empty() {
            diags.push(
                Diagnostic::new(
                    message_span.clone(),
                    format!("no message in the catalog's language `{}`", catalog.lang),
                )
                .entry(label)
                .help(help),
            );
        }
        // Keep the entry for the skeleton; its text no longer matters.
        entry.messages.insert(
            0,
            Message {
                lang: catalog.lang.clone(),
                text: String::new(),
            },
        );
        return;
    }
    if catalog.placeholders == PlaceholderStyle::None {
        return;
    }
    let mut first: Option<(&str, Vec<String>)> = None;
    for m in &entry.messages {
        match placeholder::parse(catalog.placeholders, &m.text) {
            Err(problem) => diags.push(
                Diagnostic::new(message_span.clone(), format!("message in `{}`: {problem}", m.lang))
                    .entry(label)
                    .help("fix the placeholder, or set placeholders = \"none\" in [catalog] if the text has none"),
            ),
            Ok(pieces) => {
                let sig = placeholder::signature(&pieces, catalog.placeholders);
                match &first {
                    None => first = Some((&m.lang, sig)),
                    Some((lang, expected)) if *expected != sig => diags.push(
                        Diagnostic::new(
                            message_span.clone(),
                            format!(
                                "placeholders differ between languages: `{lang}` has [{}], `{}` has [{}]",
                                expected.join(", "),
                                m.lang,
                                sig.join(", ")
                            ),
                        )
                        .entry(label)
                        .help("every translation must take the same arguments"),
                    ),
                    Some(_) => {}
                }
            }
        }
    }
}

/// A subset entry takes everything from its parent; it may repeat the name and
/// message (which must agree) and add a `doc`.
fn inherit(
    entry: &Entry,
    spans: &EntrySpans,
    parent: &Catalog,
    parent_codes: &FnvMap<&Code, &Entry>,
    label: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<Entry> {
    let Some(source) = parent_codes.get(&entry.code).copied() else {
        diags.push(not_in_parent(entry, parent, label));
        return None;
    };
    let mut ok = true;
    for (field, span) in &spans.fields {
        ok &= agrees_with_parent(field, span, entry, source, parent, label, diags);
    }
    let mut inherited = source.clone();
    inherited.span = entry.span.clone();
    if entry.doc.is_some() {
        inherited.doc = entry.doc.clone();
    }
    ok.then_some(inherited)
}

/// A subset's code that its parent lacks, with the parent's nearest codes.
fn not_in_parent(entry: &Entry, parent: &Catalog, label: &str) -> Diagnostic {
    let near = nearest(&entry.code, parent.entries.iter().map(|e| &e.code), 3);
    let help = if near.is_empty() {
        format!("add the code to the parent catalog `{}` first", parent.name)
    } else {
        format!(
            "a subset lists codes of its parent only; nearest codes of `{}`: {}",
            parent.name,
            list(&near)
        )
    };
    Diagnostic::new(
        entry.span.clone(),
        format!(
            "code {} is not in the parent catalog `{}`",
            entry.code, parent.name
        ),
    )
    .entry(label)
    .help(help)
}

/// Whether a subset entry's `field` (written at `span`) may stay: `doc`
/// always, `name` and `message` when they agree with the parent's entry
/// `source`; any other field is reported but does not drop the entry.
fn agrees_with_parent(
    field: &str,
    span: &Span,
    entry: &Entry,
    source: &Entry,
    parent: &Catalog,
    label: &str,
    diags: &mut Vec<Diagnostic>,
) -> bool {
    match field {
        "doc" => true,
        "name" if entry.name != source.name => {
            diags.push(
                Diagnostic::new(
                    span.clone(),
                    format!(
                        "name `{}` differs from the parent's `{}`",
                        entry.name, source.name
                    ),
                )
                .entry(label)
                .help(format!(
                    "a subset uses its parent's variant names: remove `name` or write `{}`",
                    source.name
                )),
            );
            false
        }
        "message" => {
            let mut ok = true;
            for m in &entry.messages {
                if source.message(&m.lang) != Some(m.text.as_str()) {
                    diags.push(
                        Diagnostic::new(span.clone(), format!("message in `{}` differs from the parent's", m.lang))
                            .entry(label)
                            .help("a subset takes its messages from the parent: remove `message` here or change it in the parent"),
                    );
                    ok = false;
                }
            }
            ok
        }
        "name" => true,
        other => {
            diags.push(
                Diagnostic::new(
                    span.clone(),
                    format!("`{other}` cannot be set in a subset catalog"),
                )
                .entry(label)
                .help(format!(
                    "set it on the code in the parent catalog `{}`",
                    parent.name
                )),
            );
            true
        }
    }
}

fn list(codes: &[&Code]) -> String {
    codes
        .iter()
        .map(|c| c.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}
