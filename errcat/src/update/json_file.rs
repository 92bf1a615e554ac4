//! [`Doc`] for JSON catalogs, by splicing the text: the file is read into
//! a tree of byte spans ([`super::spans`]), and each edit replaces,
//! inserts or removes one span, so key order, indentation and everything
//! else stay as written. New members copy the indentation of their siblings.

use super::edit::{field_index, Doc};
use super::spans::{self, Member, Node};
use error_catalog::__unstable::canonical_lang;
use std::ops::Range;
use toml_edit::{Key, Table, Value};

/// A JSON catalog being edited: its text, its spans, and the splices so far.
pub struct JsonDoc {
    text: String,
    root: Node,
    /// (range replaced, new text); applied in `render`.
    splices: Vec<(Range<usize>, String)>,
}

impl JsonDoc {
    /// Reads the file; its `codes` must be an object of objects.
    pub fn parse(text: &str) -> Result<Self, String> {
        let root = spans::parse(text)?;
        let codes = root.member("codes").map(|m| &m.value);
        let objects = codes.is_some_and(|c| c.members().iter().all(|m| m.value.is_object()));
        if !objects {
            return Err("`codes` must be an object of objects to be updated".into());
        }
        Ok(JsonDoc {
            text: text.to_owned(),
            root,
            splices: Vec::new(),
        })
    }

    fn codes(&self) -> &Node {
        // `parse` checked that it is there.
        &self.root.member("codes").expect("codes").value
    }

    fn entry(&self, key: &str) -> &Node {
        &self.codes().member(key).expect("a code of the file").value
    }

    /// The text between a line break and `at`, when only spaces: the indentation
    /// of what starts at `at` (`None` when it shares its line).
    fn indent_at(&self, at: usize) -> Option<&str> {
        let line = self.text[..at].rfind('\n')? + 1;
        let indent = &self.text[line..at];
        indent.trim().is_empty().then_some(indent)
    }

    /// How `obj`'s members are separated: `,\n` and their indentation, or `, `.
    fn separator(&self, obj: &Node) -> String {
        let first = obj.members().first().map(|m| m.key_span.start);
        match first.and_then(|at| self.indent_at(at)) {
            Some(indent) => format!(",\n{indent}"),
            None => ", ".to_owned(),
        }
    }

    /// Inserts `"key": value` as member number `at` of `obj`.
    fn insert_member(&mut self, obj: &Node, at: usize, key: &str, value: &str) {
        let sep = self.separator(obj);
        let members = obj.members();
        let member = format!("{}: {value}", quote(key));
        match (
            at.checked_sub(1).and_then(|i| members.get(i)),
            members.first(),
        ) {
            (Some(m), _) => {
                let end = m.value.span().end;
                self.splice(end..end, format!("{sep}{member}"));
            }
            (None, Some(first)) => {
                let start = first.key_span.start;
                self.splice(start..start, format!("{member}{sep}"));
            }
            (None, None) => {
                let at = obj.span().start + 1;
                self.splice(at..at, member);
            }
        }
    }

    /// Inserts a field of an entry where [`field_index`] puts it.
    fn insert_field(&mut self, entry: &Node, key: &str, value: &str) {
        let fields: Vec<String> = entry.members().iter().map(|m| m.key.clone()).collect();
        self.insert_member(entry, field_index(&fields, key), key, value);
    }

    /// Removes member `name` of `obj` with the separator before it (after
    /// it, for the first member).
    fn remove_member(&mut self, obj: &Node, name: &str) {
        let members = obj.members();
        let Some(i) = members.iter().position(|m| m.key == name) else {
            return;
        };
        let range = match (i, members.get(i + 1)) {
            (0, Some(next)) => members[0].key_span.start..next.key_span.start,
            (0, None) => members[0].key_span.start..members[0].value.span().end,
            _ => members[i - 1].value.span().end..members[i].value.span().end,
        };
        self.splice(range, String::new());
    }

    fn splice(&mut self, range: Range<usize>, text: String) {
        self.splices.push((range, text));
    }
}

impl Doc for JsonDoc {
    fn keys(&self) -> Vec<String> {
        self.codes()
            .members()
            .iter()
            .map(|m| m.key.clone())
            .collect()
    }

    fn set_message(&mut self, key: &str, lang: &str, text: &str) -> Result<(), String> {
        let message = self
            .entry(key)
            .member("message")
            .ok_or("an entry without `message`")?;
        let span = match &message.value {
            Node::Object { members, .. } => members
                .iter()
                .find(|m| canonical_lang(&m.key).as_deref() == Some(lang))
                .map(|m| m.value.span().clone())
                .ok_or_else(|| format!("`message` has no text in {lang}"))?,
            other => other.span().clone(),
        };
        self.splice(span, quote(text));
        Ok(())
    }

