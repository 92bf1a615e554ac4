//! Schema reading: the spanned document tree → the typed [`Catalog`], with
//! every local mistake (wrong type, unknown field, bad code or name) collected
//! as a [`Diagnostic`]. Entries with such mistakes are left out of the model so
//! that generation still produces a usable skeleton. Checks that compare
//! entries with each other live in `validate`.

mod codes;
mod entry;
mod header;
mod lang;
pub(crate) mod reader;

use crate::diagnostic::Diagnostic;
use crate::model::{Catalog, Code, CodeType, Envelope, PlaceholderStyle};
use crate::names::{camel_case_problem, is_keyword, to_snake_case};
use crate::value::{find, Key, Node, Span, Value};
pub(crate) use codes::is_decimal;
use codes::{infer_code_type, parse_code};
use reader::Reader;

pub use lang::canonical_lang;

use crate::schema::known::{
    CATALOG_FIELDS, CATALOG_FILE_FIELDS as TOP_FIELDS, CATEGORY_FIELDS, CODE_FIELDS,
    ENVELOPE_FIELDS,
};

/// Spans the validator needs to point at, per entry (parallel to `Catalog::entries`).
#[derive(Clone, Debug, Default)]
pub struct EntrySpans {
    /// The entry as written: `[codes.04026]`.
    pub label: String,
    /// The entry's known fields as written, with their spans.
    pub fields: Vec<(String, Span)>,
    /// Known fields that misspelt ones most likely meant (already reported).
    pub misspelt: Vec<String>,
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
    /// Whether `lang` could be read (else `catalog.lang` is empty).
    pub lang_known: bool,
    /// Whether the style of placeholders is set (or inherited from a parent);
    /// else the validator reads it from the messages.
    pub placeholders_set: bool,
}

/// The `subset-of` path of a document, if it names one (read before the rest,
/// because a subset inherits its parent's settings).
pub fn subset_of(root: &Node) -> Option<(String, Span)> {
    let node = root.get("catalog")?.get("subset-of")?;
    match &node.value {
        Value::Str(path) => Some((path.clone(), node.span.clone())),
        _ => None,
    }
}

/// Reads a catalog document. `parent` is the already-loaded parent of a subset.
pub fn parse(root: &Node, parent: Option<&Catalog>, diags: &mut Vec<Diagnostic>) -> Parsed {
    let mut r = Reader { diags };
    let parent_catalog = parent;
    let empty: &[(Key, Node)] = &[];
    let top = r.table(root, "the catalog file", "").unwrap_or(empty);
    r.fields(
        top,
        TOP_FIELDS,
        "the catalog file",
        "top-level tables are [catalog], [categories.*] and [codes.*]",
    );
    // Read only to check its type: it names the editor's schema.
    if let Some(node) = find(top, crate::schema::SCHEMA_KEY) {
        r.string(node, "the catalog file", crate::schema::SCHEMA_KEY);
    }

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
                // Still the enum's name: the skeleton is generated without
                // the macro, so uses of the enum add no errors.
                Some(name)
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

    let declares_subset = match find(cat, "subset-of") {
        Some(node) if !matches!(node.value, Value::Str(_)) => {
            r.wrong_type(
                node,
                "[catalog]",
                "subset-of",
                "a string (the parent catalog's path)",
            );
            false
        }
        declared => declared.is_some(),
    };

    let lang = match find(cat, "lang") {
        Some(node) => match (r.lang(node, "[catalog]"), parent_catalog) {
            // A subset's texts are its parent's, so its language is too.
            (Some(lang), Some(p)) if lang != p.lang => {
                r.diags.push(
                    Diagnostic::new(
                        node.span.clone(),
                        format!("a subset's `lang` must be its parent's (`{}`)", p.lang),
                    )
                    .entry("[catalog]")
                    .help(format!(
                        "remove `lang` (it is inherited) or write lang = \"{}\"",
                        p.lang
                    )),
                );
                Some(p.lang.clone())
            }
            (lang, _) => lang,
        },
        None => match parent_catalog {
            Some(p) => Some(p.lang.clone()),
            None => {
                // A subset whose parent failed to load was reported already.
                if catalog_node.is_some() && !declares_subset {
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
    // Without a readable `lang`, "no message in `lang`" would be reported for
    // every code: one error per mistake, so that check is skipped.
    // A subset whose parent did not load has no messages to check either.
    let lang_known = lang.is_some() && (parent_catalog.is_some() || !declares_subset);
    let lang = lang.unwrap_or_default();
    let doc = find(cat, "doc").and_then(|n| r.string(n, "[catalog]", "doc"));
    let source = find(cat, "source").and_then(|n| r.string(n, "[catalog]", "source"));

    let placeholders = match find(cat, "placeholders") {
        Some(node) => r
            .choice(
                node,
                "placeholders",
                &[
                    ("none", PlaceholderStyle::None),
                    ("java", PlaceholderStyle::Java),
                    ("printf", PlaceholderStyle::Printf),
                ],
            )
            .unwrap_or(PlaceholderStyle::None),
        None => parent_catalog.map_or(PlaceholderStyle::None, |p| p.placeholders),
    };

    let unknown = match find(cat, "unknown") {
        Some(node) => match r.string(node, "[catalog]", "unknown") {
            Some(u) if crate::validate::GENERATED_ITEMS.contains(&u.as_str()) => {
                r.diags.push(
                    Diagnostic::new(
                        node.span.clone(),
                        format!("catch-all name `{u}` collides with a generated item"),
                    )
                    .entry("[catalog]")
                    .help("name the catch-all differently, e.g. \"Other\""),
                );
                "Unknown".into()
            }
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
    let code_type = find(cat, "code-type").and_then(|node| {
        r.choice(
            node,
            "code-type",
            &[("integer", CodeType::Int), ("string", CodeType::Str)],
        )
    });
    let code_type = code_type
        .or(parent_catalog.map(|p| p.code_type))
        .unwrap_or_else(|| {
            let mut keys: Vec<&Key> = codes.iter().map(|(k, _)| k).collect();
            keys.sort_by_key(|k| k.span.start);
            let (code_type, mixed) = infer_code_type(&keys, find(cat, "success"));
            r.diags.extend(mixed);
            code_type
        });

    let categories_node = find(top, "categories");
    let category_entries = categories_node
        .and_then(|n| r.table(n, "[categories]", ""))
        .unwrap_or(empty);
    let mut categories = Vec::new();
    for (i, (key, node)) in category_entries.iter().enumerate() {
        // TOML and JSON files cannot repeat a table; derive attributes can.
        if category_entries[..i]
            .iter()
            .any(|(k, _)| k.name == key.name)
        {
            r.error(
                key.span.clone(),
                &format!("[categories.{}]", key.name),
                format!("category `{}` is defined twice", key.name),
                "keep one of them",
            );
        } else if let Some(category) = r.category(key, node, code_type) {
            categories.push(category);
        }
    }
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
        if let Some((entry, entry_spans)) = r.entry(key, node, code_type, &lang, declares_subset) {
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
            parent: parent.map(|p| p.name.clone()),
            envelope,
            categories,
            entries,
        },
        spans,
        success_spans,
        lang_known,
        placeholders_set: find(cat, "placeholders").is_some() || parent_catalog.is_some(),
    }
}
