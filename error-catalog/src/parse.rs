//! Schema reading: the spanned document tree → the typed [`Catalog`], with
//! every local mistake (wrong type, unknown field, bad code or name) collected
//! as a [`Diagnostic`]. Entries with such mistakes are left out of the model so
//! that generation still produces a usable skeleton. Checks that compare
//! entries with each other live in `validate`.

use crate::diagnostic::Diagnostic;
use crate::model::{
    Catalog, Category, Code, CodeType, Entry, Envelope, Matcher, Message, Parent, PlaceholderStyle,
};
use crate::names::{camel_case_problem, did_you_mean, is_keyword, to_camel_case, to_snake_case};
use crate::value::{Int, Key, Node, Span, Value};

const TOP_FIELDS: &[&str] = &["catalog", "categories", "codes"];
const CATALOG_FIELDS: &[&str] = &[
    "name",
    "lang",
    "doc",
    "source",
    "success",
    "placeholders",
    "unknown",
    "subset-of",
    "code-type",
    "envelope",
];
const ENVELOPE_FIELDS: &[&str] = &["code", "message", "data"];
const CATEGORY_FIELDS: &[&str] = &["range", "prefix", "doc"];
const CODE_FIELDS: &[&str] = &[
    "name",
    "key",
    "message",
    "other-messages",
    "http",
    "retryable",
    "category",
    "deprecated",
    "doc",
];

/// Spans the validator needs to point at, per entry (parallel to `Catalog::entries`).
#[derive(Clone, Debug, Default)]
pub struct EntrySpans {
    /// The entry as written: `[codes.04026]`.
    pub label: String,
    /// The entry's fields as written, with their spans.
    pub fields: Vec<(String, Span)>,
}

impl EntrySpans {
    /// Span of `field` if the entry sets it.
    pub fn field(&self, field: &str) -> Option<Span> {
        self.fields
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, span)| span.clone())
    }
}

/// A catalog as read, before cross-entry validation.
#[derive(Clone, Debug)]
pub struct Parsed {
    /// The model; `name` is empty when the catalog has no usable name.
    pub catalog: Catalog,
    /// Per-entry spans, parallel to `catalog.entries`.
    pub spans: Vec<EntrySpans>,
    /// Spans of the `success` items, parallel to `catalog.success`.
    pub success_spans: Vec<Span>,
}

/// The `subset-of` path of a document, if it names one (read before the rest,
/// because a subset inherits its parent's settings).
pub fn subset_of(root: &Node) -> Option<(String, Span)> {
    let catalog = table_entries(root)?
        .iter()
        .find(|(k, _)| k.name == "catalog")?;
    let (_, node) = table_entries(&catalog.1)?
        .iter()
        .find(|(k, _)| k.name == "subset-of")?;
    match &node.value {
        Value::Str(path) => Some((path.clone(), node.span.clone())),
        _ => None,
    }
}

fn table_entries(node: &Node) -> Option<&[(Key, Node)]> {
    match &node.value {
        Value::Table(entries) => Some(entries),
        _ => None,
    }
}

