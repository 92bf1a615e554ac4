//! Which table of the new page updates which catalog: by the codes they
//! share, relative to all the codes of both (so a table that repeats part of
//! another goes to the smaller catalog it equals), then by the catalog's
//! `source` naming the table's heading; each table and each catalog is used
//! once, best pairs first.

use super::files::Given;
use crate::import::Imported;
use error_catalog::model::{Code, CodeType};
use std::collections::BTreeSet;

/// For each table of the page, the index of the catalog it updates, if any.
pub fn pair(tables: &[Imported], given: &[Given]) -> Vec<Option<usize>> {
    let mut scores = Vec::new();
    for (t, table) in tables.iter().enumerate() {
        for (c, file) in given.iter().enumerate() {
            let catalog = &file.catalog;
            let theirs: BTreeSet<&Code> = catalog.entries.iter().map(|e| &e.code).collect();
            let ours: BTreeSet<Code> = table
                .entries
                .iter()
                .map(|e| code(&e.code, catalog.code_type))
                .collect();
            let shared = ours.iter().filter(|c| theirs.contains(c)).count();
            if shared == 0 {
                continue;
            }
            let union = ours.len() + theirs.len() - shared;
            let named = match (&table.heading, &catalog.source) {
                (Some(heading), Some(source)) => source.contains(heading.as_str()),
                _ => false,
            };
            // Per mille, so that ties are exact; the source settles them.
            scores.push((shared * 1000 / union, named, t, c));
        }
    }
    scores.sort_by_key(|s| std::cmp::Reverse((s.0, s.1)));
    let mut pairs = vec![None; tables.len()];
    let mut used = vec![false; given.len()];
    for (_, _, t, c) in scores {
        if pairs[t].is_none() && !used[c] {
            pairs[t] = Some(c);
            used[c] = true;
        }
    }
    pairs
}

/// A code of the page as the catalog's code type reads it.
pub fn code(text: &str, code_type: CodeType) -> Code {
    match (code_type, text.trim().parse::<i64>()) {
        (CodeType::Int, Ok(n)) => Code::Int(n),
        _ => Code::Str(text.to_owned()),
    }
}
