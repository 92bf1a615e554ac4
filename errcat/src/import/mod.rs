//! `errcat import`: reads a vendor's error-code doc as published and writes
//! one catalog per table, reporting on stderr, with the doc's line numbers,
//! everything it did not take as-is.
//!
//! The doc's shape is found line by line ([`scan`]): HTML tables ([`html`]),
//! Markdown tables ([`markdown`]), `KEY=text` blocks ([`key_value`]), codes run
//! into their text ([`run_on`]) and JSON response examples ([`examples`]);
//! other lines are prose or page noise. [`assemble`] turns the tables into
//! catalogs, [`write`] into TOML, and every written catalog is checked with
//! the macro's own validation before the command succeeds.

mod assemble;
mod examples;
mod html;
mod key_value;
mod markdown;
mod naming;
mod noise;
mod run_on;
mod scan;
mod table;
mod write;

use crate::output;
use assemble::Imported;
use error_catalog::names::{is_keyword, to_camel_case, to_snake_case};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use table::Report;

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
}

/// Runs the import: 0 when every catalog was written and validates, 1 when a
/// written catalog fails validation, 2 when the doc cannot be read or holds
/// no table.
pub fn run(args: Args) -> ExitCode {
    let shown = args.doc.display().to_string();
    let text = match std::fs::read(&args.doc) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(error) => {
            eprintln!("error: {shown}: cannot read the doc: {error}");
            return ExitCode::from(2);
        }
    };
    let mut report = Report::default();
    let scanned = scan::scan(text.strip_prefix('\u{feff}').unwrap_or(&text), &mut report);
    let Some(base) = base_name(args.name.as_deref(), &args.doc) else {
        eprintln!(
            "error: --name must give an enum name (letters first, its snake_case no Rust keyword, e.g. `upay` or `UpayCode`)"
        );
        return ExitCode::from(2);
    };
    let catalogs = assemble::assemble(scanned.tables, scanned.examples, &base, &mut report);
    let doc_name = args
        .doc
        .file_name()
        .map_or(shown.clone(), |n| n.to_string_lossy().into_owned());
    for (line, note) in report.sorted() {
        eprintln!("{shown}:{line}: {note}");
    }
    if catalogs.is_empty() {
        eprintln!("error: {shown}: no table of codes found");
        return ExitCode::from(2);
    }
    let files: Vec<(&Imported, String)> = catalogs
        .iter()
        .map(|c| (c, write::to_toml(c, &doc_name)))
        .collect();
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
        for error in &loaded.errors {
            eprintln!("{error}");
        }
        errors += loaded.errors.len();
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
        for error in &loaded.errors {
            eprintln!("{error}");
        }
        errors += loaded.errors.len();
    }
    errors
}
