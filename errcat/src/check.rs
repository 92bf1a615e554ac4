//! `errcat check`: the macro's validation as a linter. Every message is the
//! one `include_catalog!` reports (error-catalog renders both).

use crate::mapping::JsonCoverage;
use crate::output::{out, print_json, Format};
use error_catalog::diagnostic::Located;
use error_catalog::load;
use serde::Serialize;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `errcat check`.
#[derive(clap::Args)]
#[command(after_help = format!(
    "Exit status: 0 every catalog is valid, 1 a catalog has mistakes.\n\nThe catalog format: {}.",
    error_catalog::diagnostic::SCHEMA_DOCS
))]
pub struct Args {
    /// Catalog files (.toml or .json); a subset's parent is read and checked too.
    /// Mapping files (a `[mapping]` table) are checked as `include_mapping!`
    /// checks them, with both catalogs; a valid one prints its coverage: how
    /// many vendor codes are mapped by code, by category and by `default`,
    /// and every code that falls to `default` (a vendor's new codes do,
    /// until a rule names them).
    #[arg(required = true)]
    catalogs: Vec<PathBuf>,
    /// `human`: the macro's messages, one per mistake; `json`: one object
    /// listing every diagnostic with its file, line, col, entry, message and help.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

/// One diagnostic in the JSON report.
#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    file: &'a str,
    line: Option<usize>,
    col: Option<usize>,
    entry: Option<&'a str>,
    message: &'a str,
    help: Option<&'a str>,
    /// `{line, col}` of the entry a duplicate clashes with.
    first: Option<Position>,
    /// The whole message as the macro prints it.
    rendered: String,
}

#[derive(Serialize)]
struct Position {
    line: usize,
    col: usize,
}

/// The JSON report: what was checked and every mistake found.
#[derive(Serialize)]
struct JsonReport<'a> {
    checked: Vec<String>,
    errors: usize,
    diagnostics: Vec<JsonDiagnostic<'a>>,
    /// The coverage of each valid mapping file.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    mappings: Vec<JsonCoverage>,
}

impl<'a> From<&'a Located> for JsonDiagnostic<'a> {
    fn from(d: &'a Located) -> Self {
        JsonDiagnostic {
            file: &d.file,
            line: d.line,
            col: d.col,
            entry: d.entry.as_deref(),
            message: &d.message,
            help: d.help.as_deref(),
            first: d.first.map(|(line, col)| Position { line, col }),
            rendered: d.to_string(),
        }
    }
}

/// What was checked, in words: `2 catalogs and 1 mapping`.
fn files(catalogs: usize, mappings: usize) -> String {
    let count = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    match (catalogs, mappings) {
        (_, 0) => count(catalogs, "catalog"),
        (0, _) => count(mappings, "mapping"),
        _ => format!(
            "{} and {}",
            count(catalogs, "catalog"),
            count(mappings, "mapping")
        ),
    }
}

/// Exit status: 0 when every catalog is valid, 1 when any has a mistake.
pub fn run(args: Args) -> ExitCode {
    let mut checked = Vec::new();
    let mut diagnostics = Vec::new();
    let mut failed = 0;
    let mut mappings = Vec::new();
    let mut mapping_files = 0;
    for path in &args.catalogs {
        // Paths are shown as given, like the macro shows the path written in the call.
        let display = path.to_string_lossy().into_owned();
        if error_catalog::mapping::is_mapping(path) {
            mapping_files += 1;
            let loaded = error_catalog::mapping::load(path, &display);
            match loaded.mapping {
                Some(m) if loaded.diagnostics.is_empty() => mappings.push(m),
                _ => failed += 1,
            }
            diagnostics.extend(loaded.diagnostics);
            diagnostics.extend(loaded.catalog_diagnostics);
            checked.push(display);
            continue;
        }
        let loaded = load::load(path, &display);
        if !loaded.diagnostics.is_empty() {
            failed += 1;
        }
        diagnostics.extend(loaded.diagnostics);
        checked.push(display);
    }
    match args.format {
        Format::Human => {
            for d in &diagnostics {
                out(&format!("{d}\n"));
            }
            for m in &mappings {
                out(&crate::mapping::coverage(m));
            }
            let files = files(checked.len() - mapping_files, mapping_files);
            if diagnostics.is_empty() {
                eprintln!("errcat check: {files} valid");
            } else {
                eprintln!(
                    "errcat check: {} error(s) in {failed} of {files}",
                    diagnostics.len()
                );
            }
        }
        Format::Json => {
            let report = JsonReport {
                checked,
                errors: diagnostics.len(),
                diagnostics: diagnostics.iter().map(JsonDiagnostic::from).collect(),
                mappings: mappings.iter().map(JsonCoverage::new).collect(),
            };
            print_json(&report);
        }
    }
    if diagnostics.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

#[cfg(test)]
mod tests {
    use super::files;

    #[test]
    fn the_summary_names_catalogs_and_mappings() {
        assert_eq!(files(1, 0), "1 catalog");
        assert_eq!(files(3, 0), "3 catalogs");
        assert_eq!(files(0, 1), "1 mapping");
        assert_eq!(files(2, 1), "2 catalogs and 1 mapping");
    }
}
