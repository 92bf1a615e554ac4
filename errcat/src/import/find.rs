//! Finds the error tables in the document model: tables (column roles in
//! [`super::rows`]), headings that carry a code with the list or text under
//! them (`### -1000 UNKNOWN` + `* An unknown error…`), lists of `code: text`
//! items, and in text blocks the line shapes no parser reads: `KEY=text`
//! blocks, aligned columns, codes run into their text, `code: text` lines.
//! Fenced JSON blocks are response examples. Everything else is prose, whose
//! last line names the table below it.

use super::columns::{message_label, Overrides};
use super::doc::{Block, Grid};
use super::examples::Examples;
use super::table::{code_range, is_code, is_integer, is_symbolic, Report, Row, Section, Table};
use super::{aligned, code_lines, key_value, labelled, rows, run_on, spaced};

/// The tables and response examples of a doc.
#[derive(Debug, Default)]
pub struct Found {
    /// Tables in document order; `Err` for a table whose column roles the
    /// user must settle (what to settle).
    pub tables: Vec<Result<Table, String>>,
    /// Response examples from fenced JSON blocks.
    pub examples: Examples,
}

struct Finder<'a> {
    found: Found,
    /// Prose lines (number, text): the last one above a table is its heading.
    prose: Vec<(usize, String)>,
    /// The last heading that is no code's: the title of the tables below it.
    title: Option<String>,
    /// Whether the last table takes the next code heading's row.
    open_headings: bool,
    /// Aligned blocks read so far, with the heading above the first: blocks
    /// split only by blank lines or `#` comments (one per section) are one
    /// table, read when something else comes.
    aligned: Option<(Grid, Option<String>)>,
    over: &'a Overrides,
    report: &'a mut Report,
}

/// Finds the tables of `blocks`.
pub fn find(blocks: &[Block], over: &Overrides, report: &mut Report) -> Found {
    let mut finder = Finder {
        found: Found::default(),
        prose: Vec::new(),
        title: None,
        open_headings: false,
        aligned: None,
        over,
        report,
    };
    let mut i = 0;
    while i < blocks.len() {
        i += finder.block(&blocks[i..]);
    }
    finder.flush_aligned();
    finder.found
}