    fn other_messages(&mut self, key: &str, drop: Option<&str>, add: &[&str]) {
        let entry = self.entry(key).clone();
        let Some(Member { value: array, .. }) = entry.member("other-messages") else {
            if !add.is_empty() {
                self.insert_field(&entry, "other-messages", &inline(add));
            }
            return;
        };
        let items: Vec<&str> = array
            .items()
            .iter()
            .filter_map(|i| i.text.as_deref())
            .collect();
        if drop.is_some_and(|d| items.contains(&d)) || items.is_empty() {
            let kept: Vec<&str> = items
                .into_iter()
                .filter(|t| Some(*t) != drop)
                .chain(add.iter().copied())
                .collect();
            if kept.is_empty() {
                self.remove_member(&entry, "other-messages");
            } else {
                self.splice(array.span().clone(), inline(&kept));
            }
            return;
        }
        let list = array.items();
        let sep = match list {
            [a, b, ..] => self.text[a.span.end..b.span.start].to_owned(),
            _ => ", ".to_owned(),
        };
        let end = list
            .last()
            .map_or(array.span().start + 1, |last| last.span.end);
        let appended: String = add.iter().map(|t| format!("{sep}{}", quote(t))).collect();
        self.splice(end..end, appended);
    }

    fn set_deprecated(&mut self, key: &str, note: Option<&str>) {
        let entry = self.entry(key).clone();
        match note {
            Some(note) => self.insert_field(&entry, "deprecated", &quote(note)),
            None => self.remove_member(&entry, "deprecated"),
        }
    }

    fn remove(&mut self, key: &str) {
        let codes = self.codes().clone();
        self.remove_member(&codes, key);
    }

    fn comment(&mut self, _key: &str, _note: &str) {}

    fn insert(&mut self, key: &Key, entry: Table, after: Option<&str>, _comment: Option<&str>) {
        let codes = self.codes().clone();
        // Laid out as the entries beside it: their members' separator, and
        // the closing brace at the indentation of the codes.
        let outer = self.separator(&codes);
        let inner = match codes.members().first() {
            Some(m) => self.separator(&m.value),
            None => format!("{outer}  "),
        };
        let (open, close) = match (inner.strip_prefix(','), outer.strip_prefix(',')) {
            (Some(open), Some(close)) if open.starts_with('\n') && close.starts_with('\n') => {
                (open.to_owned(), close.to_owned())
            }
            (Some(open), _) if open.starts_with('\n') => (open.to_owned(), "\n".to_owned()),
            _ => (String::new(), String::new()),
        };
        let fields: Vec<String> = entry
            .iter()
            .filter_map(|(k, item)| Some(format!("{}: {}", quote(k), json(item.as_value()?))))
            .collect();
        let object = format!("{{{open}{}{close}}}", fields.join(&inner));
        let keys = self.keys();
        let at = after
            .and_then(|a| keys.iter().position(|k| k == a))
            .map_or(0, |i| i + 1);
        self.insert_member(&codes, at, key.get(), &object);
    }

    fn set_parent(&mut self, parent: &str) {
        let span = self
            .root
            .member("catalog")
            .and_then(|c| c.value.member("subset-of"));
        if let Some(span) = span.map(|m| m.value.span().clone()) {
            self.splice(span, quote(parent));
        }
    }

    fn render(&self) -> String {
        let mut splices: Vec<(usize, &(Range<usize>, String))> =
            self.splices.iter().enumerate().collect();
        // From the end, so earlier offsets hold; at one offset, a removal
        // before insertions, and insertions in reverse so they keep their order.
        splices.sort_by_key(|(n, (r, _))| std::cmp::Reverse((r.start, r.end, *n)));
        let mut text = self.text.clone();
        for (_, (range, new)) in splices {
            text.replace_range(range.clone(), new);
        }
        text
    }
}

/// A JSON string.
fn quote(text: &str) -> String {
    serde_json::Value::from(text).to_string()
}

/// `["a", "b"]`.
fn inline(texts: &[&str]) -> String {
    let items: Vec<String> = texts.iter().map(|t| quote(t)).collect();
    format!("[{}]", items.join(", "))
}

/// A TOML value of an imported entry as JSON.
fn json(value: &Value) -> String {
    match value {
        Value::String(s) => quote(s.value()),
        Value::Integer(n) => n.value().to_string(),
        Value::Boolean(b) => b.value().to_string(),
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(json).collect();
            format!("[{}]", items.join(", "))
        }
        Value::InlineTable(table) => {
            let members: Vec<String> = table
                .iter()
                .map(|(k, v)| format!("{}: {}", quote(k), json(v)))
                .collect();
            format!("{{{}}}", members.join(", "))
        }
        other => other.to_string(),
    }
}
