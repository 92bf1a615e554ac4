//! What the finder makes of a doc: tables of rows, each with the doc line it
//! came from, and the report of everything not taken as-is.

/// One row of a vendor table: a code and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// 1-based line of the doc.
    pub line: usize,
    /// The code as the doc writes it (after any repair the report names).
    pub code: String,
    /// The vendor's symbolic name, where the doc gives one.
    pub key: Option<String>,
    /// The vendor's text, verbatim (cell padding trimmed).
    pub text: String,
    /// Taken from a response example rather than a table: its text never
    /// replaces a table's text for the same code.
    pub from_example: bool,
    /// Further texts the doc gives for the code (several bullets).
    pub more_texts: Vec<String>,
    /// HTTP status from the row's status column.
    pub http: Option<u16>,
    /// Remedies and the other columns (`header: value`), for `doc`.
    pub doc: Option<String>,
    /// Struck through in the doc (`~~10018~~`).
    pub deprecated: bool,
    /// The row's message cell is empty and `text` is its key.
    pub text_is_key: bool,
    /// The text in the page's other language.
    pub translation: Option<String>,
}

impl Row {
    /// A row of a code and its text.
    pub fn new(line: usize, code: impl Into<String>, text: impl Into<String>) -> Self {
        Row {
            line,
            code: code.into(),
            key: None,
            text: text.into(),
            from_example: false,
            more_texts: Vec::new(),
            http: None,
            doc: None,
            deprecated: false,
            text_is_key: false,
            translation: None,
        }
    }
}

/// A section of a table (`Class 22 — Data Exception`, `Section: Class 22`):
/// the rows from `first` on, up to the next section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// 1-based doc line.
    pub line: usize,
    /// The title as written.
    pub title: String,
    /// Index of the section's first row in the table's rows.
    pub first: usize,
}

/// A row of a range table (`1xxx | Common, auth, and PCI errors`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeRange {
    /// 1-based line of the doc.
    pub line: usize,
    /// Lowest code of the range.
    pub lo: i64,
    /// Highest code of the range.
    pub hi: i64,
    /// The vendor's description of the range.
    pub text: String,
    /// The range as written (`1xxx`).
    pub written: String,
}

/// One table of the doc (a Markdown or HTML table, or a block of lines).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// 1-based line where the table starts.
    pub line: usize,
    /// The heading or text line above the table, if any.
    pub heading: Option<String>,
    /// The nearest heading above the table (prose lines are no titles):
    /// what names its enum.
    pub title: Option<String>,
    /// Whether the heading or the code column calls the codes HTTP statuses.
    pub http: bool,
    /// The rows, in document order.
    pub rows: Vec<Row>,
    /// Rows that name a range of codes instead of a code.
    pub ranges: Vec<CodeRange>,
    /// Section titles within the table.
    pub sections: Vec<Section>,
}

/// What the import did not take as-is, each with its doc line.
#[derive(Debug, Default)]
pub struct Report {
    notes: Vec<(usize, String)>,
}

impl Report {
    /// Records a note about doc line `line` (1-based).
    pub fn note(&mut self, line: usize, text: impl Into<String>) {
        self.notes.push((line, text.into()));
    }

    /// The notes in line order (stable: notes of one line keep their order).
    pub fn sorted(&self) -> Vec<(usize, &str)> {
        let mut notes: Vec<(usize, &str)> = self
            .notes
            .iter()
            .map(|(line, text)| (*line, text.as_str()))
            .collect();
        notes.sort_by_key(|(line, _)| *line);
        notes
    }
}

/// Whether `cell` is a decimal integer, a leading `-` allowed.
pub fn is_integer(cell: &str) -> bool {
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    !digits.is_empty() && digits.len() <= 18 && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `cell` is a code without help from a header: an integer, or a
/// token of letters, digits and `_` that holds a digit (`G500`, `40P01`).
pub fn is_code(cell: &str) -> bool {
    is_integer(cell)
        || (cell.bytes().any(|b| b.is_ascii_digit())
            && cell.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
}

/// Whether `cell` can be a code in a column the header calls codes: one
/// token of letters, digits, `_`, `.`, `-` and `:` (`USERPAYING`,
/// `AccessDenied`, `order.declined`, `ACQ.SYSTEM_ERROR`).
pub fn is_symbolic(cell: &str) -> bool {
    let body = cell.strip_prefix('-').unwrap_or(cell);
    body.len() <= 64
        && body.starts_with(|c: char| c.is_ascii_alphanumeric())
        && body
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-' | b':'))
}

/// `1xxx` → `1000..=1999`: a row that stands for a range of codes. One
/// capital `X` after three digits or more is a code's last letter
/// (SQLSTATE `2201X`), not a range as in `40X`.
pub fn code_range(cell: &str) -> Option<(i64, i64)> {
    let lead = cell.trim_end_matches(['x', 'X']);
    let width = u32::try_from(cell.len() - lead.len()).ok()?;
    if width == 0 || lead.is_empty() || !lead.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if width == 1 && cell.ends_with('X') && lead.len() >= 3 {
        return None;
    }
    let scale = 10_i64.checked_pow(width)?;
    let lo = lead.parse::<i64>().ok()?.checked_mul(scale)?;
    Some((lo, lo + scale - 1))
}

/// A vendor's message key rather than human text: one identifier with an
/// `_` or an inner capital (`bacc_warning_payouting`, `tokenExpired`).
pub fn is_message_key(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && (text.contains('_')
            || text
                .as_bytes()
                .windows(2)
                .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_ranges() {
        assert!(is_code("4026") && is_code("-1") && is_code("G500"));
        assert!(!is_code("code") && !is_code("") && !is_code("-") && !is_code("1 2"));
        assert!(is_symbolic("USERPAYING") && is_symbolic("order.declined") && is_symbolic("-1"));
        assert!(!is_symbolic("Not found") && !is_symbolic("签名") && !is_symbolic(""));
        assert_eq!(code_range("1xxx"), Some((1000, 1999)));
        assert_eq!(code_range("40X"), Some((400, 409)));
        assert_eq!(code_range("2201X"), None);
        assert_eq!(code_range("xxx"), None);
        assert_eq!(code_range("1001"), None);
    }

    #[test]
    fn message_keys() {
        assert!(is_message_key("bacc_warning_payouting"));
        assert!(is_message_key("tokenExpired"));
        assert!(!is_message_key("Success"));
        assert!(!is_message_key("Card does not exist"));
        assert!(!is_message_key("签名不对"));
    }

    #[test]
    fn report_in_line_order() {
        let mut report = Report::default();
        report.note(9, "b");
        report.note(3, "a");
        report.note(9, "c");
        assert_eq!(report.sorted(), [(3, "a"), (9, "b"), (9, "c")]);
    }
}
