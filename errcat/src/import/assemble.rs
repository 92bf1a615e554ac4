//! Tables → catalogs: range tables absorb the tables they cover, response
//! examples join the table that holds their codes, repeated codes are folded
//! (first text `message`, other texts `other-messages`), a table that only
//! repeats another becomes its `subset-of`, and names, language, code type,
//! placeholders, success codes and HTTP statuses are derived.

use super::examples::{Envelope, Examples};
use super::lang::{self, Given};
use super::naming::{code_name, heading_name, title_name, variant_candidates, Names};
use super::noise::page_noise;
use super::table::{is_message_key, Report, Row, Table};
use error_catalog::__unstable::names::{fold, to_snake_case};
use error_catalog::__unstable::placeholder;
use error_catalog::model::PlaceholderStyle;

/// A category made from a range row (`1xxx`) or a section of the table.
#[derive(Debug)]
pub struct Category {
    /// snake_case of the vendor's description.
    pub name: String,
    /// The codes it holds.
    pub matcher: Matcher,
    /// The vendor's description.
    pub doc: String,
}

/// How a category finds its codes.
#[derive(Debug, PartialEq, Eq)]
pub enum Matcher {
    /// Integer codes from `lo` to `hi`.
    Range(i64, i64),
    /// String codes that start with it.
    Prefix(String),
}

/// One code of an imported catalog.
#[derive(Debug)]
pub struct Entry {
    /// The code as written (repaired where the report says so).
    pub code: String,
    /// Derived variant name.
    pub name: String,
    /// The vendor's symbolic name.
    pub key: Option<String>,
    /// The first text the doc gives.
    pub message: String,
    /// Later, different texts, in document order.
    pub other_messages: Vec<String>,
    /// HTTP status: the row's status column, or the code in a table of HTTP codes.
    pub http: Option<u16>,
    /// Remedies and other columns of the row.
    pub doc: Option<String>,
    /// Struck through in the doc.
    pub deprecated: bool,
    /// The message in the other language (`lang`, text).
    pub translation: Option<(String, String)>,
    /// Doc line of the text taken as `message`.
    pub line: usize,
}

/// One catalog to write.
#[derive(Debug)]
pub struct Imported {
    /// File name without `.toml`.
    pub file: String,
    /// Enum name.
    pub name: String,
    /// Doc line of the table.
    pub line: usize,
    /// The table's heading.
    pub heading: Option<String>,
    /// The texts' language, as [`super::lang`] decides it.
    pub lang: String,
    /// Whether every code is a canonical decimal integer.
    pub integer: bool,
    /// Codes whose text says success.
    pub success: Vec<String>,
    /// `none`, `java` or `printf`.
    pub placeholders: &'static str,
    /// The catch-all's name when a code is itself named `Unknown`.
    pub unknown: Option<&'static str>,
    /// File (without `.toml`) of the parent, for a subset.
    pub subset_of: Option<String>,
    /// Envelope field names (code, message, data) from the response examples.
    pub envelope: Option<Envelope>,
    /// Categories from range rows.
    pub categories: Vec<Category>,
    /// The codes.
    pub entries: Vec<Entry>,
}

/// Builds the catalogs of a doc; `base` is the UpperCamelCase base of enum names.
pub fn assemble(
    tables: Vec<Table>,
    examples: Examples,
    base: &str,
    given: &Given,
    report: &mut Report,
) -> Vec<Imported> {
    let mut tables = absorb_range_tables(tables, report);
    tables.retain(|t| {
        if t.rows.is_empty() {
            report.note(t.line, "a table without codes: skipped");
        }
        !t.rows.is_empty()
    });
    let attached = attach_examples(&mut tables, examples, report);
    for row in tables.iter().flat_map(|t| &t.rows) {
        if let Some(word) = page_noise(&row.text) {
            report.note(
                row.line,
                format!(
                    "the text of `{}` may hold page noise (`{word}`): kept verbatim",
                    row.code
                ),
            );
        }
    }
    let folded: Vec<Vec<Entry>> = tables
        .iter()
        .map(|t| fold_repeats(&t.rows, report))
        .collect();
    let names = catalog_names(&tables, base);
    let mut out: Vec<Imported> = Vec::new();
    for (i, (table, entries)) in tables.iter().zip(folded).enumerate() {
        let parent = out
            .iter()
            .find(|parent| parent.subset_of.is_none() && repeats(&entries, &parent.entries))
            .map(|parent| (parent.file.clone(), parent.lang.clone(), parent.integer));
        let subset_of = parent.as_ref().map(|(file, _, _)| file.clone());
        if let Some(parent) = &subset_of {
            report.note(
                table.line,
                format!("every row of this table repeats a row of `{parent}.toml` (same code, same text): written as its subset"),
            );
        }
        let attached = attached.as_ref().filter(|a| a.owner == i);
        let mut imported = catalog(
            table, entries, &names[i], subset_of, attached, given, report,
        );
        // A subset's language and code type are its parent's, whatever its
        // own rows alone would give (English rows of a Chinese table).
        if let Some((_, lang, integer)) = parent {
            imported.lang = lang;
            imported.integer = integer;
        }
        if let (Some(other), Some(entry)) = (
            imported.unknown,
            imported.entries.iter().find(|e| e.name == "Unknown"),
        ) {
            report.note(
                entry.line,
                format!("code {} is named `Unknown` after its key or text: the catch-all is named `{other}`", entry.code),
            );
        }
        out.push(imported);
    }
    out
}

