//! A table of the document model → a table of codes: column roles (see
//! [`super::columns`]), then one row per code: `400 - Bad Request` gives
//! the code and its reason phrase, `500, 502` two codes, `1xxx` a range;
//! struck-through codes are deprecated; section rows start sections.

use super::columns::{
    assign, cell_codes, header_is_data, leading_status, Overrides, Roles, Verdict,
};
use super::doc::{Cell, Grid, GridRow};
use super::table::{code_range, CodeRange, Report, Row, Section, Table};

/// What a table of the document is.
pub enum Read {
    /// A table of codes.
    Codes(Table),
    /// Not a table of codes (reported).
    Other,
    /// Its roles need the user's word: the message to show.
    Ambiguous(String),
}

/// Reads `grid` under `heading`.
pub fn read(grid: &Grid, heading: Option<String>, over: &Overrides, report: &mut Report) -> Read {
    let mut header = grid.header.clone();
    let mut body: Vec<GridRow> = Vec::new();
    if header_is_data(&header) {
        body.push(GridRow {
            line: grid.line,
            cells: header.drain(..).map(Cell::plain).collect(),
            section: false,
        });
    }
    body.extend(grid.rows.iter().cloned());
    let (body, sections) = split_sections(body);
    let texts: Vec<Vec<&str>> = body
        .iter()
        .map(|r| {
            r.cells
                .iter()
                .map(|c| c.text.trim_matches('`').trim())
                .collect()
        })
        .collect();
    let http_heading = heading.as_deref().is_some_and(mentions_http);
    let shown = if header.iter().any(|h| !h.is_empty()) {
        format!("table at line {} (| {} |)", grid.line, header.join(" | "))
    } else {
        format!("table at line {}", grid.line)
    };
    let roles = match assign(&header, &texts, http_heading, over) {
        Verdict::Errors(roles) => roles,
        Verdict::NotErrors(why) => {
            if !body.is_empty() {
                report.note(
                    grid.line,
                    format!("{shown}: not a table of codes ({why}): skipped"),
                );
            }
            return Read::Other;
        }
        Verdict::Ambiguous(why) => return Read::Ambiguous(format!("{shown}: {why}")),
    };
    report.note(grid.line, format!("{shown}: {}", roles.why));
    let mut table = Table {
        line: grid.line,
        heading,
        http: roles.code_is_http,
        ..Table::default()
    };
    for (i, row) in body.iter().enumerate() {
        if let Some((line, title)) = sections
            .iter()
            .find(|(at, _, _)| *at == i)
            .map(|(_, l, t)| (*l, t))
        {
            table.sections.push(Section {
                line,
                title: title.clone(),
                first: table.rows.len(),
            });
        }
        read_row(row, &header, &roles, &mut table, report);
    }
    Read::Codes(table)
}

/// Rows of one non-empty cell that is not a code are section titles:
/// (index of the next body row, line, title).
fn split_sections(rows: Vec<GridRow>) -> (Vec<GridRow>, Vec<(usize, usize, String)>) {
    let mut body = Vec::new();
    let mut sections = Vec::new();
    for row in rows {
        let filled: Vec<&Cell> = row.cells.iter().filter(|c| !c.text.is_empty()).collect();
        let lone = filled.len() == 1
            && row.cells.len() > 1
            && !row.cells[0].text.is_empty()
            && cell_codes(&filled[0].text, false).is_none();
        if row.section || lone {
            let title = filled.first().map_or(String::new(), |c| c.text.clone());
            sections.push((body.len(), row.line, title));
        } else {
            body.push(row);
        }
    }
    (body, sections)
}

fn read_row(
    row: &GridRow,
    header: &[String],
    roles: &Roles,
    table: &mut Table,
    report: &mut Report,
) {
    let cell = |i: usize| {
        row.cells
            .get(i)
            .map_or("", |c| c.text.trim_matches('`').trim())
    };
    let line = row.line;
    let code_cell = cell(roles.code);
    let key_cell = roles.key.map(cell).filter(|k| !k.is_empty());
    let text = roles
        .message
        .map(cell)
        .filter(|t| !t.is_empty())
        .or(key_cell);
    let Some(codes) = codes_of(line, code_cell, text, table, report) else {
        return;
    };
    let Some(text) = text else {
        report.note(
            line,
            format!("code `{code_cell}` has no text in the doc: skipped"),
        );
        return;
    };
    // `400 - Bad Request`: the vendor's reason phrase is the key where no column gives one.
    let reason = code_cell
        .split_once(" - ")
        .map(|(_, r)| r.trim())
        .filter(|r| !r.is_empty());
    let key = key_cell.or(reason);
    let docs: Vec<String> = roles
        .docs
        .iter()
        .filter(|&&i| !cell(i).is_empty())
        .map(|&i| match header.get(i).filter(|h| !h.is_empty()) {
            Some(h) => format!("{h}: {}", cell(i)),
            None => cell(i).to_owned(),
        })
        .collect();
    let deprecated = row.cells.get(roles.code).is_some_and(|c| c.struck);
    if deprecated {
        report.note(
            line,
            format!("code `{code_cell}` is struck through: imported as deprecated"),
        );
    }
    for code in codes {
        table.rows.push(Row {
            key: key.map(str::to_owned),
            http: roles.http.and_then(|h| leading_status(cell(h))),
            doc: (!docs.is_empty()).then(|| docs.join("\n")),
            deprecated,
            text_is_key: roles.message.is_some_and(|m| cell(m).is_empty()),
            translation: roles
                .translation
                .map(cell)
                .filter(|t| !t.is_empty())
                .map(str::to_owned),
            ..Row::new(line, code, text)
        });
    }
}

