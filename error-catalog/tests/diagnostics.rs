//! Catalog mistakes through the library alone (`load_str`), without a compiler:
//! each case is one mistake and must give exactly one error, with its position.

use error_catalog::load::{load_str, Loaded};

const HEADER: &str = "[catalog]\nname = \"Acme\"\nlang = \"en\"\n";

/// Every mistake of `loaded`, rendered as the macro reports it.
fn rendered(loaded: &Loaded) -> Vec<String> {
    loaded.diagnostics.iter().map(ToString::to_string).collect()
}

/// Loads `HEADER` + `body` and returns the errors.
fn errors(body: &str) -> Vec<String> {
    rendered(&load_str(&format!("{HEADER}{body}"), "acme.toml", false))
}

fn one_error(body: &str, expected: &[&str]) {
    let errors = errors(body);
    assert_eq!(errors.len(), 1, "{body}\n{errors:#?}");
    for part in expected {
        assert!(errors[0].contains(part), "{part:?} not in {:?}", errors[0]);
    }
}

#[test]
fn misspelt_choices_suggest_the_value() {
    one_error(
        "placeholders = \"jave\"\n",
        &[
            "acme.toml:4:16: [catalog]: unknown placeholders `jave`",
            "did you mean \"java\"?",
        ],
    );
    one_error(
        "code-type = \"text\"\n",
        &[
            "unknown code-type `text`",
            "use one of: \"integer\", \"string\"",
        ],
    );
}

#[test]
fn wrong_types_say_what_to_write() {
    one_error(
        "[codes.1]\nname = \"A\"\nmessage = \"a\"\nretryable = \"yes\"\n",
        &[
            "7:13: [codes.1]: `retryable` must be a boolean, found a string",
            "help: write `retryable` as a boolean",
        ],
    );
    one_error(
        "[codes.1]\nname = \"A\"\nmessage = 5\n",
        &["`message` must be a string or a table of languages"],
    );
}

#[test]
fn duplicates_point_at_the_first_entry() {
    one_error(
        "[codes.7]\nname = \"A\"\nmessage = \"a\"\n[codes.8]\nname = \"A\"\nmessage = \"b\"\n",
        &[
            "8:8: [codes.8]: duplicate variant name `A`",
            "(first at 4:8)",
        ],
    );
}

#[test]
fn a_clean_catalog_has_no_errors_and_keeps_file_order() {
    let loaded = load_str(
        &format!("{HEADER}[codes.9]\nname = \"Nine\"\nmessage = \"n\"\n[codes.-3]\nname = \"MinusThree\"\nmessage = \"m\"\n"),
        "acme.toml",
        false,
    );
    assert!(rendered(&loaded).is_empty(), "{:?}", rendered(&loaded));
    let names: Vec<String> = loaded
        .catalog
        .unwrap()
        .entries
        .into_iter()
        .map(|e| e.name)
        .collect();
    assert_eq!(names, ["Nine", "MinusThree"]);
}

#[test]
fn errors_come_in_file_order() {
    let errors =
        errors("success = [5]\n[codes.1]\nname = \"lower\"\nmessage = \"a\"\nhttp = 1000\n");
    let lines: Vec<&str> = errors
        .iter()
        .map(|e| e.split(':').nth(1).unwrap())
        .collect();
    assert_eq!(lines, ["4", "6", "8"], "{errors:#?}");
}

