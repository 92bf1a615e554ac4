//! `errcat doc`: a Markdown reference whose table has one well-formed row per
//! code, however much markup the vendor's text holds; for a mapping file, one
//! row per vendor code with its target and rule.

use std::path::Path;
use std::process::{Command, Output};

fn errcat(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_errcat"))
        .args(args)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(".."))
        .output()
        .expect("errcat runs")
}

fn doc(catalog: &str) -> String {
    let out = errcat(&["doc", catalog]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// Table rows of the `## Codes` section.
fn code_rows(md: &str) -> Vec<&str> {
    md.split_once("## Codes\n")
        .expect("codes section")
        .1
        .lines()
        .filter(|l| l.starts_with('|'))
        .collect()
}

/// Cells of a table row, splitting at `|` not escaped by a backslash.
fn cells(row: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut chars = row.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let cell = cells.last_mut().unwrap();
                cell.push(c);
                cell.extend(chars.next());
            }
            '|' => cells.push(String::new()),
            c => cells.last_mut().unwrap().push(c),
        }
    }
    // Drop what is outside the leading and trailing bars.
    cells[1..cells.len() - 1]
        .iter()
        .map(|c| c.trim().to_owned())
        .collect()
}

#[test]
fn ebet_reference_lists_every_code_in_both_languages() {
    let md = doc("catalogs/ebet.toml");
    assert!(md.starts_with("# `EbetStatus`\n"), "{md}");
    assert!(md.contains("Catalog `catalogs/ebet.toml`: 35 integer codes; messages in zh-CN, en."));
    assert!(md.contains("Success: `200`."));
    assert!(md.contains("Code-reference macro: `ebet_status!(CODE)`."));
    let rows = code_rows(&md);
    let header = cells(rows[0]);
    assert_eq!(
        header,
        [
            "code",
            "name",
            "message (zh-CN)",
            "message (en)",
            "HTTP",
            "retryable",
            "category",
            "notes"
        ]
    );
    // Header, separator and one row per code, each as wide as the header.
    assert_eq!(rows.len(), 2 + 35);
    for row in &rows {
        assert_eq!(cells(row).len(), header.len(), "{row}");
    }
    let sig = rows
        .iter()
        .find(|r| r.starts_with("| `4026` "))
        .expect("4026 row");
    assert_eq!(
        cells(sig)[..7],
        [
            "`4026`",
            "`InvalidSignature`",
            "签名不对",
            "Invalid signature",
            "",
            "no",
            ""
        ]
    );
}

#[test]
fn string_catalog_shows_categories_and_keys() {
    let md = doc("catalogs/multimarkets_gateway.toml");
    assert!(md.contains("| gateway | prefix `GGATEWAY_` |"), "{md}");
    let rows = code_rows(&md);
    assert_eq!(rows.len(), 2 + 23);
    assert!(rows
        .iter()
        .any(|r| cells(r)[..2] == ["`GGATEWAY_CODE_001`", "`TokenEmpty`"]));
}

#[test]
fn vendor_markup_is_escaped() {
    let md = doc("errcat/tests/fixtures/doc_markup.toml");
    // The doc paragraph: no list item, no HTML.
    assert!(
        md.contains("\n\\- not a list item \\<script\\>alert(1)\\</script\\>\n"),
        "{md}"
    );
    let rows = code_rows(&md);
    let header = cells(rows[0]);
    assert_eq!(
        header,
        [
            "code",
            "name",
            "key",
            "message (en)",
            "message (fr)",
            "HTTP",
            "retryable",
            "category",
            "notes"
        ]
    );
    assert_eq!(rows.len(), 4, "{md}");
    let pipe = cells(rows[2]);
    assert_eq!(pipe.len(), header.len(), "{}", rows[2]);
    assert_eq!(pipe[0], "`A\\|1`");
    assert_eq!(pipe[2], "`PIPE\\|KEY`");
    assert_eq!(
        pipe[3],
        "a \\| b \\*bold\\* \\_em\\_ \\<b\\>x\\</b\\> \\[link\\](u) \\`tick\\` \\#1 \\~\\~del\\~\\~ \\&amp; \\\\ end second line"
    );
    assert_eq!(pipe[4], "");
    assert_eq!(pipe[5..8], ["400", "yes", ""]);
    assert_eq!(pipe[8], "deprecated: use \\`B2\\`");
    let plain = cells(rows[3]);
    assert_eq!(plain.len(), header.len());
    assert_eq!(plain[4], "Simple \\| texte");
    assert_eq!(plain[8], "also documented as: Also \\| this");
}

#[test]
fn a_catalog_with_mistakes_prints_them_and_fails() {
    let out = errcat(&["doc", "tests/ui/catalogs/three_mistakes.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with(
        "tests/ui/catalogs/three_mistakes.toml:5:12: [catalog]: success code 1 is not defined in this catalog\n"
    ), "{stderr}");
}

#[test]
fn doc_prints_one_row_per_vendor_code_and_one_for_the_rest() {
    let md = doc("catalogs/mappings/ebet_to_payment.toml");
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
    let mm = doc("catalogs/mappings/multimarkets_to_payment.toml");
    assert!(mm.contains("| `G500` | `SystemAbnormality` | System abnormality | `ServiceUnavailable` (`4002`) | category `system` |"));
    let bad = errcat(&["doc", "tests/ui/mappings/map_uncovered.toml"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("32 vendor codes"));
}
