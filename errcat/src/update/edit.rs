//! The edit of one catalog file by the table of the new page it matched:
//! the TOML document is edited with `toml_edit`, so everything the edit does
//! not touch (comments, order, layout, curated fields) stays as written.

use super::matching::code as code_of;
use super::tables::{insert_after, set_text, ENTRY_FIELDS};
use crate::import::{to_toml, Imported, ImportedEntry};
use error_catalog::model::{Catalog, Code, CodeType, Entry};
use error_catalog::names::fold;
use error_catalog::parse::canonical_lang;
use std::collections::BTreeMap;
use toml_edit::{DocumentMut, Item, Key, Table, Value};

/// The note `--update` writes on a code the page no longer lists; a code
/// that comes back loses the note (a curator's own deprecation stays).
pub const GONE: &str = "not in the vendor's page since ";

/// How codes the page no longer lists are handled, and the date noted.
pub struct Options<'a> {
    /// Remove them instead of deprecating them.
    pub prune: bool,
    /// The date in the deprecation note and the review comments.
    pub as_of: &'a str,
}

/// What the edit did that a person must look at.
#[derive(Default)]
pub struct Outcome {
    /// The edited file.
    pub text: String,
    /// Codes whose vendor text changed while they have translations.
    pub review: Vec<String>,
}

/// Edits `text` (the catalog `old` as written) so that it follows `table`.
pub fn edit(
    text: &str,
    old: &Catalog,
    table: &Imported,
    doc_name: &str,
    options: &Options,
) -> Result<Outcome, String> {
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| e.to_string())?;
    let fresh = fresh_entries(table, doc_name)?;
    let codes = doc
        .get_mut("codes")
        .and_then(Item::as_table_mut)
        .ok_or("the codes must be written as `[codes.CODE]` tables to be updated")?;
    let keys = code_keys(codes, old.code_type);
    let page: BTreeMap<Code, &ImportedEntry> = table
        .entries
        .iter()
        .map(|e| (code_of(&e.code, old.code_type), e))
        .collect();
    let mut outcome = Outcome::default();
    for entry in &old.entries {
        let Some(key) = keys.get(&entry.code) else {
            continue;
        };
        match page.get(&entry.code) {
            // A subset's texts are its parent's: only whether it lists the code counts.
            Some(_) if old.parent.is_some() => revive(entry_table(codes, key)?, entry),
            Some(imported) => {
                let tbl = entry_table(codes, key)?;
                revive(tbl, entry);
                if let Some(line) = reword(tbl, old, entry, imported, options)? {
                    outcome.review.push(line);
                }
            }
            None if options.prune => {
                codes.remove(key);
            }
            None => deprecate(entry_table(codes, key)?, entry, options),
        }
    }
    let review = add_codes(codes, old, &keys, fresh, options);
    outcome.review.extend(review);
    outcome.text = doc.to_string();
    Ok(outcome)
}

/// The page's entries as `errcat import` writes them, with their keys as
/// it writes them (string codes quoted, as in the catalogs it writes).
fn fresh_entries(table: &Imported, doc_name: &str) -> Result<Vec<(Key, Table)>, String> {
    let written: DocumentMut = to_toml(table, doc_name)
        .parse()
        .map_err(|e: toml_edit::TomlError| format!("the imported table: {e}"))?;
    let Some(codes) = written.get("codes").and_then(Item::as_table) else {
        return Ok(Vec::new());
    };
    Ok(codes
        .iter()
        .filter_map(|(name, item)| {
            let (key, _) = codes.get_key_value(name)?;
            Some((key.clone(), item.as_table()?.clone()))
        })
        .collect())
}

/// Each code of the file with the key it is written under (`-1`, `"E01"`).
fn code_keys(codes: &Table, code_type: CodeType) -> BTreeMap<Code, String> {
    codes
        .iter()
        .map(|(key, _)| (code_of(key, code_type), key.to_owned()))
        .collect()
}

fn entry_table<'t>(codes: &'t mut Table, key: &str) -> Result<&'t mut Table, String> {
    codes
        .get_mut(key)
        .and_then(Item::as_table_mut)
        .ok_or_else(|| {
            format!("code {key} must be written as a `[codes.{key}]` table to be updated")
        })
}

/// Replaces the message in the catalog's language by the page's new text;
/// the old text joins `other-messages`, and an entry with translations gets
/// a review comment. Returns the review line, if any.
fn reword(
    tbl: &mut Table,
    old: &Catalog,
    entry: &Entry,
    imported: &ImportedEntry,
    options: &Options,
) -> Result<Option<String>, String> {
    let current = entry.message(&old.lang).unwrap_or_default();
    let mut others: Vec<&str> = imported.other_messages.iter().map(String::as_str).collect();
    if current != imported.message {
        others.push(current);
    }
    if current != imported.message {
        set_message(tbl, &old.lang, &imported.message)?;
    }
    add_other_messages(tbl, entry, &imported.message, &others);
    if current == imported.message || entry.messages.len() < 2 {
        return Ok(None);
    }
    let langs: Vec<&str> = entry.messages[1..]
        .iter()
        .map(|m| m.lang.as_str())
        .collect();
    let note = format!(
        "# review: the vendor's text changed on {} (was {:?}): check the translations ({}).\n",
        options.as_of,
        current,
        langs.join(", ")
    );
    let prefix = tbl
        .decor()
        .prefix()
        .and_then(|p| p.as_str())
        .unwrap_or("\n");
    let prefix = format!("{prefix}{note}");
    tbl.decor_mut().set_prefix(prefix);
    Ok(Some(format!(
        "{} {}: the vendor's text changed: {current:?} -> {:?}; check the translations ({})",
        entry.code,
        entry.name,
        imported.message,
        langs.join(", ")
    )))
}

