//! Which path names the runtime crate in generated code: the user's
//! `crate = …` option, else the name under which the invoking crate's
//! `Cargo.toml` depends on `error-runtime` when it renames it
//! (`errs = { package = "error-runtime", … }`), else `::error_runtime`.
//!
//! The manifest need not be tracked for rebuilds like a catalog: renaming a
//! dependency changes the `--extern` names cargo passes to rustc, which
//! recompiles the crate anyway.

use crate::toml_doc;
use crate::value::{Key, Node, Value};
use std::path::Path;

/// The runtime's package name, as a `package = …` rename gives it.
const PACKAGE: &str = "error-runtime";

/// A `crate = …` value checked and made absolute: a path starting with a
/// crate's name gets a leading `::` (`errs` → `::errs`), so that a module
/// named like the crate where the code-reference macro is used cannot
/// shadow it; `::errs` and `crate::…` are kept as written. The error says
/// what is wrong and how to write it.
/// `shown` is the path as the user wrote it, for the messages.
pub(crate) fn crate_path(path: &syn::Path, shown: &str) -> Result<String, String> {
    let mut out = String::new();
    for (i, segment) in path.segments.iter().enumerate() {
        if !segment.arguments.is_none() {
            return Err(format!(
                "`crate = …` takes a path without generic arguments, found `{}`\n  help: name the runtime crate, e.g. `crate = errs`",
                shown
            ));
        }
        let ident = segment.ident.to_string();
        match ident.as_str() {
            "self" | "super" | "Self" => return Err(format!(
                "`crate = {}`: a path starting with `{ident}` means something else in every module where the code-reference macro is used\n  help: write the crate's name (`crate = errs`) or a path from the crate root (`crate = crate::reexported`)",
                shown
            )),
            "$crate" => return Err(
                "`crate = $crate…` cannot be forwarded through the generated code\n  help: write the runtime crate's name as the invoking crate knows it, e.g. `crate = errs`".to_owned(),
            ),
            "crate" if i > 0 => return Err(format!(
                "`crate = {}`: `crate` can only start a path\n  help: write the crate's name, e.g. `crate = errs`",
                shown
            )),
            _ => {}
        }
        if i > 0 || path.leading_colon.is_some() || ident != "crate" {
            out.push_str("::");
        }
        out.push_str(&ident);
    }
    Ok(out)
}

/// A `crate = "…"` value given as a string (`#[catalog(crate = "errs")]`,
/// `error-build`), checked and made absolute: `errs` → `::errs`, so that a
/// module named like the crate where the code-reference macro is used cannot
/// shadow it; `::errs` and `crate::…` are kept as written. The error says
/// what is wrong and how to write it.
pub fn crate_path_str(text: &str) -> Result<String, String> {
    let hint = "\n  help: write the runtime crate's name as the invoking crate's Cargo.toml names the dependency, with `_` for `-`, e.g. \"errs\" or \"::errs\"";
    if text.trim().is_empty() {
        return Err(format!("`crate = \"\"` names no crate{hint}"));
    }
    match syn::parse_str::<syn::Path>(text) {
        Ok(path) => crate_path(&path, text),
        Err(_) => Err(format!("`crate = {text:?}` is not a Rust path{hint}")),
    }
}

/// The path of the runtime crate for code generated into the crate whose
/// manifest is in `manifest_dir`: `None` (the default `::error_runtime`)
/// unless the manifest renames `error-runtime` and does not also depend on
/// it under its own name. Read on every call, not cached: it takes about
/// 20 µs, and a long-lived proc-macro server (rust-analyzer's) must see an
/// edited manifest.
pub fn detect(manifest_dir: &Path) -> Option<String> {
    let manifest = read(&manifest_dir.join("Cargo.toml"))?;
    let mut renamed = None;
    let mut inherited = Vec::new();
    for (key, dep) in dependencies(&manifest) {
        match package(dep) {
            // Under its own name: the default path works.
            None | Some(PACKAGE) if is_runtime(&key.name) => return None,
            Some(PACKAGE) => {
                renamed.get_or_insert_with(|| key.name.clone());
            }
            _ if dep
                .get("workspace")
                .is_some_and(|w| w.value == Value::Bool(true)) =>
            {
                inherited.push(key.name.clone());
            }
            _ => {}
        }
    }
    if renamed.is_none() && !inherited.is_empty() {
        // `errs = { workspace = true }`: the rename is the workspace's.
        let workspace = workspace_dependencies(manifest_dir)?;
        for name in &inherited {
            let Some(dep) = workspace.get(name) else {
                continue;
            };
            match package(dep) {
                None | Some(PACKAGE) if is_runtime(name) => return None,
                Some(PACKAGE) => {
                    renamed.get_or_insert_with(|| name.clone());
                }
                _ => {}
            }
        }
    }
    renamed.map(|name| format!("::{}", name.replace('-', "_")))
}

