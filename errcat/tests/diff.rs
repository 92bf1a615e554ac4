//! `errcat diff` on fixture pairs holding each kind of change
//! (errcat/tests/fixtures/diff_*.toml): what is reported, what is breaking,
//! and the exit status that gates CI.

use serde_json::{json, Value};
use std::path::Path;
use std::process::{Command, Output};

fn errcat(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_errcat"))
        .args(args)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"))
        .output()
        .expect("errcat runs")
}

fn json_diff(old: &str, new: &str, extra: &[&str]) -> (Option<i32>, Value) {
    let mut args = vec!["diff", "--format", "json", old, new];
    args.extend(extra);
    let out = errcat(&args);
    let report = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}", String::from_utf8_lossy(&out.stderr));
    });
    (out.status.code(), report)
}

/// A change as JSON, for exact comparison.
fn change(
    kind: &str,
    breaking: bool,
    code: Value,
    name: Value,
    lang: Value,
    old: Value,
    new: Value,
) -> Value {
    json!({"kind": kind, "breaking": breaking, "code": code, "name": name, "lang": lang, "old": old, "new": new})
}

#[test]
fn every_kind_of_change_is_reported_and_classified() {
    let (status, report) = json_diff("diff_old.toml", "diff_new.toml", &[]);
    assert_eq!(status, Some(1), "breaking changes fail");
    let n = Value::Null;
    // Catalog-wide first, then by code; numbers and booleans as JSON ones.
    let expected = vec![
        change(
            "categories",
            false,
            n.clone(),
            n.clone(),
            n.clone(),
            n.clone(),
            json!("server: range 5000..=5999"),
        ),
        change(
            "message",
            false,
            json!(1001),
            json!("SystemError"),
            json!("en"),
            json!("System error"),
            json!("System failure"),
        ),
        change(
            "http",
            false,
            json!(1001),
            json!("SystemError"),
            n.clone(),
            json!(500),
            json!(503),
        ),
        change(
            "retryable",
            false,
            json!(1001),
            json!("SystemError"),
            n.clone(),
            json!(true),
            json!(false),
        ),
        change(
            "key",
            false,
            json!(1001),
            json!("SystemError"),
            n.clone(),
            json!("SYS_ERR"),
            json!("SYSTEM_ERROR"),
        ),
        change(
            "message",
            false,
            json!(1002),
            json!("Timeout"),
            json!("fr"),
            n.clone(),
            json!("Délai dépassé"),
        ),
        change(
            "message",
            false,
            json!(1002),
            json!("Timeout"),
            json!("zh-CN"),
            json!("超时"),
            n.clone(),
        ),
        change(
            "category",
            false,
            json!(1002),
            json!("Timeout"),
            n.clone(),
            json!("auth"),
            json!("client"),
        ),
        change(
            "deprecated",
            false,
            json!(4026),
            json!("InvalidSignature"),
            n.clone(),
            n.clone(),
            json!("use 4032"),
        ),
        change(
            "renamed",
            true,
            json!(4027),
            json!("SessionExpired"),
            n.clone(),
            json!("TokenExpired"),
            json!("SessionExpired"),
        ),
        change(
            "removed",
            true,
            json!(4028),
            json!("Gone"),
            n.clone(),
            n.clone(),
            n.clone(),
        ),
        change(
            "moved",
            true,
            json!(4029),
            json!("Relocated"),
            n.clone(),
            json!(4029),
            json!(4031),
        ),
        change(
            "success",
            true,
            json!(4030),
            n.clone(),
            n.clone(),
            json!("failure"),
            json!("success"),
        ),
        change(
            "added",
            false,
            json!(4032),
            json!("BadSignature"),
            n.clone(),
            n.clone(),
            n.clone(),
        ),
    ];
    assert_eq!(report["changes"], Value::Array(expected));
    assert_eq!(report["breaking"], 4);
    assert_eq!(report["old"], "diff_old.toml");
}

#[test]
fn human_output_marks_breaking_lines() {
    let out = errcat(&["diff", "diff_old.toml", "diff_new.toml"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 14, "{text}");
    assert!(
        lines.contains(
            &"BREAKING renamed      4027 SessionExpired: \"TokenExpired\" -> \"SessionExpired\""
        ),
        "{text}"
    );
    assert!(lines.contains(&"BREAKING removed      4028 Gone"), "{text}");
    assert!(
        lines.contains(&"         retryable    1001 SystemError: true -> false"),
        "{text}"
    );
    assert!(
        lines.contains(&"         http         1001 SystemError: 500 -> 503"),
        "{text}"
    );
    assert!(
        lines.contains(&"BREAKING moved        4029 Relocated: 4029 -> 4031"),
        "{text}"
    );
    // In code order: the codes of the lines that name one ascend.
    let codes: Vec<i64> = lines
        .iter()
        .filter_map(|l| l.get(22..)?.split(' ').next()?.parse().ok())
        .collect();
    assert!(codes.len() >= 12 && codes.is_sorted(), "{codes:?}");
    assert!(
        lines.contains(&"         added        4032 BadSignature"),
        "{text}"
    );
    assert!(
        lines.contains(&"         message      1002 Timeout [zh-CN]: \"超时\" -> (none)"),
        "{text}"
    );
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("BREAKING")).count(),
        4
    );
    let summary = String::from_utf8(out.stderr).unwrap();
    assert_eq!(summary, "errcat diff: 14 change(s), 4 breaking\n");
}

