//! Schema reading: the spanned document tree → the typed [`Catalog`], with
//! every local mistake (wrong type, unknown field, bad code or name) collected
//! as a [`Diagnostic`]. Entries with such mistakes are left out of the model so
//! that generation still produces a usable skeleton. Checks that compare
//! entries with each other live in `validate`.

mod catalog;
mod codes;
mod entry;
mod header;
mod lang;
pub(crate) mod reader;

use crate::diagnostic::Diagnostic;
use crate::model::Catalog;
use crate::value::{find, Key, Node, Span, Value};
use catalog::Header;
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
    let top = r.table(root, "the catalog file", "").unwrap_or_default();
    r.top_fields(
        top,
        TOP_FIELDS,
        "the catalog file",
        "top-level tables are [catalog], [categories.*] and [codes.*]",
    );
    let h = header(&mut r, root, top, parent);
    // Fields in the order of CATALOG_FIELDS: mistakes at one position are
    // reported in the order they are found.
    let name = r.header_name(&h);
    let lang = r.header_lang(&h);
    // Without a readable `lang`, "no message in `lang`" would be reported for
    // every code: one error per mistake, so that check is skipped.
    // A subset whose parent did not load has no messages to check either.
    let lang_known = lang.is_some() && (parent.is_some() || !h.declares_subset);
    let lang = lang.unwrap_or_default();
    let doc = r.header_string(&h, "doc");
    let source = r.header_string(&h, "source");
    let placeholders = r.header_placeholders(&h);
    let unknown = r.header_unknown(&h);
    let envelope = r.header_envelope(&h);
    let codes = find(top, "codes")
        .and_then(|n| r.table(n, "[codes]", ""))
        .unwrap_or_default();
    let code_type = r.header_code_type(&h, codes);
    let categories = r.categories(top, code_type, parent);
    let (success, success_spans) = r.header_success(&h, codes, code_type);
    let (entries, spans) = r.entries(codes, code_type, &lang, h.declares_subset);
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
        placeholders_set: find(h.fields, "placeholders").is_some() || parent.is_some(),
    }
}

/// Finds the `[catalog]` table (its absence is one error) and checks its
/// field names.
fn header<'a>(
    r: &mut Reader<'_>,
    root: &Node,
    top: &'a [(Key, Node)],
    parent: Option<&'a Catalog>,
) -> Header<'a> {
    let node = find(top, "catalog");
    if node.is_none() {
        r.diags.push(
            Diagnostic::new(
                root.span.start..root.span.start,
                "the [catalog] table is missing",
            )
            .entry("[catalog]")
            .help("start the file with [catalog] name = \"MyVendorStatus\" and lang = \"en\""),
        );
    }
    let fields = node
        .and_then(|n| r.table(n, "[catalog]", ""))
        .unwrap_or_default();
    r.fields(fields, CATALOG_FIELDS, "[catalog]", "");
    Header {
        fields,
        present: node.is_some(),
        span: node.map_or(root.span.clone(), |n| n.span.clone()),
        parent,
        declares_subset: r.header_declares_subset(fields),
    }
}
