//! Markdown tables: `| code | text |` or `| code | key | text |`, where the
//! code cell may also carry a reason phrase (`400 - Bad Request`), list several
//! codes (`500, 502 - Server Errors`) or stand for a range (`1xxx`).

use super::table::{code_range, is_code, CodeRange, Report, Row, Table};

/// Whether `line` is a row of a Markdown table.
pub fn is_table_line(line: &str) -> bool {
    line.trim_start().starts_with('|')
}

/// Reads the consecutive table lines `lines` (with their 1-based numbers).
pub fn read(lines: &[(usize, &str)], heading: Option<String>, report: &mut Report) -> Table {
    let mut table = Table {
        line: lines.first().map_or(0, |(n, _)| *n),
        heading,
        ..Table::default()
    };
    let Some(((_, header), rest)) = lines.split_first() else {
        return table;
    };
    let header = cells(header);
    table.http |= header.first().is_some_and(|c| mentions_http(c));
    let rows = match rest.split_first() {
        Some(((_, sep), rows)) if is_separator(sep) => rows,
        _ => {
            report.note(table.line, "a Markdown table without a `|---|` line under its header: the header is taken as the first line");
            rest
        }
    };
    for &(line, text) in rows {
        let cells = cells(text);
        let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
        if cells.len() != header.len() || !(2..=3).contains(&cells.len()) {
            report.note(
                line,
                format!(
                    "unreadable row: {} cells where the header has {} (2 or 3 are read): skipped",
                    cells.len(),
                    header.len()
                ),
            );
            continue;
        }
        read_row(line, &cells, &mut table, report);
    }
    table
}

fn read_row(line: usize, cells: &[&str], table: &mut Table, report: &mut Report) {
    // Some docs write codes as code spans: `` `4026` ``.
    let code_cell = cells[0].trim_matches('`').trim();
    let text = cells[cells.len() - 1];
    if let Some((lo, hi)) = code_range(code_cell) {
        report.note(
            line,
            format!(
                "`{code_cell}` is a range of codes, not a code: read as a category [{lo}, {hi}]"
            ),
        );
        table.ranges.push(CodeRange {
            line,
            lo,
            hi,
            text: text.to_owned(),
            written: code_cell.to_owned(),
        });
        return;
    }
    // `400 - Bad Request`: the code and the vendor's reason phrase.
    let (codes, reason) = match code_cell.split_once(" - ") {
        Some((codes, reason)) => (codes, Some(reason.trim())),
        None => (code_cell, None),
    };
    let codes: Vec<&str> = codes.split(',').map(str::trim).collect();
    if !codes.iter().all(|c| is_code(c)) {
        report.note(
            line,
            format!("unreadable row: `{code_cell}` is not a code: skipped"),
        );
        return;
    }
    if codes.len() > 1 {
        report.note(
            line,
            format!(
                "one row lists {} codes ({}): each gets the row's text",
                codes.len(),
                codes.join(", ")
            ),
        );
    }
    let key = if cells.len() == 3 {
        Some(cells[1]).filter(|k| !k.is_empty())
    } else {
        reason.filter(|r| !r.is_empty())
    };
    for code in codes {
        table.rows.push(Row {
            line,
            code: code.to_owned(),
            key: key.map(str::to_owned),
            text: text.to_owned(),
            from_example: false,
        });
    }
}

/// Whether a heading or header cell says the codes are HTTP statuses.
pub fn mentions_http(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case("http"))
}

/// The cells of a row, padding (spaces, tabs) trimmed; `\|` is a `|` inside
/// a cell, as in GitHub's tables.
fn cells(line: &str) -> Vec<String> {
    let inner = line.trim();
    let inner = inner.strip_prefix('|').unwrap_or(inner);
    let inner = match inner.strip_suffix('|') {
        Some(rest) if !rest.ends_with('\\') => rest,
        _ => inner,
    };
    let mut cells = vec![String::new()];
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '|' {
            cells.push(String::new());
            continue;
        }
        let escaped_pipe = c == '\\' && chars.peek() == Some(&'|');
        if escaped_pipe {
            chars.next();
        }
        if let Some(cell) = cells.last_mut() {
            cell.push(if escaped_pipe { '|' } else { c });
        }
    }
    cells.into_iter().map(|c| c.trim().to_owned()).collect()
}

fn is_separator(line: &str) -> bool {
    line.contains('-')
        && line
            .chars()
            .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(text: &str) -> (Table, Report) {
        let lines: Vec<(usize, &str)> = text.lines().enumerate().map(|(i, l)| (i + 1, l)).collect();
        let mut report = Report::default();
        (read(&lines, None, &mut report), report)
    }

    #[test]
    fn reason_phrases_and_code_lists() {
        let (table, report) = table(
            "| HTTP 状态码 | 描述 |\n| --- | --- |\n| 400 - Bad Request\t | 请求错误 |\n| 500, 502 - Server Errors | 服务器出错 |",
        );
        assert!(table.http, "the code column says HTTP");
        let read: Vec<_> = table
            .rows
            .iter()
            .map(|r| (r.line, r.code.as_str(), r.key.as_deref(), r.text.as_str()))
            .collect();
        assert_eq!(
            read,
            [
                (3, "400", Some("Bad Request"), "请求错误"),
                (4, "500", Some("Server Errors"), "服务器出错"),
                (4, "502", Some("Server Errors"), "服务器出错"),
            ]
        );
        assert_eq!(report.sorted().len(), 1);
        assert!(report.sorted()[0].1.contains("2 codes (500, 502)"));
    }

    #[test]
    fn three_columns_ranges_and_bad_rows() {
        let (table, report) = table(
            "|code | key | text |\n|---|---|---|\n|`10001` | wallet_not_exist\t | 不存在 |\n| 1xxx | a | Common errors |\n| x | y |\n| abc | k | t |",
        );
        assert_eq!(table.rows.len(), 1);
        assert_eq!(table.rows[0].code, "10001");
        assert_eq!(table.rows[0].key.as_deref(), Some("wallet_not_exist"));
        assert_eq!(table.ranges[0].lo, 1000);
        assert_eq!(table.ranges[0].text, "Common errors");
        let lines: Vec<usize> = report.sorted().iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [4, 5, 6]);
    }

    #[test]
    fn escaped_pipes_stay_in_their_cell() {
        let (table, report) =
            table("| code | text |\n|---|---|\n| 1001 | System error \\| retry |");
        assert_eq!(table.rows.len(), 1, "{:?}", report.sorted());
        assert_eq!(table.rows[0].text, "System error | retry");
    }
}
