//! `errcat doc`: a Markdown reference of a catalog — one table row per code
//! with its name, the message in every language, HTTP status, retryability
//! and category. Vendor text is escaped so it renders as written.

use crate::output::out;
use error_catalog::__unstable::names::to_snake_case;
use error_catalog::load;
use error_catalog::model::{Catalog, Code, CodeType, Entry, Matcher};
use std::fmt::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `errcat doc`.
#[derive(clap::Args)]
pub struct Args {
    /// The catalog file (.toml or .json), or a mapping file (a `[mapping]`
    /// table): then a table of every vendor code, its message, target and rule.
    catalog: PathBuf,
}

/// Prints the reference; a catalog with mistakes prints them (as `check`
/// does) on standard error and exits with 1.
pub fn run(args: Args) -> ExitCode {
    let display = args.catalog.to_string_lossy().into_owned();
    if error_catalog::mapping::is_mapping(&args.catalog) {
        return mapping_doc(&args, &display);
    }
    let loaded = load::load(&args.catalog, &display);
    match loaded.catalog {
        Some(catalog) if loaded.diagnostics.is_empty() => {
            out(&reference(&catalog, &display));
            ExitCode::SUCCESS
        }
        _ => {
            for error in &loaded.diagnostics {
                eprintln!("{error}");
            }
            ExitCode::FAILURE
        }
    }
}

/// A mapping file's table; its mistakes and its catalogs' as `check` prints them.
fn mapping_doc(args: &Args, display: &str) -> ExitCode {
    let loaded = error_catalog::mapping::load(&args.catalog, display);
    match loaded.mapping {
        Some(m) if loaded.diagnostics.is_empty() => {
            out(&crate::mapping::reference(&m));
            ExitCode::SUCCESS
        }
        _ => {
            for d in loaded.diagnostics.iter().chain(&loaded.catalog_diagnostics) {
                eprintln!("{d}");
            }
            ExitCode::FAILURE
        }
    }
}

/// Vendor text as inline Markdown: punctuation that could start markup is
/// backslash-escaped (so `|` cannot split a table cell and `<b>` is not HTML),
/// line breaks become spaces (a table row is one line).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Vendor text as a paragraph: escaped, and not read as a list or heading
/// underline when it opens with one of their markers.
fn paragraph(text: &str) -> String {
    let mut out = escape(text);
    if out.starts_with(['-', '+', '=']) {
        out.insert(0, '\\');
    }
    out
}

/// `text` as a code span (identifiers read better unescaped): the fence is
/// longer than any backtick run inside (CommonMark), and `|` is escaped, which
/// GitHub tables require even inside code spans.
pub fn code_span(text: &str) -> String {
    error_catalog::__unstable::code_span(&text.replace('|', "\\|"))
}

/// A code as the vendor writes it (string codes without Rust quotes).
pub fn code_text(code: &Code) -> String {
    match code {
        Code::Int(c) => c.to_string(),
        Code::Str(s) => s.clone(),
    }
}

/// The Markdown reference of a loaded catalog; `path` as the user gave it.
pub fn reference(c: &Catalog, path: &str) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# `{}`\n", c.name);
    if let Some(doc) = &c.doc {
        let _ = writeln!(md, "{}\n", paragraph(doc));
    }
    if let Some(source) = &c.source {
        let _ = writeln!(md, "Source: {}\n", escape(source));
    }
    let kind = match c.code_type {
        CodeType::Int => "integer",
        CodeType::Str => "string",
    };
    let _ = writeln!(
        md,
        "Catalog {}: {} {kind} codes; messages in {}.",
        code_span(path),
        c.entries.len(),
        c.languages.join(", ")
    );
    let mut facts = Vec::new();
    if !c.success.is_empty() {
        let codes: Vec<String> = c.success.iter().map(|s| code_span(&code_text(s))).collect();
        facts.push(format!("Success: {}.", codes.join(", ")));
    }
    if let Some(parent) = &c.parent {
        facts.push(format!("A subset of `{parent}`."));
    }
    let raw = if c.code_type == CodeType::Int {
        "i64"
    } else {
        "String"
    };
    facts.push(format!(
        "Other codes: `{}({raw})`. Code-reference macro: `{}!(CODE)`.",
        c.unknown,
        to_snake_case(&c.name)
    ));
    let _ = writeln!(md, "{}\n", facts.join(" "));
    if !c.categories.is_empty() {
        md.push_str("## Categories\n\n| category | codes | description |\n| --- | --- | --- |\n");
        for cat in &c.categories {
            let codes = match &cat.matcher {
                Matcher::Range(lo, hi) => format!("{lo} to {hi}"),
                Matcher::Prefix(p) => format!("prefix {}", code_span(p)),
            };
            let _ = writeln!(
                md,
                "| {} | {codes} | {} |",
                escape(&cat.name),
                cat.doc.as_deref().map(escape).unwrap_or_default()
            );
        }
        md.push('\n');
    }
    md.push_str("## Codes\n\n");
    md.push_str(&table(c));
    md
}

fn table(c: &Catalog) -> String {
    let has_key = c.entries.iter().any(|e| e.key.is_some());
    let has_notes = c.entries.iter().any(|e| !notes(e).is_empty());
    let mut header = vec!["code".to_owned(), "name".to_owned()];
    if has_key {
        header.push("key".into());
    }
    header.extend(c.languages.iter().map(|l| format!("message ({l})")));
    header.extend(["HTTP", "retryable", "category"].map(String::from));
    if has_notes {
        header.push("notes".into());
    }
    let mut out = row(&header);
    out.push_str(&row(&vec!["---".to_owned(); header.len()]));
    for e in &c.entries {
        let mut cells = vec![code_span(&code_text(&e.code)), format!("`{}`", e.name)];
        if has_key {
            cells.push(e.key.as_deref().map(code_span).unwrap_or_default());
        }
        // A code without a translation answers in the catalog's language:
        // the cell stays empty so the table shows what the vendor documents.
        cells.extend(
            c.languages
                .iter()
                .map(|l| e.message(l).map(escape).unwrap_or_default()),
        );
        cells.push(e.http.map(|h| h.to_string()).unwrap_or_default());
        cells.push(if e.retryable { "yes" } else { "no" }.into());
        cells.push(e.category.as_deref().map(escape).unwrap_or_default());
        if has_notes {
            cells.push(notes(e));
        }
        out.push_str(&row(&cells));
    }
    out
}

/// Deprecation, extra docs and the vendor's other texts for a code.
fn notes(e: &Entry) -> String {
    let mut notes = Vec::new();
    if let Some(note) = &e.deprecated {
        notes.push(if note.is_empty() {
            "deprecated".to_owned()
        } else {
            format!("deprecated: {}", escape(note))
        });
    }
    if let Some(doc) = &e.doc {
        notes.push(escape(doc));
    }
    for other in &e.other_messages {
        notes.push(format!("also documented as: {}", escape(other)));
    }
    notes.join("; ")
}

fn row(cells: &[String]) -> String {
    format!("| {} |\n", cells.join(" | "))
}
