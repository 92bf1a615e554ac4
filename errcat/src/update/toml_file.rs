//! [`Doc`] for TOML catalogs, with `toml_edit`: values are replaced keeping
//! the spaces and comments around them, new keys go where a person would put
//! them, and new `[codes.CODE]` tables take their place by document position.

use super::edit::{field_index, Doc};
use error_catalog::__unstable::canonical_lang;
use toml_edit::{DocumentMut, Item, Key, Table, Value};

/// A TOML catalog being edited.
pub struct TomlDoc {
    doc: DocumentMut,
}

impl TomlDoc {
    /// Parses the file; its codes must be `[codes.CODE]` tables.
    pub fn parse(text: &str) -> Result<Self, String> {
        let doc: DocumentMut = text
            .parse()
            .map_err(|e: toml_edit::TomlError| e.to_string())?;
        let tables = doc
            .get("codes")
            .and_then(Item::as_table)
            .is_some_and(|codes| codes.iter().all(|(_, item)| item.is_table()));
        if !tables {
            return Err("the codes must be written as `[codes.CODE]` tables to be updated".into());
        }
        Ok(TomlDoc { doc })
    }

    fn codes(&mut self) -> &mut Table {
        // `parse` checked that it is a table.
        self.doc["codes"].as_table_mut().expect("[codes]")
    }

    fn entry(&mut self, key: &str) -> &mut Table {
        self.codes()[key].as_table_mut().expect("[codes.CODE]")
    }

    /// The document positions of a code's table: (first, last with its sub-tables).
    fn positions(&self, key: &str) -> Option<(isize, isize)> {
        let tbl = self.doc.get("codes")?.get(key)?.as_table()?;
        let first = tbl.position()?;
        let last = tbl
            .iter()
            .filter_map(|(_, item)| item.as_table()?.position())
            .fold(first, isize::max);
        Some((first, last))
    }
}

impl Doc for TomlDoc {
    fn keys(&self) -> Vec<String> {
        self.doc["codes"]
            .as_table()
            .map(|codes| codes.iter().map(|(k, _)| k.to_owned()).collect())
            .unwrap_or_default()
    }

    fn set_message(&mut self, key: &str, lang: &str, text: &str) -> Result<(), String> {
        let item = self
            .entry(key)
            .get_mut("message")
            .ok_or("an entry without `message`")?;
        if let Some(value @ Value::String(_)) = item.as_value_mut() {
            set_text(value, text);
            return Ok(());
        }
        let langs = item
            .as_table_like_mut()
            .ok_or("`message` is neither a text nor a table of languages")?;
        let name = langs
            .iter()
            .map(|(k, _)| k.to_owned())
            .find(|k| canonical_lang(k).as_deref() == Some(lang))
            .ok_or_else(|| format!("`message` has no text in {lang}"))?;
        if let Some(value) = langs.get_mut(&name).and_then(Item::as_value_mut) {
            set_text(value, text);
        }
        Ok(())
    }

    fn other_messages(&mut self, key: &str, drop: Option<&str>, add: &[&str]) {
        let tbl = self.entry(key);
        if let Some(array) = tbl.get_mut("other-messages").and_then(Item::as_array_mut) {
            array.retain(|v| v.as_str().is_none_or(|t| Some(t) != drop));
            for text in add {
                array.push(*text);
            }
            if array.is_empty() {
                tbl.remove("other-messages");
            }
        } else if !add.is_empty() {
            let array: toml_edit::Array = add.iter().copied().collect();
            insert_field(tbl, "other-messages", toml_edit::value(array));
        }
    }

    fn set_deprecated(&mut self, key: &str, note: Option<&str>) {
        let tbl = self.entry(key);
        match note {
            Some(note) => insert_field(tbl, "deprecated", toml_edit::value(note)),
            None => {
                tbl.remove("deprecated");
            }
        }
    }

    fn remove(&mut self, key: &str) {
        self.codes().remove(key);
    }

    fn comment(&mut self, key: &str, note: &str) {
        let tbl = self.entry(key);
        let prefix = tbl
            .decor()
            .prefix()
            .and_then(|p| p.as_str())
            .unwrap_or("\n");
        let prefix = format!("{prefix}{note}\n");
        tbl.decor_mut().set_prefix(prefix);
    }

    fn insert(&mut self, key: &Key, mut entry: Table, after: Option<&str>, comment: Option<&str>) {
        // Tables are printed by position, ties in insertion order: right
        // after the code below it, or just before the first code.
        let first = self
            .keys()
            .first()
            .and_then(|k| self.positions(k))
            .map(|p| p.0 - 1);
        let position = match after.and_then(|k| self.positions(k)) {
            Some((_, last)) => last,
            None => first.unwrap_or(isize::MAX),
        };
        entry.set_position(Some(position));
        if let Some(note) = comment {
            entry.decor_mut().set_prefix(format!("\n{note}\n"));
        }
        self.codes().insert_formatted(key, Item::Table(entry));
    }

    fn set_parent(&mut self, parent: &str) {
        self.doc["catalog"]["subset-of"] = toml_edit::value(parent);
    }

    fn render(&self) -> String {
        self.doc.to_string()
    }
}

/// Replaces a text, keeping the spaces and comment around it.
fn set_text(value: &mut Value, text: &str) {
    let decor = value.decor().clone();
    *value = Value::from(text);
    *value.decor_mut() = decor;
}

/// Inserts a field where [`field_index`] puts it; the keys that follow
/// move with their comments.
fn insert_field(tbl: &mut Table, key: &str, item: Item) {
    let keys: Vec<String> = tbl.iter().map(|(k, _)| k.to_owned()).collect();
    let moved: Vec<_> = keys[field_index(&keys, key)..]
        .iter()
        .filter_map(|k| tbl.remove_entry(k))
        .collect();
    tbl.insert(key, item);
    for (k, item) in moved {
        tbl.insert_formatted(&k, item);
    }
}
