//! `errcat import DOC --update CATALOG...`: the new version of a vendor's
//! page into the curated catalogs imported from it.
//!
//! Pipeline: every catalog is read and checked first ([`files`]), the page
//! is imported in memory as `errcat import` would ([`crate::import`]), each
//! table is paired with the catalog it shares the most codes with
//! ([`matching`]), and each catalog file is edited in place ([`edit`]): a
//! TOML document with `toml_edit` ([`toml_file`]), a JSON text by splicing
//! the spans of its values ([`json_file`], [`spans`]). The edited texts are staged beside the catalogs,
//! loaded as the macro loads them and compared with `errcat diff`'s
//! comparison; only when every one loads are they renamed over the
//! catalogs. `--dry-run` prints the report and a unified diff
//! ([`unified`]) instead.

mod date;
mod edit;
mod files;
mod json_file;
mod matching;
mod spans;
mod toml_file;
mod unified;

use crate::diff::{self, Change};
use crate::import::{self, to_toml, Imported, Page};
use crate::output::out;
use edit::Options;
use files::{Given, Staged};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The `--update` flags of `errcat import`.
#[derive(clap::Args)]
#[command(next_help_heading = "Updating curated catalogs")]
pub struct Flags {
    /// Update these curated catalogs, imported from an earlier version of
    /// the page, in place instead of writing new ones.
    #[arg(long, num_args = 1.., value_name = "CATALOG")]
    update: Vec<PathBuf>,
    /// With --update: print the report and a unified diff of each file; write nothing.
    #[arg(long, requires = "update")]
    dry_run: bool,
    /// With --update: remove the codes the page no longer lists, instead of
    /// deprecating them.
    #[arg(long, requires = "update")]
    prune: bool,
    /// With --update: the date (YYYY-MM-DD) in the deprecation notes and
    /// review comments (default: today, UTC).
    #[arg(long, requires = "update", value_name = "DATE", value_parser = date::parse)]
    as_of: Option<String>,
    /// With --update: count added codes as breaking, as `errcat diff --strict` does.
    #[arg(long, requires = "update")]
    strict: bool,
}

impl Flags {
    /// Whether `--update` was given.
    pub fn given(&self) -> bool {
        !self.update.is_empty()
    }
}

/// One file the update writes: an updated catalog or a new one.
struct Written {
    shown: String,
    old: Option<String>,
    new: String,
    staged: Staged,
    changes: Vec<Change>,
    review: Vec<String>,
}