#[test]
fn compatible_changes_pass_unless_strict() {
    let (status, report) = json_diff("diff_old.toml", "diff_compatible.toml", &[]);
    assert_eq!(status, Some(0));
    assert_eq!(report["breaking"], 0);
    let kinds: Vec<&str> = report["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["message", "added"]);
    // --strict: an added code breaks exhaustive matches.
    let (status, report) = json_diff("diff_old.toml", "diff_compatible.toml", &["--strict"]);
    assert_eq!(status, Some(1));
    assert_eq!(report["changes"][1]["breaking"], true);
}

#[test]
fn same_catalog_has_no_changes() {
    let out = errcat(&["diff", "diff_old.toml", "diff_old.toml"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
}

#[test]
fn enum_name_code_type_and_catch_all_changes_break() {
    let (status, report) = json_diff("diff_old.toml", "diff_string.toml", &[]);
    assert_eq!(status, Some(1));
    let changes = report["changes"].as_array().unwrap();
    let n = Value::Null;
    assert_eq!(
        changes[0],
        change(
            "enum-name",
            true,
            n.clone(),
            n.clone(),
            n.clone(),
            json!("AcmeStatus"),
            json!("AcmeCode")
        )
    );
    assert_eq!(
        changes[1],
        change(
            "code-type",
            true,
            n.clone(),
            n.clone(),
            n.clone(),
            json!("integer"),
            json!("string")
        )
    );
    assert_eq!(
        changes[2],
        change(
            "catch-all",
            true,
            n.clone(),
            n.clone(),
            n.clone(),
            json!("Unknown"),
            json!("Other")
        )
    );
    // Integer codes are JSON numbers, string codes JSON strings.
    assert!(changes
        .iter()
        .any(|c| c["kind"] == "moved" && c["old"] == 0 && c["new"] == "0"));
}

#[test]
fn subset_parent_change_breaks() {
    // ebet_reply.toml is a subset of ebet.toml: diffing it against its
    // parent drops the subset relation (and renames the enum).
    let catalogs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../catalogs");
    let out = Command::new(env!("CARGO_BIN_EXE_errcat"))
        .args(["diff", "--format", "json", "ebet_reply.toml", "ebet.toml"])
        .current_dir(catalogs)
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let parent = report["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "parent")
        .expect("parent change");
    assert_eq!(parent["old"], "EbetStatus");
    assert_eq!(parent["new"], Value::Null);
    assert_eq!(parent["breaking"], true);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn a_broken_catalog_exits_2_with_the_macros_message() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/ui/catalogs/three_mistakes.toml");
    let ui = ui.to_str().unwrap();
    let out = errcat(&["diff", "diff_old.toml", ui]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains(":5:12: [catalog]: success code 1 is not defined in this catalog\n  help: add the code under [codes], or did you mean 0, 4026?"), "{stderr}");
}

#[test]
fn envelope_field_changes_are_reported() {
    // `decode` reads the code and `data` from these fields: renaming them
    // turns every reply into a missing-code error; the message fields only
    // change `server_message()`.
    let (status, report) = json_diff("diff_old.toml", "diff_envelope.toml", &[]);
    assert_eq!(status, Some(1));
    let n = Value::Null;
    assert_eq!(
        report["changes"],
        json!([
            change(
                "envelope",
                true,
                n.clone(),
                n.clone(),
                n.clone(),
                json!("code: code"),
                json!("code: status")
            ),
            change(
                "envelope",
                false,
                n.clone(),
                n.clone(),
                n.clone(),
                json!("message: message, msg"),
                json!("message: msg")
            ),
        ])
    );
    let (status, report) = json_diff("diff_envelope.toml", "diff_envelope.toml", &[]);
    assert_eq!((status, report["changes"].clone()), (Some(0), json!([])));
}

#[test]
fn a_new_success_code_breaks() {
    // Before, the server's 201 was `Unknown(201)`, a failure (`decode` gave
    // an error); now it is a success (`decode` gives `Ok(data)`).
    let (status, report) = json_diff("diff_old.toml", "diff_new_success.toml", &[]);
    assert_eq!(status, Some(1));
    let n = Value::Null;
    assert_eq!(
        report["changes"],
        json!([
            change(
                "success",
                true,
                json!(201),
                n.clone(),
                n.clone(),
                json!("failure"),
                json!("success")
            ),
            change(
                "added",
                false,
                json!(201),
                json!("Created"),
                n.clone(),
                n.clone(),
                n.clone()
            ),
        ])
    );
}
