//! `errcat import`: reads a vendor's error-code doc as published and writes
//! one catalog per error table, reporting on stderr, with the doc's line
//! numbers, which column it took for what and everything it did not take
//! as-is.
//!
//! Pipeline: the page is parsed by standard crates into one document model
//! ([`doc`]): Markdown with pulldown-cmark ([`markdown`]), HTML pages and
//! HTML blocks with scraper ([`html`]), cell text cleaned ([`cell`]). The
//! error tables are found in that model ([`find`]): column roles from header
//! words and content ([`columns`], [`rows`]), and the shapes no parser reads
//! by hand: `KEY=text` blocks ([`key_value`]), aligned columns ([`aligned`]),
//! codes run into their text ([`run_on`]), `code: text` lines
//! ([`code_lines`]), `code text` lines ([`spaced`]), JSON response examples ([`examples`]). [`assemble`]
//! turns the tables into catalogs (their language decided by [`lang`]), [`write`](mod@write) into TOML, and every written
//! catalog is checked with the macro's own validation before the command
//! succeeds.

mod aligned;
mod assemble;
mod cell;
mod code_lines;
mod columns;
mod doc;
mod examples;
mod find;
mod html;
mod key_value;
mod labelled;
mod lang;
mod markdown;
mod naming;
mod noise;
mod rows;
mod run_on;
mod spaced;
mod table;
mod write;

use crate::output;
pub use assemble::{Entry as ImportedEntry, Imported};
use columns::{ColumnRef, Overrides};
use error_catalog::__unstable::names::{is_keyword, to_camel_case, to_snake_case};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use table::Report;
pub use write::to_toml;

/// Arguments of `errcat import`.
#[derive(clap::Args)]
pub struct Args {
    /// The vendor's doc (HTML or Markdown tables, `KEY=text` lines, code lists).
    doc: PathBuf,
    /// Write one `<name>.toml` per table here (created if missing); without
    /// it, the catalogs go to standard output.
    #[arg(long)]
    out_dir: Option<PathBuf>,
    /// Base of the enum and file names, e.g. `upay` → `UpayBizCode` in
    /// `upay_biz_code.toml` (default: from the doc's file name).
    #[arg(long)]
    name: Option<String>,
    /// The column of the codes, by 1-based number or header text, in every
    /// table that has it (`--code-column 2`, `--code-column 错误码`).
    #[arg(long, value_name = "COLUMN")]
    code_column: Option<ColumnRef>,
    /// The column of the vendor's message (number or header text).
    #[arg(long, value_name = "COLUMN")]
    message_column: Option<ColumnRef>,
    /// The column of the vendor's symbolic names, for `key` (number or header text).
    #[arg(long, value_name = "COLUMN")]
    key_column: Option<ColumnRef>,
    /// The column of HTTP statuses, for `http` (number or header text).
    #[arg(long, value_name = "COLUMN")]
    http_column: Option<ColumnRef>,
    /// The language of the vendor's texts, a tag as catalogs write it (`es`,
    /// `pt-BR`). Without it: the page's `<html lang>` or front matter
    /// `lang:`/`language:`, else the texts' script (kana `ja`, Hangul `ko`,
    /// Han `zh-CN`, Cyrillic `ru`, Greek, Arabic, Hebrew, Thai, Devanagari),
    /// else their commonest function words (es, pt, fr, de, it, nl, id, vi,
    /// tr, pl), else `en`. The report says which and why, per catalog.
    #[arg(long, value_name = "TAG", value_parser = lang_tag)]
    lang: Option<String>,
    /// Import only table N, numbered as the report numbers them (repeat the
    /// flag for several).
    #[arg(long = "table", value_name = "N")]
    tables: Vec<usize>,
}

/// Runs the import: 0 when every catalog was written and validates, 1 when a
/// written catalog fails validation, 2 when the doc cannot be read, holds no
/// table of codes, or holds a table whose column roles are ambiguous
/// (nothing is written then).
pub fn run(args: Args) -> ExitCode {
    let page = match read_page(&args) {
        Ok(page) => page,
        Err(status) => return status,
    };
    let Page { catalogs, doc_name } = &page;
    let files: Vec<(&Imported, String)> =
        catalogs.iter().map(|c| (c, to_toml(c, doc_name))).collect();
    let errors = match &args.out_dir {
        Some(dir) => write_files(dir, &files),
        None => {
            for (catalog, text) in &files {
                output::out(&format!("# ---- {}.toml ----\n{text}\n", catalog.file));
            }
            Ok(validate_texts(&files))
        }
    };
    match errors {
        Ok(0) => ExitCode::SUCCESS,
        Ok(count) => {
            eprintln!("error: {count} problem(s) in the written catalogs (a bug of the import: please report it with the doc)");
            ExitCode::from(1)
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(2)
        }
    }
}

/// A doc read into catalogs, not yet written.
pub struct Page {
    /// One catalog per table, in the doc's order.
    pub catalogs: Vec<Imported>,
    /// The doc's file name, as the catalogs' header comments name it.
    pub doc_name: String,
}

impl Args {
    /// `--out-dir`, if given.
    pub fn out_dir(&self) -> Option<&Path> {
        self.out_dir.as_deref()
    }
}