/// Tables that follow a range table (`1xxx`) and whose codes all lie in its
/// ranges are sections of it: their rows join it.
fn absorb_range_tables(tables: Vec<Table>, report: &mut Report) -> Vec<Table> {
    let mut out: Vec<Table> = Vec::new();
    for table in tables {
        if let Some(owner) = out
            .last_mut()
            .filter(|o| !o.ranges.is_empty() && table.ranges.is_empty())
        {
            let covered = table.rows.iter().all(|r| {
                r.code
                    .parse::<i64>()
                    .is_ok_and(|c| owner.ranges.iter().any(|g| (g.lo..=g.hi).contains(&c)))
            });
            if covered && !table.rows.is_empty() {
                report.note(
                    table.line,
                    format!(
                        "this table's codes lie in the ranges of the table at line {}: read as a section of it",
                        owner.line
                    ),
                );
                owner.rows.extend(table.rows);
                continue;
            }
        }
        out.push(table);
    }
    out
}

/// What response examples give the table they join.
struct Attached {
    /// Index of the table.
    owner: usize,
    /// The envelope's field names.
    envelope: Option<Envelope>,
    /// Codes of the examples labelled success.
    success: Vec<String>,
}

/// Response examples join the one table that holds one of their codes.
fn attach_examples(
    tables: &mut [Table],
    examples: Examples,
    report: &mut Report,
) -> Option<Attached> {
    if examples.rows.is_empty() {
        return None;
    }
    let holds = |t: &Table| {
        examples
            .rows
            .iter()
            .any(|e| t.rows.iter().any(|r| r.code == e.code))
    };
    let owners: Vec<usize> = (0..tables.len()).filter(|&i| holds(&tables[i])).collect();
    let [owner] = owners[..] else {
        for example in &examples.rows {
            report.note(
                example.line,
                format!(
                    "response example with code {}: {} tables hold its codes, so it joins none",
                    example.code,
                    owners.len()
                ),
            );
        }
        return None;
    };
    let table = &mut tables[owner];
    for example in examples.rows {
        if !table.rows.iter().any(|r| r.code == example.code) {
            report.note(
                example.line,
                format!(
                    "code {} is in no table: taken from the response example, with its text “{}”",
                    example.code, example.text
                ),
            );
        }
        table.rows.push(example);
    }
    Some(Attached {
        owner,
        envelope: examples.envelope,
        success: examples.success,
    })
}

