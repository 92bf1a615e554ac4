//! Finds the doc's shape line by line: fenced examples, HTML tables,
//! Markdown tables, `KEY=text` blocks and run-together code lists; everything
//! else is prose (headings, page noise) and only names the tables below it.

use super::examples::Examples;
use super::table::{Report, Table};
use super::{html, key_value, markdown, run_on};

/// The tables and response examples of a doc.
#[derive(Debug, Default)]
pub struct Scanned {
    /// Tables in document order.
    pub tables: Vec<Table>,
    /// Response examples from fenced JSON blocks.
    pub examples: Examples,
}

/// Reads `text` into tables, reporting rows it cannot read.
pub fn scan(text: &str, report: &mut Report) -> Scanned {
    let lines: Vec<&str> = text.lines().collect();
    let numbered = |from: usize, to: usize| -> Vec<(usize, &str)> {
        (from..to).map(|i| (i + 1, lines[i])).collect()
    };
    // Non-blank prose lines (1-based number, text): the last one above a table is its heading.
    let mut prose: Vec<(usize, String)> = Vec::new();
    let heading = |prose: &[(usize, String)]| prose.last().map(|(_, h)| h.clone());
    let mut scanned = Scanned::default();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.trim_start().starts_with("```") {
            let end = (i + 1..lines.len())
                .find(|&j| lines[j].trim_start().starts_with("```"))
                .unwrap_or(lines.len());
            let label = heading(&prose);
            scanned
                .examples
                .read(&lines[i + 1..end].join("\n"), i + 2, label.as_deref());
            i = end + 1;
        } else if html::opens_table(line) {
            let end = (i..lines.len())
                .find(|&j| html::closes_table(lines[j]))
                .unwrap_or(lines.len() - 1);
            let chunk = lines[i..=end].join("\n");
            let tables = html::read(&chunk, i + 1, heading(&prose), report);
            scanned
                .tables
                .extend(tables.into_iter().map(http_by_heading));
            i = end + 1;
        } else if markdown::is_table_line(line) {
            let end = block_end(&lines, i, markdown::is_table_line);
            let table = markdown::read(&numbered(i, end), heading(&prose), report);
            scanned.tables.push(http_by_heading(table));
            i = end;
        } else if key_value::is_entry(line) || run_on::is_row(line) {
            let end = block_end(&lines, i, |l| !l.trim().is_empty());
            let block = numbered(i, end);
            let table = if key_value::is_entry(line) {
                key_value::read(&block, heading(&prose), report)
            } else {
                // A text line right above the codes is their column header
                // (`BIZ CodeDesc`); the heading is the line above that.
                let adjacent = prose.last().is_some_and(|(n, _)| *n == i);
                let above = prose.len().saturating_sub(usize::from(adjacent));
                run_on::read(&block, heading(&prose[..above]), report)
            };
            scanned.tables.push(http_by_heading(table));
            i = end;
        } else {
            let text = line.trim().trim_start_matches('#').trim();
            if !text.is_empty() {
                prose.push((i + 1, text.to_owned()));
            }
            i += 1;
        }
    }
    scanned
}

/// A table under a heading that says HTTP holds HTTP statuses.
fn http_by_heading(mut table: Table) -> Table {
    table.http |= table
        .heading
        .as_deref()
        .is_some_and(markdown::mentions_http);
    table
}

/// The index after the run of lines from `start` that satisfy `keep`.
fn block_end(lines: &[&str], start: usize, keep: impl Fn(&str) -> bool) -> usize {
    (start..lines.len())
        .find(|&j| !keep(lines[j]))
        .unwrap_or(lines.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_headings() {
        let doc = "Code List\n\nBIZ Code\n\nBIZ CodeDesc\n0Success\n401Unauthorized\n\n### HTTP\n| code | text |\n|---|---|\n| 200 | OK |\n```json\n{\"code\": 0, \"message\": \"ok\"}\n```\nG500=System abnormality\nUS500=System abnormality\n";
        let mut report = Report::default();
        let scanned = scan(doc, &mut report);
        let tables: Vec<_> = scanned
            .tables
            .iter()
            .map(|t| (t.line, t.heading.as_deref(), t.rows.len()))
            .collect();
        assert_eq!(
            tables,
            [
                (6, Some("BIZ Code"), 2),
                (10, Some("HTTP"), 1),
                (16, Some("HTTP"), 2)
            ]
        );
        assert_eq!(scanned.examples.rows[0].line, 14);
    }

    #[test]
    fn key_value_lines_without_digits() {
        let doc = "Error codes\n\nSUCCESS=Operation succeeded\nINVALID_TOKEN=Token is invalid\n";
        let mut report = Report::default();
        let scanned = scan(doc, &mut report);
        let rows: Vec<_> = scanned.tables[0]
            .rows
            .iter()
            .map(|r| (r.line, r.code.as_str(), r.text.as_str()))
            .collect();
        assert_eq!(
            rows,
            [
                (3, "SUCCESS", "Operation succeeded"),
                (4, "INVALID_TOKEN", "Token is invalid")
            ]
        );
        assert!(report.sorted().is_empty());
    }
}