/// Sets the `lang` text of `message`, written as a string or as a table of languages.
fn set_message(tbl: &mut Table, lang: &str, text: &str) -> Result<(), String> {
    let item = tbl.get_mut("message").ok_or("an entry without `message`")?;
    if let Some(value @ Value::String(_)) = item.as_value_mut() {
        set_text(value, text);
        return Ok(());
    }
    let langs = item
        .as_table_like_mut()
        .ok_or("`message` is neither a text nor a table of languages")?;
    let key = langs
        .iter()
        .map(|(k, _)| k.to_owned())
        .find(|k| canonical_lang(k).as_deref() == Some(lang))
        .ok_or_else(|| format!("`message` has no text in {lang}"))?;
    if let Some(value) = langs.get_mut(&key).and_then(Item::as_value_mut) {
        set_text(value, text);
    }
    Ok(())
}

/// Adds `texts` to `other-messages` where missing, and takes `current` (the
/// message now) out of it.
fn add_other_messages(tbl: &mut Table, entry: &Entry, current: &str, texts: &[&str]) {
    let missing: Vec<&str> = texts
        .iter()
        .copied()
        .filter(|t| *t != current && !entry.other_messages.iter().any(|o| o == t))
        .collect();
    let listed = entry.other_messages.iter().any(|o| o == current);
    if missing.is_empty() && !listed {
        return;
    }
    if let Some(array) = tbl.get_mut("other-messages").and_then(Item::as_array_mut) {
        array.retain(|v| v.as_str() != Some(current));
        for text in missing {
            array.push(text);
        }
        if array.is_empty() {
            tbl.remove("other-messages");
        }
        return;
    }
    let array: toml_edit::Array = missing.into_iter().collect();
    insert_after(tbl, "other-messages", toml_edit::value(array), &["message"]);
}

/// Marks a code the page no longer lists, unless it is deprecated already.
fn deprecate(tbl: &mut Table, entry: &Entry, options: &Options) {
    if entry.deprecated.is_some() {
        return;
    }
    let note = format!("{GONE}{}", options.as_of);
    insert_after(tbl, "deprecated", toml_edit::value(note), ENTRY_FIELDS);
}

/// A code back in the page loses the deprecation `--update` gave it.
fn revive(tbl: &mut Table, entry: &Entry) {
    if entry
        .deprecated
        .as_deref()
        .is_some_and(|d| d.starts_with(GONE))
    {
        tbl.remove("deprecated");
    }
}

/// Inserts the page's new codes in code order, named as the import names
/// them (with a number added when a curated name already folds to it); in a
/// catalog with translations, each gets a review comment and line.
fn add_codes(
    codes: &mut Table,
    old: &Catalog,
    keys: &BTreeMap<Code, String>,
    fresh: Vec<(Key, Table)>,
    options: &Options,
) -> Vec<String> {
    let mut taken: Vec<String> = old.entries.iter().map(|e| fold(&e.name)).collect();
    taken.push(fold(&old.unknown));
    let mut added: Vec<(Code, Key, Table)> = fresh
        .into_iter()
        .map(|(key, tbl)| (code_of(key.get(), old.code_type), key, tbl))
        .filter(|(code, _, _)| !keys.contains_key(code))
        .collect();
    added.sort_by(|a, b| a.0.cmp(&b.0));
    let positions = last_positions(codes, keys);
    let mut review = Vec::new();
    for (code, key, mut tbl) in added {
        let name = tbl
            .get("name")
            .and_then(Item::as_str)
            .map(|n| free_name(n, &taken));
        if let Some(name) = &name {
            taken.push(fold(name));
            if let Some(value) = tbl.get_mut("name").and_then(Item::as_value_mut) {
                set_text(value, name);
            }
        }
        let translations = &old.languages[old.languages.len().min(1)..];
        if old.parent.is_none() && !translations.is_empty() {
            let langs = translations.join(", ");
            let note = format!("# review: new on {}: translate ({langs}).\n", options.as_of);
            tbl.decor_mut().set_prefix(format!("\n{note}"));
            let name = name.unwrap_or_default();
            review.push(format!("{code} {name}: a new code: translate it ({langs})"));
        }
        let after = positions.range(..&code).next_back().map(|(_, p)| *p);
        let before = positions.range(&code..).next().map(|(_, p)| p.0 - 1);
        tbl.set_position(Some(after.map_or(before.unwrap_or(isize::MAX), |p| p.1)));
        codes.insert_formatted(&key, Item::Table(tbl));
    }
    review
}

/// Per code, the document positions of its table: (first, last including sub-tables).
fn last_positions(codes: &Table, keys: &BTreeMap<Code, String>) -> BTreeMap<Code, (isize, isize)> {
    keys.iter()
        .filter_map(|(code, key)| {
            let tbl = codes.get(key)?.as_table()?;
            let first = tbl.position()?;
            let last = tbl
                .iter()
                .filter_map(|(_, item)| item.as_table()?.position())
                .fold(first, isize::max);
            Some((code.clone(), (first, last)))
        })
        .collect()
}

fn free_name(name: &str, taken: &[String]) -> String {
    if !taken.contains(&fold(name)) {
        return name.to_owned();
    }
    (2..)
        .map(|n| format!("{name}{n}"))
        .find(|c| !taken.contains(&fold(c)))
        .unwrap_or_default()
}