/// The codes of a code cell; `None` (reported) for an empty cell, a range
/// (kept in `table.ranges`) or a cell that is no code.
fn codes_of(
    line: usize,
    code_cell: &str,
    text: Option<&str>,
    table: &mut Table,
    report: &mut Report,
) -> Option<Vec<String>> {
    if code_cell.is_empty() {
        if let Some(text) = text {
            report.note(line, format!("a row without a code (“{text}”): skipped"));
        }
        return None;
    }
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
            text: text.unwrap_or_default().to_owned(),
            written: code_cell.to_owned(),
        });
        return None;
    }
    let Some(codes) = cell_codes(code_cell, true) else {
        report.note(
            line,
            format!("unreadable row: `{code_cell}` is not a code: skipped"),
        );
        return None;
    };
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
    Some(codes)
}

/// Whether a heading or header cell says the codes are HTTP statuses.
pub fn mentions_http(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case("http"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(header: &[&str], rows: &[&[&str]]) -> Grid {
        Grid {
            line: 1,
            header: header.iter().map(|s| s.to_string()).collect(),
            rows: rows
                .iter()
                .enumerate()
                .map(|(i, cells)| GridRow {
                    line: i + 3,
                    cells: cells.iter().map(|c| Cell::plain(*c)).collect(),
                    section: false,
                })
                .collect(),
        }
    }

    fn codes(grid: &Grid) -> (Table, Report) {
        let mut report = Report::default();
        let Read::Codes(table) = read(grid, None, &Overrides::default(), &mut report) else {
            panic!("not read: {:?}", report.sorted())
        };
        (table, report)
    }

    #[test]
    fn reason_phrases_lists_ranges_and_sections() {
        let g = grid(
            &["HTTP 状态码", "描述"],
            &[
                &["400 - Bad Request", "请求错误"],
                &["500, 502 - Server Errors", "服务器出错"],
            ],
        );
        let (table, _) = codes(&g);
        assert!(table.http);
        let rows: Vec<_> = table
            .rows
            .iter()
            .map(|r| (r.line, r.code.as_str(), r.key.as_deref(), r.text.as_str()))
            .collect();
        assert_eq!(
            rows,
            [
                (3, "400", Some("Bad Request"), "请求错误"),
                (4, "500", Some("Server Errors"), "服务器出错"),
                (4, "502", Some("Server Errors"), "服务器出错"),
            ]
        );
        let g = grid(
            &["code", "Description"],
            &[
                &["1xxx", "Common"],
                &["Class 1", ""],
                &["1001", "System error"],
                &["", "more text"],
            ],
        );
        let (table, report) = codes(&g);
        assert_eq!(table.ranges[0].lo, 1000);
        assert_eq!(
            table.sections,
            [Section {
                line: 4,
                title: "Class 1".into(),
                first: 0
            }]
        );
        assert_eq!(table.rows.len(), 1);
        assert!(report
            .sorted()
            .iter()
            .any(|(l, n)| *l == 6 && n.contains("without a code")));
    }

    #[test]
    fn header_as_data_http_column_and_docs() {
        let g = grid(&["0", "Success"], &[&["1", "Failed"]]);
        assert_eq!(codes(&g).0.rows.len(), 2);
        let g = grid(
            &["Status", "Code", "Message", "Solution"],
            &[
                &[
                    "400 Bad Request",
                    "ORDER_NOT_FOUND",
                    "No order",
                    "Check the id",
                ],
                &["400 Bad Request", "PARAM_ERROR", "Bad param", ""],
            ],
        );
        let (table, _) = codes(&g);
        let r = &table.rows[0];
        assert_eq!(
            (r.code.as_str(), r.http, r.doc.as_deref()),
            ("ORDER_NOT_FOUND", Some(400), Some("Solution: Check the id"))
        );
        assert_eq!(table.rows[1].doc, None);
    }
}
