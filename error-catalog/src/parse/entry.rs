//! Reading one `[codes.*]` entry into an [`Entry`] and its spans; a mistake
//! drops the entry only when its code or variant name cannot be read.

use super::reader::Reader;
use super::{canonical_lang, find, EntrySpans, CODE_FIELDS};
use crate::model::{CodeType, Entry, Message};
use crate::names::is_decimal;
use crate::names::{camel_case_problem, is_keyword, name_from};
use crate::value::{Int, Key, Node, Value};

impl Reader<'_> {
    pub(super) fn entry(
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
        let misspelt = self.fields(fields, CODE_FIELDS, e, "");
        let spans = EntrySpans {
            label: entry_name.clone(),
            fields: fields
                .iter()
                .filter(|(k, _)| CODE_FIELDS.contains(&k.name.as_str()))
                .map(|(k, n)| (k.name.clone(), n.span.clone()))
                .collect(),
            misspelt,
        };

        let key_text = find(fields, "key").and_then(|n| self.string(n, e, "key"));
        let name =
            match find(fields, "name") {
                Some(n) => {
                    match self.string(n, e, "name") {
                        Some(name) => match camel_case_problem(&name) {
                            None => Some(name),
                            Some(problem) => {
                                let help = name_from(&name)
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
                    .and_then(name_from)
                    .filter(|s| camel_case_problem(s).is_none())
                    .or_else(|| if subset { Some(String::new()) } else { None }),
            };
        if name.is_none() && find(fields, "name").is_none() {
            // The key's UpperCamelCase form, when it has one that is unusable (`Self`).
            let derived = key_text.as_deref().and_then(name_from);
            let (message, help) = match (&key_text, derived) {
                (Some(k), Some(d)) => (
                    format!(
                        "missing field `name`, and the key `{k}` gives no usable variant name: {}",
                        camel_case_problem(&d).unwrap_or_default()
                    ),
                    format!("add name = \"{d}Code\" (or another UpperCamelCase name)"),
                ),
                (Some(k), None) => (
                    format!("missing field `name`, and the key `{k}` gives no usable variant name"),
                    "add name = \"SomeUpperCamelCase\"".into(),
                ),
                (None, _) => (
                    "missing field `name`".into(),
                    "add name = \"SomeUpperCamelCase\" (or a `key` it can be derived from)".into(),
                ),
            };
            self.error(key.span.clone(), e, message, &help);
        }

        let mut messages = Vec::new();
        if let Some(n) = find(fields, "message") {
            match &n.value {
                Value::Str(text) => messages.push(Message {
                    lang: lang.to_owned(),
                    text: text.clone(),
                }),
                Value::Table(langs) if langs.is_empty() => self.error(
                    n.span.clone(),
                    e,
                    "`message` is an empty table: it gives no text".into(),
                    &if lang.is_empty() {
                        "give the vendor's text as a string, or a table of texts by language".to_owned()
                    } else {
                        format!("give the vendor's text in `{lang}` (the catalog's `lang`), as a string or under `{lang}` in the table")
                    },
                ),
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
                Value::Int(value) => {
                    let written = match value {
                        Int::Fits(v) => v.to_string(),
                        Int::Overflow(text) => text.clone(),
                    };
                    self.error(
                        n.span.clone(),
                        e,
                        format!("`http = {written}` is not an HTTP status (100..=599)"),
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