/// Rows → entries, one per code: the first table text is `message` (an
/// example's text never is while the table has one), later different texts
/// go to `other-messages`, identical repeats are merged; entries in the order
/// of their `message`'s line.
fn fold_repeats(rows: &[Row], report: &mut Report) -> Vec<Entry> {
    let mut codes: Vec<&str> = Vec::new();
    for row in rows {
        if !codes.contains(&row.code.as_str()) {
            codes.push(&row.code);
        }
    }
    let mut entries: Vec<Entry> = codes
        .into_iter()
        .map(|code| {
            let mut same: Vec<&Row> = rows.iter().filter(|r| r.code == code).collect();
            // A line without its own text (an alias line, text from the key) yields to one with it.
            same.sort_by_key(|r| (r.from_example, r.text_is_key, r.line));
            let first = same[0];
            let mut entry = Entry {
                code: code.to_owned(),
                name: String::new(),
                key: first.key.clone(),
                message: first.text.clone(),
                other_messages: Vec::new(),
                http: first.http,
                doc: first.doc.clone(),
                deprecated: first.deprecated,
                translation: first.translation.clone().map(|t| (String::new(), t)),
                line: first.line,
            };
            for text in &first.more_texts {
                if *text != entry.message && !entry.other_messages.contains(text) {
                    entry.other_messages.push(text.clone());
                }
            }
            let mut later: Vec<&Row> = same[1..].to_vec();
            later.sort_by_key(|r| r.line);
            for row in later {
                let what = if row.from_example {
                    format!("a response example repeats code `{code}` (table row at line {})", first.line)
                } else {
                    format!("code `{code}` repeated (first at line {})", first.line)
                };
                if row.text == entry.message || entry.other_messages.contains(&row.text) || row.text_is_key {
                    report.note(row.line, format!("{what} with the same text: merged"));
                } else {
                    report.note(
                        row.line,
                        format!("{what} with another text: kept in `other-messages`; `message` stays the text of line {}", first.line),
                    );
                    entry.other_messages.push(row.text.clone());
                }
            }
            entry
        })
        .collect();
    entries.sort_by_key(|e| e.line);
    entries
}

/// Whether every entry of `child` is in `parent` with the same text.
fn repeats(child: &[Entry], parent: &[Entry]) -> bool {
    child.iter().all(|c| {
        c.other_messages.is_empty()
            && parent
                .iter()
                .any(|p| p.code == c.code && p.message == c.message)
    })
}

/// Enum names: `base` for a single table, else `base` + the heading's words
/// (or the table's number), unique.
fn catalog_names(tables: &[Table], base: &str) -> Vec<String> {
    let mut names = Names::default();
    tables
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let numbered = format!("{base}{}", i + 1);
            if tables.len() == 1 {
                return names.pick(&[base.to_owned()], &numbered);
            }
            // A page without headings (plain text) has only the line above.
            let from_heading: Vec<String> = match &t.title {
                Some(title) => title_name(Some(title)),
                None => heading_name(t.heading.as_deref()),
            }
            .map(|h| format!("{base}{h}"))
            .into_iter()
            .collect();
            names.pick(&from_heading, &numbered)
        })
        .collect()
}

fn catalog(
    table: &Table,
    mut entries: Vec<Entry>,
    name: &str,
    subset_of: Option<String>,
    attached: Option<&Attached>,
    given: &Given,
    report: &mut Report,
) -> Imported {
    let texts = || {
        entries
            .iter()
            .flat_map(|e| std::iter::once(&e.message).chain(&e.other_messages))
    };
    let decided = given.decide(texts().map(String::as_str));
    report.note(
        table.line,
        format!("lang = \"{}\": {}", decided.tag, decided.why),
    );
    let lang = decided.tag;
    let placeholders = placeholder_style(&entries, report);
    let integer = entries.iter().all(|e| is_canonical_int(&e.code));
    translation_lang(&mut entries, &lang, report);
    name_entries(&mut entries);
    for entry in &mut entries {
        entry.http = entry.http.or_else(|| {
            table
                .http
                .then(|| entry.code.parse::<u16>().ok())
                .flatten()
                .filter(|c| (100..=599).contains(c))
        });
    }
    let success = entries
        .iter()
        .filter(|e| means_success(e) || attached.is_some_and(|a| a.success.contains(&e.code)))
        .map(|e| e.code.clone())
        .collect();
    // The catch-all may not share a variant's name.
    let taken = |name: &str| entries.iter().any(|e| fold(&e.name) == fold(name));
    let unknown = if taken("Unknown") {
        ["Other", "OtherCode", "Unlisted"]
            .into_iter()
            .find(|name| !taken(name))
    } else {
        None
    };
    let mut categories = range_categories(table, integer, report);
    if categories.is_empty() {
        categories = sections(table, &entries, integer);
    }
    Imported {
        file: to_snake_case(name),
        name: name.to_owned(),
        line: table.line,
        heading: table.heading.clone(),
        lang,
        integer,
        success,
        placeholders,
        unknown,
        subset_of,
        envelope: attached.and_then(|a| a.envelope.clone()),
        categories,
        entries,
    }
}