/// Reads a catalog document. `parent` is the already-loaded parent of a subset.
pub fn parse(
    root: &Node,
    parent: Option<(&Catalog, &std::path::Path)>,
    diags: &mut Vec<Diagnostic>,
) -> Parsed {
    let mut r = Reader { diags };
    let parent_catalog = parent.map(|(c, _)| c);
    let empty: &[(Key, Node)] = &[];
    let top = r.table(root, "the catalog file", "").unwrap_or(empty);
    r.fields(
        top,
        TOP_FIELDS,
        "the catalog file",
        "top-level tables are [catalog], [categories.*] and [codes.*]",
    );

    let catalog_node = find(top, "catalog");
    if catalog_node.is_none() {
        r.diags.push(
            Diagnostic::new(
                root.span.start..root.span.start,
                "the [catalog] table is missing",
            )
            .entry("[catalog]")
            .help("start the file with [catalog] name = \"MyVendorStatus\" and lang = \"en\""),
        );
    }
    let cat = catalog_node
        .and_then(|n| r.table(n, "[catalog]", ""))
        .unwrap_or(empty);
    let catalog_span = catalog_node.map_or(root.span.clone(), |n| n.span.clone());
    r.fields(cat, CATALOG_FIELDS, "[catalog]", "");

    let name = match find(cat, "name") {
        Some(node) => r.string(node, "[catalog]", "name").and_then(|name| match camel_case_problem(&name) {
            None if is_keyword(&to_snake_case(&name)) => {
                r.diags.push(
                    Diagnostic::new(node.span.clone(), format!("the code-reference macro of `{name}` would be named `{}!`, a Rust keyword", to_snake_case(&name)))
                        .entry("[catalog]")
                        .help(format!("choose a longer enum name, e.g. `{name}Status`")),
                );
                None
            }
            None => Some(name),
            Some(problem) => {
                r.diags.push(
                    Diagnostic::new(node.span.clone(), format!("invalid enum name: {problem}"))
                        .entry("[catalog]")
                        .help("name the enum in UpperCamelCase, e.g. `EbetStatus`"),
                );
                None
            }
        }),
        None => {
            if catalog_node.is_some() {
                r.diags.push(
                    Diagnostic::new(catalog_span.clone(), "missing field `name`")
                        .entry("[catalog]")
                        .help("add name = \"MyVendorStatus\": the generated enum's name"),
                );
            }
            None
        }
    };

    let lang = match find(cat, "lang") {
        Some(node) => r.lang(node, "[catalog]"),
        None => match parent_catalog {
            Some(p) => Some(p.lang.clone()),
            None => {
                if catalog_node.is_some() {
                    r.diags.push(
                        Diagnostic::new(catalog_span.clone(), "missing field `lang`")
                            .entry("[catalog]")
                            .help("add lang = \"en\" (the BCP 47 tag of the vendor's own texts, e.g. \"zh-CN\")"),
                    );
                }
                None
            }
        },
    };
    let lang = lang.unwrap_or_else(|| "en".into());
    let doc = find(cat, "doc").and_then(|n| r.string(n, "[catalog]", "doc"));
    let source = find(cat, "source").and_then(|n| r.string(n, "[catalog]", "source"));

    let placeholders = match find(cat, "placeholders") {
        Some(node) => match r.string(node, "[catalog]", "placeholders").as_deref() {
            Some("none") => PlaceholderStyle::None,
            Some("java") => PlaceholderStyle::Java,
            Some("printf") => PlaceholderStyle::Printf,
            Some(other) => {
                r.diags.push(
                    Diagnostic::new(
                        node.span.clone(),
                        format!("unknown placeholder style `{other}`"),
                    )
                    .entry("[catalog]")
                    .help("use \"java\" ({0}), \"printf\" (%s, %d) or \"none\""),
                );
                PlaceholderStyle::None
            }
            None => PlaceholderStyle::None,
        },
        None => parent_catalog.map_or(PlaceholderStyle::None, |p| p.placeholders),
    };

    let unknown = match find(cat, "unknown") {
        Some(node) => match r.string(node, "[catalog]", "unknown") {
            Some(u) if camel_case_problem(&u).is_none() => u,
            Some(u) => {
                let problem = camel_case_problem(&u).unwrap_or_default();
                r.diags.push(
                    Diagnostic::new(
                        node.span.clone(),
                        format!("invalid catch-all name: {problem}"),
                    )
                    .entry("[catalog]")
                    .help("name the catch-all variant in UpperCamelCase, e.g. \"Other\""),
                );
                "Unknown".into()
            }
            None => "Unknown".into(),
        },
        None => "Unknown".into(),
    };

    let envelope = match find(cat, "envelope") {
        Some(node) => r.envelope(node),
        None => parent_catalog.map_or_else(Envelope::default, |p| p.envelope.clone()),
    };

    let codes_node = find(top, "codes");
    let codes = codes_node
        .and_then(|n| r.table(n, "[codes]", ""))
        .unwrap_or(empty);
    let code_type = match find(cat, "code-type") {
        Some(node) => match r.string(node, "[catalog]", "code-type").as_deref() {
            Some("integer") => Some(CodeType::Int),
            Some("string") => Some(CodeType::Str),
            Some(other) => {
                r.diags.push(
                    Diagnostic::new(node.span.clone(), format!("unknown code type `{other}`"))
                        .entry("[catalog]")
                        .help("use \"integer\" or \"string\""),
                );
                None
            }
            None => None,
        },
        None => None,
    };
    // The first code decides when nothing else does, so that a typo later in an
    // integer catalog is an error rather than a silent switch to string codes.
    let code_type = code_type
        .or(parent_catalog.map(|p| p.code_type))
        .unwrap_or_else(|| match codes.iter().min_by_key(|(k, _)| k.span.start) {
            Some((k, _)) if is_decimal(&k.name) => CodeType::Int,
            Some(_) => CodeType::Str,
            None => CodeType::Int,
        });

    let categories_node = find(top, "categories");
    let categories = categories_node
        .and_then(|n| r.table(n, "[categories]", ""))
        .unwrap_or(empty)
        .iter()
        .filter_map(|(key, node)| r.category(key, node, code_type))
        .collect::<Vec<_>>();
    let categories = if categories_node.is_none() {
        parent_catalog.map_or(categories, |p| p.categories.clone())
    } else {
        categories
    };

    let mut success = Vec::new();
    let mut success_spans = Vec::new();
    match find(cat, "success") {
        Some(node) => {
            for item in r.array(node, "[catalog]", "success") {
                if let Some(code) = r.code_value(item, code_type, "[catalog]") {
                    success.push(code);
                    success_spans.push(item.span.clone());
                }
            }
        }
        None => {
            if let Some(p) = parent_catalog {
                let keys: Vec<Code> = codes
                    .iter()
                    .filter_map(|(k, _)| parse_code(&k.name, code_type).ok())
                    .collect();
                success = p
                    .success
                    .iter()
                    .filter(|c| keys.contains(c))
                    .cloned()
                    .collect();
                success_spans = success.iter().map(|_| catalog_span.clone()).collect();
            }
        }
    }

    let mut entries = Vec::new();
    let mut spans = Vec::new();
    let mut ordered: Vec<&(Key, Node)> = codes.iter().collect();
    ordered.sort_by_key(|(k, _)| k.span.start);
    for (key, node) in ordered {
        if let Some((entry, entry_spans)) =
            r.entry(key, node, code_type, &lang, parent_catalog.is_some())
        {
            entries.push(entry);
            spans.push(entry_spans);
        }
    }

    Parsed {
        catalog: Catalog {
            name: name.unwrap_or_default(),
            languages: vec![lang.clone()],
            lang,
            doc,
            source,
            code_type,
            success,
            placeholders,
            unknown,
            parent: parent.map(|(c, path)| Parent {
                name: c.name.clone(),
                path: path.to_path_buf(),
            }),
            envelope,
            categories,
            entries,
        },
        spans,
        success_spans,
    }
}

