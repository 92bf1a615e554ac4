//! Small `toml_edit` operations that keep what surrounds them as written.

use toml_edit::{Item, Table, Value};

/// The fields of a code in the order `errcat import` writes them, `doc` last.
pub const ENTRY_FIELDS: &[&str] = &[
    "name",
    "key",
    "message",
    "other-messages",
    "http",
    "retryable",
    "category",
];

/// Replaces a text, keeping the spaces and comment around it.
pub fn set_text(value: &mut Value, text: &str) {
    let decor = value.decor().clone();
    *value = Value::from(text);
    *value.decor_mut() = decor;
}

/// Inserts `key` after the last of `after` the table has (first when it has
/// none of them), as a person would place it; the keys that follow move
/// with their comments.
pub fn insert_after(tbl: &mut Table, key: &str, item: Item, after: &[&str]) {
    let keys: Vec<String> = tbl.iter().map(|(k, _)| k.to_owned()).collect();
    let at = keys
        .iter()
        .rposition(|k| after.contains(&k.as_str()))
        .map_or(0, |i| i + 1);
    let moved: Vec<_> = keys[at..]
        .iter()
        .filter_map(|k| tbl.remove_entry(k))
        .collect();
    tbl.insert(key, item);
    for (k, item) in moved {
        tbl.insert_formatted(&k, item);
    }
}