/// `java` for `{0}` texts, `printf` for `%s`/`%d`, else `none`. Java only
/// when every text reads as a template: a vendor text with other braces
/// (`{"a": 1}`) would fail validation (reported).
fn placeholder_style(entries: &[Entry], report: &mut Report) -> &'static str {
    let texts = || {
        entries
            .iter()
            .flat_map(|e| std::iter::once(&e.message).chain(&e.other_messages))
    };
    let not_java = entries.iter().find_map(|e| {
        std::iter::once(&e.message)
            .chain(&e.other_messages)
            .find_map(|t| placeholder::parse(PlaceholderStyle::Java, t).err())
            .map(|why| (e, why))
    });
    let java = texts().any(|t| has_java_placeholder(t));
    if let (true, Some((entry, why))) = (java, &not_java) {
        report.note(
            entry.line,
            format!(
                "the text of `{}` is not a Java template ({why}): placeholders = \"none\", `{{0}}` in other texts stays literal",
                entry.code
            ),
        );
    }
    if java && not_java.is_none() {
        "java"
    } else if texts().any(|t| t.contains("%s") || t.contains("%d")) {
        "printf"
    } else {
        "none"
    }
}

/// Variant names: a text that is the vendor's message key
/// (`bacc_bet_failed`) is its key too; names come from the key (without
/// the table's shared prefix), the English text or translation, the code.
fn name_entries(entries: &mut [Entry]) {
    for entry in entries.iter_mut() {
        if entry.key.is_none() && is_message_key(&entry.message) {
            entry.key = Some(entry.message.clone());
        }
    }
    let keys: Vec<&str> = entries.iter().filter_map(|e| e.key.as_deref()).collect();
    let prefix = shared_key_prefix(&keys);
    let mut names = Names::default();
    for entry in entries.iter_mut() {
        let key = entry
            .key
            .as_deref()
            .map(|k| k.strip_prefix(&prefix).unwrap_or(k));
        // An English translation names a Chinese message.
        let english = match &entry.translation {
            Some((_, text)) if !entry.message.is_ascii() && text.is_ascii() => text,
            _ => &entry.message,
        };
        let candidates = variant_candidates(&entry.code, key, english);
        entry.name = names.pick(&candidates, &code_name(&entry.code));
    }
}

/// Categories from the table's range rows (`1xxx`): integer catalogs only.
fn range_categories(table: &Table, integer: bool, report: &mut Report) -> Vec<Category> {
    let mut categories: Vec<Category> = Vec::new();
    for r in &table.ranges {
        // Only integer codes lie in ranges (validation says so too).
        if !integer {
            report.note(
                r.line,
                format!(
                    "range `{}` ({}) dropped: the codes are strings, and a string catalog has no ranges",
                    r.written, r.text
                ),
            );
            continue;
        }
        let mut name = error_catalog::__unstable::names::to_camel_case(&r.text)
            .map_or_else(|| format!("range_{}", r.written), |c| to_snake_case(&c));
        // Two ranges described alike (`Errors`) still need two names.
        if categories.iter().any(|c| c.name == name) {
            name = format!("{name}_{}", r.written.to_lowercase());
        }
        categories.push(Category {
            name,
            matcher: Matcher::Range(r.lo, r.hi),
            doc: r.text.clone(),
        });
    }
    categories
}

/// One category per section of the table (`Class 22 — Data Exception`): a
/// prefix that its codes share and no other code has (string codes), a
/// range that holds its codes and no other (integer codes); a section
/// without either gives none (the schema has no list of codes).
fn sections(table: &Table, entries: &[Entry], integer: bool) -> Vec<Category> {
    // Rows of response examples, joined after the table's own, are in no section.
    let own = table
        .rows
        .iter()
        .position(|r| r.from_example)
        .unwrap_or(table.rows.len());
    let bounds: Vec<usize> = table
        .sections
        .iter()
        .map(|s| s.first.min(own))
        .chain([own])
        .collect();
    let mut categories: Vec<Category> = Vec::new();
    for (i, section) in table.sections.iter().enumerate() {
        let codes: Vec<&str> = table.rows[bounds[i]..bounds[i + 1]]
            .iter()
            .map(|r| r.code.as_str())
            .collect();
        let Some(base) = error_catalog::__unstable::names::to_camel_case(&section.title)
            .map(|c| to_snake_case(&c))
        else {
            continue;
        };
        if codes.is_empty() || categories.iter().any(|c| c.name == base) {
            continue;
        }
        let inside = |code: &str| codes.contains(&code);
        let matcher = if integer {
            let ints: Vec<i64> = codes.iter().filter_map(|c| c.parse().ok()).collect();
            let (lo, hi) = (
                ints.iter().min().copied().unwrap_or(0),
                ints.iter().max().copied().unwrap_or(0),
            );
            let alone = entries
                .iter()
                .all(|e| inside(&e.code) || e.code.parse::<i64>().is_ok_and(|c| c < lo || c > hi));
            if !alone {
                continue;
            }
            Matcher::Range(lo, hi)
        } else {
            // `Class 00 — Successful Completion`: the class the title names,
            // when its codes start with it; else what they share.
            let named = section
                .title
                .split(|c: char| !c.is_ascii_alphanumeric())
                .find(|w| !w.is_empty() && codes.iter().all(|c| c.starts_with(w)));
            let prefix = named.unwrap_or_else(|| common_prefix(&codes));
            let alone = !prefix.is_empty()
                && entries
                    .iter()
                    .all(|e| inside(&e.code) || !e.code.starts_with(prefix));
            if !alone {
                continue;
            }
            Matcher::Prefix(prefix.to_owned())
        };
        categories.push(Category {
            name: base,
            matcher,
            doc: section.title.clone(),
        });
    }
    categories
}

