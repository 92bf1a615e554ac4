//! The golden expansion: what `include_catalog!("catalogs/ebet.toml")`
//! generates, formatted with `prettyplease` and committed as
//! `tests/golden/ebet.rs`, so every change to the generator shows up as a
//! readable diff of its output in review. Re-bless with
//! `GOLDEN=overwrite cargo test -p error-catalog --test golden` and read the
//! diff of the file.

use error_catalog::generate::{generate, Context};
use error_catalog::load::load;
use std::path::Path;

/// The catalog, as a user's crate names it.
const CATALOG: &str = "catalogs/ebet.toml";
/// The committed expansion.
const GOLDEN: &str = "tests/golden/ebet.rs";

/// The expansion of the catalog, formatted; machine-independent: nothing is
/// tracked (the tracked path is absolute) and the call site is fixed.
fn expansion() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let loaded = load(&root.join(CATALOG), CATALOG);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let catalog = loaded.catalog.expect("the catalog loads");
    let cx = Context {
        display_path: CATALOG.to_owned(),
        tracked: Vec::new(),
        call_site: "src/lib.rs:1:1#0".to_owned(),
        crate_path: None,
    };
    let file: syn::File =
        syn::parse2(generate(&catalog, &cx).into_tokens()).expect("the output parses");
    format!(
        "// The expansion of include_catalog!(\"{CATALOG}\"): see tests/golden.rs.\n\n{}",
        prettyplease::unparse(&file)
    )
}

/// The lines that differ, each with its line number in both files, so a
/// failure reads as a diff, not as two 2,000-line strings.
fn diff(golden: &str, actual: &str) -> String {
    let (old, new): (Vec<&str>, Vec<&str>) = (golden.lines().collect(), actual.lines().collect());
    // Skip the common head and tail; what remains is the changed hunk.
    let head = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let tail = old[head..]
        .iter()
        .rev()
        .zip(new[head..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let mut out = format!("@@ line {} @@\n", head + 1);
    for line in &old[head..old.len() - tail] {
        out.push_str(&format!("-{line}\n"));
    }
    for line in &new[head..new.len() - tail] {
        out.push_str(&format!("+{line}\n"));
    }
    out
}

#[test]
fn the_expansion_of_ebet_is_the_committed_one() {
    let actual = expansion();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(GOLDEN);
    if std::env::var_os("GOLDEN").is_some_and(|v| v == "overwrite") {
        std::fs::write(&path, &actual).expect("write the golden file");
        return;
    }
    let golden = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        golden == actual,
        "the expansion of {CATALOG} changed; if that is intended, re-bless with \
         GOLDEN=overwrite cargo test -p error-catalog --test golden\n{}",
        diff(&golden, &actual)
    );
}

#[test]
fn the_diff_shows_the_changed_lines_only() {
    let shown = diff("a\nb\nc\nd\n", "a\nB\nc\nd\n");
    assert_eq!(shown, "@@ line 2 @@\n-b\n+B\n");
}
