//! The field table (`error_catalog::schema`) against the readers: the
//! fields they know are the table's, table by table, and the `$schema` key
//! that editors read is accepted and ignored in catalogs and mappings, TOML
//! and JSON alike.

use error_catalog::load::{load_str, Loaded};
use error_catalog::schema::{Table, CATALOG, CATEGORY, CODE, ENVELOPE, MAPPING, RULE};
use std::path::Path;

/// A catalog with one unknown field in each table, and which table it is in.
const CATALOG_WITH_UNKNOWN_FIELDS: &str = "\
[catalog]\nname = \"Acme\"\nlang = \"en\"\nzzzzzzzzzz = 1\n\
[catalog.envelope]\nzzzzzzzzzz = 1\n\
[categories.auth]\nrange = [1, 9]\nzzzzzzzzzz = 1\n\
[codes.1]\nname = \"One\"\nmessage = \"one\"\nzzzzzzzzzz = 1\n";

/// The help of each `unknown field` error, in file order.
/// Every mistake of `loaded`, rendered as the macro reports it.
fn rendered(loaded: &Loaded) -> Vec<String> {
    loaded.diagnostics.iter().map(ToString::to_string).collect()
}

fn known_field_helps(errors: &[String]) -> Vec<String> {
    errors
        .iter()
        .filter(|e| e.contains("unknown field `zzzzzzzzzz`"))
        .map(|e| {
            e.split("known fields: ")
                .nth(1)
                .unwrap_or_default()
                .trim()
                .to_owned()
        })
        .collect()
}

fn names(table: &Table) -> String {
    let names: Vec<&str> = table.fields.iter().map(|f| f.name).collect();
    names.join(", ")
}

#[test]
fn the_catalog_reader_knows_the_tables_fields() {
    let errors = rendered(&load_str(CATALOG_WITH_UNKNOWN_FIELDS, "acme.toml", false));
    let expected: Vec<String> = [CATALOG, ENVELOPE, CATEGORY, CODE]
        .iter()
        .map(names)
        .collect();
    assert_eq!(known_field_helps(&errors), expected, "{errors:#?}");
}

/// The examples of `table`'s fields as TOML lines, but `skip`'s.
fn examples(table: &Table, skip: &[&str]) -> String {
    let lines = table.fields.iter().filter(|f| !skip.contains(&f.name));
    lines.map(|f| format!("{}\n", f.example)).collect()
}

#[test]
fn the_examples_are_fields_the_reader_takes() {
    // Left out: tables (written as headers here), `prefix` (a category has
    // `range` or `prefix`), and examples that name other entries or files
    // (`success = [200]`, `code-type = "string"`, `subset-of`).
    let text = format!(
        "[catalog]\n{}[catalog.envelope]\n{}[categories.auth]\n{}[codes.4026]\n{}",
        examples(&CATALOG, &["success", "code-type", "subset-of", "envelope"]),
        examples(&ENVELOPE, &[]),
        examples(&CATEGORY, &["prefix"]),
        examples(&CODE, &[]),
    );
    let loaded = load_str(&text, "examples.toml", false);
    assert_eq!(rendered(&loaded), Vec::<String>::new(), "{text}");
    let entry = &loaded.catalog.expect("a catalog").entries[0];
    assert_eq!((entry.http, entry.retryable), (Some(401), true));
}

#[test]
fn schema_keys_are_accepted_and_ignored() {
    let toml = "\"$schema\" = \"./schema/catalog.schema.json\"\n[catalog]\nname = \"Acme\"\nlang = \"en\"\n";
    let json =
        r#"{"$schema": "./schema/catalog.schema.json", "catalog": {"name": "Acme", "lang": "en"}}"#;
    for (text, is_json) in [(toml, false), (json, true)] {
        let loaded = load_str(text, "acme", is_json);
        assert_eq!(rendered(&loaded), Vec::<String>::new());
        assert_eq!(loaded.catalog.expect("a catalog").name, "Acme");
    }
}

#[test]
fn a_schema_key_that_is_not_a_string_is_one_error() {
    let errors = rendered(&load_str(
        "\"$schema\" = 5\n[catalog]\nname = \"Acme\"\nlang = \"en\"\n",
        "acme.toml",
        false,
    ));
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].contains("`$schema` must be a string, found an integer"),
        "{}",
        errors[0]
    );
}

const VENDOR: &str =
    "[catalog]\nname = \"Vendor\"\nlang = \"en\"\n[codes.1]\nname = \"One\"\nmessage = \"one\"\n";
const OURS: &str =
    "[catalog]\nname = \"Ours\"\nlang = \"en\"\n[codes.7]\nname = \"Seven\"\nmessage = \"seven\"\n";

/// Loads the mapping `text` (named `file`) beside the two catalogs; its
/// diagnostics.
fn mapping_errors(test: &str, file: &str, text: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    for (name, body) in [("vendor.toml", VENDOR), ("ours.toml", OURS), (file, text)] {
        std::fs::write(dir.join(name), body).expect("write");
    }
    let loaded = error_catalog::mapping::load(&dir.join(file), file);
    loaded.diagnostics.iter().map(ToString::to_string).collect()
}

#[test]
fn mappings_accept_schema_keys_and_know_the_tables_fields() {
    let toml = "\"$schema\" = \"./mapping.schema.json\"\n[mapping]\nfrom = \"vendor.toml\"\nto = \"ours.toml\"\ndefault = \"Seven\"\n";
    assert_eq!(
        mapping_errors("schema-key-toml", "map.toml", toml),
        Vec::<String>::new()
    );
    let json = r#"{"$schema": "./mapping.schema.json", "mapping": {"from": "vendor.toml", "to": "ours.toml", "default": "Seven"}}"#;
    assert_eq!(
        mapping_errors("schema-key-json", "map.json", json),
        Vec::<String>::new()
    );

    let unknown = "[mapping]\nfrom = \"vendor.toml\"\nto = \"ours.toml\"\ndefault = \"Seven\"\nzzzzzzzzzz = 1\n[mapping.codes]\n1 = { to = \"Seven\", zzzzzzzzzz = 1 }\n";
    let errors = mapping_errors("known-fields", "map.toml", unknown);
    assert_eq!(
        known_field_helps(&errors),
        [names(&MAPPING), names(&RULE)],
        "{errors:#?}"
    );
}
