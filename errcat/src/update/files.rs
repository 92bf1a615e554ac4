//! The catalog files: read and checked before anything is edited, written
//! only once every edit succeeded, each through a temporary file beside it
//! that is renamed over it (a failure leaves the old file whole).

use error_catalog::load;
use error_catalog::model::Catalog;
use std::path::{Path, PathBuf};

/// A catalog given to `--update`, as read.
pub struct Given {
    /// Its path.
    pub path: PathBuf,
    /// The path as shown in messages.
    pub shown: String,
    /// The file's text.
    pub text: String,
    /// The catalog it holds, as the macro reads it.
    pub catalog: Catalog,
    /// The file of its parent, for a subset.
    pub parent: Option<PathBuf>,
}

/// Reads every catalog; `Err` with every problem when one cannot be updated:
/// unreadable, read-only, not valid, or given twice.
pub fn read_all(paths: &[PathBuf]) -> Result<Vec<Given>, Vec<String>> {
    let mut errors = Vec::new();
    let mut given: Vec<Given> = Vec::new();
    let mut seen: Vec<PathBuf> = Vec::new();
    for path in paths {
        let shown = path.display().to_string();
        let same = path.canonicalize().unwrap_or_else(|_| path.clone());
        if seen.contains(&same) {
            errors.push(format!("{shown}: given twice to --update"));
            continue;
        }
        seen.push(same);
        match read(path, &shown) {
            Ok(file) => given.push(file),
            Err(mut problems) => errors.append(&mut problems),
        }
    }
    if errors.is_empty() {
        Ok(given)
    } else {
        Err(errors)
    }
}

fn read(path: &Path, shown: &str) -> Result<Given, Vec<String>> {
    let text =
        std::fs::read_to_string(path).map_err(|e| vec![format!("{shown}: cannot read: {e}")])?;
    let meta = std::fs::metadata(path).map_err(|e| vec![format!("{shown}: {e}")])?;
    if meta.permissions().readonly() {
        return Err(vec![format!(
            "{shown}: the file is read-only: make it writable to update it"
        )]);
    }
    let loaded = load::load(path, shown);
    match loaded.catalog {
        Some(catalog) if loaded.diagnostics.is_empty() => Ok(Given {
            path: path.to_owned(),
            shown: shown.to_owned(),
            text,
            catalog,
            parent: loaded.files.get(1).cloned(),
        }),
        _ => {
            let mut errors: Vec<String> =
                loaded.diagnostics.iter().map(ToString::to_string).collect();
            errors.push(format!(
                "{shown}: not a valid catalog: fix it (errcat check) before updating it"
            ));
            Err(errors)
        }
    }
}

/// Whether two paths name the same file.
pub fn same_file(a: &Path, b: &Path) -> bool {
    let canonical = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    canonical(a) == canonical(b)
}

/// A new text for a file, written beside it until every file is ready.
pub struct Staged {
    /// The file to replace (or create).
    pub path: PathBuf,
    /// Where the new text waits.
    pub temp: PathBuf,
}

/// Writes `text` to a temporary file beside `path`, named like a catalog so
/// that it loads as one (its `subset-of` resolves against the same
/// directory), with the permissions of the file it replaces.
pub fn stage(path: &Path, text: &str) -> Result<Staged, String> {
    let name = path.file_name().map_or_else(
        || "catalog.toml".into(),
        |n| n.to_string_lossy().into_owned(),
    );
    let temp = path.with_file_name(format!(".errcat-update.{name}"));
    let cannot = |e: std::io::Error| format!("{}: cannot write: {e}", temp.display());
    std::fs::write(&temp, text).map_err(cannot)?;
    // The renamed file keeps the catalog's permissions.
    if let Ok(meta) = std::fs::metadata(path) {
        if let Err(e) = std::fs::set_permissions(&temp, meta.permissions()) {
            let _ = std::fs::remove_file(&temp);
            return Err(cannot(e));
        }
    }
    Ok(Staged {
        path: path.to_owned(),
        temp,
    })
}

/// Loads a staged text as the macro would read it in place.
pub fn load_staged(staged: &Staged, shown: &str) -> load::Loaded {
    load::load(&staged.temp, shown)
}

/// Removes the temporary files (nothing is written).
pub fn discard(staged: &[Staged]) {
    for file in staged {
        let _ = std::fs::remove_file(&file.temp);
    }
}

/// Renames every temporary file over its catalog; the error of a failed
/// rename names the files renamed before it (each of them whole).
pub fn commit(staged: &[Staged]) -> Result<(), String> {
    for (n, file) in staged.iter().enumerate() {
        if let Err(e) = std::fs::rename(&file.temp, &file.path) {
            let done: Vec<String> = staged[..n]
                .iter()
                .map(|f| f.path.display().to_string())
                .collect();
            let done = if done.is_empty() {
                "none".to_owned()
            } else {
                done.join(", ")
            };
            return Err(format!(
                "{}: cannot write: {e}; not written; already updated: {done}",
                file.path.display()
            ));
        }
    }
    Ok(())
}
