//! Markdown (and plain text, which reads as Markdown paragraphs) into the
//! document model with pulldown-cmark: GitHub tables, strikethrough,
//! definition lists; HTML blocks go to the HTML reader, as GitBook pages
//! embed their tables; front matter is skipped.

use super::cell;
use super::code_lines;
use super::doc::{Block, Cell, Grid, GridRow, Lines};
use super::html;
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;

type Spanned<'a> = (Event<'a>, Range<usize>);

/// The blocks of the Markdown document `text`.
pub fn read(text: &str) -> Vec<Block> {
    let (text, inserted) = separate_tables(text);
    let text = text.as_str();
    let lines = Lines::new(text, inserted);
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_DEFINITION_LIST
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut events = Parser::new_ext(text, options).into_offset_iter().peekable();
    let mut blocks = Vec::new();
    let mut skip_to = 0;
    while let Some((event, range)) = events.next() {
        if range.start < skip_to {
            continue;
        }
        let Event::Start(tag) = event else {
            if let Event::Html(_) = event {
                skip_to = html_block(text, range, &lines, &mut blocks);
            }
            continue;
        };
        // The block's own events, up to and with its end.
        let mut inner: Vec<Spanned<'_>> = Vec::new();
        while let Some(next) = events.next_if(|(_, r)| r.start < range.end) {
            inner.push(next);
        }
        let line = lines.line(range.start);
        match tag {
            Tag::Heading { .. } => blocks.push(Block::Heading {
                line,
                text: inline_text(&inner),
            }),
            Tag::Table(_) => blocks.push(Block::Table(table(text, line, &inner, &lines))),
            Tag::List(_) => blocks.push(Block::List(items(&inner, &lines))),
            Tag::DefinitionList => blocks.push(Block::Table(definitions(&inner, &lines))),
            Tag::CodeBlock(CodeBlockKind::Fenced(lang)) => blocks.push(Block::Code {
                line: line + 1,
                lang: lang.to_string(),
                text: inner
                    .iter()
                    .filter_map(|(e, _)| match e {
                        Event::Text(t) => Some(t.as_ref()),
                        _ => None,
                    })
                    .collect(),
            }),
            Tag::HtmlBlock => skip_to = html_block(text, range, &lines, &mut blocks),
            Tag::MetadataBlock(_) => {}
            // Paragraphs, indented code, quotes: raw lines for the line shapes.
            _ => blocks.push(Block::Text(raw_lines(text, range, &lines))),
        }
    }
    blocks
}

/// Scraped pages lose the blank lines around tables, and then a table row
/// is read as the lazy continuation of a list item or paragraph above it,
/// and the prose below as rows. A blank line is put before a table that has
/// prose above it and after one that has prose below; returns the text and
/// the (1-based) numbers of the lines put in.
fn separate_tables(text: &str) -> (String, Vec<usize>) {
    let rows: Vec<&str> = text.split('\n').collect();
    let blank = |i: usize| rows.get(i).is_none_or(|l| l.trim().is_empty());
    let delimiter = |i: usize| {
        rows.get(i).is_some_and(|l| {
            let l = l.trim();
            l.contains('-')
                && l.contains('|')
                && l.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
        })
    };
    // A table starts at a `|` line or at a header over a delimiter row
    // (`Code | Message` over `--- | ---`), and goes on while lines hold `|`.
    let starts = |i: usize| {
        rows[i].trim_start().starts_with('|') || (rows[i].contains('|') && delimiter(i + 1))
    };
    let mut out = String::with_capacity(text.len() + 64);
    let mut inserted = Vec::new();
    let mut count = 0;
    let mut in_table = false;
    for (i, row) in rows.iter().enumerate() {
        let ends = in_table && !blank(i) && !row.contains('|');
        let opens = !in_table && starts(i) && i > 0 && !blank(i - 1);
        if ends || opens {
            out.push('\n');
            count += 1;
            inserted.push(count);
        }
        in_table = if in_table {
            !blank(i) && !ends
        } else {
            starts(i)
        };
        out.push_str(row);
        count += 1;
        if i + 1 < rows.len() {
            out.push('\n');
        }
    }
    (out, inserted)
}

/// An HTML block read by the HTML reader; a `<table>` that a blank line cut
/// into several HTML blocks is read whole. Returns the offset read up to.
fn html_block(text: &str, range: Range<usize>, lines: &Lines, out: &mut Vec<Block>) -> usize {
    let mut end = range.end;
    let chunk = text[range.start..end].to_ascii_lowercase();
    if chunk.matches("<table").count() > chunk.matches("</table").count() {
        if let Some(close) = text[end..].to_ascii_lowercase().find("</table") {
            end += close;
            end += text[end..].find('>').map_or(text.len() - end, |g| g + 1);
        }
    }
    out.extend(html::fragment(
        &text[range.start..end],
        lines.line(range.start),
    ));
    end
}

fn raw_lines(text: &str, range: Range<usize>, lines: &Lines) -> Vec<(usize, String)> {
    let first = lines.line(range.start);
    text[range]
        .lines()
        .enumerate()
        .map(|(i, l)| (first + i, l.to_owned()))
        .collect()
}