fn common_prefix<'a>(codes: &[&'a str]) -> &'a str {
    let Some(first) = codes.first() else {
        return "";
    };
    let mut len = first.len();
    for code in &codes[1..] {
        len = first
            .bytes()
            .zip(code.bytes())
            .take(len)
            .take_while(|(a, b)| a == b)
            .count();
    }
    // Whole characters only: codes are ASCII here, but the doc's may not be.
    while !first.is_char_boundary(len) {
        len -= 1;
    }
    &first[..len]
}

/// `Success`, `成功`, `OK` (as text or as the vendor's key); codes of
/// success examples are added by the caller.
fn means_success(entry: &Entry) -> bool {
    let is = |t: &str| ["success", "成功", "ok"].contains(&t.trim().to_lowercase().as_str());
    is(&entry.message) || entry.key.as_deref().is_some_and(is)
}

/// The `ER_` of `ER_HASHCHK`, `ER_DUP_KEY`, …: a first word that nearly
/// every key of the table has says nothing about one code, so names leave it
/// out (`DupKey`). Empty when at least three keys share none.
fn shared_key_prefix(keys: &[&str]) -> String {
    let first_word = |k: &str| {
        k.split_once('_')
            .map(|(w, rest)| (format!("{w}_"), !rest.is_empty()))
    };
    let Some((prefix, _)) = keys.first().and_then(|k| first_word(k)) else {
        return String::new();
    };
    let sharing = keys
        .iter()
        .filter(|k| first_word(k).is_some_and(|(w, rest)| w == prefix && rest))
        .count();
    if keys.len() >= 3 && sharing * 10 >= keys.len() * 9 {
        prefix
    } else {
        String::new()
    }
}

fn is_canonical_int(code: &str) -> bool {
    let digits = code.strip_prefix('-').unwrap_or(code);
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'))
        && code != "-0"
        && code.parse::<i64>().is_ok()
}

fn has_java_placeholder(text: &str) -> bool {
    text.as_bytes()
        .windows(3)
        .any(|w| w[0] == b'{' && w[1].is_ascii_digit() && w[2] == b'}')
}

