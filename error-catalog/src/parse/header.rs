//! Reading the header tables besides `[catalog]`'s own fields: the
//! `[catalog.envelope]` table and each `[categories.*]` table.

use super::reader::Reader;
use super::{find, CATEGORY_FIELDS, ENVELOPE_FIELDS};
use crate::model::{Category, CodeType, Envelope, Matcher};
use crate::value::{Int, Key, Node, Value};

impl Reader<'_> {
    pub(super) fn envelope(&mut self, node: &Node) -> Envelope {
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

    pub(super) fn category(
        &mut self,
        key: &Key,
        node: &Node,
        code_type: CodeType,
    ) -> Option<Category> {
        let entry = format!("[categories.{}]", key.name);
        let fields = self.table(node, &entry, "")?;
        self.fields(fields, CATEGORY_FIELDS, &entry, "");
        let doc = find(fields, "doc").and_then(|n| self.string(n, &entry, "doc"));
        let matcher = match (find(fields, "range"), find(fields, "prefix"), code_type) {
            (Some(range), None, CodeType::Int) => self.range(range, &entry)?,
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

    /// A category's `range = [low, high]` of integer codes.
    fn range(&mut self, range: &Node, entry: &str) -> Option<Matcher> {
        let bounds: Vec<i64> = self
            .array(range, entry, "range")
            .iter()
            .filter_map(|n| match &n.value {
                Value::Int(Int::Fits(v)) => Some(*v),
                _ => {
                    self.wrong_type(n, entry, "range", "an i64 integer");
                    None
                }
            })
            .collect();
        match bounds[..] {
            [lo, hi] if lo <= hi => Some(Matcher::Range(lo, hi)),
            _ => {
                self.error(
                    range.span.clone(),
                    entry,
                    "`range` must be two integers [low, high] with low <= high".into(),
                    "write e.g. range = [1000, 1999]",
                );
                None
            }
        }
    }
}