impl Finder<'_> {
    fn heading(&self) -> Option<String> {
        self.prose.last().map(|(_, h)| h.clone())
    }

    fn push_prose(&mut self, line: usize, text: &str) {
        let text = text.trim().trim_start_matches('#').trim();
        if !text.is_empty() {
            self.flush_aligned();
            self.prose.push((line, text.to_owned()));
            self.open_headings = false;
        }
    }

    /// A heading that names no code: prose, and the title of what follows.
    fn push_title(&mut self, line: usize, text: &str) {
        self.push_prose(line, text);
        self.title = Some(text.trim().to_owned()).filter(|t| !t.is_empty());
    }

    /// Reads the first of `blocks` (and the ones it owns); returns how many.
    fn block(&mut self, blocks: &[Block]) -> usize {
        match &blocks[0] {
            Block::Heading { line, text } => return self.heading_block(*line, text, &blocks[1..]),
            Block::Table(grid) => self.grid(grid, self.heading()),
            Block::List(items) => self.list(items),
            Block::Text(lines) => {
                if let Some(taken) = self.code_paragraphs(blocks) {
                    return taken;
                }
                self.text(lines);
            }
            Block::Code { line, lang, text } => {
                // Any fence may hold a JSON response (`javascript`, none): the reader checks.
                let label = self.heading();
                self.found.examples.read(text, *line, label.as_deref());
                if !lang.contains("json") {
                    let lines: Vec<(usize, String)> = text
                        .lines()
                        .enumerate()
                        .map(|(i, l)| (line + i, l.to_owned()))
                        .collect();
                    self.text(&lines);
                }
            }
        }
        1
    }

    fn grid(&mut self, grid: &Grid, heading: Option<String>) {
        self.flush_aligned();
        self.open_headings = false;
        match rows::read(grid, heading, self.over, self.report) {
            rows::Read::Codes(table) => self.found.tables.push(Ok(Table {
                title: self.title.clone(),
                ..table
            })),
            rows::Read::Other => {}
            rows::Read::Ambiguous(why) => self.found.tables.push(Err(why)),
        }
    }

    /// A heading that starts with a code owns the list or text under it.
    fn heading_block(&mut self, line: usize, text: &str, after: &[Block]) -> usize {
        let Some((code, rest)) = code_heading(text) else {
            // Between aligned blocks, a heading is a `#` comment of the text file.
            if self.aligned.is_some() {
                return 1;
            }
            if let Some((range, _)) = named_number(text) {
                let note = format!(
                    "`{text}` names a range of codes ({range}), not one code: not imported"
                );
                self.report.note(line, note);
                // Its text is its own, not prose naming the next table.
                return 1 + owned_text(after);
            }
            let open = self.found.tables.last_mut().and_then(|t| t.as_mut().ok());
            match open.filter(|_| self.open_headings) {
                // `## 11xx - Request issues` between code headings: a section.
                Some(table) => table.sections.push(Section {
                    line,
                    title: text.to_owned(),
                    first: table.rows.len(),
                }),
                None => self.push_prose(line, text),
            }
            // Either way the nearest heading of what follows.
            self.title = Some(text.trim().to_owned()).filter(|t| !t.is_empty());
            return 1;
        };
        let owned = owned_text(after);
        let Some(row) = heading_row(line, code, rest, &after[..owned]) else {
            self.push_title(line, text);
            return 1;
        };
        self.flush_aligned();
        let open = self.found.tables.last_mut().and_then(|t| t.as_mut().ok());
        match open.filter(|_| self.open_headings) {
            Some(table) => table.rows.push(row),
            None => {
                self.report.note(line, "headings that start with a code, each with the text or list under it: read as one table of codes");
                self.found.tables.push(Ok(Table {
                    line,
                    heading: self.heading(),
                    title: self.title.clone(),
                    rows: vec![row],
                    ..Table::default()
                }));
                self.open_headings = true;
            }
        }
        1 + owned
    }

    fn list(&mut self, items: &[(usize, String)]) {
        if let Some(grid) = labelled::read(items) {
            self.report.note(grid.line, "list items that label their fields (`Label: value`): read as a table with the labels as its header");
            let heading = self.heading();
            self.grid(&grid, heading);
            return;
        }
        let rows: Vec<Row> = items
            .iter()
            .filter_map(|(line, item)| code_lines::split(item).map(|(c, t)| Row::new(*line, c, t)))
            .collect();
        if rows.len() >= 2 {
            self.lines_table(rows, items.len());
        } else {
            for (line, item) in items {
                self.code_in_prose(*line, item);
                self.push_prose(*line, item);
            }
        }
    }

    /// A prose line that starts like a code and its text (`40001 Invalid
    /// token`, a lone `1001: …`) is in no table: reported, not imported.
    fn code_in_prose(&mut self, line: usize, text: &str) {
        let clean = super::cell::markdown(text).text;
        let first = clean.split_whitespace().next().unwrap_or("");
        let code = first.trim_end_matches([':', '：', ',']);
        let more = clean.split_whitespace().nth(1).is_some();
        let long = code.trim_start_matches('-').len() >= 3;
        if more && long && is_code(code) && code_range(code).is_none() {
            let shown: String = clean.chars().take(40).collect();
            self.report.note(
                line,
                format!(
                    "`{shown}` looks like a code with its text, but is in no table: not imported"
                ),
            );
        }
    }

    /// A table of `code: text` lines out of a block of `total` lines.
    fn lines_table(&mut self, rows: Vec<Row>, total: usize) {
        let line = rows[0].line;
        if rows.len() < total {
            self.report.note(
                line,
                format!(
                    "{} of {total} lines of this list read as `code: text`; the others are prose",
                    rows.len()
                ),
            );
        }
        self.push_table(Table {
            line,
            heading: self.heading(),
            rows,
            ..Table::default()
        });
    }

    /// `code: text` paragraphs one after another (a blank line or a
    /// `<div>` each) are one table; the number of blocks taken.
    fn code_paragraphs(&mut self, blocks: &[Block]) -> Option<usize> {
        let mut rows: Vec<Row> = Vec::new();
        let mut taken = 0;
        for block in blocks {
            let Block::Text(lines) = block else { break };
            let (found, read) = code_lines::read(lines);
            if found.is_empty() || read < lines.len() {
                break;
            }
            rows.extend(found);
            taken += 1;
        }
        (taken >= 2 && rows.len() >= 2).then(|| {
            let total = rows.len();
            self.lines_table(rows, total);
            taken
        })
    }

    fn text(&mut self, lines: &[(usize, String)]) {
        let mut i = 0;
        while i < lines.len() {
            i += self.text_shape(&lines[i..]);
        }
    }

    /// Reads the line shape that starts `lines`; returns the lines it took.
    fn text_shape(&mut self, lines: &[(usize, String)]) -> usize {
        let (line, text) = (lines[0].0, lines[0].1.as_str());
        if key_value::is_entry(text) {
            let table = key_value::read(numbered(lines).as_slice(), self.heading(), self.report);
            self.push_table(table);
            return lines.len();
        }
        if let Some((grid, end)) = aligned::read(lines, self.aligned.is_some()) {
            self.aligned(grid);
            return end;
        }
        if run_on::is_row(text) {
            // A text line right above the codes is their column header
            // (`BIZ CodeDesc`); the heading is the line above that.
            let adjacent = self.prose.last().is_some_and(|(n, _)| *n + 1 == line);
            let above = self.prose.len().saturating_sub(usize::from(adjacent));
            let heading = self.prose[..above].last().map(|(_, h)| h.clone());
            let table = run_on::read(numbered(lines).as_slice(), heading, self.report);
            self.push_table(table);
            return lines.len();
        }
        let (rows, run) = code_lines::read(lines);
        if rows.len() >= 2 {
            let total = rows.len();
            self.lines_table(rows, total);
            return run;
        }
        if let Some((grid, run)) = spaced::read(lines) {
            self.report.note(
                line,
                "lines of a code, a space and its text: read as a table without a header",
            );
            let heading = self.heading();
            self.grid(&grid, heading);
            return run;
        }
        self.code_in_prose(line, text);
        self.push_prose(line, text);
        1
    }

    /// A table of a line shape; under a heading that says HTTP, its codes
    /// are HTTP statuses.
    fn push_table(&mut self, mut table: Table) {
        table.http |= table.heading.as_deref().is_some_and(rows::mentions_http);
        table.title.clone_from(&self.title);
        self.flush_aligned();
        self.open_headings = false;
        self.found.tables.push(Ok(table));
    }

    fn aligned(&mut self, grid: Grid) {
        self.open_headings = false;
        match &mut self.aligned {
            Some((open, _)) => open.rows.extend(grid.rows),
            None => self.aligned = Some((grid, self.heading())),
        }
    }

    fn flush_aligned(&mut self) {
        if let Some((grid, heading)) = self.aligned.take() {
            self.report.note(
                grid.line,
                "lines of whitespace-aligned columns: read as a table without a header",
            );
            self.grid(&grid, heading);
        }
    }
}

