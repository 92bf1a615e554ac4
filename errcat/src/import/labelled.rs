//! List items that label their fields, as database error references print
//! them: `Error number: 1005; Symbol: ER_CANT_CREATE_TABLE; SQLSTATE: HY000`,
//! then `Message: …`, then notes. To a parser this is a list of paragraphs;
//! the labels are split off by hand and become a table's header, so the
//! column roles come from the same header words as in any table.

use super::doc::{Cell, Grid, GridRow};

/// `Label: value` with a short label (at most four words, no digits).
fn field(part: &str) -> Option<(&str, &str)> {
    let (label, value) = part.split_once(": ")?;
    let label = label.trim();
    let short = label.split_whitespace().count() <= 4 && label.len() <= 32;
    let plain = label
        .chars()
        .all(|c| c.is_alphabetic() || c == ' ' || c == '_');
    // `Symbol: CR_UNKNOWN_HOST;` at the end of a line keeps its separator.
    let value = value.trim().trim_end_matches(';').trim_end();
    (short && plain && !label.is_empty()).then_some((label, value))
}

/// The fields of one item: lines split at `; ` when every part is labelled;
/// unlabelled lines are notes (label "").
fn fields(item: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    for line in item.lines() {
        let parts: Option<Vec<(&str, &str)>> = line.split("; ").map(field).collect();
        match parts {
            Some(parts) => out.extend(parts),
            None => out.push(field(line).unwrap_or(("", line))),
        }
    }
    out
}

/// The items as a table, when at least two items (and most of them) label
/// two fields or more.
pub fn read(items: &[(usize, String)]) -> Option<Grid> {
    let parsed: Vec<(usize, Vec<(&str, &str)>)> = items
        .iter()
        .map(|(line, item)| (*line, fields(item)))
        .filter(|(_, f)| f.iter().filter(|(l, _)| !l.is_empty()).count() >= 2)
        .collect();
    if parsed.len() < 2 || parsed.len() * 2 < items.len() {
        return None;
    }
    let mut header: Vec<&str> = Vec::new();
    for (label, _) in parsed.iter().flat_map(|(_, f)| f) {
        if !header.contains(label) {
            header.push(label);
        }
    }
    let rows = parsed
        .iter()
        .map(|(line, fields)| GridRow {
            line: *line,
            cells: header
                .iter()
                .map(|h| {
                    let values: Vec<&str> = fields
                        .iter()
                        .filter(|(l, _)| l == h)
                        .map(|(_, v)| *v)
                        .collect();
                    Cell::plain(values.join(" "))
                })
                .collect(),
            section: false,
        })
        .collect();
    Some(Grid {
        line: parsed[0].0,
        header: header.iter().map(|h| h.to_string()).collect(),
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labelled_items() {
        let items = vec![
            (3, "Error number: 1007; Symbol: ER_DB_CREATE_EXISTS; SQLSTATE: HY000\nMessage: Can't create database '%s'; database exists\nAn attempt failed.".to_owned()),
            (7, "Error number: 1022; Symbol: ER_DUP_KEY; SQLSTATE: 23000\nMessage: Can't write; duplicate key".to_owned()),
        ];
        let grid = read(&items).expect("a table");
        assert_eq!(
            grid.header,
            ["Error number", "Symbol", "SQLSTATE", "Message", ""]
        );
        let cells: Vec<&str> = grid.rows[0].cells.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            cells,
            [
                "1007",
                "ER_DB_CREATE_EXISTS",
                "HY000",
                "Can't create database '%s'; database exists",
                "An attempt failed."
            ]
        );
        assert_eq!(grid.rows[1].cells[4].text, "");
        assert!(read(&items[..1]).is_none());
        assert!(read(&[(1, "Note: a".to_owned()), (2, "Tip: b".to_owned())]).is_none());
    }
}