fn find<'n>(entries: &'n [(Key, Node)], name: &str) -> Option<&'n Node> {
    entries.iter().find(|(k, _)| k.name == name).map(|(_, n)| n)
}

fn is_decimal(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Why a code key is not a code of the catalog's type.
enum CodeProblem {
    NotInteger,
    Overflow,
    LeadingZero(i64),
    Empty,
}

fn parse_code(text: &str, code_type: CodeType) -> Result<Code, CodeProblem> {
    match code_type {
        CodeType::Str if text.is_empty() => Err(CodeProblem::Empty),
        CodeType::Str => Ok(Code::Str(text.to_owned())),
        CodeType::Int if !is_decimal(text) => Err(CodeProblem::NotInteger),
        CodeType::Int => {
            let value: i64 = text.parse().map_err(|_| CodeProblem::Overflow)?;
            let digits = text.strip_prefix('-').unwrap_or(text);
            if (digits.len() > 1 && digits.starts_with('0')) || text == "-0" {
                return Err(CodeProblem::LeadingZero(value));
            }
            Ok(Code::Int(value))
        }
    }
}

/// The canonical form of a BCP 47 tag (`zh_cn` → `zh-CN`), if it is one.
pub fn canonical_lang(tag: &str) -> Option<String> {
    let mut out = String::new();
    for (i, part) in tag.split(['-', '_']).enumerate() {
        let ok =
            !part.is_empty() && part.len() <= 8 && part.bytes().all(|b| b.is_ascii_alphanumeric());
        if !ok
            || (i == 0 && !(2..=8).contains(&part.len()))
            || (i == 0 && !part.bytes().all(|b| b.is_ascii_alphabetic()))
        {
            return None;
        }
        if i > 0 {
            out.push('-');
        }
        match (i, part.len()) {
            (0, _) => out.push_str(&part.to_ascii_lowercase()),
            (_, 2) => out.push_str(&part.to_ascii_uppercase()),
            (_, 4) => {
                out.push_str(&part[..1].to_ascii_uppercase());
                out.push_str(&part[1..].to_ascii_lowercase());
            }
            _ => out.push_str(&part.to_ascii_lowercase()),
        }
    }
    Some(out)
}

struct Reader<'d> {
    diags: &'d mut Vec<Diagnostic>,
}

