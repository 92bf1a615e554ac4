//! HTML into the document model with scraper: whole pages and the HTML
//! blocks of Markdown pages. Tables keep `rowspan`/`colspan` (a spanned cell
//! is repeated in every column and row it covers); the header is a row of
//! `<th>` cells, a `<thead>` row, or a first `<td>` row without a code in it;
//! `<dl>` is a two-column table; lists, headings, `<pre>` and `<p>` follow.
//! scraper keeps no source positions, so lines are found from the order in
//! which the tags open in the source.

use super::cell::{squeeze, squeeze_lines};
use super::code_lines;
use super::doc::{Block, Cell, Grid, GridRow};
use super::table::is_code;
use scraper::{ElementRef, Html, Node};
use std::collections::HashMap;

/// Whether `text` is a whole HTML page rather than Markdown.
pub fn is_page(text: &str) -> bool {
    let head = text
        .trim_start()
        .get(..15)
        .unwrap_or("")
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// The blocks of a whole page.
pub fn page(text: &str) -> Vec<Block> {
    let html = Html::parse_document(text);
    let mut walker = Walker::new(text, 1);
    walker.walk(html.root_element());
    walker.blocks
}

/// The blocks of an HTML fragment whose first line is doc line `first_line`.
pub fn fragment(chunk: &str, first_line: usize) -> Vec<Block> {
    let html = Html::parse_fragment(chunk);
    let mut walker = Walker::new(chunk, first_line);
    walker.walk(html.root_element());
    walker.blocks
}

struct Walker {
    /// Doc lines of each tag's openings, in source order.
    openings: HashMap<String, Vec<usize>>,
    /// How many openings of each tag the walk has passed.
    seen: HashMap<String, usize>,
    blocks: Vec<Block>,
}

/// Elements that hold blocks: a `<div>` with one of them is no paragraph.
const BLOCKS: [&str; 16] = [
    "p",
    "div",
    "table",
    "ul",
    "ol",
    "dl",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "blockquote",
];

const COUNTED: [&str; 16] = [
    "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "p", "div",
    "pre",
];

impl Walker {
    fn new(source: &str, first_line: usize) -> Self {
        let lower = source.to_ascii_lowercase();
        let mut openings: HashMap<String, Vec<usize>> = HashMap::new();
        let mut line = first_line;
        let mut last = 0;
        for (at, _) in lower.match_indices('<') {
            line += lower[last..at].matches('\n').count();
            last = at;
            let name: String = lower[at + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            if COUNTED.contains(&name.as_str()) {
                openings.entry(name).or_default().push(line);
            }
        }
        Walker {
            openings,
            seen: HashMap::new(),
            blocks: Vec::new(),
        }
    }

    /// The line of the next opening of `tag`.
    fn line(&mut self, tag: &str) -> usize {
        let nth = self.seen.entry(tag.to_owned()).or_default();
        let line = self
            .openings
            .get(tag)
            .and_then(|l| l.get(*nth).or(l.last()))
            .copied()
            .unwrap_or(1);
        *nth += 1;
        line
    }

    /// Counts the openings inside `element` that the walk does not visit.
    fn pass(&mut self, element: ElementRef<'_>) {
        for inner in element.descendants().skip(1).filter_map(ElementRef::wrap) {
            let name = inner.value().name();
            if COUNTED.contains(&name) {
                *self.seen.entry(name.to_owned()).or_default() += 1;
            }
        }
    }

    fn walk(&mut self, element: ElementRef<'_>) {
        for child in element.children().filter_map(ElementRef::wrap) {
            let name = child.value().name();
            match name {
                "script" | "style" | "noscript" | "template" | "head" | "nav" => self.pass(child),
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                    let line = self.line(name);
                    self.pass(child);
                    let text = text(child).text;
                    if !text.is_empty() {
                        self.blocks.push(Block::Heading { line, text });
                    }
                }
                "table" => {
                    let grid = self.table(child);
                    self.blocks.push(Block::Table(grid));
                }
                // A list that holds tables is page layout around them.
                "ul" | "ol"
                    if child
                        .descendants()
                        .filter_map(ElementRef::wrap)
                        .any(|e| e.value().name() == "table") =>
                {
                    self.line(name);
                    self.walk(child);
                }
                "li" => self.walk(child),
                "ul" | "ol" => {
                    self.line(name);
                    let items = self.items(child);
                    self.blocks.push(Block::List(items));
                }
                "dl" => {
                    self.line(name);
                    let grid = self.definitions(child);
                    self.blocks.push(Block::Table(grid));
                }
                "pre" | "p" => self.text_block(child, name == "pre"),
                // A `<div>` of text only is a paragraph (pages that use no `<p>`).
                "div"
                    if !child
                        .descendants()
                        .skip(1)
                        .filter_map(ElementRef::wrap)
                        .any(|e| BLOCKS.contains(&e.value().name())) =>
                {
                    self.text_block(child, false)
                }
                _ => {
                    if name == "div" {
                        self.line(name);
                    }
                    self.walk(child);
                }
            }
        }
    }

    /// A text block: `<pre>` keeps its lines; elsewhere a source line break
    /// is a space and `<br>` breaks the line.
    fn text_block(&mut self, element: ElementRef<'_>, pre: bool) {
        let line = self.line(element.value().name());
        self.pass(element);
        let raw = raw_text(element, pre);
        let raw = if pre { raw } else { squeeze_lines(&raw) };
        let lines: Vec<(usize, String)> = raw
            .lines()
            .enumerate()
            .map(|(i, l)| (line + i, l.to_owned()))
            .collect();
        self.blocks.push(Block::Text(lines));
    }

    fn table(&mut self, table: ElementRef<'_>) -> Grid {
        let line = self.line("table");
        let mut spans = Spans::default();
        let mut grid = Grid {
            line,
            ..Grid::default()
        };
        let mut first = true;
        for tr in rows_of(table) {
            let row_line = self.line("tr");
            let cells: Vec<ElementRef<'_>> = tr
                .children()
                .filter_map(ElementRef::wrap)
                .filter(|c| matches!(c.value().name(), "td" | "th"))
                .collect();
            self.pass(tr);
            let all_th = !cells.is_empty() && cells.iter().all(|c| c.value().name() == "th");
            let in_head = tr
                .parent()
                .and_then(ElementRef::wrap)
                .is_some_and(|p| p.value().name() == "thead");
            let spread = spans.place(&cells);
            // A first row of one cell across the table is its title (page
            // furniture such as `Appendix A. Error Codes`), not its header.
            if first && cells.len() == 1 && span(cells[0], "colspan") > 1 {
                continue;
            }
            let header = first
                && (all_th
                    || in_head
                    || (!spread.is_empty() && !spread.iter().any(|c| is_code(&c.text))));
            first = false;
            if header {
                grid.header = spread.into_iter().map(|c| c.text).collect();
                continue;
            }
            let section = cells.len() == 1
                && spread.len() <= span(cells[0], "colspan")
                && (spread.len() > 1 || grid.header.len() > 1);
            grid.rows.push(GridRow {
                line: row_line,
                cells: if section {
                    vec![text(cells[0])]
                } else {
                    spread
                },
                section,
            });
        }
        if grid.line == 1 {
            grid.line = grid.rows.first().map_or(line, |r| r.line);
        }
        grid
    }

    fn items(&mut self, list: ElementRef<'_>) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        for item in list.descendants().filter_map(ElementRef::wrap) {
            match item.value().name() {
                "li" => {
                    let line = self.line("li");
                    let own = own_text(item, &["ul", "ol"]);
                    if !own.is_empty() {
                        out.push((line, own));
                    }
                }
                "ul" | "ol" if item != list => {
                    self.line(item.value().name());
                }
                name if COUNTED.contains(&name) => {
                    self.line(name);
                }
                _ => {}
            }
        }
        out
    }

    fn definitions(&mut self, list: ElementRef<'_>) -> Grid {
        let mut grid = Grid::default();
        for child in list.descendants().filter_map(ElementRef::wrap) {
            match child.value().name() {
                "dt" => grid.rows.push(GridRow {
                    line: self.line("dt"),
                    cells: vec![text(child)],
                    section: false,
                }),
                "dd" => {
                    if let Some(row) = grid.rows.last_mut() {
                        row.cells.push(text(child));
                    }
                }
                name if COUNTED.contains(&name) => {
                    self.line(name);
                }
                _ => {}
            }
        }
        grid.line = grid.rows.first().map_or(0, |r| r.line);
        code_lines::definitions(&mut grid);
        grid
    }
}

