//! HTML tables (as GitBook pages embed them in Markdown), read with an HTML
//! parser: a `<tr>` of `<th>` cells only is the header, any other `<tr>` a
//! row of its `<th>`/`<td>` cells (a `<th scope="row">` may hold the code).

use super::markdown::mentions_http;
use super::table::{is_code, Report, Row, Table};
use scraper::{ElementRef, Html, Node, Selector};

/// Whether `line` opens an HTML table.
pub fn opens_table(line: &str) -> bool {
    line.to_ascii_lowercase().contains("<table")
}

/// Whether `line` closes an HTML table.
pub fn closes_table(line: &str) -> bool {
    line.to_ascii_lowercase().contains("</table")
}

/// Reads every table of `chunk`, whose first line is doc line `first_line`.
pub fn read(
    chunk: &str,
    first_line: usize,
    heading: Option<String>,
    report: &mut Report,
) -> Vec<Table> {
    let select = |css: &str| Selector::parse(css).expect("a valid selector");
    let (tables, rows, cells, data) = (
        select("table"),
        select("tr"),
        select("th, td"),
        select("td"),
    );
    // Rows are matched to lines by the order of their `<tr` tags in the text.
    let lower = chunk.to_ascii_lowercase();
    let row_lines: Vec<usize> = lower
        .match_indices("<tr")
        .map(|(at, _)| first_line + chunk[..at].matches('\n').count())
        .collect();
    let fragment = Html::parse_fragment(chunk);
    let mut row_index = 0;
    let mut out = Vec::new();
    for element in fragment.select(&tables) {
        let mut table = Table {
            line: row_lines.get(row_index).copied().unwrap_or(first_line),
            heading: heading.clone(),
            ..Table::default()
        };
        for tr in element.select(&rows) {
            let line = row_lines.get(row_index).copied().unwrap_or(first_line);
            row_index += 1;
            let cells: Vec<String> = tr.select(&cells).map(text).collect();
            if tr.select(&data).next().is_none() {
                if let Some(first) = cells.first() {
                    table.http |= mentions_http(first);
                    continue;
                }
            }
            match cells.as_slice() {
                [code, text] if is_code(code) => table.rows.push(row(line, code, None, text)),
                [code, key, text] if is_code(code) => {
                    table.rows.push(row(line, code, Some(key), text))
                }
                _ => report.note(
                    line,
                    format!(
                        "unreadable HTML row ({} cells: {}): skipped",
                        cells.len(),
                        cells.join(" | ")
                    ),
                ),
            }
        }
        out.push(table);
    }
    out
}

fn row(line: usize, code: &str, key: Option<&String>, text: &str) -> Row {
    Row {
        line,
        code: code.to_owned(),
        key: key.filter(|k| !k.is_empty()).cloned(),
        text: text.to_owned(),
        from_example: false,
    }
}

/// A cell's text as a browser shows it: its text nodes joined, `<br>` a
/// space, runs of HTML whitespace one space, trimmed.
fn text(cell: ElementRef<'_>) -> String {
    let mut raw = String::new();
    for node in cell.descendants() {
        match node.value() {
            Node::Text(text) => raw.push_str(text),
            Node::Element(element) if element.name() == "br" => raw.push(' '),
            _ => {}
        }
    }
    raw.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_with_their_lines() {
        let chunk = "<table><thead><tr><th>代码</th><th>描述</th></tr></thead>\n<tbody><tr><td align=\"center\">-1</td><td>充值纪录<b>不存</b></td></tr>\n<tr><td>4026</td><td> 签名不对 </td></tr><tr><td>x</td><td>y</td></tr></tbody></table>";
        let mut report = Report::default();
        let tables = read(chunk, 10, Some("状态码".into()), &mut report);
        assert_eq!(tables.len(), 1);
        let rows: Vec<_> = tables[0]
            .rows
            .iter()
            .map(|r| (r.line, r.code.as_str(), r.text.as_str()))
            .collect();
        assert_eq!(rows, [(11, "-1", "充值纪录不存"), (12, "4026", "签名不对")]);
        assert_eq!(report.sorted().len(), 1);
        assert_eq!(report.sorted()[0].0, 12);
        assert!(!tables[0].http);
    }

    #[test]
    fn cell_text_is_read_as_a_browser_shows_it() {
        let chunk = "<table><tr><th>Code</th><th>Message</th></tr>\n<tr><td>1</td><td>Invalid token<br/>please log in</td></tr>\n<tr><td>2</td><td>Session\n      expired\u{3000}again</td></tr></table>";
        let mut report = Report::default();
        let tables = read(chunk, 1, None, &mut report);
        let texts: Vec<_> = tables[0].rows.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Invalid token please log in",
                "Session expired\u{3000}again"
            ]
        );
    }

    #[test]
    fn a_row_header_cell_holds_the_code() {
        // `<th scope="row">` for the code: a data row, not a header.
        let chunk = "<table>\n<tr><th>Code</th><th>Message</th></tr>\n<tr><th scope=\"row\">1001</th><td>System error</td></tr>\n<tr><td>1002</td><th>x</th><td>y</td></tr>\n</table>";
        let mut report = Report::default();
        let tables = read(chunk, 1, None, &mut report);
        let rows: Vec<_> = tables[0]
            .rows
            .iter()
            .map(|r| (r.line, r.code.as_str(), r.key.as_deref(), r.text.as_str()))
            .collect();
        assert_eq!(
            rows,
            [
                (3, "1001", None, "System error"),
                (4, "1002", Some("x"), "y")
            ]
        );
        assert!(report.sorted().is_empty());
    }
}