fn is_runtime(name: &str) -> bool {
    name == PACKAGE || name == "error_runtime"
}

fn read(path: &Path) -> Option<Node> {
    toml_doc::parse(&std::fs::read_to_string(path).ok()?).ok()
}

/// A dependency's `package`, when it is a table that sets one.
fn package(dep: &Node) -> Option<&str> {
    match dep.get("package").map(|p| &p.value) {
        Some(Value::Str(name)) => Some(name),
        _ => None,
    }
}

/// Every dependency the crate's code can name: `[dependencies]`,
/// `[dev-dependencies]` and their `[target.'…'.*]` forms (build
/// dependencies are the build script's).
fn dependencies(manifest: &Node) -> impl Iterator<Item = &(Key, Node)> {
    let tables = ["dependencies", "dev-dependencies"];
    let direct = tables.into_iter().map(|t| manifest.get(t));
    let targets = manifest
        .get("target")
        .and_then(Node::entries)
        .unwrap_or_default()
        .iter()
        .flat_map(move |(_, target)| tables.into_iter().map(|t| target.get(t)));
    direct
        .chain(targets)
        .flat_map(|table| table.and_then(Node::entries).unwrap_or_default())
}

/// `[workspace.dependencies]` of the nearest manifest above `manifest_dir`
/// (or its own) with a `[workspace]` table.
fn workspace_dependencies(manifest_dir: &Path) -> Option<Node> {
    manifest_dir.ancestors().find_map(|dir| {
        let manifest = read(&dir.join("Cargo.toml"))?;
        let workspace = manifest.get("workspace")?;
        Some(workspace.get("dependencies").cloned().unwrap_or(Node {
            span: 0..0,
            value: Value::Table(Vec::new()),
        }))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_made_absolute_or_refused() {
        assert_eq!(crate_path_str("errs").as_deref(), Ok("::errs"));
        assert_eq!(crate_path_str("::errs").as_deref(), Ok("::errs"));
        assert_eq!(crate_path_str("errs::rt").as_deref(), Ok("::errs::rt"));
        assert_eq!(crate_path_str("crate::rt").as_deref(), Ok("crate::rt"));
        for (bad, says) in [
            ("", "names no crate"),
            ("error-runtime", "is not a Rust path"),
            ("errs::<u8>", "without generic arguments"),
            ("self::rt", "starting with `self`"),
            ("super::rt", "starting with `super`"),
            ("rt::crate", "`crate` can only start a path"),
        ] {
            let error = crate_path_str(bad).expect_err(bad);
            assert!(error.contains(says), "{bad}: {error}");
        }
    }

    fn detect_in(manifest: &str, workspace: Option<&str>) -> Option<String> {
        let root = std::env::temp_dir().join(format!(
            "error-catalog-runtime-{}-{}",
            std::process::id(),
            crate::hash::name_hash(manifest)
        ));
        let member = root.join("member");
        std::fs::create_dir_all(&member).unwrap();
        std::fs::write(member.join("Cargo.toml"), manifest).unwrap();
        if let Some(workspace) = workspace {
            std::fs::write(root.join("Cargo.toml"), workspace).unwrap();
        }
        let found = detect(&member);
        std::fs::remove_dir_all(&root).unwrap();
        found
    }

    #[test]
    fn renamed_dependencies_are_found() {
        let package = "[package]\nname = \"x\"\n";
        let cases = [
            ("[dependencies]\nerror-runtime = \"1\"\n", None),
            ("[dependencies]\nerrs = { package = \"error-runtime\", path = \"..\" }\n", Some("::errs")),
            ("[dependencies.my-rt]\npackage = \"error-runtime\"\n", Some("::my_rt")),
            ("[dev-dependencies]\nerrs = { package = \"error-runtime\" }\n", Some("::errs")),
            ("[target.'cfg(unix)'.dependencies]\nerrs = { package = \"error-runtime\" }\n", Some("::errs")),
            // Both names: the crate's own name works, keep the default.
            ("[dependencies]\nerrs = { package = \"error-runtime\" }\n[dev-dependencies]\nerror_runtime = { path = \"..\" }\n", None),
            ("[dependencies]\nserde = \"1\"\n", None),
        ];
        for (deps, expected) in cases {
            assert_eq!(
                detect_in(&format!("{package}{deps}"), None).as_deref(),
                expected,
                "{deps}"
            );
        }
        let workspace = "[workspace]\nmembers = [\"member\"]\n[workspace.dependencies]\nerrs = { package = \"error-runtime\", path = \"rt\" }\nserde = \"1\"\n";
        let member = format!("{package}[dependencies]\nserde = {{ workspace = true }}\nerrs = {{ workspace = true }}\n");
        assert_eq!(
            detect_in(&member, Some(workspace)).as_deref(),
            Some("::errs")
        );
        let member = format!("{package}[dependencies]\nserde = {{ workspace = true }}\n");
        assert_eq!(detect_in(&member, Some(workspace)), None);
    }
}