/// The `<tr>` of a table, not those of tables nested in its cells.
fn rows_of(table: ElementRef<'_>) -> Vec<ElementRef<'_>> {
    let mut rows = Vec::new();
    for child in table.children().filter_map(ElementRef::wrap) {
        match child.value().name() {
            "tr" => rows.push(child),
            "thead" | "tbody" | "tfoot" => rows.extend(
                child
                    .children()
                    .filter_map(ElementRef::wrap)
                    .filter(|r| r.value().name() == "tr"),
            ),
            _ => {}
        }
    }
    rows
}

fn span(cell: ElementRef<'_>, attribute: &str) -> usize {
    cell.value()
        .attr(attribute)
        .and_then(|v| v.trim().parse::<usize>().ok())
        .map_or(1, |n| n.clamp(1, 64))
}

/// Cells still covered by a `rowspan` from rows above: (column, cell, rows left).
#[derive(Default)]
struct Spans {
    pending: Vec<(usize, Cell, usize)>,
}

impl Spans {
    /// The row's cells spread over the columns they cover.
    fn place(&mut self, cells: &[ElementRef<'_>]) -> Vec<Cell> {
        let mut out: Vec<Cell> = Vec::new();
        let mut carried = std::mem::take(&mut self.pending);
        let fill_carried = |out: &mut Vec<Cell>,
                            carried: &mut Vec<(usize, Cell, usize)>,
                            pending: &mut Vec<(usize, Cell, usize)>| {
            while let Some(at) = carried.iter().position(|(col, _, _)| *col == out.len()) {
                let (col, cell, left) = carried.remove(at);
                out.push(cell.clone());
                if left > 1 {
                    pending.push((col, cell, left - 1));
                }
            }
        };
        for element in cells {
            fill_carried(&mut out, &mut carried, &mut self.pending);
            let cell = text(*element);
            let rows = span(*element, "rowspan");
            for _ in 0..span(*element, "colspan") {
                if rows > 1 {
                    self.pending.push((out.len(), cell.clone(), rows - 1));
                }
                out.push(cell.clone());
            }
        }
        carried.sort_by_key(|(col, _, _)| *col);
        while !carried.is_empty() {
            let before = carried.len();
            fill_carried(&mut out, &mut carried, &mut self.pending);
            if carried.len() == before {
                // A gap before the carried column: an empty cell.
                out.push(Cell::default());
            }
        }
        out
    }
}

/// Whether `node` lies inside an element named in `names`, below `root`.
fn within<'a>(
    mut ancestors: impl Iterator<Item = ElementRef<'a>>,
    root: ElementRef<'_>,
    names: &[&str],
) -> bool {
    ancestors
        .by_ref()
        .take_while(|a| a.id() != root.id())
        .any(|a| names.contains(&a.value().name()))
}

/// A cell's clean text, as a browser shows it; struck when all of its text
/// lies inside `<del>`, `<s>` or `<strike>`.
fn text(cell: ElementRef<'_>) -> Cell {
    let mut raw = String::new();
    let mut outside = false;
    for node in cell.descendants() {
        match node.value() {
            Node::Text(t) => {
                let struck = within(
                    node.ancestors().filter_map(ElementRef::wrap),
                    cell,
                    &["del", "s", "strike"],
                );
                outside |= !struck && !t.trim().is_empty();
                raw.push_str(t);
            }
            Node::Element(e) if e.name() == "br" => raw.push(' '),
            _ => {}
        }
    }
    let text = squeeze(&raw);
    Cell {
        struck: !outside && !text.is_empty(),
        text,
    }
}

/// Text with its line breaks (`<br>` a line break; the source's line
/// breaks only in `<pre>`).
fn raw_text(element: ElementRef<'_>, pre: bool) -> String {
    let mut raw = String::new();
    for node in element.descendants() {
        match node.value() {
            Node::Text(t) if pre => raw.push_str(t),
            Node::Text(t) => raw.push_str(&t.replace(['\n', '\r'], " ")),
            Node::Element(e) if e.name() == "br" => raw.push('\n'),
            _ => {}
        }
    }
    raw
}

/// An element's text without that of the descendants named in `skip`;
/// paragraphs on lines of their own.
fn own_text(element: ElementRef<'_>, skip: &[&str]) -> String {
    let mut raw = String::new();
    for node in element.descendants() {
        if let Node::Element(e) = node.value() {
            if matches!(e.name(), "p" | "div" | "br") {
                raw.push('\n');
            }
        }
        if let Node::Text(t) = node.value() {
            let nested = within(node.ancestors().filter_map(ElementRef::wrap), element, skip);
            if !nested {
                // A line break in the source is a space; paragraphs break lines.
                raw.push_str(&t.replace(['\n', '\r'], " "));
            }
        }
    }
    squeeze_lines(&raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(blocks: &[Block]) -> &Grid {
        match blocks.iter().find(|b| matches!(b, Block::Table(_))) {
            Some(Block::Table(grid)) => grid,
            _ => panic!("no table in {blocks:?}"),
        }
    }

    fn texts(row: &GridRow) -> Vec<&str> {
        row.cells.iter().map(|c| c.text.as_str()).collect()
    }

    #[test]
    fn headers_spans_and_lines() {
        let chunk = "<table><thead><tr><th>代码</th><th>描述</th></tr></thead>\n<tbody><tr><td rowspan=\"2\">E</td><td>充值<b>不存</b></td></tr>\n<tr><td>签名&amp;不对</td></tr>\n<tr><td colspan=\"2\">Class 22</td></tr><tr><td><del>7</del></td><td>x<br>y</td></tr></tbody></table>";
        let blocks = fragment(chunk, 10);
        let g = grid(&blocks);
        assert_eq!(g.header, ["代码", "描述"]);
        assert_eq!(texts(&g.rows[0]), ["E", "充值不存"]);
        assert_eq!(texts(&g.rows[1]), ["E", "签名&不对"]);
        assert_eq!((g.rows[0].line, g.rows[1].line), (11, 12));
        assert!(g.rows[2].section && texts(&g.rows[2]) == ["Class 22"]);
        assert!(g.rows[3].cells[0].struck && !g.rows[3].cells[1].struck);
        assert_eq!(texts(&g.rows[3]), ["7", "x y"]);
    }

    #[test]
    fn divs_of_text_are_paragraphs() {
        let page_text = "<!DOCTYPE html><html><body><div class=\"x\"><div>1001: a</div>\n<div>1002:\nb<br>c</div></div></body></html>";
        let blocks = page(page_text);
        assert_eq!(
            blocks,
            [
                Block::Text(vec![(1, "1001: a".into())]),
                Block::Text(vec![(2, "1002: b".into()), (3, "c".into())])
            ]
        );
    }

    #[test]
    fn first_td_row_header_and_pages() {
        let page_text = "<!DOCTYPE html><html><head><title>t</title></head><body><nav><ul><li>Home</li></ul></nav>\n<h2>Errors</h2>\n<table><tr><td>Code</td><td>Text</td></tr>\n<tr><td>1</td><td>a</td></tr></table>\n<ul><li>1001: x<ul><li>inner</li></ul></li></ul><dl><dt>7</dt><dd>seven</dd></dl><pre>00000    S    X\n01000    W    Y</pre></body></html>";
        assert!(is_page(page_text));
        let blocks = page(page_text);
        assert_eq!(
            blocks[0],
            Block::Heading {
                line: 2,
                text: "Errors".into()
            }
        );
        let g = grid(&blocks);
        assert_eq!(
            (g.header.clone(), g.rows[0].line),
            (vec!["Code".to_owned(), "Text".to_owned()], 4)
        );
        assert_eq!(
            blocks[2],
            Block::List(vec![(5, "1001: x".into()), (5, "inner".into())])
        );
        let Block::Table(defs) = &blocks[3] else {
            panic!()
        };
        assert_eq!(texts(&defs.rows[0]), ["7", "seven"]);
        let Block::Text(pre) = &blocks[4] else {
            panic!()
        };
        assert_eq!(pre[1], (6, "01000    W    Y".to_owned()));
    }
}
