//! `error_catalog::mapping` without a compiler: what the loader reports for
//! mistakes the compile-fail suite cannot show (a catalog with mistakes, a
//! mapping onto itself, wrong types), JSON mapping files, and the generated
//! `impl` itself.

use error_catalog::mapping::{generate, load, LoadedMapping, Rule};
use std::path::{Path, PathBuf};

/// Writes `files` into a fresh directory under the test's temp dir.
fn dir_with(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    for (file, text) in files {
        std::fs::write(dir.join(file), text).expect("write");
    }
    dir
}

const VENDOR: &str = "[catalog]\nname = \"Vendor\"\nlang = \"en\"\nsuccess = [0]\n\n[categories.auth]\nrange = [100, 199]\n\n[codes.0]\nname = \"Ok\"\nmessage = \"OK\"\n\n[codes.101]\nname = \"BadSign\"\nmessage = \"Bad signature\"\n\n[codes.102]\nname = \"BadToken\"\nmessage = \"Bad token\"\n\n[codes.500]\nname = \"Down\"\nmessage = \"Down\"\n";
const OURS: &str = "[catalog]\nname = \"Ours\"\nlang = \"en\"\nsuccess = [0]\n\n[codes.0]\nname = \"Done\"\nmessage = \"Done\"\n\n[codes.1]\nname = \"Auth\"\nmessage = \"Auth\"\n\n[codes.2]\nname = \"Failed\"\nmessage = \"Failed\"\n";

fn load_in(dir: &Path, file: &str) -> LoadedMapping {
    load(&dir.join(file), file)
}

fn messages(loaded: &LoadedMapping) -> Vec<String> {
    loaded.diagnostics.iter().map(ToString::to_string).collect()
}

#[test]
fn rules_route_every_code_in_precedence_order() {
    let dir = dir_with(
        "mapping-routes",
        &[
            ("vendor.toml", VENDOR),
            ("ours.toml", OURS),
            (
                "map.json",
                r#"{"mapping": {"from": "vendor.toml", "to": "ours.toml", "default": 2,
                    "categories": {"auth": "Auth"}, "codes": {"0": "Done", "102": "Failed"}}}"#,
            ),
        ],
    );
    let loaded = load_in(&dir, "map.json");
    assert_eq!(messages(&loaded), Vec::<String>::new());
    let m = loaded.mapping.expect("mapping");
    let routes: Vec<(Option<usize>, Rule)> = m
        .routes
        .iter()
        .map(|r| (r.target, r.rule.clone()))
        .collect();
    assert_eq!(
        routes,
        [
            (Some(0), Rule::Code),
            (Some(1), Rule::Category("auth".into())),
            (Some(2), Rule::Code),
            (Some(2), Rule::Default),
        ]
    );
    // Without `unknown`, codes the vendor lacks take `default`.
    assert_eq!(
        (m.unknown.target, &m.unknown.rule),
        (Some(2), &Rule::Default)
    );
    assert_eq!(m.coverage(), (vec![0, 2], vec![1], vec![3]));
    // Every file read is tracked for rebuilds.
    assert_eq!(loaded.files.len(), 3);

    let text = generate(&m, &[]).to_string();
    assert!(
        text.contains("impl :: core :: convert :: From < Vendor > for Ours"),
        "{text}"
    );
    assert!(text.contains("Vendor :: Ok => Ours :: Done"), "{text}");
    assert!(
        text.contains("Vendor :: BadToken | Vendor :: Down => Ours :: Failed"),
        "{text}"
    );
    assert!(
        text.contains("Vendor :: Unknown (_) => Ours :: Failed"),
        "{text}"
    );
    assert!(!text.contains("unreachable"), "{text}");
    assert_eq!(text, generate(&m, &[]).to_string(), "deterministic");
}

#[test]
fn a_catalog_with_mistakes_is_one_error_of_the_mapping() {
    let broken = VENDOR.replace("name = \"BadToken\"", "name = \"badToken\"");
    let dir = dir_with(
        "mapping-broken-catalog",
        &[
            ("vendor.toml", &broken),
            ("ours.toml", OURS),
            (
                "map.toml",
                "[mapping]\nfrom = \"vendor.toml\"\nto = \"ours.toml\"\ndefault = \"Failed\"\n",
            ),
        ],
    );
    let loaded = load_in(&dir, "map.toml");
    let shown = messages(&loaded);
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(
        shown[0].starts_with(
            "map.toml:2:8: [mapping]: the vendor catalog has 1 mistake(s), the first: vendor.toml:"
        ),
        "{shown:?}"
    );
    assert_eq!(loaded.catalog_diagnostics.len(), 1);
    // The skeleton is still generated, its missing arms never reached.
    let m = loaded.mapping.expect("skeleton");
    assert!(generate(&m, &[]).to_string().contains("unreachable"));
}

#[test]
fn type_and_self_mistakes_are_one_error_each() {
    let dir = dir_with(
        "mapping-types",
        &[
            ("vendor.toml", VENDOR),
            ("ours.toml", OURS),
            (
                "self.toml",
                "[mapping]\nfrom = \"vendor.toml\"\nto = \"vendor.toml\"\ndefault = \"Down\"\n",
            ),
            (
                "types.toml",
                "[mapping]\nfrom = \"vendor.toml\"\nto = \"ours.toml\"\ndefault = true\nunknown = \"Failed\"\n\n[mapping.codes]\n0 = \"Done\"\n101 = { to = \"Auth\", allow-success-mismatch = \"yes\" }\n102 = { allow-success-mismatch = true }\n500 = \"Unknown\"\n",
            ),
        ],
    );
    let shown = messages(&load_in(&dir, "self.toml"));
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(
        shown[0].contains("`to` is the vendor catalog's enum `Vendor` itself"),
        "{shown:?}"
    );
    let shown = messages(&load_in(&dir, "types.toml"));
    assert_eq!(shown.len(), 4, "{shown:?}");
    assert!(
        shown[0].starts_with(
            "types.toml:4:11: [mapping]: must be a target variant's name or code, found a boolean"
        ),
        "{shown:?}"
    );
    assert!(
        shown[1].contains(
            "[mapping.codes.101]: `allow-success-mismatch` must be a boolean, found a string"
        ),
        "{shown:?}"
    );
    assert!(
        shown[2].contains("[mapping.codes.102]: a rule written as a table needs `to`"),
        "{shown:?}"
    );
    assert!(
        shown[3].contains("[mapping.codes.500]: `Unknown` is the catch-all of `Ours`"),
        "{shown:?}"
    );
}

#[test]
fn a_catalog_is_not_a_mapping() {
    let dir = dir_with("mapping-not", &[("vendor.toml", VENDOR)]);
    assert!(!error_catalog::mapping::is_mapping(
        &dir.join("vendor.toml")
    ));
    let shown = messages(&load_in(&dir, "vendor.toml"));
    assert_eq!(
        shown,
        ["vendor.toml:1:1: [mapping]: the [mapping] table is missing\n  help: this is a catalog: include it with include_catalog!; a mapping file starts with [mapping]"]
    );
}