/// Writes `files` into a fresh directory and loads the first one.
fn load_files(test: &str, files: &[(&str, &str)]) -> error_catalog::load::Loaded {
    let dir = std::env::temp_dir().join(format!("error-catalog-{test}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let loaded = error_catalog::load::load(&dir.join(files[0].0), files[0].0);
    std::fs::remove_dir_all(&dir).unwrap();
    loaded
}

const PARENT: &str =
    "[catalog]\nname = \"Parent\"\nlang = \"zh-CN\"\n[codes.1]\nname = \"One\"\nmessage = \"一\"\n";

#[test]
fn a_subset_keeps_its_parents_language() {
    let loaded = load_files(
        "subset-lang",
        &[
            ("sub.toml", "[catalog]\nname = \"Sub\"\nlang = \"en\"\nsubset-of = \"parent.toml\"\n[codes.1]\n"),
            ("parent.toml", PARENT),
        ],
    );
    assert_eq!(rendered(&loaded).len(), 1, "{:#?}", rendered(&loaded));
    assert!(rendered(&loaded)[0]
        .contains("sub.toml:3:8: [catalog]: a subset's `lang` must be its parent's (`zh-CN`)"));
    // The skeleton still has the parent's text, not an empty message.
    assert_eq!(
        loaded.catalog.unwrap().entries[0].message("zh-CN"),
        Some("一")
    );
}

#[test]
fn a_catalog_that_is_its_own_parent_is_one_error() {
    let loaded = load_files(
        "self-subset",
        &[(
            "self.toml",
            "[catalog]\nname = \"SelfSub\"\nsubset-of = \"self.toml\"\n[codes.1]\n",
        )],
    );
    assert_eq!(rendered(&loaded).len(), 1, "{:#?}", rendered(&loaded));
    assert!(rendered(&loaded)[0].contains("`subset-of` chain loops back to `self.toml`"));
    assert_eq!(loaded.files.len(), 1, "read once: {:?}", loaded.files);
}

#[test]
fn a_misspelt_field_in_a_subset_is_one_error() {
    let loaded = load_files(
        "subset-typo",
        &[
            ("sub.toml", "[catalog]\nname = \"Sub\"\nsubset-of = \"parent.toml\"\n[codes.1]\nmesage = \"一\"\n"),
            ("parent.toml", PARENT),
        ],
    );
    assert_eq!(rendered(&loaded).len(), 1, "{:#?}", rendered(&loaded));
    assert!(rendered(&loaded)[0].contains("unknown field `mesage`"));
}

#[test]
fn the_catch_all_may_not_be_named_like_a_generated_item() {
    one_error(
        "unknown = \"ALL\"\n",
        &["catch-all name `ALL` collides with a generated item"],
    );
}

#[test]
fn a_missing_language_does_not_cascade() {
    let errors = rendered(&load_str(
        "[catalog]\nname = \"Acme\"\n[codes.1]\nname = \"A\"\nmessage = { zh-CN = \"甲\" }\n[codes.2]\nname = \"B\"\nmessage = { zh-CN = \"乙\" }\n",
        "acme.toml",
        false,
    ));
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].contains("missing field `lang`"));
}

#[test]
fn subset_of_must_be_a_path() {
    one_error(
        "subset-of = 5\n",
        &["`subset-of` must be a string (the parent catalog's path), found an integer"],
    );
}

#[test]
fn an_unusable_key_is_named_in_the_missing_name_error() {
    one_error(
        "[codes.1]\nkey = \"签名\"\nmessage = \"a\"\n",
        &["missing field `name`, and the key `签名` gives no usable variant name"],
    );
}

#[test]
fn a_key_that_names_a_keyword_says_so_and_suggests_a_name() {
    one_error(
        "[codes.1]\nkey = \"self\"\nmessage = \"a\"\n",
        &[
            "the key `self` gives no usable variant name: `Self` is a Rust keyword",
            "help: add name = \"SelfCode\"",
        ],
    );
}

#[test]
fn a_key_with_non_ascii_letters_names_no_variant() {
    // Not `RgerCode`: the letters the name could not hold are not dropped.
    one_error(
        "[codes.1]\nkey = \"ärger_code\"\nmessage = \"a\"\n",
        &["the key `ärger_code` gives no usable variant name"],
    );
    let errors = errors("[codes.1]\nname = \"Ärger\"\nmessage = \"a\"\n");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].contains("such as `InvalidSignature`"),
        "{}",
        errors[0]
    );
}

#[test]
fn a_catch_all_collision_suggests_a_free_catch_all_name() {
    // The catch-all is `Other`: suggesting `unknown = "Other"` would change nothing.
    one_error(
        "unknown = \"Other\"\n[codes.1]\nname = \"OTHER\"\nmessage = \"a\"\n",
        &[
            "variant name `OTHER` collides with the catch-all variant `Other`",
            "set unknown = \"Unknown\"",
        ],
    );
    one_error(
        "[codes.1]\nname = \"UNKNOWN\"\nmessage = \"a\"\n",
        &["set unknown = \"Other\""],
    );
}

