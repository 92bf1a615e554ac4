//! Reading one `[codes.*]` entry into an [`Entry`] and its spans, one
//! function per field of `CODE_FIELDS` that is more than a string; a mistake
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
        let label = if is_decimal(&key.name) {
            format!("[codes.{}]", key.name)
        } else {
            format!("[codes.{:?}]", key.name)
        };
        let e = label.as_str();
        let code = self.code_key(key, code_type, e);
        let fields = self.table(node, e, "")?;
        let misspelt = self.fields(fields, CODE_FIELDS, e, "");
        let key_text = find(fields, "key").and_then(|n| self.string(n, e, "key"));
        let name = self.entry_name(fields, key, key_text.as_deref(), e, subset);
        let messages = self.entry_messages(fields, e, lang);
        let other_messages = self.entry_other_messages(fields, e);
        let http = self.entry_http(fields, e);
        let retryable = self.entry_retryable(fields, e);
        let category = find(fields, "category").and_then(|n| self.string(n, e, "category"));
        let deprecated = self.entry_deprecated(fields, e);
        let doc = find(fields, "doc").and_then(|n| self.string(n, e, "doc"));
        let spans = EntrySpans {
            fields: fields
                .iter()
                .filter(|(k, _)| CODE_FIELDS.contains(&k.name.as_str()))
                .map(|(k, n)| (k.name.clone(), n.span.clone()))
                .collect(),
            label,
            misspelt,
        };
        // Only a missing code or name drops the entry: anything else was reported
        // and the entry still makes a variant, so the skeleton stays usable.
        let entry = Entry {
            code: code?,
            span: key.span.clone(),
            name: name?,
            key: key_text,
            messages,
            other_messages,
            http,
            retryable,
            category,
            deprecated,
            doc,
        };
        Some((entry, spans))
    }

    /// `name`: the variant's name, UpperCamelCase; unset, derived from `key`
    /// (a subset entry's is its parent's, an empty name until inherited).
    fn entry_name(
        &mut self,
        fields: &[(Key, Node)],
        key: &Key,
        key_text: Option<&str>,
        e: &str,
        subset: bool,
    ) -> Option<String> {
        let Some(n) = find(fields, "name") else {
            let derived = key_text
                .and_then(name_from)
                .filter(|s| camel_case_problem(s).is_none())
                .or_else(|| subset.then(String::new));
            if derived.is_none() {
                self.missing_name(key, key_text, e);
            }
            return derived;
        };
        let name = self.string(n, e, "name")?;
        let Some(problem) = camel_case_problem(&name) else {
            return Some(name);
        };
        let help = name_from(&name)
            .map(|s| {
                if is_keyword(&s) {
                    format!("{s}Code")
                } else {
                    s
                }
            })
            .filter(|s| camel_case_problem(s).is_none())
            .map_or(
                "use an ASCII UpperCamelCase name such as `InvalidSignature`".into(),
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

    /// No `name`, and none derived from `key`: what the key gave, if anything.
    fn missing_name(&mut self, key: &Key, key_text: Option<&str>, e: &str) {
        // The key's UpperCamelCase form, when it has one that is unusable (`Self`).
        let derived = key_text.and_then(name_from);
        let (message, help) = match (key_text, derived) {
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

    /// `message`: a string in the catalog's `lang`, or a table of texts by
    /// language tag; the catalog's own language first.
    fn entry_messages(&mut self, fields: &[(Key, Node)], e: &str, lang: &str) -> Vec<Message> {
        let Some(n) = find(fields, "message") else {
            return Vec::new();
        };
        match &n.value {
            Value::Str(text) => vec![Message {
                lang: lang.to_owned(),
                text: text.clone(),
            }],
            Value::Table(langs) if langs.is_empty() => {
                self.error(
                    n.span.clone(),
                    e,
                    "`message` is an empty table: it gives no text".into(),
                    &if lang.is_empty() {
                        "give the vendor's text as a string, or a table of texts by language".to_owned()
                    } else {
                        format!("give the vendor's text in `{lang}` (the catalog's `lang`), as a string or under `{lang}` in the table")
                    },
                );
                Vec::new()
            }
            Value::Table(langs) => self.messages_by_lang(langs, e, lang),
            _ => {
                self.wrong_type(n, e, "message", "a string or a table of languages");
                Vec::new()
            }
        }
    }

    /// `message = { en = "…", zh-CN = "…" }`: each tag canonical and once.
    fn messages_by_lang(&mut self, langs: &[(Key, Node)], e: &str, lang: &str) -> Vec<Message> {
        let mut messages: Vec<Message> = Vec::new();
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
            if messages.iter().any(|m| m.lang == canonical) {
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
        messages
    }

    /// `other-messages`: other texts the vendor sends with the code.
    fn entry_other_messages(&mut self, fields: &[(Key, Node)], e: &str) -> Vec<String> {
        let Some(n) = find(fields, "other-messages") else {
            return Vec::new();
        };
        self.array(n, e, "other-messages")
            .iter()
            .filter_map(|item| self.string(item, e, "other-messages"))
            .collect()
    }

    /// `http`: the HTTP status sent with the code, 100..=599.
    fn entry_http(&mut self, fields: &[(Key, Node)], e: &str) -> Option<u16> {
        let n = find(fields, "http")?;
        match &n.value {
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
        }
    }

    /// `retryable`: a boolean, `false` unless set.
    fn entry_retryable(&mut self, fields: &[(Key, Node)], e: &str) -> bool {
        match find(fields, "retryable").map(|n| (n, &n.value)) {
            None => false,
            Some((_, Value::Bool(b))) => *b,
            Some((n, _)) => {
                self.wrong_type(n, e, "retryable", "a boolean");
                false
            }
        }
    }

    /// `deprecated`: `true`, or the note saying what to use instead.
    fn entry_deprecated(&mut self, fields: &[(Key, Node)], e: &str) -> Option<String> {
        let n = find(fields, "deprecated")?;
        match &n.value {
            Value::Bool(true) => Some(String::new()),
            Value::Bool(false) => None,
            _ => self.string(n, e, "deprecated"),
        }
    }
}
