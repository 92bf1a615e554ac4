//! `errcat check` against the macro: it passes on every shipped catalog, and on
//! every catalog of the compile-fail suite it prints exactly the messages
//! pinned in `tests/ui/fail/*.stderr` (what `include_catalog!` reports there);
//! the same for mapping files and `include_mapping!`, and a valid mapping's
//! coverage.

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
            // trybuild writes the workspace as `$DIR`; errcat, run from the
            // workspace, shows a missing file's path (and the suggested one)
            // as given, relative to it.
            errors.push(message.replace("$DIR/", "").replace(UI_PREFIX, ""));
        }
    }
    errors
}

/// What `errcat check` printed, one entry per message with its help line.
fn printed_errors(out: &Output) -> Vec<String> {
    stdout(out).lines().fold(Vec::new(), |mut acc, line| {
        match line.strip_prefix("  help: ") {
            Some(_) => {
                let last: &mut String = acc.last_mut().expect("help follows a message");
                last.push('\n');
                last.push_str(line);
            }
            None => acc.push(line.to_owned()),
        }
        acc
    })
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
        // Mapping cases include catalogs too: see bad_mappings_fail_with_the_macros_messages.
        if catalogs.is_empty() || source.contains("include_mapping!") {
            continue;
        }
        let stderr = std::fs::read_to_string(case.with_extension("stderr")).expect(".stderr");
        let expected = pinned_errors(&stderr);
        let mut args = vec!["check"];
        args.extend(catalogs.iter().map(String::as_str));
        let out = errcat(&args);
        let printed = printed_errors(&out);
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
    assert_eq!(
        http["message"],
        "`http = 700` is not an HTTP status (100..=599)"
    );
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

#[test]
fn shipped_mappings_pass_and_print_their_coverage() {
    let out = errcat(&[
        "check",
        "catalogs/mappings/ebet_to_payment.toml",
        "catalogs/mappings/multimarkets_to_payment.toml",
    ]);
    assert!(out.status.success(), "{}", stdout(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "catalogs/mappings/ebet_to_payment.toml: EbetStatus -> PaymentError: 35 codes: 25 by code, 0 by category, 10 by default; codes EbetStatus does not define: VendorUnknown"
    );
    assert_eq!(lines[1], "  to default (VendorFailure):");
    assert_eq!(lines[2], "    500 SystemError");
    assert_eq!(lines[11], "    5010 CurrencyNotAllowedForChannel");
    assert_eq!(
        lines[12],
        "catalogs/mappings/multimarkets_to_payment.toml: MultiMarketsGatewayCode -> PaymentError: 23 codes: 6 by code, 17 by category, 0 by default; codes MultiMarketsGatewayCode does not define: VendorUnknown"
    );
    assert_eq!(lines.len(), 13);
}

#[test]
fn json_reports_the_coverage() {
    let out = errcat(&[
        "check",
        "--format",
        "json",
        "catalogs/mappings/ebet_to_payment.toml",
    ]);
    assert!(out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let m = &report["mappings"][0];
    assert_eq!(m["from"], "EbetStatus");
    assert_eq!(m["to"], "PaymentError");
    assert_eq!(
        (
            &m["codes"],
            &m["by_code"],
            &m["by_category"],
            &m["by_default"]
        ),
        (
            &serde_json::json!(35),
            &serde_json::json!(25),
            &serde_json::json!(0),
            &serde_json::json!(10)
        )
    );
    assert_eq!(m["default_codes"][0], "500");
    assert_eq!(m["unknown"], "VendorUnknown");
}

#[test]
fn bad_mappings_fail_with_the_macros_messages() {
    let mut cases = 0;
    for entry in std::fs::read_dir(workspace().join("tests/ui/fail")).expect("tests/ui/fail") {
        let case = entry.expect("entry").path();
        let source = std::fs::read_to_string(&case).unwrap_or_default();
        let Some(path) = source
            .split_once("include_mapping!(\"")
            .and_then(|(_, rest)| rest.split_once('"'))
            .and_then(|(path, _)| path.strip_prefix(UI_PREFIX))
        else {
            continue;
        };
        // A missing file cannot be told from a missing catalog: errcat says "catalog".
        if !workspace().join(path).is_file() {
            continue;
        }
        let stderr = std::fs::read_to_string(case.with_extension("stderr")).expect(".stderr");
        let out = errcat(&["check", path]);
        // Messages name the catalogs by their path from the case's crate dir too.
        let expected: Vec<String> = pinned_errors(&stderr)
            .iter()
            .map(|e| e.replace(UI_PREFIX, ""))
            .collect();
        assert_eq!(printed_errors(&out), expected, "{}", case.display());
        assert!(!out.status.success(), "{}", case.display());
        cases += 1;
    }
    assert!(cases >= 14, "{cases} cases");
}

/// A vendor update: the catalog gains a code no rule names.
#[test]
fn new_vendor_codes_fall_to_default_and_are_listed() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("mapping-update");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let root = workspace();
    let mut ebet = std::fs::read_to_string(root.join("catalogs/ebet.toml")).expect("ebet");
    ebet.push_str("\n[codes.6001]\nname = \"BrandNew\"\nmessage = \"新的\"\n");
    std::fs::write(dir.join("ebet.toml"), ebet).expect("write");
    let payment = root.join("catalogs/mappings/payment.toml");
    std::fs::copy(payment, dir.join("payment.toml")).expect("copy");
    let mapping = std::fs::read_to_string(root.join("catalogs/mappings/ebet_to_payment.toml"))
        .expect("mapping")
        .replace("\"../ebet.toml\"", "\"ebet.toml\"");
    let file = dir.join("ebet_to_payment.toml");
    std::fs::write(&file, mapping).expect("write");
    let out = errcat(&["check", file.to_str().expect("UTF-8 path")]);
    assert!(out.status.success(), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(
        text.contains("36 codes: 25 by code, 0 by category, 11 by default"),
        "{text}"
    );
    assert!(
        text.ends_with("    5010 CurrencyNotAllowedForChannel\n    6001 BrandNew\n"),
        "{text}"
    );
}
