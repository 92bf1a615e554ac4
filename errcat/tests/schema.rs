//! The editors' JSON Schemas (`catalogs/*.schema.json`): they are what
//! `errcat schema` prints, every catalog and mapping file meant to be valid
//! validates, the compile-fail catalogs whose mistake a schema can state are
//! rejected (at that field), and the ones it cannot state are listed with
//! the reason. Each case is also loaded by the macro's reader, so a list
//! cannot claim a file valid that the macro rejects, or the reverse.

#[path = "schema/support.rs"]
mod support;

use std::path::Path;
use std::process::Command;
use support::{complaints, document, files, is_mapping, root};

/// Compile-fail cases (`tests/ui/catalogs`, `tests/ui/mappings`) that are
/// valid files: their mistake is in the Rust code that uses them.
const VALID: &[&str] = &[
    "catalogs/adv_code_int_extremes.toml",
    "catalogs/adv_code_str_forms.toml",
    "catalogs/adv_empty_catch_all.json",
    "catalogs/adv_empty_int.toml",
    "catalogs/adv_empty_str.toml",
    "catalogs/adv_file_bom.json",
    "catalogs/adv_file_bom.toml",
    "catalogs/adv_file_crlf.json",
    "catalogs/adv_file_crlf.toml",
    "catalogs/adv_name_http_status.toml",
    "catalogs/adv_name_http_status_upper.toml",
    "catalogs/adv_name_keyword_keys.toml",
    "catalogs/adv_name_macro_macro_rules.toml",
    "catalogs/adv_name_matches.toml",
    "catalogs/adv_name_non_ascii_keys.toml",
    "catalogs/adv_name_shadowing.toml",
    "catalogs/adv_text.json",
    "catalogs/adv_text_java.toml",
    "catalogs/adv_text_printf.toml",
    "catalogs/code_ref_int.toml",
    "catalogs/code_ref_str.json",
    "catalogs/derive_bound.toml",
    "catalogs/subset_parent.toml",
    "catalogs/with space/adv file.toml",
];

/// Cases whose mistakes are single fields' types, values or names: the
/// schema rejects each, and says so only at the places listed (a part of
/// every complaint, so a complaint elsewhere fails the test too).
const REJECTED: &[(&str, &[&str])] = &[
    (
        "catalogs/adv_code_dotted_key.toml",
        &["/codes/1: Additional properties are not allowed ('5'"],
    ),
    ("catalogs/adv_code_int_forms.toml", &["/codes: \""]),
    ("catalogs/adv_code_json_forms.json", &["/codes: \""]),
    (
        "catalogs/adv_code_success_forms.toml",
        &["/catalog/success: "],
    ),
    ("catalogs/adv_file_bom_error.json", &["/codes/1/message: "]),
    (
        "catalogs/adv_file_comments.toml",
        &[": \"catalog\" is a required property"],
    ),
    (
        "catalogs/adv_file_crlf_error.toml",
        &["/codes/1: Additional properties are not allowed ('http_status'"],
    ),
    (
        "catalogs/adv_file_empty.toml",
        &[": \"catalog\" is a required property"],
    ),
    (
        "catalogs/adv_file_whitespace.toml",
        &[": \"catalog\" is a required property"],
    ),
    (
        "catalogs/adv_name_catch_all_all.toml",
        &["/catalog/unknown: ", "/codes/1/name: "],
    ),
    (
        "catalogs/adv_name_catch_all_keyword.toml",
        &["/catalog/unknown: "],
    ),
    (
        "catalogs/adv_name_digit.toml",
        &["/catalog/name: ", "/catalog/unknown: "],
    ),
    (
        "catalogs/adv_name_keyword_enum_lower.toml",
        &["/catalog/name: "],
    ),
    (
        "catalogs/adv_name_keyword_enum_self.toml",
        &["/catalog/name: "],
    ),
    ("catalogs/adv_name_keyword_variants.toml", &["/name: "]),
    ("catalogs/adv_name_non_ascii.toml", &["/name: \""]),
    ("catalogs/empty_message.toml", &["/codes/1001/message: "]),
    (
        "catalogs/http_out_of_range.toml",
        &["/codes/4026/http: 600 is greater than the maximum of 599"],
    ),
    ("catalogs/invalid_lang.toml", &["/catalog/lang: "]),
    ("catalogs/invalid_name_digit.toml", &["/codes/4026/name: "]),
    (
        "catalogs/invalid_name_lowercase.toml",
        &["/codes/1005/name: "],
    ),
    (
        "catalogs/invalid_name_underscore.toml",
        &["/codes/4026/name: "],
    ),
    ("catalogs/keyword_name.toml", &["/name: "]),
    (
        "catalogs/missing_name.toml",
        &["/catalog: \"name\" is a required property"],
    ),
    (
        "catalogs/misspelt_message.toml",
        &["/codes/4026: Additional properties are not allowed ('mesage'"],
    ),
    (
        "catalogs/range_in_string_catalog.toml",
        &["/categories/gateway/range: "],
    ),
    (
        "catalogs/skeleton_dropped_entry.toml",
        &["/codes/4027/name: "],
    ),
    (
        "catalogs/success_wrong_type.toml",
        &["/catalog/success/0: "],
    ),
    (
        "catalogs/three_mistakes.toml",
        &["/codes/4026/http: ", "/codes/4027/name: "],
    ),
    (
        "catalogs/unknown_catalog_field.toml",
        &["/catalog: Additional properties are not allowed ('sucess'"],
    ),
    (
        "catalogs/unknown_code_field.toml",
        &["/codes/1001: Additional properties are not allowed ('retriable'"],
    ),
    (
        "mappings/map_unknown_field.toml",
        &["/mapping: Additional properties are not allowed ('defualt'"],
    ),
    (
        "mappings/map_unknown_rule_field.toml",
        &["/mapping/codes/209: Additional properties are not allowed ('allow-succes-mismatch'"],
    ),
];