/// The row of a code heading and the lists and text under it: the message
/// is the heading's title (`-2021 Order cancel-replace partially failed`),
/// else the first bullet or paragraph; further bullets are other texts,
/// further paragraphs explanations (`doc`); a symbol after the code is the
/// key (and the message when nothing else is there).
fn heading_row(line: usize, code: &str, rest: Option<&str>, under: &[Block]) -> Option<Row> {
    let mut bullets: Vec<String> = Vec::new();
    let mut paragraphs: Vec<String> = Vec::new();
    for block in under {
        match block {
            Block::List(items) => bullets.extend(items.iter().map(|(_, t)| t.replace('\n', " "))),
            Block::Text(lines) => {
                let joined: Vec<String> = lines
                    .iter()
                    .map(|(_, l)| super::cell::markdown(l).text)
                    .collect();
                paragraphs.push(joined.join(" ").trim().to_owned());
            }
            _ => {}
        }
    }
    bullets.retain(|t| !t.is_empty());
    paragraphs.retain(|t| !t.is_empty());
    // `**Message:** text` and `**Description:** text` paragraphs: the
    // strongest message label gives the message, the others are doc.
    let labelled: Vec<(Option<u8>, &str)> = paragraphs
        .iter()
        .map(|p| match p.split_once(": ") {
            Some((label, value)) if label.split_whitespace().count() <= 3 => {
                (message_label(label), value)
            }
            _ => (None, p.as_str()),
        })
        .collect();
    let best = labelled.iter().filter_map(|(s, _)| *s).max();
    if let Some(at) = best.and_then(|b| labelled.iter().position(|(s, _)| *s == Some(b))) {
        let message = labelled[at].1.to_owned();
        paragraphs.remove(at);
        paragraphs.insert(0, message);
    }
    let key = rest.filter(|r| is_symbolic(r)).map(str::to_owned);
    let title = rest.filter(|_| key.is_none()).map(str::to_owned);
    let mut bullets = bullets.into_iter();
    let mut paragraphs = paragraphs.into_iter();
    let message = title
        .or_else(|| bullets.next())
        .or_else(|| paragraphs.next())
        .or_else(|| key.clone())?;
    let doc: Vec<String> = paragraphs.collect();
    Some(Row {
        key,
        more_texts: bullets.collect(),
        doc: (!doc.is_empty()).then(|| doc.join("\n")),
        ..Row::new(line, code, message)
    })
}

