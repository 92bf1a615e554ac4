//! `errcat import --update` flags and bad input, on a small page and a
//! curated catalog written here: `--dry-run` prints and writes nothing,
//! `--prune` removes, `--as-of` dates, `--strict` counts additions as
//! breaking; a JSON catalog is edited in its own layout; an invalid,
//! read-only, doubly given or foreign catalog is an error that writes nothing.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The vendor's new page: 1002 is new, 1003 is gone, 1001 reworded.
const PAGE: &str = "\
# Acme API

## Error codes

| code | message |
| --- | --- |
| 0 | Success |
| 1001 | Internal error |
| 1002 | Bad signature |
";

const CATALOG: &str = r#"# Acme error codes, curated by hand.

[catalog]
name = "AcmeCode"
lang = "en"
source = "Acme API, Error codes"
success = [0]

[codes.0]
name = "Ok"
message = "Success"

# The vendor retries internally before answering this.
[codes.1001]
name = "SystemError"
message = { en = "System error", zh-CN = "系统错误" }
retryable = true

[codes.1003]
name = "TokenExpired"
message = "Token expired"
http = 401
"#;

fn scratch(name: &str) -> PathBuf {
    static CALLS: AtomicUsize = AtomicUsize::new(0);
    let n = CALLS.fetch_add(1, Ordering::Relaxed);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("update/{name}-{n}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("acme.md"), PAGE).unwrap();
    std::fs::write(dir.join("acme.toml"), CATALOG).unwrap();
    dir
}

fn errcat(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_errcat"))
        .args(["import", "acme.md", "--as-of", "2026-02-03"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("errcat runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn read(dir: &Path, file: &str) -> String {
    std::fs::read_to_string(dir.join(file)).unwrap()
}

/// The files of `dir`, to show that nothing was added (no temporary file left).
fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|f| f.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn update_deprecates_rewords_and_adds_with_the_date_of_as_of() {
    let dir = scratch("plain");
    let out = errcat(&dir, &["--update", "acme.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let updated = read(&dir, "acme.toml");
    assert!(updated.contains(
        "[codes.1003]\nname = \"TokenExpired\"\nmessage = \"Token expired\"\nhttp = 401\ndeprecated = \"not in the vendor's page since 2026-02-03\"\n"
    ), "{updated}");
    assert!(updated.contains(
        "# The vendor retries internally before answering this.\n# review: the vendor's text changed on 2026-02-03 (was \"System error\"): check the translations (zh-CN).\n[codes.1001]\nname = \"SystemError\"\nmessage = { en = \"Internal error\", zh-CN = \"系统错误\" }\nother-messages = [\"System error\"]\nretryable = true\n"
    ), "{updated}");
    assert!(updated.contains("# review: new on 2026-02-03: translate (zh-CN).\n[codes.1002]\nname = \"BadSignature\"\nmessage = \"Bad signature\"\n\n[codes.1003]"), "{updated}");
    let report = text(&out.stdout);
    for line in [
        "message      1001 SystemError [en]: \"System error\" -> \"Internal error\"",
        "added        1002 BadSignature",
        "deprecated   1003 TokenExpired: (none) -> \"not in the vendor's page since 2026-02-03\"",
        "REVIEW   1001 SystemError: the vendor's text changed",
    ] {
        assert!(report.contains(line), "{line}\n{report}");
    }
    // Again, a day later: nothing changes (the deprecation keeps its date).
    let again = Command::new(env!("CARGO_BIN_EXE_errcat"))
        .args([
            "import",
            "acme.md",
            "--as-of",
            "2026-02-04",
            "--update",
            "acme.toml",
        ])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(0), "{}", text(&again.stderr));
    assert_eq!(read(&dir, "acme.toml"), updated);
    assert_eq!(files(&dir), ["acme.md", "acme.toml"]);
}

#[test]
fn dry_run_prints_the_report_and_a_unified_diff_and_writes_nothing() {
    let dir = scratch("dry");
    let out = errcat(&dir, &["--update", "acme.toml", "--dry-run"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(read(&dir, "acme.toml"), CATALOG);
    assert_eq!(files(&dir), ["acme.md", "acme.toml"]);
    let report = text(&out.stdout);
    assert!(
        report.contains("added        1002 BadSignature"),
        "{report}"
    );
    assert!(report.contains(
        "--- acme.toml\n+++ acme.toml\n@@ -11,12 +11,20 @@\n message = \"Success\"\n \n # The vendor retries internally before answering this.\n+# review: "
    ), "{report}");
    assert!(report.contains("-message = { en = \"System error\", zh-CN = \"系统错误\" }\n+message = { en = \"Internal error\", zh-CN = \"系统错误\" }\n+other-messages = [\"System error\"]\n"), "{report}");
    assert!(
        text(&out.stderr).contains("would write 1 file(s)"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn prune_removes_the_vanished_code_which_breaks_users() {
    let dir = scratch("prune");
    let out = errcat(&dir, &["--update", "acme.toml", "--prune"]);
    assert_eq!(out.status.code(), Some(1), "a removed code is breaking");
    let updated = read(&dir, "acme.toml");
    assert!(
        !updated.contains("1003") && !updated.contains("TokenExpired"),
        "{updated}"
    );
    assert!(
        updated.ends_with("[codes.1002]\nname = \"BadSignature\"\nmessage = \"Bad signature\"\n"),
        "{updated}"
    );
    assert!(
        text(&out.stdout).contains("BREAKING removed      1003 TokenExpired"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn strict_counts_the_added_code_as_breaking() {
    let dir = scratch("strict");
    let out = errcat(&dir, &["--update", "acme.toml", "--strict"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stdout).contains("BREAKING added        1002 BadSignature"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn as_of_must_be_a_date() {
    let dir = scratch("as-of");
    let out = Command::new(env!("CARGO_BIN_EXE_errcat"))
        .args([
            "import",
            "acme.md",
            "--update",
            "acme.toml",
            "--as-of",
            "2026-02-30",
        ])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("is not a date written YYYY-MM-DD"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(read(&dir, "acme.toml"), CATALOG);
}

/// Runs an update that must fail with exit 2 and `message`, leaving every
/// file of `dir` as it was and no temporary file.
fn fails(dir: &Path, args: &[&str], message: &str) {
    let before: Vec<(String, Vec<u8>)> = files(dir)
        .into_iter()
        .map(|f| (f.clone(), std::fs::read(dir.join(&f)).unwrap()))
        .collect();
    let out = errcat(dir, args);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(message), "{message}\n{stderr}");
    assert!(stderr.contains("error: nothing written"), "{stderr}");
    let after: Vec<(String, Vec<u8>)> = files(dir)
        .into_iter()
        .map(|f| (f.clone(), std::fs::read(dir.join(&f)).unwrap()))
        .collect();
    assert!(before == after, "files changed");
}

#[test]
fn bad_input_is_a_clear_error_and_writes_nothing() {
    let dir = scratch("bad");
    // A second catalog that would be updated, to show that it is not.
    std::fs::write(
        dir.join("copy.toml"),
        CATALOG.replace("AcmeCode", "AcmeCopy"),
    )
    .unwrap();
    std::fs::write(dir.join("broken.toml"), "[catalog\nname = \"X\"\n").unwrap();
    fails(
        &dir,
        &["--update", "copy.toml", "broken.toml"],
        "broken.toml: not a valid catalog",
    );
    fails(
        &dir,
        &["--update", "copy.toml", "./copy.toml"],
        "./copy.toml: given twice to --update",
    );
    let foreign = "[catalog]\nname = \"Other\"\nlang = \"en\"\n\n[codes.7777]\nname = \"Odd\"\nmessage = \"Odd\"\n";
    std::fs::write(dir.join("foreign.toml"), foreign).unwrap();
    fails(
        &dir,
        &["--update", "foreign.toml"],
        "foreign.toml: no table of the page matches it",
    );
    let readonly = dir.join("acme.toml");
    let mut permissions = std::fs::metadata(&readonly).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&readonly, permissions).unwrap();
    fails(
        &dir,
        &["--update", "copy.toml", "acme.toml"],
        "acme.toml: the file is read-only",
    );
}

#[test]
fn a_table_that_matches_no_catalog_becomes_a_new_catalog_beside_them() {
    let dir = scratch("new-table");
    let page = format!("{PAGE}\n## Webhook codes\n\n| code | message |\n| --- | --- |\n| 9001 | Webhook timed out |\n| 9002 | Webhook refused |\n");
    std::fs::write(dir.join("acme.md"), page).unwrap();
    let out = errcat(&dir, &["--update", "acme.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let new: Vec<String> = files(&dir)
        .into_iter()
        .filter(|f| !f.starts_with("acme."))
        .collect();
    assert_eq!(new.len(), 1, "{new:?}");
    let written = read(&dir, &new[0]);
    assert!(
        written.contains("[codes.9001]") && !written.contains("[codes.1001]"),
        "{written}"
    );
    assert!(
        text(&out.stderr).contains("matches no catalog: new catalog"),
        "{}",
        text(&out.stderr)
    );
    assert!(
        text(&out.stdout).contains(&format!("{}: new catalog", new[0])),
        "{}",
        text(&out.stdout)
    );
    let again = errcat(&dir, &["--update", "acme.toml"]);
    assert_eq!(again.status.code(), Some(0), "{}", text(&again.stderr));
    assert_eq!(read(&dir, &new[0]), written);
}

/// The catalog of [`CATALOG`] as JSON, curated: 1003 already marked gone.
const JSON: &str = r#"{
  "catalog": {
    "name": "AcmeCode",
    "lang": "en",
    "success": [0]
  },
  "codes": {
    "0": {
      "name": "Ok",
      "message": "Success"
    },
    "1001": {
      "name": "SystemError",
      "message": {"en": "System error", "zh-CN": "系统错误"},
      "other-messages": ["Internal error", "Server error"],
      "retryable": true
    },
    "1003": {
      "name": "TokenExpired",
      "deprecated": "not in the vendor's page since 2025-01-01",
      "message": "Token expired",
      "http": 401
    }
  }
}
"#;

#[test]
fn a_json_catalog_keeps_its_key_order_and_indentation() {
    let dir = scratch("json");
    std::fs::write(dir.join("acme.json"), JSON).unwrap();
    let out = errcat(&dir, &["--update", "acme.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let expected = JSON
        .replace(
            r#"{"en": "System error", "zh-CN": "系统错误"},
      "other-messages": ["Internal error", "Server error"],"#,
            r#"{"en": "Internal error", "zh-CN": "系统错误"},
      "other-messages": ["Server error", "System error"],"#,
        )
        .replace(
            "    },\n    \"1003\"",
            "    },\n    \"1002\": {\n      \"name\": \"BadSignature\",\n      \"message\": \"Bad signature\"\n    },\n    \"1003\"",
        );
    assert_eq!(read(&dir, "acme.json"), expected);
    // The page lists 1003 again: the note --update wrote goes; nothing else moves.
    std::fs::write(
        dir.join("acme.md"),
        format!("{PAGE}| 1003 | Token expired |\n"),
    )
    .unwrap();
    let out = errcat(&dir, &["--update", "acme.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let revived = expected.replace(
        "      \"deprecated\": \"not in the vendor's page since 2025-01-01\",\n",
        "",
    );
    assert_eq!(read(&dir, "acme.json"), revived);
    let again = errcat(&dir, &["--update", "acme.json"]);
    assert_eq!(again.status.code(), Some(0), "{}", text(&again.stderr));
    assert_eq!(read(&dir, "acme.json"), revived);
}

#[cfg(unix)]
#[test]
fn the_updated_file_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch("mode");
    let path = dir.join("acme.toml");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    let out = errcat(&dir, &["--update", "acme.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_ne!(read(&dir, "acme.toml"), CATALOG);
    let mode = std::fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o640);
}
