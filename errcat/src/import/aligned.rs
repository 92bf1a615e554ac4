//! Whitespace-aligned text columns, as plain-text error lists print them
//! (`2202E    E    ERRCODE_ARRAY_ELEMENT_ERROR    array_element_error`),
//! with `Section: Class 22 - Data Exception` lines. No Markdown or HTML
//! parser reads these (to them it is one paragraph), so they are read here:
//! fields are split at tabs and runs of two or more spaces.

use super::doc::{Cell, Grid, GridRow};
use super::table::is_code;

/// The fields of an aligned row: a code, then at least one more field.
pub fn fields(line: &str) -> Option<Vec<&str>> {
    let mut fields = Vec::new();
    let mut rest = line.trim();
    while !rest.is_empty() {
        let end = gap(rest).unwrap_or(rest.len());
        fields.push(rest[..end].trim());
        rest = rest[end..].trim_start();
    }
    (fields.len() >= 2 && is_code(fields[0])).then_some(fields)
}

/// The byte offset of the first tab or run of two spaces in `text`.
fn gap(text: &str) -> Option<usize> {
    let tab = text.find('\t');
    let spaces = text.find("  ");
    match (tab, spaces) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The title of a `Section: …` line.
pub fn section(line: &str) -> Option<&str> {
    let rest = line.trim().strip_prefix("Section:")?.trim();
    (!rest.is_empty()).then_some(rest)
}

/// The aligned rows and section lines of `lines` from the first on, as a
/// table without a header; the index after the last line read. `None` when
/// fewer than two rows are there, unless `continues` (the lines continue an
/// aligned table) or they start with a section line.
pub fn read(lines: &[(usize, String)], continues: bool) -> Option<(Grid, usize)> {
    let mut grid = Grid::default();
    let mut end = 0;
    for (i, (line, text)) in lines.iter().enumerate() {
        if let Some(title) = section(text) {
            grid.rows.push(GridRow {
                line: *line,
                cells: vec![Cell::plain(title)],
                section: true,
            });
        } else if let Some(fields) = fields(text) {
            grid.rows.push(GridRow {
                line: *line,
                cells: fields.into_iter().map(Cell::plain).collect(),
                section: false,
            });
        } else {
            break;
        }
        end = i + 1;
    }
    let first = grid.rows.first()?;
    grid.line = first.line;
    let enough = continues || first.section || grid.rows.len() >= 2;
    enough.then_some((grid, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligned_rows_and_sections() {
        assert_eq!(
            fields("2202E    E    ERRCODE_ARRAY_ELEMENT_ERROR    array_element_error"),
            Some(vec![
                "2202E",
                "E",
                "ERRCODE_ARRAY_ELEMENT_ERROR",
                "array_element_error"
            ])
        );
        assert_eq!(fields("10022Extension parameter {0} cannot be empty"), None);
        assert_eq!(fields("Some  prose  here"), None);
        let lines: Vec<(usize, String)> = [
            "Section: Class 22 - Data Exception",
            "22000\tE\tERRCODE_DATA_EXCEPTION\tdata_exception",
            "2202E    E    ERRCODE_ARRAY_ELEMENT_ERROR",
            "prose",
        ]
        .iter()
        .enumerate()
        .map(|(i, l)| (i + 1, l.to_string()))
        .collect();
        let (grid, end) = read(&lines, false).expect("a grid");
        assert!(read(&lines[1..2], false).is_none() && read(&lines[1..2], true).is_some());
        assert_eq!((grid.line, grid.rows.len(), end), (1, 3, 3));
        assert!(grid.rows[0].section);
        assert_eq!(grid.rows[2].cells.len(), 3);
    }
}
