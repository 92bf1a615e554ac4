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
    let by = m.coverage();
    assert_eq!(
        (by.by_code, by.by_category, by.by_default),
        (vec![0, 2], vec![1], vec![3])
    );
    // Every file read is tracked for rebuilds.
    assert_eq!(loaded.files.len(), 3);

    let text = generate(&m, &[]).into_tokens().to_string();
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
    assert_eq!(
        text,
        generate(&m, &[]).into_tokens().to_string(),
        "deterministic"
    );
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
    assert!(generate(&m, &[])
        .into_tokens()
        .to_string()
        .contains("unreachable"));
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
                "[mapping]\nfrom = \"vendor.toml\"\nto = \"ours.toml\"\ndefault = true\nunknown = \"Failed\"\n\n[mapping.codes]\n0 = \"Done\"\n101 = { to = \"Auth\", allow-success-mismatch = \"yes\" }\n102 = { allow-success-mismatch = true }\n500 = \"Unknown\"\n99999999999999999999 = \"Failed\"\n",
            ),
        ],
    );
    let onto_itself = load_in(&dir, "self.toml");
    assert!(onto_itself.mapping.is_none(), "no impl From<T> for T");
    let shown = messages(&onto_itself);
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(
        shown[0].contains("`to` is the vendor catalog's enum `Vendor` itself"),
        "{shown:?}"
    );
    let shown = messages(&load_in(&dir, "types.toml"));
    assert_eq!(shown.len(), 5, "{shown:?}");
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
    assert!(
        shown[4].contains("99999999999999999999 is not a code of `Vendor` (vendor.toml)\n  help: integer codes lie in the i64 range"),
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

/// A rule of the property below: its target (an index into `OURS`) and
/// whether it allows a success mismatch.
type Written = Option<(usize, bool)>;

/// The mapping text of `codes` (per vendor code of `VENDOR`), `auth`,
/// `default` and `unknown`.
fn mapping_text(codes: &[Written], auth: Written, default: Written, unknown: Written) -> String {
    let value = |(t, allow): (usize, bool)| {
        let name = ["Done", "Auth", "Failed"][t];
        if allow {
            format!("{{ to = \"{name}\", allow-success-mismatch = true }}")
        } else {
            format!("\"{name}\"")
        }
    };
    let mut text = "[mapping]\nfrom = \"vendor.toml\"\nto = \"ours.toml\"\n".to_owned();
    for (field, rule) in [("default", default), ("unknown", unknown)] {
        if let Some(rule) = rule {
            text.push_str(&format!("{field} = {}\n", value(rule)));
        }
    }
    if let Some(rule) = auth {
        text.push_str(&format!("\n[mapping.categories]\nauth = {}\n", value(rule)));
    }
    text.push_str("\n[mapping.codes]\n");
    for (code, rule) in VENDOR_CODES.iter().zip(codes) {
        if let Some(rule) = rule {
            text.push_str(&format!("{code} = {}\n", value(*rule)));
        }
    }
    text
}

/// `VENDOR`'s codes; 0 is its success code, 101 and 102 are in `auth`.
const VENDOR_CODES: [i64; 4] = [0, 101, 102, 500];

/// How many errors a mapping should have: one for missing coverage, one per
/// rule sending a code (or the codes the vendor lacks) across success.
fn expected_errors(routes: &[(Written, Rule)], rules: &[(Written, Vec<usize>, bool)]) -> usize {
    let uncovered = routes.iter().any(|(_, r)| *r == Rule::Uncovered);
    let mismatched = rules
        .iter()
        .filter(|(rule, covered, undefined)| match rule {
            Some((t, false)) => {
                let success = *t == 0;
                covered.iter().any(|i| (VENDOR_CODES[*i] == 0) != success)
                    || (*undefined && success)
            }
            _ => false,
        })
        .count();
    usize::from(uncovered) + mismatched
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Any rule set over the test catalogs: every code routed by precedence
    /// (code, then category, then default), and exactly the expected errors.
    #[test]
    fn routes_follow_precedence_and_errors_are_exact(
        codes in proptest::collection::vec(proptest::option::of((0..3usize, proptest::bool::ANY)), 4),
        auth in proptest::option::of((0..3usize, proptest::bool::ANY)),
        default in proptest::option::of((0..3usize, proptest::bool::ANY)),
        unknown in proptest::option::of((0..3usize, proptest::bool::ANY)),
    ) {
        let text = mapping_text(&codes, auth, default, unknown);
        let dir = dir_with("mapping-prop", &[("vendor.toml", VENDOR), ("ours.toml", OURS), ("map.toml", &text)]);
        let loaded = load_in(&dir, "map.toml");
        let expected: Vec<(Written, Rule)> = (0..4)
            .map(|i| match (codes[i], auth, default) {
                (Some(rule), _, _) => (Some(rule), Rule::Code),
                (None, Some(rule), _) if i == 1 || i == 2 => (Some(rule), Rule::Category("auth".into())),
                (None, _, Some(rule)) => (Some(rule), Rule::Default),
                _ => (None, Rule::Uncovered),
            })
            .collect();
        let m = loaded.mapping.as_ref().expect("both catalogs load");
        let routes: Vec<(Option<usize>, Rule)> = m.routes.iter().map(|r| (r.target, r.rule.clone())).collect();
        let want: Vec<(Option<usize>, Rule)> = expected.iter().map(|(w, r)| (w.map(|(t, _)| t), r.clone())).collect();
        proptest::prop_assert_eq!(routes, want, "{}", text);
        let by = |rule: &Rule| (0..4).filter(|i| &expected[*i].1 == rule).collect::<Vec<_>>();
        let mut rules: Vec<(Written, Vec<usize>, bool)> = (0..4)
            .filter(|i| codes[*i].is_some())
            .map(|i| (codes[i], vec![i], false))
            .collect();
        rules.push((auth, by(&Rule::Category("auth".into())), false));
        rules.push((default, by(&Rule::Default), unknown.is_none()));
        rules.push((unknown, Vec::new(), true));
        let mut want_errors = expected_errors(&expected, &rules);
        if unknown.is_none() && default.is_none() && !expected.iter().any(|(_, r)| *r == Rule::Uncovered) {
            want_errors += 1; // no target for undefined codes: the coverage error alone
        }
        proptest::prop_assert_eq!(loaded.diagnostics.len(), want_errors, "{}\n{:?}", text, messages(&loaded));
    }
}
