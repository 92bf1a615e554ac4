//! The document model every reader produces and the table finder reads:
//! headings, tables, lists, definition lists, text and code blocks, each with
//! the 1-based doc line it starts on. Cell and item texts are clean (markup
//! removed, see [`super::cell`]); text blocks keep their raw lines for the
//! hand-written line shapes.

/// One cell of a table.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    /// The text as a reader sees it: links, emphasis, code spans, escapes,
    /// entities and tags resolved, whitespace runs one space, trimmed.
    pub text: String,
    /// The whole cell is struck through (`~~10018~~`): the vendor retired it.
    pub struck: bool,
}

impl Cell {
    /// A cell of plain text.
    pub fn plain(text: impl Into<String>) -> Self {
        Cell {
            text: text.into(),
            struck: false,
        }
    }
}

/// A row of a table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GridRow {
    /// 1-based doc line.
    pub line: usize,
    /// The cells, spans already spread over the columns they cover.
    pub cells: Vec<Cell>,
    /// A row of one cell spanning the whole table (`Class 22 — Data
    /// Exception`): a section title, not a code.
    pub section: bool,
}

/// A table: the header's cell texts and the rows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grid {
    /// 1-based doc line of the table's first row.
    pub line: usize,
    /// Header cells (empty when the table has no header row).
    pub header: Vec<String>,
    /// Body rows in document order.
    pub rows: Vec<GridRow>,
}

/// A block of the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A heading (or a front-page title).
    Heading {
        /// 1-based doc line.
        line: usize,
        /// Clean text.
        text: String,
    },
    /// A table (Markdown, HTML, or a definition list as two columns).
    Table(Grid),
    /// A bulleted or numbered list: (line, clean text) per item.
    List(Vec<(usize, String)>),
    /// Prose or preformatted text: its raw lines with their numbers.
    Text(Vec<(usize, String)>),
    /// A fenced code block.
    Code {
        /// 1-based line of the block's first content line.
        line: usize,
        /// The fence's info string (`json`).
        lang: String,
        /// The content.
        text: String,
    },
}

/// Line numbers of byte offsets in a text, as lines of the doc: lines a
/// reader inserted (sorted 1-based numbers in the text) are not counted.
pub struct Lines {
    starts: Vec<usize>,
    inserted: Vec<usize>,
}

impl Lines {
    /// The line starts of `text`.
    pub fn new(text: &str, inserted: Vec<usize>) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        Lines { starts, inserted }
    }

    /// The 1-based doc line holding byte `offset`.
    pub fn line(&self, offset: usize) -> usize {
        let line = self.starts.partition_point(|&start| start <= offset);
        line - self.inserted.partition_point(|&i| i < line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_numbers() {
        let lines = Lines::new("ab\ncd\n\nef", vec![3]);
        assert_eq!(
            [0, 1, 2, 3, 6, 7].map(|o| lines.line(o)),
            [1, 1, 1, 2, 3, 3]
        );
    }
}
