//! Catalog mistakes through the library alone (`load_str`), without a compiler:
//! each case is one mistake and must give exactly one error, with its position.

use error_catalog::load::load_str;

const HEADER: &str = "[catalog]\nname = \"Acme\"\nlang = \"en\"\n";

/// Loads `HEADER` + `body` and returns the errors.
fn errors(body: &str) -> Vec<String> {
    load_str(&format!("{HEADER}{body}"), "acme.toml", false).errors
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
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
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