/// The clean text of inline events; paragraphs on lines of their own.
fn inline_text(events: &[Spanned<'_>]) -> String {
    let mut text = String::new();
    for (event, _) in events {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(TagEnd::Paragraph) => text.push('\n'),
            _ => {}
        }
    }
    cell::squeeze_lines(&text)
}

/// Cells are split from the row's own source, so that a row wider than its
/// header keeps its extra cells (the parser would drop them), then cleaned.
fn table(text: &str, line: usize, events: &[Spanned<'_>], lines: &Lines) -> Grid {
    let mut grid = Grid {
        line,
        ..Grid::default()
    };
    for (event, range) in events {
        match event {
            Event::Start(Tag::TableHead) => {
                grid.header = split_row(&text[range.clone()])
                    .iter()
                    .map(|c| cell::markdown(c).text)
                    .collect();
            }
            Event::Start(Tag::TableRow) => {
                let cells: Vec<Cell> = split_row(&text[range.clone()])
                    .iter()
                    .map(|c| cell::markdown(c))
                    .collect();
                grid.rows.push(GridRow {
                    line: lines.line(range.start),
                    cells,
                    section: false,
                });
            }
            _ => {}
        }
    }
    grid
}

/// The raw cells of a table row, as GitHub splits them: on `|` except `\|`.
fn split_row(row: &str) -> Vec<String> {
    let inner = row.trim();
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
        } else if let Some(cell) = cells.last_mut() {
            if c == '\\' && chars.peek() == Some(&'|') {
                chars.next();
                cell.push('|');
            } else {
                cell.push(c);
            }
        }
    }
    cells
}

/// List items (nested ones too), each with its own text, in line order.
fn items(events: &[Spanned<'_>], lines: &Lines) -> Vec<(usize, String)> {
    let mut open: Vec<(usize, Vec<Spanned<'_>>)> = Vec::new();
    let mut out = Vec::new();
    for (event, range) in events {
        match event {
            Event::Start(Tag::Item) => open.push((lines.line(range.start), Vec::new())),
            Event::End(TagEnd::Item) => {
                if let Some((line, inner)) = open.pop() {
                    let text = inline_text(&inner);
                    if !text.is_empty() {
                        out.push((line, text));
                    }
                }
            }
            _ => {
                if let Some((_, inner)) = open.last_mut() {
                    inner.push((event.clone(), range.clone()));
                }
            }
        }
    }
    out.sort_by_key(|(line, _)| *line);
    out
}

/// `term` / `: definition` pairs as a two-column table without a header.
fn definitions(events: &[Spanned<'_>], lines: &Lines) -> Grid {
    let mut grid = Grid::default();
    let mut current: Option<(usize, Vec<Spanned<'_>>)> = None;
    for (event, range) in events {
        match event {
            Event::Start(Tag::DefinitionListTitle | Tag::DefinitionListDefinition) => {
                current = Some((lines.line(range.start), Vec::new()));
            }
            Event::End(TagEnd::DefinitionListTitle) => {
                if let Some((line, inner)) = current.take() {
                    grid.rows.push(GridRow {
                        line,
                        cells: vec![Cell::plain(inline_text(&inner))],
                        section: false,
                    });
                }
            }
            Event::End(TagEnd::DefinitionListDefinition) => {
                if let (Some((_, inner)), Some(row)) = (current.take(), grid.rows.last_mut()) {
                    row.cells.push(Cell::plain(inline_text(&inner)));
                }
            }
            _ => {
                if let Some((_, inner)) = current.as_mut() {
                    inner.push((event.clone(), range.clone()));
                }
            }
        }
    }
    grid.line = grid.rows.first().map_or(0, |r| r.line);
    code_lines::definitions(&mut grid);
    grid
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_of_a_page() {
        let doc = "---\ntitle: x\n---\n# Errors\n\nIntro text\n\n| Code | Message |\n|---|---|\n| [401](#a) | **Bad** `token` | extra |\n\n* one\n* two\n\n```json\n{\"code\": 1}\n```\n<table><tr><th>Code</th></tr>\n\n<tr><td>7</td></tr></table>\n\n1001\n: System error\n";
        let blocks = read(doc);
        let heading = Block::Heading {
            line: 4,
            text: "Errors".into(),
        };
        assert_eq!(blocks[0], heading);
        assert_eq!(blocks[1], Block::Text(vec![(6, "Intro text".into())]));
        let Block::Table(grid) = &blocks[2] else {
            panic!("{:?}", blocks[2])
        };
        assert_eq!(grid.header, ["Code", "Message"]);
        let cells: Vec<&str> = grid.rows[0].cells.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            (grid.rows[0].line, cells),
            (10, vec!["401", "Bad token", "extra"])
        );
        assert_eq!(
            blocks[3],
            Block::List(vec![(12, "one".into()), (13, "two".into())])
        );
        assert!(matches!(&blocks[4], Block::Code { line: 16, lang, .. } if lang == "json"));
        let Block::Table(html) = &blocks[5] else {
            panic!("{:?}", blocks[5])
        };
        assert_eq!((html.header.len(), html.rows.len()), (1, 1));
        assert_eq!(html.rows[0].line, 20);
        let Block::Table(defs) = &blocks[6] else {
            panic!("{:?}", blocks[6])
        };
        assert_eq!(
            defs.rows[0].cells,
            [Cell::plain("1001"), Cell::plain("System error")]
        );
        assert_eq!(blocks.len(), 7);
    }
}
