//! The `Reader`, which collects diagnostics while reading, and its generic
//! helpers: typed access to tables, strings and arrays, field checks, `lang`.

use super::canonical_lang;
use crate::diagnostic::{Diagnostic, SCHEMA_DOCS};
use crate::names::did_you_mean;
use crate::value::{Key, Node, Span, Value};

pub(crate) struct Reader<'d> {
    pub(crate) diags: &'d mut Vec<Diagnostic>,
}

impl Reader<'_> {
    pub(crate) fn error(&mut self, span: Span, entry: &str, message: String, help: &str) {
        let mut d = Diagnostic::new(span, message).entry(entry);
        if !help.is_empty() {
            d = d.help(help);
        }
        self.diags.push(d);
    }

    pub(crate) fn wrong_type(&mut self, node: &Node, entry: &str, field: &str, expected: &str) {
        let (what, help) = if field.is_empty() {
            (
                String::new(),
                format!("write {expected} here; {SCHEMA_DOCS} lists every field's type"),
            )
        } else {
            (
                format!("`{field}` "),
                format!("write `{field}` as {expected}; {SCHEMA_DOCS} lists every field's type"),
            )
        };
        self.error(
            node.span.clone(),
            entry,
            format!("{what}must be {expected}, found {}", node.value.kind()),
            &help,
        );
    }

    pub(crate) fn table<'n>(
        &mut self,
        node: &'n Node,
        entry: &str,
        field: &str,
    ) -> Option<&'n [(Key, Node)]> {
        match &node.value {
            Value::Table(entries) => Some(entries),
            _ => {
                self.wrong_type(node, entry, field, "a table");
                None
            }
        }
    }

    /// Checks a document's top-level fields, and the type of its `$schema`
    /// (read only for that: it names the editor's schema). Shared by the
    /// catalog and the mapping reader.
    pub(crate) fn top_fields(
        &mut self,
        top: &[(Key, Node)],
        allowed: &[&str],
        entry: &str,
        hint: &str,
    ) {
        self.fields(top, allowed, entry, hint);
        if let Some(node) = crate::value::find(top, crate::schema::SCHEMA_KEY) {
            self.string(node, entry, crate::schema::SCHEMA_KEY);
        }
    }

    /// Reports unknown and repeated fields of a table.
    /// Returns the fields that the unknown ones most likely meant, so later
    /// checks can treat a misspelt field as written (one error per mistake).
    pub(crate) fn fields(
        &mut self,
        entries: &[(Key, Node)],
        allowed: &[&str],
        entry: &str,
        hint: &str,
    ) -> Vec<String> {
        let mut meant = Vec::new();
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
                    Some(s) => {
                        meant.push(s.to_owned());
                        format!("did you mean `{s}`?")
                    }
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
        meant
    }

    pub(crate) fn string(&mut self, node: &Node, entry: &str, field: &str) -> Option<String> {
        match &node.value {
            Value::Str(s) => Some(s.clone()),
            _ => {
                self.wrong_type(node, entry, field, "a string");
                None
            }
        }
    }

    pub(super) fn array<'n>(&mut self, node: &'n Node, entry: &str, field: &str) -> &'n [Node] {
        match &node.value {
            Value::Array(items) => items,
            _ => {
                self.wrong_type(node, entry, field, "an array");
                &[]
            }
        }
    }

    /// One of a fixed set of string values of a `[catalog]` field.
    pub(super) fn choice<T: Copy>(
        &mut self,
        node: &Node,
        field: &str,
        values: &[(&str, T)],
    ) -> Option<T> {
        let text = self.string(node, "[catalog]", field)?;
        if let Some((_, value)) = values.iter().find(|(name, _)| *name == text) {
            return Some(*value);
        }
        let names: Vec<&str> = values.iter().map(|(name, _)| *name).collect();
        let help = match did_you_mean(&text, &names) {
            Some(s) => format!("did you mean \"{s}\"?"),
            None => format!(
                "use one of: {}",
                names
                    .iter()
                    .map(|n| format!("\"{n}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        self.error(
            node.span.clone(),
            "[catalog]",
            format!("unknown {field} `{text}`"),
            &help,
        );
        None
    }

    pub(super) fn lang(&mut self, node: &Node, entry: &str) -> Option<String> {
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
}