/// How many of `after` are the lists and text under a heading.
fn owned_text(after: &[Block]) -> usize {
    after
        .iter()
        .take_while(|b| matches!(b, Block::List(_) | Block::Text(_)))
        .count()
}

fn numbered(lines: &[(usize, String)]) -> Vec<(usize, &str)> {
    lines.iter().map(|(n, t)| (*n, t.as_str())).collect()
}

/// `-1000 UNKNOWN` → (`-1000`, `UNKNOWN`); `40001` → (`40001`, none);
/// `CURLE_OK (0)` → (`0`, `CURLE_OK`). A section number (`02_2 请求示例`,
/// `1.2 Errors`) is no code.
fn code_heading(text: &str) -> Option<(&str, Option<&str>)> {
    let text = text.trim();
    if let Some((number, name)) = named_number(text) {
        return is_integer(number).then_some((number, Some(name)));
    }
    let (code, rest) = text.split_once(char::is_whitespace).unwrap_or((text, ""));
    // `(5) TDB_BUSY`: the code in parentheses.
    let code = code.trim_end_matches([':', '：']).trim_matches('`');
    let code = code
        .strip_prefix('(')
        .and_then(|c| c.strip_suffix(')'))
        .unwrap_or(code);
    if code_range(code).is_some() || is_section_number(code) {
        return None;
    }
    let rest = rest
        .trim()
        .trim_start_matches(['-', ':', '：', '–', '—'])
        .trim();
    // `2 Error messages` is a chapter number: a short code needs a key after it.
    let keyed = !rest.is_empty() && is_symbolic(rest);
    let long = code.trim_start_matches('-').len() >= 3;
    (is_code(code) && (keyed || long)).then_some((code, Some(rest).filter(|r| !r.is_empty())))
}

/// A heading that names its code after it, in parentheses, as man pages
/// and C headers do: `CURLE_OK (0)`, `Obsolete error (20)`, `Obsolete
/// errors (50-51)` → (the parenthesised part, the name). A stray quote or
/// colon after the parenthesis is the page's typo. A name that is itself a
/// number (`1001 (5)`) is not this shape.
fn named_number(text: &str) -> Option<(&str, &str)> {
    let text = text.trim_end_matches(['"', '\'', ':', '：', ' ']);
    let (name, number) = text.strip_suffix(')')?.rsplit_once('(')?;
    let name = name.trim();
    let number = number.trim();
    let numeric = |c: char| c.is_ascii_digit() || c == '-';
    let plain_name = !name.is_empty() && !name.starts_with(|c: char| numeric(c) || c == '(');
    (plain_name && !number.is_empty() && number.chars().all(numeric)).then_some((number, name))
}

/// `02_2`, `1.2`, `3-1`: digit groups joined by `_`, `.` or `-`, the way
/// documents number their sections.
fn is_section_number(code: &str) -> bool {
    let groups: Vec<&str> = code.split(['_', '.', '-']).collect();
    groups.len() >= 2
        && groups
            .iter()
            .all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_headings() {
        // The number after the name is the code, even when the name holds digits.
        let cases = [
            ("-1000 UNKNOWN", "-1000", "UNKNOWN"),
            ("(5) TDB_BUSY", "5", "TDB_BUSY"),
            ("CURLE_HTTP2 (16)", "16", "CURLE_HTTP2"),
            (
                "CURLM_CALL_MULTI_PERFORM (-1)",
                "-1",
                "CURLM_CALL_MULTI_PERFORM",
            ),
            ("CURLE_ECH_REQUIRED (101)\"", "101", "CURLE_ECH_REQUIRED"),
            ("Obsolete error (20)", "20", "Obsolete error"),
        ];
        for (heading, code, rest) in cases {
            assert_eq!(code_heading(heading), Some((code, Some(rest))), "{heading}");
        }
        // A range, a section number, a chapter: no code.
        assert_eq!(code_heading("Obsolete errors (50-51)"), None);
        assert_eq!(
            named_number("Obsolete errors (50-51)"),
            Some(("50-51", "Obsolete errors"))
        );
        assert_eq!(code_heading("02_2 请求示例"), None);
        assert_eq!(code_heading("3.1 错误码"), None);
        assert_eq!(code_heading("2 Error messages"), None);
        assert_eq!(named_number("1001 (5)"), None);
        assert_eq!(named_number("See the list (below)"), None);
    }
}
