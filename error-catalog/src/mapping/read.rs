//! The mapping file as written: its `[mapping]` table read into rules that
//! still name codes and targets as text, each with its span. Wrong types and
//! unknown fields are reported here; what the names refer to is checked in
//! `resolve`, against the two catalogs.

use crate::diagnostic::Diagnostic;
use crate::parse::reader::Reader;
use crate::value::{find, Int, Key, Node, Span, Value};

use crate::schema::known::{MAPPING_FIELDS, MAPPING_FILE_FIELDS as TOP_FIELDS, RULE_FIELDS};
const ENTRY: &str = "[mapping]";

/// A target as written: a variant name, or a code of the target catalog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum TargetRef {
    /// A variant name (or, in a string target catalog, a code).
    Str(String),
    /// An integer code.
    Int(i64),
}

/// The right-hand side of a rule.
#[derive(Clone, Debug)]
pub(super) struct RawTarget {
    pub(super) target: TargetRef,
    /// The target's text (in a table: its `to`).
    pub(super) span: Span,
    /// `{ to = "…", allow-success-mismatch = true }`.
    pub(super) allow_mismatch: bool,
}

/// A `[mapping]` table as read.
#[derive(Clone, Debug, Default)]
pub(super) struct Raw {
    pub(super) from: Option<(String, Span)>,
    pub(super) to: Option<(String, Span)>,
    pub(super) default: Option<RawTarget>,
    pub(super) unknown: Option<RawTarget>,
    pub(super) doc: Option<String>,
    pub(super) categories: Vec<(Key, RawTarget)>,
    pub(super) codes: Vec<(Key, RawTarget)>,
    /// The `[mapping]` header, where file-wide mistakes are reported.
    pub(super) span: Span,
    /// Fields of `[mapping]` that misspelt ones most likely meant (reported
    /// already): checks that need them are skipped, so no error cascades.
    pub(super) misspelt: Vec<String>,
    /// Whether a target could not be read (reported): the codes its rule
    /// would cover are not reported as uncovered too.
    pub(super) unreadable: bool,
}

/// Reads the document's `[mapping]` table.
pub(super) fn read(root: &Node, diags: &mut Vec<Diagnostic>) -> Raw {
    let mut r = Reader { diags };
    let top = r.table(root, "the mapping file", "").unwrap_or(&[]);
    let Some(node) = find(top, "mapping") else {
        // One error, not one per table of what is probably a catalog.
        let help = if find(top, "catalog").is_some() {
            "this is a catalog: include it with include_catalog!; a mapping file starts with [mapping]"
        } else {
            "start the file with [mapping] from = \"vendor.toml\" and to = \"yours.toml\""
        };
        r.error(
            root.span.start..root.span.start,
            ENTRY,
            "the [mapping] table is missing".into(),
            help,
        );
        return Raw::default();
    };
    r.top_fields(
        top,
        TOP_FIELDS,
        "the mapping file",
        "a mapping file has one table, [mapping]",
    );
    let fields = r.table(node, ENTRY, "").unwrap_or(&[]);
    let misspelt = r.fields(fields, MAPPING_FIELDS, ENTRY, "");
    let mut raw = Raw {
        span: node.span.clone(),
        doc: find(fields, "doc").and_then(|n| r.string(n, ENTRY, "doc")),
        default: find(fields, "default").and_then(|n| target(&mut r, n, ENTRY)),
        unknown: find(fields, "unknown").and_then(|n| target(&mut r, n, ENTRY)),
        misspelt,
        ..Raw::default()
    };
    for (field, side, what) in [
        ("from", &mut raw.from, "vendor"),
        ("to", &mut raw.to, "target"),
    ] {
        *side = match find(fields, field) {
            Some(n) => r.string(n, ENTRY, field).map(|path| (path, n.span.clone())),
            None if raw.misspelt.iter().any(|m| m == field) => None,
            None => {
                r.error(
                    node.span.clone(),
                    ENTRY,
                    format!("missing field `{field}`"),
                    &format!("add {field} = \"….toml\": the {what} catalog's path, relative to this file"),
                );
                None
            }
        };
    }
    let (categories, unread_categories) = rules(&mut r, fields, "categories");
    let (codes, unread_codes) = rules(&mut r, fields, "codes");
    let unread = |field, read: bool| find(fields, field).is_some() && !read;
    raw.unreadable = unread_categories
        || unread_codes
        || unread("default", raw.default.is_some())
        || unread("unknown", raw.unknown.is_some());
    raw.categories = categories;
    raw.codes = codes;
    raw
}

/// The rules of `[mapping.categories]` or `[mapping.codes]`, in source
/// order, and whether any could not be read (reported).
fn rules(r: &mut Reader<'_>, fields: &[(Key, Node)], table: &str) -> (Vec<(Key, RawTarget)>, bool) {
    let Some(node) = find(fields, table) else {
        return (Vec::new(), false);
    };
    let Some(entries) = r.table(node, ENTRY, table) else {
        return (Vec::new(), true);
    };
    let mut out: Vec<(Key, RawTarget)> = entries
        .iter()
        .filter_map(|(key, value)| {
            let rule = target(r, value, &super::resolve::label(table, key))?;
            Some((key.clone(), rule))
        })
        .collect();
    out.sort_by_key(|(key, _)| key.span.start);
    let unread = out.len() < entries.len();
    (out, unread)
}

/// A target: a name, a code, or `{ to = …, allow-success-mismatch = bool }`.
fn target(r: &mut Reader<'_>, node: &Node, entry: &str) -> Option<RawTarget> {
    let plain = |target, node: &Node| RawTarget {
        target,
        span: node.span.clone(),
        allow_mismatch: false,
    };
    match &node.value {
        Value::Str(name) => Some(plain(TargetRef::Str(name.clone()), node)),
        Value::Int(Int::Fits(code)) => Some(plain(TargetRef::Int(*code), node)),
        Value::Table(fields) => {
            let misspelt = r.fields(fields, RULE_FIELDS, entry, "");
            let allow_mismatch = match find(fields, "allow-success-mismatch") {
                Some(Node {
                    value: Value::Bool(b),
                    ..
                }) => *b,
                Some(other) => {
                    r.wrong_type(other, entry, "allow-success-mismatch", "a boolean");
                    false
                }
                // A misspelt flag was meant to be written: no mismatch error too.
                None => misspelt.iter().any(|m| m == "allow-success-mismatch"),
            };
            let Some(to) = find(fields, "to") else {
                if misspelt.iter().any(|m| m == "to") {
                    return None;
                }
                r.error(
                    node.span.clone(),
                    entry,
                    "a rule written as a table needs `to`".into(),
                    "write { to = \"TargetVariant\", allow-success-mismatch = true }",
                );
                return None;
            };
            if matches!(to.value, Value::Table(_)) {
                r.wrong_type(to, entry, "to", "a variant name or a code");
                return None;
            }
            let mut rule = target(r, to, entry)?;
            rule.allow_mismatch = allow_mismatch;
            Some(rule)
        }
        Value::Int(Int::Overflow(text)) => {
            r.error(
                node.span.clone(),
                entry,
                format!("code `{text}` is out of range for i64"),
                "name the target variant instead",
            );
            None
        }
        _ => {
            r.wrong_type(node, entry, "", "a target variant's name or code");
            None
        }
    }
}