/// Reads the doc into catalogs, printing the report on stderr; `Err` with
/// the exit status (2) when the doc cannot be read or yields no catalog.
pub fn read_page(args: &Args) -> Result<Page, ExitCode> {
    let shown = args.doc.display().to_string();
    let text = match std::fs::read(&args.doc) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(error) => {
            eprintln!("error: {shown}: cannot read the doc: {error}");
            return Err(ExitCode::from(2));
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let blocks = if html::is_page(text) {
        html::page(text)
    } else {
        markdown::read(text)
    };
    let overrides = Overrides {
        code: args.code_column.clone(),
        message: args.message_column.clone(),
        key: args.key_column.clone(),
        http: args.http_column.clone(),
    };
    let mut report = Report::default();
    let found = find::find(&blocks, &overrides, &mut report);
    let tables = match select(found.tables, &args.tables, &mut report) {
        Ok(tables) => tables,
        Err(errors) => {
            for (line, note) in report.sorted() {
                eprintln!("{shown}:{line}: {note}");
            }
            for error in errors {
                eprintln!("error: {shown}: {error}");
            }
            eprintln!("error: {shown}: nothing written");
            return Err(ExitCode::from(2));
        }
    };
    let Some(base) = base_name(args.name.as_deref(), &args.doc) else {
        eprintln!(
            "error: --name must give an enum name (letters first, its snake_case no Rust keyword, e.g. `upay` or `UpayCode`)"
        );
        return Err(ExitCode::from(2));
    };
    let given = lang::Given {
        flag: args.lang.clone(),
        declared: lang::declared(text),
    };
    let catalogs = assemble::assemble(tables, found.examples, &base, &given, &mut report);
    let doc_name = args
        .doc
        .file_name()
        .map_or(shown.clone(), |n| n.to_string_lossy().into_owned());
    for (line, note) in report.sorted() {
        eprintln!("{shown}:{line}: {note}");
    }
    if catalogs.is_empty() {
        eprintln!("error: {shown}: no table of codes found");
        return Err(ExitCode::from(2));
    }
    Ok(Page { catalogs, doc_name })
}

/// The tables `--table` selects (all without it), numbered from 1 in the
/// report; `Err` with what the user must settle when a selected table is
/// ambiguous or a number names no table.
fn select(
    found: Vec<Result<table::Table, String>>,
    wanted: &[usize],
    report: &mut Report,
) -> Result<Vec<table::Table>, Vec<String>> {
    let mut errors: Vec<String> = wanted
        .iter()
        .filter(|&&n| n == 0 || n > found.len())
        .map(|n| format!("--table {n}: the doc has {} tables of codes", found.len()))
        .collect();
    let mut tables = Vec::new();
    for (i, table) in found.into_iter().enumerate() {
        let n = i + 1;
        if !wanted.is_empty() && !wanted.contains(&n) {
            continue;
        }
        match table {
            Ok(table) => {
                report.note(
                    table.line,
                    format!("table {n}: {} rows of codes", table.rows.len()),
                );
                tables.push(table);
            }
            Err(why) => errors.push(format!(
                "table {n}: {why} (or leave the table out: --table with the others' numbers)"
            )),
        }
    }
    if errors.is_empty() {
        Ok(tables)
    } else {
        Err(errors)
    }
}

/// `--name` (`None` if it gives no usable name) or else the doc's file name,
/// as the start of enum names (`Vendor` when the file name gives none).
fn base_name(name: Option<&str>, doc: &Path) -> Option<String> {
    let camel = |text: &str| to_camel_case(text).filter(|n| naming::usable(n));
    // The code-reference macro is the snake_case name: `Type` would give `type!`.
    let macro_ok = |n: &String| !is_keyword(&to_snake_case(n));
    match name {
        Some(name) => camel(name).filter(macro_ok),
        None => Some(
            doc.file_stem()
                .and_then(|s| s.to_str())
                .and_then(camel)
                .map(|n| if macro_ok(&n) { n } else { format!("{n}Code") })
                .unwrap_or_else(|| "Vendor".to_owned()),
        ),
    }
}

/// `--lang`'s tag, canonical, or why the catalog reader would refuse it.
fn lang_tag(tag: &str) -> Result<String, String> {
    error_catalog::__unstable::canonical_lang(tag)
        .ok_or_else(|| format!("`{tag}` is no language tag (e.g. `es`, `pt-BR`, `zh-CN`)"))
}

/// Writes the files, then loads each as the macro would; returns the number
/// of validation errors (printed), or what could not be written.
fn write_files(dir: &Path, files: &[(&Imported, String)]) -> Result<usize, String> {
    let cannot =
        |path: &Path, error: std::io::Error| format!("{}: cannot write: {error}", path.display());
    std::fs::create_dir_all(dir).map_err(|e| cannot(dir, e))?;
    for (catalog, text) in files {
        let path = dir.join(format!("{}.toml", catalog.file));
        std::fs::write(&path, text).map_err(|e| cannot(&path, e))?;
    }
    let mut errors = 0;
    for (catalog, _) in files {
        let path = dir.join(format!("{}.toml", catalog.file));
        let loaded = error_catalog::load::load(&path, &path.display().to_string());
        for error in &loaded.diagnostics {
            eprintln!("{error}");
        }
        errors += loaded.diagnostics.len();
        eprintln!(
            "wrote {} ({} codes{})",
            path.display(),
            catalog.entries.len(),
            catalog
                .subset_of
                .as_ref()
                .map_or(String::new(), |p| format!(", a subset of {p}.toml"))
        );
    }
    Ok(errors)
}

/// Validates catalogs printed to standard output (a subset's parent is not
/// on disk, so subsets are checked against their parent by construction only).
fn validate_texts(files: &[(&Imported, String)]) -> usize {
    let mut errors = 0;
    for (catalog, text) in files.iter().filter(|(c, _)| c.subset_of.is_none()) {
        let loaded = error_catalog::load::load_str(text, &format!("{}.toml", catalog.file), false);
        for error in &loaded.diagnostics {
            eprintln!("{error}");
        }
        errors += loaded.diagnostics.len();
    }
    errors
}