const NO_DOCUMENT: &str =
    "no document: a syntax or encoding error, which the editor's parser reports";
const CROSS_ENTRY: &str = "names or codes compared across entries";
const DERIVED_NAME: &str = "a name derived from `key`: two fields and a conversion";
const MACRO_NAME: &str = "the macro's name is the snake_case of the enum's: a conversion";
const UNINFERRED: &str = "without `code-type`, a code's form is judged against the other codes";
const CROSS_TABLE: &str = "a reference to another table of the catalog";
const CATALOGS: &str = "checked against the vendor and target catalogs";

/// Cases the schema accepts although the macro rejects them, and why no
/// schema can say so: these rules are `errcat check`'s and the macro's
/// (the schema's description lists them).
const CHECK_ONLY: &[(&str, &str)] = &[
    ("catalogs/adv_file_bom_error.toml", NO_DOCUMENT),
    ("catalogs/adv_file_crlf_error.json", NO_DOCUMENT),
    ("catalogs/adv_file_empty.json", NO_DOCUMENT),
    ("catalogs/adv_file_latin1.json", NO_DOCUMENT),
    ("catalogs/adv_file_utf16.toml", NO_DOCUMENT),
    ("catalogs/adv_file_whitespace.json", NO_DOCUMENT),
    ("catalogs/adv_name_catch_all.toml", CROSS_ENTRY),
    ("catalogs/adv_name_collisions.toml", CROSS_ENTRY),
    ("catalogs/adv_name_keyword_key_derived.toml", DERIVED_NAME),
    ("catalogs/adv_name_macro_crate.toml", MACRO_NAME),
    ("catalogs/adv_name_macro_gen.toml", MACRO_NAME),
    ("catalogs/adv_name_non_ascii_key.toml", DERIVED_NAME),
    ("catalogs/adv_text_raw_control.json", NO_DOCUMENT),
    ("catalogs/adv_text_raw_control.toml", NO_DOCUMENT),
    ("catalogs/adv_text_surrogate.json", NO_DOCUMENT),
    ("catalogs/adv_text_surrogate.toml", NO_DOCUMENT),
    ("catalogs/catch_all_collision.toml", CROSS_ENTRY),
    ("catalogs/code_out_of_range.toml", UNINFERRED),
    ("catalogs/colliding_names.toml", CROSS_ENTRY),
    (
        "catalogs/duplicate_code.json",
        "a repeated JSON key: JSON parsers keep one of the two",
    ),
    ("catalogs/duplicate_code_toml.toml", NO_DOCUMENT),
    ("catalogs/duplicate_name.toml", CROSS_ENTRY),
    ("catalogs/json_syntax_error.json", NO_DOCUMENT),
    ("catalogs/keyword_enum_name.toml", MACRO_NAME),
    (
        "catalogs/malformed_placeholder.toml",
        "a message's placeholders: text read in the style `placeholders` sets",
    ),
    (
        "catalogs/missing_lang.toml",
        "`lang` is required outside subsets only",
    ),
    (
        "catalogs/missing_message_in_lang.toml",
        "a message in `lang`: two fields",
    ),
    ("catalogs/mixed_code_types.toml", UNINFERRED),
    ("catalogs/non_canonical_code.toml", UNINFERRED),
    ("catalogs/non_integer_code.toml", UNINFERRED),
    ("catalogs/not_utf8.toml", NO_DOCUMENT),
    (
        "catalogs/placeholders_differ.toml",
        "placeholders compared across a code's languages",
    ),
    (
        "catalogs/placeholders_mixed.toml",
        "placeholder styles compared across entries",
    ),
    ("catalogs/skeleton.toml", CROSS_TABLE),
    (
        "catalogs/subset_code_missing.toml",
        "checked against the parent catalog",
    ),
    ("catalogs/toml_syntax_error.toml", NO_DOCUMENT),
    ("catalogs/undefined_category.toml", CROSS_TABLE),
    ("catalogs/undefined_success.toml", CROSS_TABLE),
    (
        "mappings/map_code_twice.toml",
        "integer keys compared by value (`04026` is `4026`)",
    ),
    ("mappings/map_default_success.toml", CATALOGS),
    ("mappings/map_failure_to_success.toml", CATALOGS),
    ("mappings/map_missing_catalog.toml", CATALOGS),
    ("mappings/map_no_unknown_target.toml", CATALOGS),
    ("mappings/map_success_to_failure.toml", CATALOGS),
    ("mappings/map_syntax_error.toml", NO_DOCUMENT),
    ("mappings/map_target_code_undefined.toml", CATALOGS),
    ("mappings/map_target_name_undefined.toml", CATALOGS),
    ("mappings/map_uncovered.toml", CATALOGS),
    ("mappings/map_vendor_category_undefined.toml", CATALOGS),
    ("mappings/map_vendor_code_as_name.toml", CATALOGS),
    ("mappings/map_vendor_code_undefined.toml", CATALOGS),
];