/// Runs the update: 0 when nothing breaks users, 1 when a change does (as
/// `errcat diff`), 2 on bad input (nothing written then).
pub fn run(import_args: import::Args, args: Flags) -> ExitCode {
    let given = match files::read_all(&args.update) {
        Ok(given) => given,
        Err(errors) => return fail(&errors),
    };
    let Ok(mut page) = import::read_page(&import_args) else {
        return fail(&[]);
    };
    let pairs = matching::pair(&page.catalogs, &given);
    let unmatched: Vec<String> = (0..given.len())
        .filter(|c| !pairs.contains(&Some(*c)))
        .map(|c| {
            format!(
                "{}: no table of the page matches it (each table updates the one catalog it shares the most codes with): is it the page it was imported from?",
                given[c].shown
            )
        })
        .collect();
    if !unmatched.is_empty() {
        return fail(&unmatched);
    }
    let as_of = args.as_of.clone().unwrap_or_else(date::today);
    let options = Options {
        prune: args.prune,
        as_of: &as_of,
    };
    let dir = new_catalogs_dir(&import_args, &given);
    let written = match stage_all(&mut page, &pairs, &given, &options, &dir, args.strict) {
        Ok(written) => written,
        Err(errors) => return fail(&errors),
    };
    let breaking = report(&written, args.dry_run);
    let staged: Vec<Staged> = written.into_iter().map(|w| w.staged).collect();
    if args.dry_run {
        files::discard(&staged);
    } else if let Err(error) = files::commit(&staged) {
        // Each rename is whole: the files before the failed one are updated.
        files::discard(&staged);
        eprintln!("error: {error}");
        return ExitCode::from(2);
    }
    if breaking {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Prints the errors; exit status 2.
fn fail(errors: &[String]) -> ExitCode {
    for error in errors {
        eprintln!("error: {error}");
    }
    eprintln!("error: nothing written");
    ExitCode::from(2)
}

/// Where a table that matches no catalog is written: `--out-dir`, else
/// beside the first catalog.
fn new_catalogs_dir(import_args: &import::Args, given: &[Given]) -> PathBuf {
    import_args
        .out_dir()
        .map(Path::to_path_buf)
        .or_else(|| {
            given
                .first()
                .and_then(|g| g.path.parent())
                .map(Path::to_path_buf)
        })
        .unwrap_or_default()
}

/// Edits and stages every file; on any error the staged files are removed.
fn stage_all(
    page: &mut Page,
    pairs: &[Option<usize>],
    given: &[Given],
    options: &Options,
    dir: &Path,
    strict: bool,
) -> Result<Vec<Written>, Vec<String>> {
    let mut written: Vec<Written> = Vec::new();
    // Parents first: a subset is checked against its parent's new text.
    let is_subset = |pair: &Option<usize>| pair.is_some_and(|c| given[c].catalog.parent.is_some());
    for subsets in [false, true] {
        for (table, pair) in page.catalogs.iter_mut().zip(pairs) {
            if is_subset(pair) != subsets {
                continue;
            }
            let staged = match pair {
                Some(c) => update_one(table, &given[*c], &page.doc_name, options, strict, &written),
                None => new_one(table, &page.doc_name, dir),
            };
            match staged {
                Ok(Some(file)) => written.push(file),
                Ok(None) => {}
                Err(errors) => {
                    files::discard(&written.into_iter().map(|w| w.staged).collect::<Vec<_>>());
                    return Err(errors);
                }
            }
        }
    }
    Ok(written)
}

/// Edits one catalog by its table; `None` when it is in step already.
fn update_one(
    table: &mut Imported,
    file: &Given,
    doc_name: &str,
    options: &Options,
    strict: bool,
    parents: &[Written],
) -> Result<Option<Written>, Vec<String>> {
    eprintln!("{}: {} updates {}", doc_name, describe(table), file.shown);
    // New entries are written as the catalog writes its own: a subset's bare.
    table.subset_of = file.catalog.parent.as_ref().map(|_| String::new());
    let json = file
        .path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let outcome = edit::edit(&file.text, json, &file.catalog, table, doc_name, options)
        .map_err(|e| vec![format!("{}: {e}", file.shown)])?;
    if outcome.text == file.text {
        eprintln!("{}: in step with the page, unchanged", file.shown);
        return Ok(None);
    }
    let staged = files::stage(&file.path, &outcome.text).map_err(|e| vec![e])?;
    let parent = file.parent.as_ref().and_then(|parent| {
        parents
            .iter()
            .find(|w| files::same_file(&w.staged.path, parent))
    });
    let new = match parent {
        Some(parent) => {
            let text = edit::repoint(&outcome.text, json, &parent.staged.temp)
                .map_err(|e| vec![format!("{}: {e}", file.shown)])?;
            let check = files::stage(&staged.temp, &text).map_err(|e| vec![e])?;
            let new = loaded(&check, &file.shown);
            files::discard(std::slice::from_ref(&check));
            new.inspect_err(|_| files::discard(std::slice::from_ref(&staged)))?
        }
        None => loaded(&staged, &file.shown)?,
    };
    Ok(Some(Written {
        shown: file.shown.clone(),
        old: Some(file.text.clone()),
        new: outcome.text,
        staged,
        changes: diff::diff(&file.catalog, &new, strict),
        review: outcome.review,
    }))
}

/// A table no catalog matched, written as `errcat import` writes it.
fn new_one(table: &Imported, doc_name: &str, dir: &Path) -> Result<Option<Written>, Vec<String>> {
    let path = dir.join(format!("{}.toml", table.file));
    let shown = path.display().to_string();
    let text = to_toml(table, doc_name);
    eprintln!(
        "{doc_name}: {} matches no catalog: new catalog {shown}",
        describe(table)
    );
    match std::fs::read_to_string(&path) {
        Ok(existing) if existing == text => return Ok(None),
        Ok(_) => {
            return Err(vec![format!(
                "{shown} exists: give it to --update, or move it, for the new table"
            )])
        }
        Err(_) => {}
    }
    let staged = files::stage(&path, &text).map_err(|e| vec![e])?;
    loaded(&staged, &shown)?;
    Ok(Some(Written {
        shown,
        old: None,
        new: text,
        staged,
        changes: Vec::new(),
        review: Vec::new(),
    }))
}

/// The staged text as the macro reads it; its mistakes are a bug of the update.
fn loaded(staged: &Staged, shown: &str) -> Result<error_catalog::model::Catalog, Vec<String>> {
    let loaded = files::load_staged(staged, shown);
    match loaded.catalog {
        Some(catalog) if loaded.diagnostics.is_empty() => Ok(catalog),
        _ => {
            files::discard(std::slice::from_ref(staged));
            let mut errors: Vec<String> =
                loaded.diagnostics.iter().map(ToString::to_string).collect();
            errors.push(format!(
                "{shown}: the updated catalog does not validate (a bug of --update: please report it with the page)"
            ));
            Err(errors)
        }
    }
}

/// `table at line 12 (Error codes)`, a long heading cut to its first words.
fn describe(table: &Imported) -> String {
    const SHOWN: usize = 60;
    match &table.heading {
        Some(heading) if heading.chars().count() > SHOWN => {
            let cut: String = heading.chars().take(SHOWN).collect();
            format!("table at line {} ({cut}…)", table.line)
        }
        Some(heading) => format!("table at line {} ({heading})", table.line),
        None => format!("table at line {}", table.line),
    }
}

/// Prints each file's changes as `errcat diff` does, the review list and,
/// for a dry run, the unified diffs; returns whether a change breaks users.
fn report(written: &[Written], dry_run: bool) -> bool {
    let mut breaking = 0;
    let mut changes = 0;
    for file in written {
        match &file.old {
            Some(_) => out(&format!("{}:\n", file.shown)),
            None => out(&format!("{}: new catalog\n", file.shown)),
        }
        for change in &file.changes {
            out(&format!("  {}\n", diff::human(change)));
        }
        for line in &file.review {
            out(&format!("  REVIEW   {line}\n"));
        }
        breaking += file.changes.iter().filter(|c| c.breaking).count();
        changes += file.changes.len();
    }
    if dry_run {
        for file in written {
            out(&unified::diff(
                &file.shown,
                file.old.as_deref().unwrap_or(""),
                &file.new,
            ));
        }
    }
    let verb = if dry_run { "would write" } else { "wrote" };
    eprintln!(
        "errcat import --update: {verb} {} file(s); {changes} change(s), {breaking} breaking",
        written.len()
    );
    breaking > 0
}