#[test]
fn a_success_code_past_i64_is_out_of_range_in_any_notation() {
    for (written, shown) in [
        ("0xFFFF_FFFF_FFFF_FFFF", "0xFFFFFFFFFFFFFFFF"),
        ("9223372036854775808", "9223372036854775808"),
    ] {
        one_error(
            &format!("success = [{written}]\n[codes.1]\nname = \"A\"\nmessage = \"a\"\n"),
            &[&format!("code `{shown}` is out of range for i64")],
        );
    }
}

#[test]
fn crlf_line_endings_keep_positions() {
    let text = "[catalog]\r\nname = \"Acme\"\r\nlang = \"en\"\r\n\r\n[codes.1]\r\nname = \"One\"\r\nmesage = \"x\"\r\n";
    let errors = rendered(&load_str(text, "crlf.toml", false));
    // One error: the misspelt field is not also a missing `message`.
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with("crlf.toml:7:1: [codes.1]: unknown field `mesage`"),
        "{errors:#?}"
    );
    let json = "{\r\n\"catalog\": {\"name\": \"Acme\", \"lang\": \"en\"},\r\n\"codes\": {\"1\": {\"name\": \"One\",}}}";
    let errors = rendered(&load_str(json, "crlf.json", true));
    assert!(
        errors[0].starts_with("crlf.json:3:31: JSON syntax error"),
        "{errors:#?}"
    );
}

#[test]
fn a_byte_order_mark_is_not_a_column() {
    let errors = rendered(&load_str(
        "\u{feff}[catalog]\nnaem = \"Acme\"\nlang = \"en\"\n",
        "bom.toml",
        false,
    ));
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("bom.toml:2:1: [catalog]: unknown field `naem`")),
        "{errors:#?}"
    );
    let errors = rendered(&load_str("\u{feff}{\"catalog\": 1}", "bom.json", true));
    assert!(errors[0].starts_with("bom.json:1:13:"), "{errors:#?}");
}

#[test]
fn raw_controls_and_surrogates_in_toml_strings_say_what_to_write() {
    one_error(
        "[codes.1]\nname = \"One\"\nmessage = \"a\u{1}b\"\n",
        &["acme.toml:6:13: TOML syntax error: invalid basic string: raw control character U+0001; write an escape such as `\\u0001`"],
    );
    one_error(
        "[codes.1]\nname = \"One\"\nmessage = \"a\rb\"\n",
        &[
            "acme.toml:6:13:",
            "raw control character U+000D; write an escape such as `\\r`",
        ],
    );
    one_error(
        "[codes.1]\nname = \"One\"\nmessage = \"\"\"a\u{0}\"\"\"\n",
        &[
            "acme.toml:6:15:",
            "invalid multi-line basic string: raw control character U+0000",
        ],
    );
    one_error(
        "[codes.1]\nname = \"One\"\nmessage = \"a\\uD83D\\uDE00\"\n",
        &[
            "acme.toml:6:13:",
            "invalid unicode escape `\\uD83D`: a UTF-16 surrogate is not a character",
        ],
    );
}

#[test]
fn a_utf16_file_is_named_as_such() {
    let dir = std::env::temp_dir().join(format!("error-catalog-utf16-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut bytes = vec![0xff, 0xfe];
    bytes.extend("[catalog]\n".encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(dir.join("u.toml"), bytes).unwrap();
    let loaded = error_catalog::load::load(&dir.join("u.toml"), "u.toml");
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(rendered(&loaded).len(), 1, "{:#?}", rendered(&loaded));
    assert!(
        rendered(&loaded)[0].starts_with("u.toml:1:1: the catalog is UTF-16"),
        "{:#?}",
        rendered(&loaded)
    );
}

#[test]
fn an_empty_path_is_named_as_such() {
    let loaded = error_catalog::load::load(std::path::Path::new("."), "");
    assert_eq!(rendered(&loaded).len(), 1, "{:#?}", rendered(&loaded));
    assert!(
        rendered(&loaded)[0].starts_with("\"\": the catalog path is empty"),
        "{:#?}",
        rendered(&loaded)
    );
}
