//! Lines of a code, one space and its text, a paragraph of them, as notes
//! and plain-text error lists print them (`1011 HY000 Error on delete of
//! '%s'`). No separator marks the columns, so the rows are only taken when
//! three lines in a row have that shape, their codes long enough not to be
//! counts or chapter numbers (`2 Error messages`). A second token that is
//! code-like on every line (a SQLSTATE beside a vendor number) is a column
//! of its own; the column roles are then read as for any table.

use super::cell::markdown;
use super::doc::{Cell, Grid, GridRow};
use super::table::{code_range, is_code};

/// Rows needed before a paragraph of such lines is a table.
const MIN_ROWS: usize = 3;

/// The leading rows of `lines` that are `code text` lines, as a table
/// without a header, and the number of lines read; `None` below three.
pub fn read(lines: &[(usize, String)]) -> Option<(Grid, usize)> {
    let split: Vec<(usize, Vec<String>)> = lines
        .iter()
        .map_while(|(line, text)| fields(&markdown(text).text).map(|f| (*line, f)))
        .collect();
    if split.len() < MIN_ROWS {
        return None;
    }
    let second_is_column = split
        .iter()
        .all(|(_, f)| f.len() == 3 && is_code_like(&f[1]));
    let rows = split
        .iter()
        .map(|(line, f)| {
            let cells: Vec<Cell> = if second_is_column {
                f.iter().map(Cell::plain).collect()
            } else {
                vec![Cell::plain(&f[0]), Cell::plain(f[1..].join(" "))]
            };
            GridRow {
                line: *line,
                cells,
                section: false,
            }
        })
        .collect();
    let grid = Grid {
        line: split[0].0,
        header: Vec::new(),
        rows,
    };
    Some((grid, split.len()))
}

/// The code, the second token and the rest of a `code text` line; `None`
/// for a line of another shape.
fn fields(line: &str) -> Option<Vec<String>> {
    let mut parts = line.trim().splitn(3, ' ');
    let code = parts.next()?;
    let long = code.trim_start_matches('-').len() >= 3;
    if !(long && is_code(code) && code_range(code).is_none()) {
        return None;
    }
    let fields: Vec<String> = std::iter::once(code)
        .chain(parts)
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect();
    (fields.len() >= 2).then_some(fields)
}

/// A short token of capitals and digits holding a digit (`HY000`, `23000`,
/// `0A000`): a code of a second scheme, not the first word of a text.
fn is_code_like(token: &str) -> bool {
    token.len() <= 8 && is_code(token) && !token.bytes().any(|b| b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbered(lines: &[&str]) -> Vec<(usize, String)> {
        lines
            .iter()
            .enumerate()
            .map(|(i, l)| (i + 1, l.to_string()))
            .collect()
    }

    #[test]
    fn code_sqlstate_text_lines() {
        let lines = numbered(&[
            "1011 HY000 Error on delete of '%s' (errno: %d)",
            "1022 23000 Can't write; duplicate key in table '%s'",
            "1265 1000 Data truncated for column '%s'",
            "Some prose after them.",
        ]);
        let (grid, read) = read(&lines).expect("a table");
        assert_eq!((grid.line, grid.rows.len(), read), (1, 3, 3));
        let cells: Vec<&str> = grid.rows[2].cells.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(cells, ["1265", "1000", "Data truncated for column '%s'"]);
    }

    #[test]
    fn code_text_lines_and_prose() {
        let lines = numbered(&[
            "4001 Token missing",
            "4002 Token expired",
            "4003 No such user",
        ]);
        let (grid, _) = read(&lines).expect("a table");
        assert_eq!(grid.rows[1].cells[1].text, "Token expired");
        // Two lines are not enough; short numbers are counts or chapters.
        assert!(read(&lines[..2]).is_none());
        assert!(read(&numbered(&["2 Error messages", "3 Limits", "4 Notes"])).is_none());
        assert!(read(&numbered(&["1xxx General", "2xxx Orders", "3xxx Users"])).is_none());
    }
}