/// Directories of catalogs and mappings that are all meant to be valid.
const VALID_DIRS: &[&str] = &[
    "catalogs",
    "tests/catalogs",
    "bench/catalogs",
    "errcat/tests/fixtures",
    "errcat/tests/corpus/expected",
];

fn errcat_schema(kind: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_errcat"))
        .args(["schema", kind])
        .output()
        .expect("errcat runs");
    assert!(out.status.success(), "errcat schema {kind} failed");
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn committed_schemas_are_what_errcat_prints() {
    for kind in ["catalog", "mapping"] {
        let file = root().join(format!("catalogs/schema/{kind}.schema.json"));
        let committed = std::fs::read_to_string(&file).unwrap_or_default();
        assert!(
            committed == errcat_schema(kind),
            "{} is out of date: refresh it with `cargo run -p errcat -- schema --out-dir catalogs/schema`",
            file.display()
        );
    }
}

/// The reader's diagnostics for a catalog or mapping file.
fn diagnostics(path: &Path) -> Vec<String> {
    let shown = path.display().to_string();
    let found = if document(path).is_ok_and(|d| is_mapping(&d)) {
        let loaded = error_catalog::mapping::load(path, &shown);
        loaded
            .diagnostics
            .into_iter()
            .chain(loaded.catalog_diagnostics)
            .collect()
    } else {
        error_catalog::load::load(path, &shown).diagnostics
    };
    found.iter().map(ToString::to_string).collect()
}

#[test]
fn every_valid_catalog_and_mapping_validates() {
    let root = root();
    let mut checked = 0;
    let shipped = VALID_DIRS.iter().flat_map(|dir| files(&root.join(dir)));
    let ui = VALID.iter().map(|file| root.join("tests/ui").join(file));
    for path in shipped.chain(ui) {
        if path.to_string_lossy().ends_with(".schema.json") {
            continue;
        }
        let doc = document(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let found = complaints(&doc);
        assert!(
            found.is_empty(),
            "{} does not validate: {found:#?}",
            path.display()
        );
        let diags = diagnostics(&path);
        assert!(
            diags.is_empty(),
            "{} is not valid: {diags:#?}",
            path.display()
        );
        checked += 1;
    }
    // The ten seed catalogs, the mapping example's three files, and more.
    assert!(checked > 80, "only {checked} files checked");
}

#[test]
fn single_field_mistakes_are_rejected_where_they_are() {
    for (file, expected) in REJECTED {
        let path = root().join("tests/ui").join(file);
        assert!(
            !diagnostics(&path).is_empty(),
            "the macro accepts {file}: not a fail case"
        );
        let doc = document(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
        let found = complaints(&doc);
        for want in *expected {
            assert!(
                found.iter().any(|c| c.contains(want)),
                "{file}: the schema does not say `{want}`; it says {found:#?}"
            );
        }
        for complaint in &found {
            assert!(
                expected.iter().any(|want| complaint.contains(want)),
                "{file}: unexpected complaint `{complaint}`"
            );
        }
    }
}

#[test]
fn mistakes_no_schema_can_state_are_accepted_and_listed() {
    for (file, reason) in CHECK_ONLY {
        let path = root().join("tests/ui").join(file);
        assert!(
            !diagnostics(&path).is_empty(),
            "the macro accepts {file}: not a fail case"
        );
        match document(&path) {
            Err(_) => assert_eq!(*reason, NO_DOCUMENT, "{file} is no document"),
            Ok(doc) => {
                assert_ne!(*reason, NO_DOCUMENT, "{file} reads as a document");
                let found = complaints(&doc);
                // A schema that learns the rule moves the case to REJECTED.
                assert!(found.is_empty(), "{file} is rejected now: {found:#?}");
            }
        }
    }
}

#[test]
fn every_compile_fail_catalog_is_classified() {
    let ui = root().join("tests/ui");
    let listed: Vec<&str> = VALID
        .iter()
        .copied()
        .chain(REJECTED.iter().map(|(f, _)| *f))
        .chain(CHECK_ONLY.iter().map(|(f, _)| *f))
        .collect();
    let mut on_disk = Vec::new();
    for dir in ["catalogs", "mappings"] {
        for path in files(&ui.join(dir)) {
            let rel = path.strip_prefix(&ui).expect("under tests/ui");
            on_disk.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
    for file in &on_disk {
        let times = listed.iter().filter(|l| **l == file.as_str()).count();
        assert_eq!(
            times, 1,
            "tests/ui/{file} must be in exactly one of VALID, REJECTED, CHECK_ONLY (tests/schema.rs)"
        );
    }
    for file in &listed {
        assert!(
            on_disk.iter().any(|f| f == file),
            "{file} is listed but gone"
        );
    }
}

/// `[text](target)` as `text`: the guide's links, read as the schema's
/// plain hover text.
fn unlink(markdown: &str) -> String {
    let mut out = String::new();
    let mut rest = markdown;
    while let Some(open) = rest.find("](") {
        let Some(close) = rest[open..].find(')') else {
            break;
        };
        let start = link_start(&rest[..open]);
        out.push_str(&rest[..start]);
        out.push_str(&rest[start + 1..open]);
        rest = &rest[open + close + 1..];
    }
    out + rest
}

/// Where the text of a link that ends `before` starts: its `[`, past any
/// brackets nested in it (`` [`[catalog.envelope]`](#catalogenvelope) ``).
fn link_start(before: &str) -> usize {
    let mut depth = 0;
    for (i, c) in before.char_indices().rev() {
        match c {
            ']' => depth += 1,
            '[' if depth == 0 => return i,
            '[' => depth -= 1,
            _ => {}
        }
    }
    panic!("a link without its text: {before}")
}

/// The guide's rows of the section on `title`: (field, meaning).
fn guide_rows(guide: &str, title: &str) -> Vec<(String, String)> {
    let heading = format!("# `{title}`");
    let section = guide
        .split("\n# ")
        .find(|s| format!("# {}", s.lines().next().unwrap_or_default()) == heading)
        .unwrap_or_else(|| panic!("the guide has no section {heading}"));
    section
        .lines()
        .filter(|line| line.starts_with("| `"))
        .map(|line| {
            // Cells split at `|` that Markdown does not escape (`\|`).
            let cells: Vec<&str> = line.split(" | ").collect();
            let field = cells[0].trim_start_matches("| ").trim_matches('`');
            let meaning = cells[cells.len() - 1].trim_end_matches(" |");
            (field.to_owned(), unlink(meaning))
        })
        .collect()
}

#[test]
fn descriptions_are_the_guides() {
    use error_catalog::schema::{CATALOG, CATEGORY, CODE, ENVELOPE};
    let guide = std::fs::read_to_string(root().join("error-runtime/src/_guide/catalog.md"))
        .expect("the catalog guide");
    for table in [CATALOG, ENVELOPE, CATEGORY, CODE] {
        let rows = guide_rows(&guide, table.title);
        let fields: Vec<(String, String)> = table
            .fields
            .iter()
            .map(|f| (f.name.to_owned(), f.description.to_owned()))
            .collect();
        assert_eq!(
            rows, fields,
            "the guide's {} table and error_catalog::schema differ",
            table.title
        );
    }
}

#[test]
fn mapping_descriptions_are_include_mappings_docs() {
    use error_catalog::schema::{MAPPING, RULE};
    let source = std::fs::read_to_string(root().join("error-runtime/src/lib.rs")).expect("lib.rs");
    let docs: String = source
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix("///"))
        .map(|line| format!("{}\n", line.strip_prefix(' ').unwrap_or(line)))
        .collect();
    let fields: Vec<(String, String)> = MAPPING
        .fields
        .iter()
        .chain(RULE.fields)
        .map(|f| (f.name.to_owned(), f.description.to_owned()))
        .collect();
    assert_eq!(guide_rows(&docs, MAPPING.title), fields);
}

#[test]
fn links_read_as_their_text() {
    assert_eq!(
        unlink("see [`decode`](crate::decode) and [A](#a)."),
        "see `decode` and A."
    );
    assert_eq!(unlink("`[A-Z][a-z]*` stays"), "`[A-Z][a-z]*` stays");
    assert_eq!(unlink("the [`[a.b]`](#ab) table"), "the `[a.b]` table");
}