impl Reader<'_> {
    fn error(&mut self, span: Span, entry: &str, message: String, help: &str) {
        let mut d = Diagnostic::new(span, message).entry(entry);
        if !help.is_empty() {
            d = d.help(help);
        }
        self.diags.push(d);
    }

    fn wrong_type(&mut self, node: &Node, entry: &str, field: &str, expected: &str) {
        let (what, help) = if field.is_empty() {
            (
                String::new(),
                format!("write {expected} here; catalogs/README.md lists every field's type"),
            )
        } else {
            (
                format!("`{field}` "),
                format!(
                    "write `{field}` as {expected}; catalogs/README.md lists every field's type"
                ),
            )
        };
        self.error(
            node.span.clone(),
            entry,
            format!("{what}must be {expected}, found {}", node.value.kind()),
            &help,
        );
    }

    fn table<'n>(&mut self, node: &'n Node, entry: &str, field: &str) -> Option<&'n [(Key, Node)]> {
        match &node.value {
            Value::Table(entries) => Some(entries),
            _ => {
                self.wrong_type(node, entry, field, "a table");
                None
            }
        }
    }

    /// Reports unknown and repeated fields of a table.
    fn fields(&mut self, entries: &[(Key, Node)], allowed: &[&str], entry: &str, hint: &str) {
        for (i, (key, _)) in entries.iter().enumerate() {
            if entries[..i].iter().any(|(k, _)| k.name == key.name) {
                self.error(
                    key.span.clone(),
                    entry,
                    format!("field `{}` is given twice", key.name),
                    "keep one of them",
                );
            } else if !allowed.contains(&key.name.as_str()) {
                let help = match did_you_mean(&key.name, allowed) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None if hint.is_empty() => format!("known fields: {}", allowed.join(", ")),
                    None => hint.to_owned(),
                };
                self.error(
                    key.span.clone(),
                    entry,
                    format!("unknown field `{}`", key.name),
                    &help,
                );
            }
        }
    }

    fn string(&mut self, node: &Node, entry: &str, field: &str) -> Option<String> {
        match &node.value {
            Value::Str(s) => Some(s.clone()),
            _ => {
                self.wrong_type(node, entry, field, "a string");
                None
            }
        }
    }

    fn array<'n>(&mut self, node: &'n Node, entry: &str, field: &str) -> &'n [Node] {
        match &node.value {
            Value::Array(items) => items,
            _ => {
                self.wrong_type(node, entry, field, "an array");
                &[]
            }
        }
    }

    fn lang(&mut self, node: &Node, entry: &str) -> Option<String> {
        let tag = self.string(node, entry, "lang")?;
        let canonical = canonical_lang(&tag);
        if canonical.is_none() {
            self.error(
                node.span.clone(),
                entry,
                format!("`{tag}` is not a BCP 47 language tag"),
                "write a tag such as \"en\", \"zh-CN\" or \"pt-BR\"",
            );
        }
        canonical
    }

    fn envelope(&mut self, node: &Node) -> Envelope {
        const ENTRY: &str = "[catalog.envelope]";
        let mut envelope = Envelope::default();
        let Some(fields) = self.table(node, "[catalog]", "envelope") else {
            return envelope;
        };
        self.fields(fields, ENVELOPE_FIELDS, ENTRY, "");
        if let Some(code) = find(fields, "code").and_then(|n| self.string(n, ENTRY, "code")) {
            envelope.code = code;
        }
        if let Some(data) = find(fields, "data").and_then(|n| self.string(n, ENTRY, "data")) {
            envelope.data = data;
        }
        if let Some(n) = find(fields, "message") {
            envelope.message = match &n.value {
                Value::Array(items) => items
                    .iter()
                    .filter_map(|item| self.string(item, ENTRY, "message"))
                    .collect(),
                _ => self.string(n, ENTRY, "message").into_iter().collect(),
            };
        }
        envelope
    }

    fn category(&mut self, key: &Key, node: &Node, code_type: CodeType) -> Option<Category> {
        let entry = format!("[categories.{}]", key.name);
        let fields = self.table(node, &entry, "")?;
        self.fields(fields, CATEGORY_FIELDS, &entry, "");
        let doc = find(fields, "doc").and_then(|n| self.string(n, &entry, "doc"));
        let matcher = match (find(fields, "range"), find(fields, "prefix"), code_type) {
            (Some(range), None, CodeType::Int) => {
                let bounds: Vec<i64> = self
                    .array(range, &entry, "range")
                    .iter()
                    .filter_map(|n| match &n.value {
                        Value::Int(Int::Fits(v)) => Some(*v),
                        _ => {
                            self.wrong_type(n, &entry, "range", "an i64 integer");
                            None
                        }
                    })
                    .collect();
                match bounds[..] {
                    [lo, hi] if lo <= hi => Matcher::Range(lo, hi),
                    _ => {
                        self.error(
                            range.span.clone(),
                            &entry,
                            "`range` must be two integers [low, high] with low <= high".into(),
                            "write e.g. range = [1000, 1999]",
                        );
                        return None;
                    }
                }
            }
            (None, Some(prefix), CodeType::Str) => {
                Matcher::Prefix(self.string(prefix, &entry, "prefix")?)
            }
            (Some(n), None, CodeType::Str) => {
                self.error(
                    n.span.clone(),
                    &entry,
                    "`range` needs integer codes, but this is a string catalog".into(),
                    "use prefix = \"…\" to group string codes",
                );
                return None;
            }
            (None, Some(n), CodeType::Int) => {
                self.error(
                    n.span.clone(),
                    &entry,
                    "`prefix` needs string codes, but this is an integer catalog".into(),
                    "use range = [low, high] to group integer codes",
                );
                return None;
            }
            (Some(_), Some(n), _) => {
                self.error(
                    n.span.clone(),
                    &entry,
                    "a category has `range` or `prefix`, not both".into(),
                    "remove one",
                );
                return None;
            }
            (None, None, _) => {
                self.error(
                    key.span.clone(),
                    &entry,
                    "a category needs `range` (integer codes) or `prefix` (string codes)".into(),
                    "add e.g. range = [1000, 1999]",
                );
                return None;
            }
        };
        Some(Category {
            name: key.name.clone(),
            doc,
            matcher,
        })
    }

    fn code_key(&mut self, key: &Key, code_type: CodeType, entry: &str) -> Option<Code> {
        self.code_text(&key.name, key.span.clone(), code_type, entry)
    }

    fn code_text(
        &mut self,
        text: &str,
        span: Span,
        code_type: CodeType,
        entry: &str,
    ) -> Option<Code> {
        match parse_code(text, code_type) {
            Ok(code) => Some(code),
            Err(CodeProblem::NotInteger) => {
                self.error(
                    span,
                    entry,
                    format!("`{text}` is not an integer code, but this is an integer catalog"),
                    "write the code in decimal (a leading '-' is allowed), or set code-type = \"string\" in [catalog] if the vendor's codes are strings",
                );
                None
            }
            Err(CodeProblem::Overflow) => {
                self.error(
                    span,
                    entry,
                    format!("code `{text}` is out of range for i64"),
                    "integer codes must lie in -9223372036854775808..=9223372036854775807; set code-type = \"string\" for longer codes",
                );
                None
            }
            // Kept (as its value) so that `04026` next to `4026` is also reported as a duplicate.
            Err(CodeProblem::LeadingZero(value)) => {
                self.error(
                    span,
                    entry,
                    format!("integer code `{text}` is not written canonically"),
                    &format!("write `{value}`, or set code-type = \"string\" if the vendor sends the text \"{text}\""),
                );
                Some(Code::Int(value))
            }
            Err(CodeProblem::Empty) => {
                self.error(
                    span,
                    entry,
                    "a code may not be empty".into(),
                    "give the vendor's code",
                );
                None
            }
        }
    }

    /// A code written as a value (in `success`).
    fn code_value(&mut self, node: &Node, code_type: CodeType, entry: &str) -> Option<Code> {
        match (&node.value, code_type) {
            (Value::Int(Int::Fits(v)), CodeType::Int) => Some(Code::Int(*v)),
            (Value::Int(Int::Overflow(text)), CodeType::Int) => {
                self.code_text(text, node.span.clone(), code_type, entry)
            }
            (Value::Str(s), CodeType::Str) => {
                self.code_text(s, node.span.clone(), code_type, entry)
            }
            (_, CodeType::Int) => {
                self.wrong_type(node, entry, "success", "a list of integer codes");
                None
            }
            (_, CodeType::Str) => {
                self.wrong_type(node, entry, "success", "a list of string codes");
                None
            }
        }
    }

    fn entry(
        &mut self,
        key: &Key,
        node: &Node,
        code_type: CodeType,
        lang: &str,
        subset: bool,
    ) -> Option<(Entry, EntrySpans)> {
        let entry_name = if is_decimal(&key.name) {
            format!("[codes.{}]", key.name)
        } else {
            format!("[codes.{:?}]", key.name)
        };
        let e = entry_name.as_str();
        let code = self.code_key(key, code_type, e);
        let fields = self.table(node, e, "")?;
        self.fields(fields, CODE_FIELDS, e, "");
        let spans = EntrySpans {
            label: entry_name.clone(),
            fields: fields
                .iter()
                .map(|(k, n)| (k.name.clone(), n.span.clone()))
                .collect(),
        };

        let key_text = find(fields, "key").and_then(|n| self.string(n, e, "key"));
        let name =
            match find(fields, "name") {
                Some(n) => {
                    match self.string(n, e, "name") {
                        Some(name) => match camel_case_problem(&name) {
                            None => Some(name),
                            Some(problem) => {
                                let help = to_camel_case(&name)
                            .map(|s| if is_keyword(&s) { format!("{s}Code") } else { s })
                            .filter(|s| camel_case_problem(s).is_none())
                            .map_or(
                                "use an ASCII UpperCamelCase name such as `InvalidSignature`"
                                    .into(),
                                |s| format!("use an ASCII UpperCamelCase name such as `{s}`"),
                            );
                                self.error(
                                    n.span.clone(),
                                    e,
                                    format!("invalid variant name: {problem}"),
                                    &help,
                                );
                                None
                            }
                        },
                        None => None,
                    }
                }
                None => key_text
                    .as_deref()
                    .and_then(to_camel_case)
                    .filter(|s| camel_case_problem(s).is_none())
                    .or_else(|| if subset { Some(String::new()) } else { None }),
            };
        if name.is_none() && find(fields, "name").is_none() {
            self.error(
                key.span.clone(),
                e,
                "missing field `name`".into(),
                "add name = \"SomeUpperCamelCase\" (or a `key` it can be derived from)",
            );
        }

        let mut messages = Vec::new();
        if let Some(n) = find(fields, "message") {
            match &n.value {
                Value::Str(text) => messages.push(Message {
                    lang: lang.to_owned(),
                    text: text.clone(),
                }),
                Value::Table(langs) => {
                    for (tag, text_node) in langs {
                        let Some(canonical) = canonical_lang(&tag.name) else {
                            self.error(
                                tag.span.clone(),
                                e,
                                format!("`{}` is not a BCP 47 language tag", tag.name),
                                "write a tag such as \"en\" or \"zh-CN\"",
                            );
                            continue;
                        };
                        if messages.iter().any(|m: &Message| m.lang == canonical) {
                            self.error(
                                tag.span.clone(),
                                e,
                                format!("the message in `{canonical}` is given twice"),
                                "keep one text per language",
                            );
                            continue;
                        }
                        if let Some(text) = self.string(text_node, e, "message") {
                            messages.push(Message {
                                lang: canonical,
                                text,
                            });
                        }
                    }
                    // The catalog's own language first, the rest in the order written.
                    messages.sort_by_key(|m| m.lang != lang);
                }
                _ => self.wrong_type(n, e, "message", "a string or a table of languages"),
            }
        }

        let other_messages = match find(fields, "other-messages") {
            Some(n) => self
                .array(n, e, "other-messages")
                .iter()
                .filter_map(|item| self.string(item, e, "other-messages"))
                .collect(),
            None => Vec::new(),
        };

        let http = match find(fields, "http") {
            Some(n) => match &n.value {
                Value::Int(Int::Fits(v)) if (100..=599).contains(v) => u16::try_from(*v).ok(),
                Value::Int(_) => {
                    self.error(
                        n.span.clone(),
                        e,
                        "`http` is not an HTTP status (100..=599)".into(),
                        "give the status the vendor sends with this code, e.g. 401",
                    );
                    None
                }
                _ => {
                    self.wrong_type(n, e, "http", "an integer");
                    None
                }
            },
            None => None,
        };

        let retryable = match find(fields, "retryable") {
            Some(n) => match &n.value {
                Value::Bool(b) => *b,
                _ => {
                    self.wrong_type(n, e, "retryable", "a boolean");
                    false
                }
            },
            None => false,
        };
        let category = find(fields, "category").and_then(|n| self.string(n, e, "category"));
        let deprecated = find(fields, "deprecated").and_then(|n| match &n.value {
            Value::Bool(true) => Some(String::new()),
            Value::Bool(false) => None,
            _ => self.string(n, e, "deprecated"),
        });
        let doc = find(fields, "doc").and_then(|n| self.string(n, e, "doc"));

        // Only a missing code or name drops the entry: anything else was reported
        // and the entry still makes a variant, so the skeleton stays usable.
        match (code, name) {
            (Some(code), Some(name)) => Some((
                Entry {
                    code,
                    span: key.span.clone(),
                    name,
                    key: key_text,
                    messages,
                    other_messages,
                    http,
                    retryable,
                    category,
                    deprecated,
                    doc,
                },
                spans,
            )),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags() {
        assert_eq!(canonical_lang("zh_cn").as_deref(), Some("zh-CN"));
        assert_eq!(canonical_lang("ZH-hant-tw").as_deref(), Some("zh-Hant-TW"));
        assert_eq!(canonical_lang("en").as_deref(), Some("en"));
        assert_eq!(canonical_lang("e"), None);
        assert_eq!(canonical_lang("en US"), None);
        assert_eq!(canonical_lang(""), None);
    }

    #[test]
    fn code_keys() {
        assert!(matches!(parse_code("-1", CodeType::Int), Ok(Code::Int(-1))));
        assert!(matches!(
            parse_code("04026", CodeType::Int),
            Err(CodeProblem::LeadingZero(4026))
        ));
        assert!(matches!(
            parse_code("-0", CodeType::Int),
            Err(CodeProblem::LeadingZero(0))
        ));
        assert!(matches!(parse_code("0", CodeType::Int), Ok(Code::Int(0))));
        assert!(matches!(
            parse_code("+4026", CodeType::Int),
            Err(CodeProblem::NotInteger)
        ));
        assert!(matches!(
            parse_code("9223372036854775808", CodeType::Int),
            Err(CodeProblem::Overflow)
        ));
        assert!(matches!(
            parse_code("-9223372036854775808", CodeType::Int),
            Ok(Code::Int(i64::MIN))
        ));
        assert!(matches!(parse_code("0000", CodeType::Str), Ok(Code::Str(s)) if s == "0000"));
    }
}