/// The translation column's own language, from its texts; where they say
/// the message's language (too little evidence), the other of English and
/// Chinese, as a page beside its Chinese or English texts most often gives.
fn translation_lang(entries: &mut [Entry], lang: &str, report: &mut Report) {
    let texts: Vec<&str> = entries
        .iter()
        .filter_map(|e| e.translation.as_ref().map(|(_, t)| t.as_str()))
        .collect();
    let Some(line) = entries
        .iter()
        .find(|e| e.translation.is_some())
        .map(|e| e.line)
    else {
        return;
    };
    let mut decided = lang::of_texts(texts.iter().copied());
    if decided.tag == lang {
        let other = if lang == "en" { "zh-CN" } else { "en" };
        decided.tag = other.to_owned();
        decided.why = format!("not the messages' {lang}");
    }
    report.note(
        line,
        format!("translation lang = \"{}\": {}", decided.tag, decided.why),
    );
    for entry in entries.iter_mut() {
        if let Some((tag, _)) = entry.translation.as_mut() {
            tag.clone_from(&decided.tag);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(line: usize, code: &str, text: &str, from_example: bool) -> Row {
        Row {
            from_example,
            ..Row::new(line, code, text)
        }
    }

    #[test]
    fn repeated_codes_keep_every_text() {
        let mut report = Report::default();
        let rows = [
            row(5, "-1", "failed", true),
            row(9, "7", "a", false),
            row(10, "-1", "未知错误", false),
            row(11, "7", "b", false),
            row(12, "7", "a", false),
            row(3, "0", "suucess", true),
        ];
        let entries = fold_repeats(&rows, &mut report);
        let got: Vec<_> = entries
            .iter()
            .map(|e| {
                (
                    e.code.as_str(),
                    e.message.as_str(),
                    e.other_messages.clone(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("0", "suucess", vec![]),
                ("7", "a", vec!["b".to_owned()]),
                ("-1", "未知错误", vec!["failed".to_owned()]),
            ]
        );
        let lines: Vec<usize> = report.sorted().iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [5, 11, 12]);
    }

    fn table(line: usize, heading: &str, rows: &[(&str, Option<&str>, &str)]) -> Table {
        Table {
            line,
            heading: Some(heading.into()),
            title: Some(heading.into()),
            http: false,
            rows: rows
                .iter()
                .enumerate()
                .map(|(i, (code, key, text))| Row {
                    key: key.map(str::to_owned),
                    ..row(line + i + 1, code, text, false)
                })
                .collect(),
            ranges: Vec::new(),
            sections: Vec::new(),
        }
    }

    #[test]
    fn ranges_subsets_and_the_catch_all() {
        let mut ranges = table(1, "Ranges", &[("0", None, "Success")]);
        ranges.ranges.push(super::super::table::CodeRange {
            line: 3,
            lo: 1000,
            hi: 1999,
            text: "Common errors".into(),
            written: "1xxx".into(),
        });
        let tables = vec![
            ranges,
            table(10, "9.1 Common", &[("1001", None, "System error")]),
            table(
                20,
                "Other codes",
                &[("-1", Some("unknown"), "failed"), ("7", Some("other"), "x")],
            ),
            table(30, "Reply codes", &[("7", None, "x")]),
        ];
        let mut report = Report::default();
        let out = assemble(
            tables,
            Examples::default(),
            "Acme",
            &Given::default(),
            &mut report,
        );
        let files: Vec<_> = out
            .iter()
            .map(|c| (c.file.as_str(), c.entries.len()))
            .collect();
        assert_eq!(
            files,
            [
                ("acme_ranges", 2),
                ("acme_other_codes", 2),
                ("acme_reply_codes", 1)
            ]
        );
        assert_eq!(out[0].categories[0].name, "common_errors");
        assert_eq!(out[0].success, ["0"]);
        let names: Vec<_> = out[1].entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Unknown", "Other"]);
        assert_eq!(out[1].unknown, Some("OtherCode"));
        assert_eq!(out[2].subset_of.as_deref(), Some("acme_other_codes"));
        let lines: Vec<usize> = report
            .sorted()
            .iter()
            .filter(|(_, note)| !note.starts_with("lang = "))
            .map(|(l, _)| *l)
            .collect();
        assert_eq!(lines, [10, 21, 30]);
    }

    #[test]
    fn a_translation_column_gets_its_own_language() {
        let entry = |message: &str, translation: &str| Entry {
            translation: Some((String::new(), translation.to_owned())),
            ..fold_repeats(&[row(1, "7", message, false)], &mut Report::default()).remove(0)
        };
        let tag = |mut entries: Vec<Entry>, lang: &str| {
            translation_lang(&mut entries, lang, &mut Report::default());
            entries[0].translation.clone().map(|(tag, _)| tag)
        };
        let ja = vec![entry("Card declined", "カードが拒否されました")];
        assert_eq!(tag(ja, "en").as_deref(), Some("ja"));
        let en = vec![entry("Tarjeta rechazada", "Card declined")];
        assert_eq!(tag(en, "es").as_deref(), Some("en"));
        // Beside English messages, texts that say nothing clearly are Chinese.
        let unclear = vec![entry("Card declined", "Card declined")];
        assert_eq!(tag(unclear, "en").as_deref(), Some("zh-CN"));
    }

    #[test]
    fn derived_settings() {
        assert!(is_canonical_int("-1") && is_canonical_int("0") && !is_canonical_int("04026"));
        assert!(!is_canonical_int("G500") && !is_canonical_int("-0"));
        assert!(has_java_placeholder("Parameter ''{0}'' cannot") && !has_java_placeholder("{x}"));
    }
}
