//! `KEY=text` lines (a scraped page's error-code block), including keys the
//! page's layout broke (`GGATEWAY_ CODE_012`, `USCUSTOMER_API_0000111
//! R_API_0000116`) and two entries joined by an elision (`… ... AY_CODE_902=…`).

use super::table::{Report, Row, Table};

/// Whether `line` reads as `KEY=text`: a key of letters, digits, `_` (and the
/// spaces a broken layout leaves) holding a digit (`G500`, `1001`), or a
/// vendor constant in capitals (`INVALID_TOKEN`), then a text.
pub fn is_entry(line: &str) -> bool {
    split_entry(line).is_some()
}

fn split_entry(line: &str) -> Option<(&str, &str)> {
    let (key, text) = line.split_once('=')?;
    let key = key.trim();
    let text = text.trim();
    let starts = key
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric());
    let chars_ok = key
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ' ');
    let has_digit = key.bytes().any(|b| b.is_ascii_digit());
    // Without a digit, only a constant (`SUCCESS`) is a key, so that prose
    // such as `Note=…` is not read as one.
    let constant = key.len() >= 2
        && key.starts_with(|c: char| c.is_ascii_uppercase())
        && key
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
    (starts && chars_ok && (has_digit || constant) && key.len() <= 64 && !text.is_empty())
        .then_some((key, text))
}

/// One `KEY=text` as written, before key repair.
struct Written<'a> {
    line: usize,
    key: &'a str,
    text: &'a str,
}

/// Reads a block of consecutive non-blank lines; lines that are not
/// `KEY=text` are reported and skipped.
pub fn read(lines: &[(usize, &str)], heading: Option<String>, report: &mut Report) -> Table {
    let mut written = Vec::new();
    for &(line, text) in lines {
        match split_entry(text) {
            Some((key, text)) => split_elision(line, key, text, &mut written, report),
            None => report.note(
                line,
                format!("not a `KEY=text` line (`{}`): skipped", text.trim()),
            ),
        }
    }
    // Key families (`GGATEWAY_CODE_` + digits) are the prefixes that at least
    // two intact keys share; a cut key (`AY_CODE_902`) is a family of one.
    let mut prefixes: Vec<&str> = written
        .iter()
        .filter(|w| !w.key.contains(' '))
        .filter_map(|w| family(w.key).map(|(prefix, _)| prefix))
        .collect();
    prefixes.sort_unstable();
    let mut families = prefixes.clone();
    families.dedup();
    families.retain(|f| prefixes.iter().filter(|p| *p == f).count() >= 2);
    let mut table = Table {
        line: lines.first().map_or(0, |(n, _)| *n),
        heading,
        ..Table::default()
    };
    for w in written {
        let code = match repair(w.key, &families) {
            Repair::Intact => w.key.to_owned(),
            Repair::Joined(key) => {
                report.note(
                    w.line,
                    format!(
                        "key `{}` broken by the page's layout: read as `{key}`",
                        w.key
                    ),
                );
                key
            }
            Repair::Tail { key, stray } if stray.is_empty() => {
                report.note(
                    w.line,
                    format!("key `{}` cut by the page: read as `{key}` (completed from the keys beside it)", w.key),
                );
                key
            }
            Repair::Tail { key, stray } => {
                report.note(
                    w.line,
                    format!(
                        "key `{}` broken by the page's layout: read as `{key}` (its tail completed from the keys beside it; the stray `{stray}` before it has no text of its own and is dropped)",
                        w.key
                    ),
                );
                key
            }
            Repair::Unreadable => {
                report.note(
                    w.line,
                    format!("key `{}` is broken and cannot be repaired from the keys beside it: skipped", w.key),
                );
                continue;
            }
        };
        table.rows.push(Row::new(w.line, code, w.text));
    }
    table
}

/// `A=text one ... B=text two`: the page elided what lay between two entries.
fn split_elision<'a>(
    line: usize,
    key: &'a str,
    text: &'a str,
    out: &mut Vec<Written<'a>>,
    report: &mut Report,
) {
    for mark in [" ... ", " … "] {
        if let Some((first, rest)) = text.split_once(mark) {
            if let Some((second_key, second_text)) =
                split_entry(rest).filter(|(k, _)| !k.contains(' '))
            {
                report.note(
                    line,
                    format!(
                        "two entries joined by the page's `{}`: read as `{key}` = “{}” and `{second_key}` = “{second_text}”; entries the elision hides cannot be recovered",
                        mark.trim(),
                        first.trim()
                    ),
                );
                out.push(Written {
                    line,
                    key,
                    text: first.trim(),
                });
                out.push(Written {
                    line,
                    key: second_key,
                    text: second_text,
                });
                return;
            }
        }
    }
    out.push(Written { line, key, text });
}

