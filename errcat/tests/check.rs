//! `errcat check` against the macro: it passes on every shipped catalog, and on
//! every catalog of the compile-fail suite it prints exactly the messages
//! pinned in `tests/ui/fail/*.stderr` (what `include_catalog!` reports there).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// How the compile-fail cases name catalogs: relative to trybuild's crate dir.
const UI_PREFIX: &str = "../../../../";

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Runs `errcat` in the workspace root, so catalog paths read as in the repo.
fn errcat(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_errcat"))
        .args(args)
        .current_dir(workspace())
        .output()
        .expect("errcat runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

#[test]
fn every_shipped_catalog_passes() {
    let mut catalogs: Vec<String> = std::fs::read_dir(workspace().join("catalogs"))
        .expect("catalogs/")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("toml" | "json")
            )
        })
        .map(|p| format!("catalogs/{}", p.file_name().unwrap().to_string_lossy()))
        .collect();
    catalogs.sort();
    assert!(catalogs.len() >= 10, "found {catalogs:?}");
    let mut args = vec!["check"];
    args.extend(catalogs.iter().map(String::as_str));
    let out = errcat(&args);
    assert!(out.status.success(), "{}", stdout(&out));
    assert_eq!(stdout(&out), "");
}

/// The catalog errors of a pinned `.stderr`, as the library renders them:
/// rustc prefixes `error: ` and indents continuation lines by its width.
fn pinned_errors(stderr: &str) -> Vec<String> {
    let mut errors = Vec::new();
    let mut lines = stderr.lines().peekable();
    while let Some(line) = lines.next() {
        let Some(first) = line.strip_prefix("error: ") else {
            continue;
        };
        let mut message = first.to_owned();
        while let Some(more) = lines.peek().and_then(|l| l.strip_prefix("       ")) {
            message.push('\n');
            message.push_str(more);
            lines.next();
        }
        if let Some(message) = message.strip_prefix(UI_PREFIX) {
            errors.push(message.to_owned());
        }
    }
    errors
}

/// The catalogs a compile-fail case includes, in order, as repo paths.
fn included_catalogs(source: &str) -> Vec<String> {
    source
        .lines()
        .filter_map(|l| l.split_once("include_catalog!(\"")?.1.split_once('"'))
        .filter_map(|(path, _)| path.strip_prefix(UI_PREFIX).map(str::to_owned))
        .collect()
}

#[test]
fn bad_catalogs_fail_with_the_macros_messages() {
    let mut cases = 0;
    let mut messages = 0;
    let mut dir: Vec<PathBuf> = std::fs::read_dir(workspace().join("tests/ui/fail"))
        .expect("tests/ui/fail")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    dir.sort();
    for case in dir {
        let source = std::fs::read_to_string(&case).expect("case source");
        let catalogs = included_catalogs(&source);
        // Mapping cases include catalogs too: errcat/tests/mapping.rs checks them.
        if catalogs.is_empty() || source.contains("include_mapping!") {
            continue;
        }
        let stderr = std::fs::read_to_string(case.with_extension("stderr")).expect(".stderr");
        let expected = pinned_errors(&stderr);
        let mut args = vec!["check"];
        args.extend(catalogs.iter().map(String::as_str));
        let out = errcat(&args);
        let printed: Vec<String> = stdout(&out).lines().fold(Vec::new(), |mut acc, line| {
            match line.strip_prefix("  help: ") {
                Some(_) => {
                    let last: &mut String = acc.last_mut().expect("help follows a message");
                    last.push('\n');
                    last.push_str(line);
                }
                None => acc.push(line.to_owned()),
            }
            acc
        });
        assert_eq!(printed, expected, "{}", case.display());
        assert_eq!(
            out.status.success(),
            expected.is_empty(),
            "{}: exit status",
            case.display()
        );
        cases += 1;
        messages += expected.len();
    }
    // Every "Bad input" rule has a case; most produce one message.
    assert!(
        cases >= 30 && messages >= 30,
        "{cases} cases, {messages} messages"
    );
}

#[test]
fn json_lists_each_diagnostic_with_its_position() {
    let out = errcat(&[
        "check",
        "--format",
        "json",
        "tests/ui/catalogs/three_mistakes.toml",
        "catalogs/ebet.toml",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["errors"], 3);
    assert_eq!(
        report["checked"],
        serde_json::json!([
            "tests/ui/catalogs/three_mistakes.toml",
            "catalogs/ebet.toml"
        ])
    );
    let http = &report["diagnostics"][1];
    assert_eq!(http["file"], "tests/ui/catalogs/three_mistakes.toml");
    assert_eq!(http["line"], 14);
    assert_eq!(http["col"], 8);
    assert_eq!(http["entry"], "[codes.4026]");
    assert_eq!(http["message"], "`http` is not an HTTP status (100..=599)");
    assert_eq!(
        http["help"],
        "give the status the vendor sends with this code, e.g. 401"
    );
    assert_eq!(http["first"], serde_json::Value::Null);

    let dup = errcat(&[
        "check",
        "--format",
        "json",
        "tests/ui/catalogs/duplicate_code.json",
    ]);
    let report: serde_json::Value = serde_json::from_slice(&dup.stdout).expect("JSON");
    let d = &report["diagnostics"][0];
    assert_eq!(d["first"], serde_json::json!({"line": 5, "col": 5}));
    assert!(d["rendered"]
        .as_str()
        .unwrap()
        .ends_with("(first at 5:5)\n  help: each code appears once; merge the two entries (keep the vendor's other text in `other-messages`)"));

    let missing = errcat(&["check", "--format", "json", "no/such.toml"]);
    let report: serde_json::Value = serde_json::from_slice(&missing.stdout).expect("JSON");
    assert_eq!(report["diagnostics"][0]["line"], serde_json::Value::Null);
    assert_eq!(missing.status.code(), Some(1));
}

#[test]
fn valid_catalogs_give_an_empty_json_report() {
    let out = errcat(&["check", "--format", "json", "catalogs/ebet_reply.toml"]);
    assert!(out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["errors"], 0);
    assert_eq!(report["diagnostics"], serde_json::json!([]));
}
