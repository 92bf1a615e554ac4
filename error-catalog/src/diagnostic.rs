//! Catalog mistakes as values: collected (never thrown) so one build reports
//! every mistake, each with its position, the entry it belongs to and the fix.
//!
//! One type, [`Diagnostic`], for every stage and front end (the TOML and
//! JSON readers, the schema reader, the validator, the loader, the mapping,
//! the derive), and one renderer: a diagnostic placed in its file
//! ([`Located`]) prints as `path:line:col: [entry]: message`, then the
//! help line; one placed at a token of the derive's input prints as
//! `message`, then the help line (the token shows where). The
//! `compile_error!` texts and `errcat check`'s output are these renderings.

use crate::value::Span;
use core::fmt;

/// Where a user reads the catalog schema, named by every help text that
/// sends them there: the rustdoc module of the one crate they depend on, by
/// its path and its docs.rs address (a path in this repository would mean
/// nothing in the user's crate).
pub const SCHEMA_DOCS: &str = "the catalog reference, `error_runtime::_guide::catalog` \
(https://docs.rs/error-runtime/latest/error_runtime/_guide/catalog/)";

/// Where a user reads the mapping file's format, named by the help of a
/// mapping file's syntax error: `include_mapping!`'s docs.
pub const MAPPING_DOCS: &str = "the mapping reference, `error_runtime::include_mapping!` \
(https://docs.rs/error-runtime/latest/error_runtime/macro.include_mapping.html)";

/// One catalog mistake.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where in the catalog text; `None` for file-level problems (unreadable file).
    pub span: Option<Span>,
    /// The entry it concerns, as written in the catalog: `[codes.4026]`, `[catalog]`.
    pub entry: Option<String>,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
    /// Where the entry it clashes with is written (duplicates).
    pub first: Option<Span>,
}

impl Diagnostic {
    /// A mistake at `span`.
    pub fn new(span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            span: Some(span),
            entry: None,
            message: message.into(),
            help: None,
            first: None,
        }
    }

    /// A mistake about the file as a whole, or one its reporter places
    /// itself (at a token of the derive's input).
    pub fn file(message: impl Into<String>) -> Self {
        Diagnostic {
            span: None,
            entry: None,
            message: message.into(),
            help: None,
            first: None,
        }
    }

    /// Names the entry the mistake belongs to.
    pub fn entry(mut self, entry: impl Into<String>) -> Self {
        self.entry = Some(entry.into());
        self
    }

    /// Points at the earlier entry a duplicate clashes with.
    pub fn first(mut self, span: Span) -> Self {
        self.first = Some(span);
        self
    }

    /// Says how to fix it.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// Without a file to place it in: the message and the help line, for a
/// `compile_error!` at the token the mistake is about.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_text(f, &self.message, None, self.help.as_deref())
    }
}

/// The message, where the entry it clashes with is, and the help line: the
/// part every rendering shares.
fn write_text(
    f: &mut fmt::Formatter<'_>,
    message: &str,
    first: Option<(usize, usize)>,
    help: Option<&str>,
) -> fmt::Result {
    f.write_str(message)?;
    if let Some((line, col)) = first {
        write!(f, " (first at {line}:{col})")?;
    }
    if let Some(help) = help {
        write!(f, "\n  help: {help}")?;
    }
    Ok(())
}

/// A catalog's text with its display path, for turning spans into `line:col`.
#[derive(Clone, Debug)]
pub(crate) struct SourceFile {
    /// The path as the user wrote it (shown in messages).
    pub(crate) path: String,
    /// The file's text.
    pub(crate) text: String,
}

impl SourceFile {
    /// 1-based line and column (in characters) of a byte offset.
    pub(crate) fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        (line, col)
    }

    /// The diagnostic with its positions turned into `line:col` in this file:
    /// `Display` renders it as the macro reports it.
    pub(crate) fn locate(&self, diagnostic: &Diagnostic) -> Located {
        let (line, col) = diagnostic
            .span
            .as_ref()
            .map(|span| self.line_col(span.start))
            .unzip();
        Located {
            file: self.path.clone(),
            line,
            col,
            entry: diagnostic.entry.clone(),
            message: diagnostic.message.clone(),
            help: diagnostic.help.clone(),
            first: diagnostic.first.as_ref().map(|f| self.line_col(f.start)),
        }
    }
}

/// A diagnostic placed in its file. `Display` is the rendered form the macro
/// reports: `path:line:col: [entry]: message (first at l:c)` and an indented
/// `help:` line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    /// The file's path as the user wrote it.
    pub file: String,
    /// 1-based line; `None` for file-level problems.
    pub line: Option<usize>,
    /// 1-based column in characters; `None` for file-level problems.
    pub col: Option<usize>,
    /// The entry it concerns: `[codes.4026]`, `[catalog]`.
    pub entry: Option<String>,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
    /// `line:col` of the entry a duplicate clashes with.
    pub first: Option<(usize, usize)>,
}

impl fmt::Display for Located {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let (Some(line), Some(col)) = (self.line, self.col) {
            write!(f, ":{line}:{col}")?;
        }
        f.write_str(": ")?;
        if let Some(entry) = &self.entry {
            write!(f, "{entry}: ")?;
        }
        write_text(f, &self.message, self.first, self.help.as_deref())
    }
}

/// A code written twice: `span` is the second entry, `first` the first. The
/// TOML reader reports a repeated `[codes.X]` table with it too, so both
/// formats say the same.
pub(crate) fn duplicate_code(
    span: Span,
    code: &str,
    label: &str,
    first_label: &str,
    first: Span,
) -> Diagnostic {
    Diagnostic::new(span, format!("duplicate code {code}: {first_label} has it too"))
        .entry(label)
        .first(first)
        .help("each code appears once; merge the two entries (keep the vendor's other text in `other-messages`)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let file = SourceFile {
            path: "c.toml".into(),
            text: "a = 1\nmessage = \"签名\" x".into(),
        };
        let x = file.text.find('x').unwrap();
        assert_eq!(file.line_col(x), (2, 16));
        assert_eq!(file.line_col(0), (1, 1));
        let d = Diagnostic::new(x..x + 1, "bad")
            .entry("[codes.1]")
            .help("fix it");
        assert_eq!(
            file.locate(&d).to_string(),
            "c.toml:2:16: [codes.1]: bad\n  help: fix it"
        );
    }

    #[test]
    fn located_is_the_rendered_diagnostic_as_data() {
        let file = SourceFile {
            path: "c.toml".into(),
            text: "[codes.1]\n[codes.1]\n".into(),
        };
        let d = Diagnostic::new(10..19, "duplicate code 1")
            .entry("[codes.1]")
            .first(0..9)
            .help("merge them");
        let located = file.locate(&d);
        assert_eq!(
            located,
            Located {
                file: "c.toml".into(),
                line: Some(2),
                col: Some(1),
                entry: Some("[codes.1]".into()),
                message: "duplicate code 1".into(),
                help: Some("merge them".into()),
                first: Some((1, 1)),
            }
        );
        assert_eq!(
            located.to_string(),
            "c.toml:2:1: [codes.1]: duplicate code 1 (first at 1:1)\n  help: merge them"
        );
        let whole = file.locate(&Diagnostic::file("cannot read"));
        assert_eq!((whole.line, whole.col, whole.first), (None, None, None));
        assert_eq!(whole.to_string(), "c.toml: cannot read");
    }
}
