//! `errcat check` and `errcat doc` on mapping files: the shipped mappings
//! pass and print their coverage, every bad mapping of the compile-fail suite
//! prints exactly the messages `include_mapping!` reports there, and a code
//! new in the vendor catalog shows up under `default`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// How the compile-fail cases name files: relative to trybuild's crate dir.
const UI_PREFIX: &str = "../../../../";

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

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

/// The pinned errors of a `.stderr`, paths as seen from the workspace root.
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
        errors.push(message.replace(UI_PREFIX, ""));
    }
    errors
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
        assert_eq!(printed, pinned_errors(&stderr), "{}", case.display());
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

#[test]
fn doc_prints_one_row_per_vendor_code_and_one_for_the_rest() {
    let out = errcat(&["doc", "catalogs/mappings/ebet_to_payment.toml"]);
    assert!(out.status.success());
    let md = stdout(&out);
    assert!(
        md.starts_with("# `EbetStatus` → `PaymentError`\n\neBET → PaymentError.\n"),
        "{md}"
    );
    let rows: Vec<&str> = md.lines().filter(|l| l.starts_with("| ")).collect();
    assert_eq!(rows.len(), 2 + 35 + 1, "header, one row per code, the rest");
    assert_eq!(
        rows[0],
        "| vendor code | vendor name | vendor message (zh-CN) | target | rule |"
    );
    assert!(
        rows.contains(&"| `4026` | `InvalidSignature` | 签名不对 | `AuthFailed` (`1001`) | code |")
    );
    assert!(
        rows.contains(&"| `500` | `SystemError` | 系统错误 | `VendorFailure` (`5000`) | default |")
    );
    assert_eq!(
        rows[37],
        "| any other | `Unknown(…)` | | `VendorUnknown` (`5001`) | unknown |"
    );
    let mm = stdout(&errcat(&[
        "doc",
        "catalogs/mappings/multimarkets_to_payment.toml",
    ]));
    assert!(mm.contains("| `G500` | `SystemAbnormality` | System abnormality | `ServiceUnavailable` (`4002`) | category `system` |"));
    let bad = errcat(&["doc", "tests/ui/mappings/map_uncovered.toml"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("32 vendor codes"));
}
