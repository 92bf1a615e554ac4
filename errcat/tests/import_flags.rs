//! `errcat import` on small pages: an ambiguous table stops the import and
//! names the flags that settle it; the flags and `--table` settle it; the
//! report names each table's column roles.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Writes `page` into a fresh directory and imports it with `flags`; returns
/// the out dir and the command's output.
fn import(test: &str, page: &str, flags: &[&str]) -> (PathBuf, Output) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("import-flags-{test}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let doc = dir.join("page.md");
    std::fs::write(&doc, page).expect("the page");
    let out = dir.join("out");
    let output = Command::new(env!("CARGO_BIN_EXE_errcat"))
        .arg("import")
        .arg(&doc)
        .arg("--out-dir")
        .arg(&out)
        .args(flags)
        .output()
        .expect("errcat runs");
    (out, output)
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

const TWO_CODE_COLUMNS: &str = "# Migration\n\n| v1 | v2 | Description |\n|---|---|---|\n| 1001 | 40001 | Token missing |\n| 1002 | 40002 | Token expired |\n\n## Other\n\n| Code | Message |\n|---|---|\n| 7 | Seven |\n| 8 | Eight |\n";

#[test]
fn an_ambiguous_table_stops_the_import_and_names_the_flags() {
    let (out, output) = import("ambiguous", TWO_CODE_COLUMNS, &[]);
    let report = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{report}");
    assert!(report.contains("table 1: table at line 3"), "{report}");
    assert!(
        report.contains("--code-column")
            && report.contains("column 1 “v1”")
            && report.contains("column 2 “v2”"),
        "{report}"
    );
    assert!(report.contains("--table"), "{report}");
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn a_flag_settles_it() {
    let (out, output) = import(
        "settled",
        TWO_CODE_COLUMNS,
        &["--code-column", "v2", "--name", "acme"],
    );
    let report = stderr(&output);
    assert!(output.status.success(), "{report}");
    let first =
        std::fs::read_to_string(out.join("acme_migration.toml")).expect("the first catalog");
    assert!(
        first.contains("[codes.40001]") && first.contains("message = \"Token missing\""),
        "{first}"
    );
    assert!(first.contains("doc = \"v1: 1001\""), "{first}");
    assert!(
        report.contains("code = column 2 “v2” (--code-column)"),
        "{report}"
    );
    // The flag names no column of the second table: its roles are read as usual.
    assert!(out.join("acme_other.toml").exists());
}

#[test]
fn tables_are_picked_by_number() {
    let (out, output) = import(
        "picked",
        TWO_CODE_COLUMNS,
        &["--table", "2", "--name", "acme"],
    );
    let report = stderr(&output);
    assert!(output.status.success(), "{report}");
    let files: Vec<_> = std::fs::read_dir(&out)
        .expect("the out dir")
        .map(|e| e.expect("an entry").file_name())
        .collect();
    assert_eq!(files, ["acme.toml"]);
    assert!(report.contains("table 2: 2 rows of codes"), "{report}");
    let (_, output) = import("missing", TWO_CODE_COLUMNS, &["--table", "3"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--table 3: the doc has 2 tables of codes"));
}

#[test]
fn the_report_names_each_role_and_why() {
    let page = "| 状态码 | 错误码 | 描述 | 解决方案 |\n|---|---|---|---|\n| 403 | TRADE_ERROR | 交易错误 | 请检查 |\n| 403 | NOTENOUGH | 余额不足 | 充值 |\n| 500 | SYSTEMERROR | 系统错误 | 重试 |\n";
    let (out, output) = import("roles", page, &["--name", "pay"]);
    let report = stderr(&output);
    assert!(output.status.success(), "{report}");
    assert!(
        report.contains("code = column 2 “错误码” (header; unique codes); HTTP status = column 1 “状态码” (integers 100–599 beside another code column); message = column 3 “描述” (header); doc = column 4 “解决方案”"),
        "{report}"
    );
    let catalog = std::fs::read_to_string(out.join("pay.toml")).expect("the catalog");
    assert!(catalog.contains("[codes.\"TRADE_ERROR\"]\nname = \"TradeError\"\nmessage = \"交易错误\"\nhttp = 403\ndoc = \"解决方案: 请检查\""), "{catalog}");
}
