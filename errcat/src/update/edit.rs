//! The edit of one catalog file by the table of the new page it matched:
//! what changes is decided here, on the catalog as the macro reads it; the
//! file is changed through [`Doc`], which edits it in place (TOML with
//! `toml_edit`, JSON by splicing its text), so everything the edit does not
//! touch (comments, order, layout, curated fields) stays as written.

use super::json_file::JsonDoc;
use super::matching::code as code_of;
use super::toml_file::TomlDoc;
use crate::import::{to_toml, Imported, ImportedEntry};
use error_catalog::__unstable::names::fold;
use error_catalog::model::{Catalog, Code, Entry};
use std::collections::BTreeMap;
use std::path::Path;
use toml_edit::{DocumentMut, Item, Key, Table};

/// The note `--update` writes on a code the page no longer lists; a code
/// that comes back loses the note (a curator's own deprecation stays).
pub const GONE: &str = "not in the vendor's page since ";

/// A catalog file being edited in place; codes are named by their keys as
/// the file writes them.
pub trait Doc {
    /// The keys of `[codes]`, in file order.
    fn keys(&self) -> Vec<String>;
    /// Sets the `lang` text of the code's `message` (a text or a table of languages).
    fn set_message(&mut self, key: &str, lang: &str, text: &str) -> Result<(), String>;
    /// Takes `drop` out of `other-messages` and appends `add` (creating
    /// the field after `message`, removing it once empty).
    fn other_messages(&mut self, key: &str, drop: Option<&str>, add: &[&str]);
    /// Sets `deprecated` (after the code's other fields, before `doc`), or removes it.
    fn set_deprecated(&mut self, key: &str, note: Option<&str>);
    /// Removes the code.
    fn remove(&mut self, key: &str);
    /// A comment line above the code (JSON has none: the report line stays).
    fn comment(&mut self, key: &str, note: &str);
    /// Inserts a code written as `errcat import` writes it, right after the
    /// code `after` (first among the codes without it).
    fn insert(&mut self, key: &Key, entry: Table, after: Option<&str>, comment: Option<&str>);
    /// Points `subset-of` at `parent` (to check a subset against its
    /// parent's new text before either is written).
    fn set_parent(&mut self, parent: &str);
    /// The edited text.
    fn render(&self) -> String;
}

/// `text` (a subset catalog) with `subset-of` naming `parent`.
pub fn repoint(text: &str, json: bool, parent: &Path) -> Result<String, String> {
    let mut doc = open(text, json)?;
    doc.set_parent(&parent.to_string_lossy());
    Ok(doc.render())
}

fn open(text: &str, json: bool) -> Result<Box<dyn Doc>, String> {
    Ok(if json {
        Box::new(JsonDoc::parse(text)?)
    } else {
        Box::new(TomlDoc::parse(text)?)
    })
}

/// Where a new field of an entry goes among its `fields` (in file order),
/// as a person puts it: `other-messages` right after `message`, anything
/// else (`deprecated`) before `doc`, else last.
pub fn field_index(fields: &[String], field: &str) -> usize {
    let find = |k: &str| fields.iter().position(|f| f == k);
    match field {
        "other-messages" => find("message").map_or(fields.len(), |i| i + 1),
        _ => find("doc").unwrap_or(fields.len()),
    }
}

/// How codes the page no longer lists are handled, and the date noted.
pub struct Options<'a> {
    /// Remove them instead of deprecating them.
    pub prune: bool,
    /// The date in the deprecation note and the review comments.
    pub as_of: &'a str,
}

/// The edited text, and what a person must look at.
#[derive(Default)]
pub struct Outcome {
    /// The edited file.
    pub text: String,
    /// Reworded codes with translations, and new codes of a translated catalog.
    pub review: Vec<String>,
}