/// `GGATEWAY_CODE_012` → (`GGATEWAY_CODE_`, `012`): a key family and number.
fn family(key: &str) -> Option<(&str, &str)> {
    let prefix = key.trim_end_matches(|c: char| c.is_ascii_digit());
    let number = &key[prefix.len()..];
    let ok = !prefix.is_empty()
        && !number.is_empty()
        && prefix.chars().all(|c| c.is_ascii_alphabetic() || c == '_');
    ok.then_some((prefix, number))
}

#[derive(Debug, PartialEq, Eq)]
enum Repair {
    Intact,
    /// Spaces the layout put inside the key, removed.
    Joined(String),
    /// A key cut at the front, completed from its family; `stray` is what
    /// stood before it.
    Tail {
        key: String,
        stray: String,
    },
    Unreadable,
}

fn repair(key: &str, families: &[&str]) -> Repair {
    let known = |k: &str| family(k).is_some_and(|(prefix, _)| families.contains(&prefix));
    if !key.contains(' ') && (known(key) || family(key).is_none()) {
        return Repair::Intact;
    }
    let joined: String = key.split_whitespace().collect();
    if known(&joined) {
        return Repair::Joined(joined);
    }
    // The last fragment is a family's tail and number: `R_API_0000116`.
    let (stray, tail) = key.rsplit_once(' ').unwrap_or(("", key));
    if let Some((cut, number)) = family(tail).filter(|(cut, _)| cut.len() >= 2) {
        let mut owners = families
            .iter()
            .filter(|f| f.len() > cut.len() && f.ends_with(cut));
        if let (Some(owner), None) = (owners.next(), owners.next()) {
            return Repair::Tail {
                key: format!("{owner}{number}"),
                stray: stray.trim().to_owned(),
            };
        }
    }
    if key.contains(' ') {
        Repair::Unreadable
    } else {
        Repair::Intact
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FAMILIES: [&str; 4] = ["G", "GGATEWAY_CODE_", "US", "USCUSTOMER_API_"];

    #[test]
    fn keys_broken_by_the_layout() {
        let joined = |k: &str| Repair::Joined(k.to_owned());
        assert_eq!(repair("GGATEWAY_CODE_001", &FAMILIES), Repair::Intact);
        assert_eq!(
            repair("GGATEWAY_ CODE_012", &FAMILIES),
            joined("GGATEWAY_CODE_012")
        );
        assert_eq!(
            repair("USCUS TOMER_API_0000603", &FAMILIES),
            joined("USCUSTOMER_API_0000603")
        );
        assert_eq!(
            repair("USCUSTOMER_API_00001 07", &FAMILIES),
            joined("USCUSTOMER_API_0000107")
        );
        assert_eq!(
            repair("USCUSTOMER_API_0000111 R_API_0000116", &FAMILIES),
            Repair::Tail {
                key: "USCUSTOMER_API_0000116".into(),
                stray: "USCUSTOMER_API_0000111".into()
            }
        );
        assert_eq!(
            repair("AY_CODE_902", &FAMILIES),
            Repair::Tail {
                key: "GGATEWAY_CODE_902".into(),
                stray: String::new()
            }
        );
        assert_eq!(repair("FOO BAR_1", &FAMILIES), Repair::Unreadable);
        assert_eq!(repair("1001", &FAMILIES), Repair::Intact);
        assert!(is_entry("1001=System error") && is_entry("G500=x"));
        assert!(!is_entry("code;code = 0means success") && !is_entry("a=b") && !is_entry("G1="));
        // Vendor constants without a digit are keys too; prose is not.
        assert!(is_entry("SUCCESS=OK") && is_entry("INVALID_TOKEN=Token is invalid"));
        assert!(!is_entry("Note=see below") && !is_entry("A=b") && !is_entry("MY KEY=x"));
        // A key of a family the block does not have is kept as written.
        assert_eq!(repair("ZZ_CODE_1", &FAMILIES), Repair::Intact);
    }

    #[test]
    fn a_block_with_an_elision_and_noise() {
        let text = "G500=System abnormality\nGGATEWAY_CODE_011=Invalid account ... AY_CODE_902=Service timeout\nGGATEWAY_CODE_201=Not open\nPreviousLimitNext";
        let lines: Vec<(usize, &str)> = text.lines().enumerate().map(|(i, l)| (i + 1, l)).collect();
        let mut report = Report::default();
        let table = read(&lines, None, &mut report);
        let rows: Vec<_> = table
            .rows
            .iter()
            .map(|r| (r.line, r.code.as_str(), r.text.as_str()))
            .collect();
        assert_eq!(
            rows,
            [
                (1, "G500", "System abnormality"),
                (2, "GGATEWAY_CODE_011", "Invalid account"),
                (2, "GGATEWAY_CODE_902", "Service timeout"),
                (3, "GGATEWAY_CODE_201", "Not open"),
            ]
        );
        let lines: Vec<usize> = report.sorted().iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [2, 2, 4]);
    }
}
