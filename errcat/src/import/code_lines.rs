//! Lists of `code: text`, `code - text` or `code：text` lines and items
//! (`* 40001: Invalid token`). A Markdown parser sees prose here, so the
//! split is done by hand; it needs two such lines in a row, so that a lone
//! `Note: …` is not read as a code.

use super::cell::markdown;
use super::doc::{Cell, Grid};
use super::table::{is_code, is_symbolic, Row};

/// (code, text) of a `code: text` line, its markup removed (`**1001**:
/// text`, `` `order.declined` - text ``).
pub fn split(line: &str) -> Option<(String, String)> {
    let clean = markdown(line).text;
    let line = clean.trim_start_matches(['-', '*', '+', '•']).trim();
    let (code, text) = [": ", "：", " - ", " – ", " — ", ":\t"]
        .iter()
        .filter_map(|sep| line.split_once(sep))
        .min_by_key(|(code, _)| code.len())?;
    let code = code.trim().trim_matches('`');
    let text = text.trim();
    // A constant (`INVALID_TOKEN`) or a dotted name (`order.declined`); a
    // lone word (`Note`) is prose, and so is a snake_case word (`api_error:`
    // in a list of types).
    let constant = is_symbolic(code)
        && code.len() >= 3
        && ((code.chars().any(|c| c.is_ascii_uppercase())
            && !code.chars().any(|c| c.is_ascii_lowercase()))
            || code.contains('.'));
    ((is_code(code) || constant) && !text.is_empty()).then(|| (code.to_owned(), text.to_owned()))
}

/// The `code: text` lines from the first of `lines` on, an indented line
/// continuing the text above it; the rows and the number of lines read.
pub fn read(lines: &[(usize, String)]) -> (Vec<Row>, usize) {
    let mut rows: Vec<Row> = Vec::new();
    let mut read = 0;
    for (line, text) in lines {
        if let Some((code, rest)) = split(text) {
            rows.push(Row::new(*line, code, rest));
        } else if let Some(row) = rows
            .last_mut()
            .filter(|_| text.starts_with([' ', '\t']) && !text.trim().is_empty())
        {
            row.text = format!("{} {}", row.text, markdown(text).text);
        } else {
            break;
        }
        read += 1;
    }
    (rows, read)
}

/// A `<dl>` (or `term` / `: definition` list) as a table: terms written
/// `code: text` give the code and the message, the definitions follow as
/// notes (`Cause: …`, `Action: …`, for `doc`); a header names the roles.
pub fn definitions(grid: &mut Grid) {
    let split_terms = grid.rows.len() >= 2
        && grid
            .rows
            .iter()
            .all(|r| r.cells.first().is_some_and(|c| split(&c.text).is_some()));
    if split_terms {
        for row in &mut grid.rows {
            let term = row.cells.remove(0);
            let (code, text) = split(&term.text).unwrap_or_default();
            let (code, text) = (
                Cell {
                    text: code.to_owned(),
                    struck: term.struck,
                },
                Cell::plain(text),
            );
            row.cells.splice(0..0, [code, text]);
        }
    }
    let width = grid.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    if width > 2 {
        grid.header = ["code", "message"]
            .iter()
            .map(|h| h.to_string())
            .chain(std::iter::repeat_n(String::new(), width - 2))
            .collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_and_text_lines() {
        let pair = |c: &str, t: &str| Some((c.to_owned(), t.to_owned()));
        assert_eq!(
            split("**1001**: System *busy*"),
            pair("1001", "System busy")
        );
        assert_eq!(
            split("* 40001: Invalid token"),
            pair("40001", "Invalid token")
        );
        assert_eq!(
            split("`E1002` - Bad sign: check it"),
            pair("E1002", "Bad sign: check it")
        );
        assert_eq!(
            split("INVALID_TOKEN：令牌无效"),
            pair("INVALID_TOKEN", "令牌无效")
        );
        assert_eq!(split("Note: read this"), None);
        assert_eq!(
            split("- order.declined - The card was declined"),
            pair("order.declined", "The card was declined")
        );
        assert_eq!(split("1001"), None);
        let lines: Vec<(usize, String)> = [
            "40001: Token missing.",
            "40002: Token expired.",
            "    Ask for a new one.",
            "Contact: x",
        ]
        .iter()
        .enumerate()
        .map(|(i, l)| (i + 1, l.to_string()))
        .collect();
        let (rows, read) = read(&lines);
        assert_eq!(read, 3);
        assert_eq!(rows[1].text, "Token expired. Ask for a new one.");
    }
}
