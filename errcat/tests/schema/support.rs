//! Reading catalog and mapping files as JSON values, and the schemas'
//! validators.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A catalog or mapping file as the JSON value a schema sees: TOML read
/// through `toml`, JSON through serde_json. `Err` when the file is no
/// document at all (a syntax or encoding error).
pub fn document(path: &Path) -> Result<Value, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let text = String::from_utf8(bytes).map_err(|e| e.to_string())?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if path.extension().is_some_and(|e| e == "json") {
        serde_json::from_str(text).map_err(|e| e.to_string())
    } else {
        toml::from_str(text).map_err(|e| e.to_string())
    }
}

/// Whether the document is a mapping file (its one table is `[mapping]`).
pub fn is_mapping(document: &Value) -> bool {
    document.get("mapping").is_some()
}

/// The schema's complaints about `document`, as `path: message` lines
/// (empty when it validates). The schema is the committed one of the
/// document's kind.
pub fn complaints(document: &Value) -> Vec<String> {
    static CATALOG: OnceLock<jsonschema::Validator> = OnceLock::new();
    static MAPPING: OnceLock<jsonschema::Validator> = OnceLock::new();
    let (cell, file) = if is_mapping(document) {
        (&MAPPING, "mapping.schema.json")
    } else {
        (&CATALOG, "catalog.schema.json")
    };
    let validator = cell.get_or_init(|| {
        let text = std::fs::read_to_string(root().join("catalogs/schema").join(file)).expect(file);
        let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
        jsonschema::draft202012::new(&schema).expect("a valid draft 2020-12 schema")
    });
    validator
        .iter_errors(document)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

/// The files of `dir` (and its subdirectories) ending in `.toml` or `.json`,
/// sorted.
pub fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a directory").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files(&path));
        } else if path.extension().is_some_and(|e| e == "toml" || e == "json") {
            out.push(path);
        }
    }
    out.sort();
    out
}
