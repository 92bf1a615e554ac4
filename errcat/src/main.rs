//! `errcat`: imports vendor error-code docs into catalogs, and checks,
//! documents and diffs catalogs with the same library as the macro.

mod check;
mod diff;
mod doc;
mod import;
mod mapping;
mod output;
mod schema;
mod update;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Vendor error-code catalogs: import, check, document, diff; their JSON Schema.
#[derive(Parser)]
#[command(name = "errcat", version, about, after_help = schema_help())]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read a vendor's error page and write one catalog per error table.
    ///
    /// Reads Markdown, plain text and HTML pages (also HTML inside Markdown):
    /// tables of any width (column roles from header words in English and
    /// Chinese and from the cells; rowspan/colspan; parameter tables
    /// skipped), `### -1000 UNKNOWN` headings over bullets, `code: text`
    /// lines and lists, definition lists, `Label: value` list items,
    /// whitespace-aligned columns with `Section:` lines, `KEY=text` blocks,
    /// codes run into their text, JSON response examples. Each catalog's
    /// language comes from --lang, else the page's declaration, else the
    /// texts' script or function words (see --lang); each enum is named
    /// after its table's nearest heading when the page has several.
    ///
    /// The report (stderr) says per table which column it took as code,
    /// message, key and HTTP status, and why, and lists every line that looked
    /// like a code and was not imported. An ambiguous table stops the import
    /// (exit 2, nothing written) and names the flags that settle it:
    /// --code-column, --message-column, --key-column, --http-column, --table.
    ///
    /// With --update CATALOG...: the new version of the page goes into the
    /// catalogs once imported from it and curated since, edited in place.
    /// Each table updates the catalog it shares the most codes with (a table
    /// that matches none becomes a new catalog beside them, or in --out-dir);
    /// names, translations, key, http, retryable, category, doc, deprecated,
    /// other-messages, categories, envelope, the catalog-wide fields, comments,
    /// order and layout are kept. New codes go in code order, named as the
    /// import names them. A changed vendor text replaces the message in the
    /// catalog's language; the old text goes to other-messages, and a code
    /// with translations gets a `# review:` comment and a REVIEW line. A
    /// code the page no longer lists gets deprecated = "not in the vendor's
    /// page since DATE" (--as-of, default today), or is removed (--prune).
    /// The report lists the changes as `errcat diff` does; exit 0 when none
    /// breaks users, 1 when one does (--strict: added codes too), 2 on bad
    /// input (a catalog that is invalid, read-only, given twice, or matches
    /// no table), when nothing is written. A catalog in step is not touched;
    /// each file is written to a temporary file, then renamed. JSON catalogs
    /// keep their key order and indentation (they have no comments: the
    /// review list is the report's).
    Import(Box<ImportArgs>),
    /// Validate catalogs as the macro does; non-zero exit on errors.
    Check(check::Args),
    /// Print a Markdown reference of a catalog.
    Doc(doc::Args),
    /// Compare two versions of a catalog; non-zero exit when a change breaks users.
    Diff(diff::Args),
    /// Print the JSON Schema of catalog (or mapping) files, for editors.
    ///
    /// Completion, hover docs and typo marks while writing a catalog: the
    /// shipped schemas are catalogs/schema/catalog.schema.json and
    /// catalogs/schema/mapping.schema.json.
    Schema(schema::Args),
}

/// `errcat import`'s arguments: the import's and those of `--update`.
#[derive(clap::Args)]
struct ImportArgs {
    #[command(flatten)]
    import: import::Args,
    #[command(flatten)]
    update: update::Flags,
}

/// Where the catalog format is documented, for `--help`.
fn schema_help() -> String {
    format!(
        "The catalog format: {}.",
        error_catalog::diagnostic::SCHEMA_DOCS
    )
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Import(args) => {
            let ImportArgs { import, update } = *args;
            if update.given() {
                update::run(import, update)
            } else {
                import::run(import)
            }
        }
        Command::Check(args) => check::run(args),
        Command::Doc(args) => doc::run(args),
        Command::Diff(args) => diff::run(args),
        Command::Schema(args) => schema::run(args),
    }
}
