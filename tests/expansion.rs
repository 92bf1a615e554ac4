//! An expansion depends only on its input and its place: two crates that
//! include the same catalog from the same file, one with an unrelated
//! `include_catalog!` expanded before it, get the same tokens for it (the
//! hidden macro's name included), so adding a catalog to a crate changes
//! neither the other catalogs' items nor the crate's exported metadata.
//!
//! Each crate is built in a scratch directory with `-Zunpretty=expanded`
//! (`RUSTC_BOOTSTRAP=1`, as the compile-time benchmark does), sharing one
//! target directory, offline, with this workspace's `Cargo.lock`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const EBET_MODULE: &str = "pub mod ebet {";

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A library crate `name` whose `src/lib.rs` is `lib`, with `src/ebet.rs`
/// including `catalogs/ebet.toml`.
fn write_crate(dir: &Path, name: &str, lib: &str) {
    let repo = repo();
    fs::create_dir_all(dir.join("src")).unwrap();
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\nerror-runtime = {{ path = {:?}, default-features = false }}\n\n[workspace]\n",
        repo.join("error-runtime")
    );
    fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    fs::copy(repo.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    fs::write(dir.join("src/lib.rs"), lib).unwrap();
    let ebet = format!(
        "error_runtime::include_catalog!({:?});\n",
        repo.join("catalogs/ebet.toml")
    );
    fs::write(dir.join("src/ebet.rs"), ebet).unwrap();
}

/// The crate's expanded source from its `ebet` module on.
fn expanded_ebet(dir: &Path, target: &Path) -> String {
    let output = Command::new(env!("CARGO"))
        .args([
            "rustc",
            "--quiet",
            "--offline",
            "--lib",
            "--profile",
            "check",
        ])
        .args(["--", "-Zunpretty=expanded"])
        .env("RUSTC_BOOTSTRAP", "1")
        .env("CARGO_TARGET_DIR", target)
        .current_dir(dir)
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let start = stdout.find(EBET_MODULE).expect("the ebet module");
    stdout[start..].to_owned()
}

#[test]
fn an_unrelated_catalog_changes_nothing_in_another() {
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("expansion");
    let target = scratch.join("target");
    let alone = scratch.join("alone");
    let after_other = scratch.join("after_other");
    // One crate name for both: the enum's docs name its import path.
    write_crate(&alone, "user", "pub mod ebet;\n");
    let other = format!(
        "pub mod other {{\n    error_runtime::include_catalog!({:?});\n}}\npub mod ebet;\n",
        repo().join("catalogs/card_issuing.toml")
    );
    write_crate(&after_other, "user", &other);
    let (a, b) = (
        expanded_ebet(&alone, &target),
        expanded_ebet(&after_other, &target),
    );
    assert!(a.contains("macro_rules! __ebet_status_"), "{a}");
    assert_eq!(a, b);
}