/// Edits `text` (the catalog `old` as written; JSON when `json`) so that it
/// follows `table`.
pub fn edit(
    text: &str,
    json: bool,
    old: &Catalog,
    table: &Imported,
    doc_name: &str,
    options: &Options,
) -> Result<Outcome, String> {
    let mut doc = open(text, json)?;
    let keys: BTreeMap<Code, String> = doc
        .keys()
        .into_iter()
        .map(|key| (code_of(&key, old.code_type), key))
        .collect();
    let page: BTreeMap<Code, &ImportedEntry> = table
        .entries
        .iter()
        .map(|e| (code_of(&e.code, old.code_type), e))
        .collect();
    let mut review = Vec::new();
    for entry in &old.entries {
        let Some(key) = keys.get(&entry.code) else {
            continue;
        };
        let gone_note = entry
            .deprecated
            .as_deref()
            .is_some_and(|d| d.starts_with(GONE));
        match page.get(&entry.code) {
            Some(imported) => {
                if gone_note {
                    doc.set_deprecated(key, None);
                }
                // A subset's texts are its parent's: only whether it lists the code counts.
                if old.parent.is_none() {
                    review.extend(reword(doc.as_mut(), key, old, entry, imported, options)?);
                }
            }
            None if options.prune => doc.remove(key),
            None if entry.deprecated.is_none() => {
                doc.set_deprecated(key, Some(&format!("{GONE}{}", options.as_of)));
            }
            None => {}
        }
    }
    review.extend(add_codes(
        doc.as_mut(),
        old,
        &keys,
        fresh_entries(table, doc_name)?,
        options,
    ));
    Ok(Outcome {
        text: doc.render(),
        review,
    })
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

/// Replaces the message in the catalog's language by the page's new text;
/// the old text joins `other-messages` (as do texts the page repeats the
/// code with), and an entry with translations gets a review comment.
/// Returns the review line, if any.
fn reword(
    doc: &mut dyn Doc,
    key: &str,
    old: &Catalog,
    entry: &Entry,
    imported: &ImportedEntry,
    options: &Options,
) -> Result<Option<String>, String> {
    let current = entry.message(&old.lang).unwrap_or_default();
    let new = imported.message.as_str();
    let changed = current != new;
    if changed {
        doc.set_message(key, &old.lang, new)?;
    }
    let mut add: Vec<&str> = Vec::new();
    let candidates = imported.other_messages.iter().map(String::as_str);
    for text in candidates.chain(changed.then_some(current)) {
        if text != new && !entry.other_messages.iter().any(|o| o == text) && !add.contains(&text) {
            add.push(text);
        }
    }
    let listed = entry.other_messages.iter().any(|o| o == new);
    if !add.is_empty() || listed {
        doc.other_messages(key, listed.then_some(new), &add);
    }
    if !changed || entry.messages.len() < 2 {
        return Ok(None);
    }
    let langs: Vec<&str> = entry.messages[1..]
        .iter()
        .map(|m| m.lang.as_str())
        .collect();
    let langs = langs.join(", ");
    doc.comment(
        key,
        &format!(
            "# review: the vendor's text changed on {} (was {current:?}): check the translations ({langs}).",
            options.as_of
        ),
    );
    Ok(Some(format!(
        "{} {}: the vendor's text changed: {current:?} -> {new:?}; check the translations ({langs})",
        entry.code, entry.name
    )))
}

/// Inserts the page's new codes in code order, named as the import names
/// them (with a number added when a curated name already folds to it); in a
/// catalog with translations, each gets a review comment and line.
fn add_codes(
    doc: &mut dyn Doc,
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
    let translations = old.languages.get(1..).unwrap_or_default().join(", ");
    let mut review = Vec::new();
    for (code, key, mut tbl) in added {
        let name = tbl
            .get("name")
            .and_then(Item::as_str)
            .map(|n| free_name(n, &taken));
        if let Some(name) = &name {
            taken.push(fold(name));
            tbl.insert("name", toml_edit::value(name.as_str()));
        }
        let note = (old.parent.is_none() && !translations.is_empty()).then(|| {
            let name = name.unwrap_or_default();
            review.push(format!(
                "{code} {name}: a new code: translate it ({translations})"
            ));
            format!(
                "# review: new on {}: translate ({translations}).",
                options.as_of
            )
        });
        let after = keys.range(..&code).next_back().map(|(_, k)| k.as_str());
        doc.insert(&key, tbl, after, note.as_deref());
    }
    review
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
