//! `errcat import` on the five vendor docs of `catalogs/sources`: every written
//! catalog passes the macro's validation, and its codes and vendor texts
//! (`message` in the catalog's language, `other-messages`) equal the shipped,
//! curated `catalogs/*.toml`, table by table. Names, translations, `doc`,
//! `retryable` and the other judgement calls are curation and not compared.
//! The report must name every damaged line of the MultiMarkets doc. Small
//! pages check the rest: an ambiguous table stops the import and names the
//! flags that settle it, the flags and `--table` settle it, the report names
//! each table's column roles.

use error_catalog::model::{Catalog, Code, CodeType, Matcher, PlaceholderStyle};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

struct Seed {
    doc: &'static str,
    /// `--name` given to the import.
    name: &'static str,
    /// (file the import writes, shipped catalog), in table order.
    files: &'static [(&'static str, &'static str)],
}

const SEEDS: [Seed; 5] = [
    Seed {
        doc: "000_7314c03415f2a836.txt",
        name: "ebet",
        files: &[
            ("ebet1", "ebet.toml"),
            ("ebet2", "ebet_reply.toml"),
            ("ebet3", "ebet_client.toml"),
        ],
    },
    Seed {
        doc: "001_f217534c5e632eb8.txt",
        name: "upay",
        files: &[
            ("upay_http_response_status_code", "upay_http.toml"),
            ("upay_biz_code", "upay_biz.toml"),
        ],
    },
    Seed {
        doc: "002_0ea0d8f5c777daa8.txt",
        name: "multi_markets",
        files: &[
            ("multi_markets1", "multimarkets_gateway.toml"),
            ("multi_markets2", "multimarkets_customer.toml"),
        ],
    },
    Seed {
        doc: "003_101a3efcd2e8a001.txt",
        name: "pay_wallet",
        files: &[
            ("pay_wallet_http_error_code", "pay_wallet_http.toml"),
            ("pay_wallet2", "pay_wallet.toml"),
        ],
    },
    Seed {
        doc: "004_d529670533fa4cce.txt",
        name: "card_issuing",
        files: &[("card_issuing", "card_issuing.toml")],
    },
];

/// Differences to the shipped catalogs that `catalogs/README.md` documents as
/// curation: (the difference as this test prints it, the reason).
const EXPECTED_DIFFERENCES: &[(&str, &str)] = &[
    (
        r#"multimarkets_gateway.toml: only shipped: category prefix G500 Some("System abnormality of the gateway")"#,
        PREFIX_CATEGORIES,
    ),
    (
        r#"multimarkets_gateway.toml: only shipped: category prefix GGATEWAY_ Some("Gateway errors (GGATEWAY_CODE_…)")"#,
        PREFIX_CATEGORIES,
    ),
    (
        r#"multimarkets_customer.toml: only shipped: category prefix US500 Some("System abnormality of the customer service")"#,
        PREFIX_CATEGORIES,
    ),
    (
        r#"multimarkets_customer.toml: only shipped: category prefix USCUSTOMER_API_ Some("Customer API errors (USCUSTOMER_API_…)")"#,
        PREFIX_CATEGORIES,
    ),
];

/// catalogs/README.md, seeds/002: "Categories by key prefix" — the doc
/// declares no groups; the prefixes and their descriptions are the curator's.
const PREFIX_CATEGORIES: &str = "categories by key prefix are curation: the doc declares none";

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn seed_path(doc: &str) -> PathBuf {
    workspace().join("catalogs/sources").join(doc)
}

/// Runs `errcat import` on `seed` into a fresh directory; returns it and the report.
fn import(seed: &Seed) -> (PathBuf, String) {
    // Tests run in parallel and several import the same seed: one directory per call.
    static CALLS: AtomicUsize = AtomicUsize::new(0);
    let nth = CALLS.fetch_add(1, Ordering::Relaxed);
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("import-{}-{nth}", seed.name));
    let _ = std::fs::remove_dir_all(&out);
    let output = Command::new(env!("CARGO_BIN_EXE_errcat"))
        .arg("import")
        .arg(seed_path(seed.doc))
        .arg("--out-dir")
        .arg(&out)
        .args(["--name", seed.name])
        .output()
        .expect("errcat runs");
    let report = String::from_utf8(output.stderr).expect("UTF-8 report");
    assert!(
        output.status.success(),
        "{}: import failed:\n{report}",
        seed.doc
    );
    (out, report)
}

/// Loads a catalog as the macro does, failing on any validation error.
fn load(path: &Path) -> Catalog {
    let shown = path.display().to_string();
    let loaded = error_catalog::load::load(path, &shown);
    assert!(
        loaded.diagnostics.is_empty(),
        "{shown}:\n{}",
        loaded.rendered()
    );
    loaded.catalog.expect("a catalog")
}

/// What must match, one line per fact: the language, code type, whether it is
/// a subset, the categories' ranges and descriptions, and per code its
/// vendor texts and HTTP status (a subset's come from its parent).
fn facts(catalog: &Catalog, parent: Option<&Catalog>) -> Vec<String> {
    let code_type = match catalog.code_type {
        CodeType::Int => "integer",
        CodeType::Str => "string",
    };
    let mut facts = vec![
        format!("lang {}", catalog.lang),
        format!("code-type {code_type}"),
        format!("subset {}", catalog.parent.is_some()),
        format!("success {:?}", catalog.success),
    ];
    for category in &catalog.categories {
        let matcher = match &category.matcher {
            Matcher::Range(lo, hi) => format!("[{lo}, {hi}]"),
            Matcher::Prefix(prefix) => format!("prefix {prefix}"),
        };
        facts.push(format!("category {matcher} {:?}", category.doc));
    }
    for entry in &catalog.entries {
        let source = parent
            .and_then(|p| p.entries.iter().find(|e| e.code == entry.code))
            .unwrap_or(entry);
        let code = match &entry.code {
            Code::Int(code) => code.to_string(),
            Code::Str(code) => format!("{code:?}"),
        };
        facts.push(format!(
            "{code}: {:?}, other-messages {:?}, http {:?}",
            source.message(&catalog.lang).unwrap_or_default(),
            source.other_messages,
            source.http
        ));
    }
    facts
}

#[test]
fn seeds_import_to_the_shipped_codes_and_texts() {
    let mut differences = Vec::new();
    for seed in &SEEDS {
        let (out, _) = import(seed);
        let mut written: Vec<String> = std::fs::read_dir(&out)
            .expect("the out dir")
            .map(|e| {
                e.expect("an entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        written.sort();
        let mut expected: Vec<String> = seed
            .files
            .iter()
            .map(|(f, _)| format!("{f}.toml"))
            .collect();
        expected.sort();
        assert_eq!(written, expected, "{}: files written", seed.doc);
        let ours: Vec<Catalog> = seed
            .files
            .iter()
            .map(|(file, _)| load(&out.join(format!("{file}.toml"))))
            .collect();
        let theirs: Vec<Catalog> = seed
            .files
            .iter()
            .map(|(_, shipped)| load(&workspace().join("catalogs").join(shipped)))
            .collect();
        for (i, (file, shipped)) in seed.files.iter().enumerate() {
            // In every seed, a subset's parent is the seed's first catalog.
            let facts_of =
                |all: &[Catalog]| facts(&all[i], all[i].parent.as_ref().map(|_| &all[0]));
            let (ours_facts, theirs_facts) = (facts_of(&ours), facts_of(&theirs));
            for fact in theirs_facts.iter().filter(|f| !ours_facts.contains(f)) {
                differences.push(format!("{shipped}: only shipped: {fact}"));
            }
            for fact in ours_facts.iter().filter(|f| !theirs_facts.contains(f)) {
                differences.push(format!("{shipped}: only in {file}.toml: {fact}"));
            }
            let codes = |c: &Catalog| c.entries.iter().map(|e| e.code.clone()).collect::<Vec<_>>();
            if codes(&ours[i]) != codes(&theirs[i]) {
                differences.push(format!("{shipped}: codes in another order"));
            }
        }
    }
    let expected: Vec<&str> = EXPECTED_DIFFERENCES.iter().map(|(d, _)| *d).collect();
    assert_eq!(differences, expected, "\n{}", differences.join("\n"));
}

/// The report's lines for `seed`: (doc line, note).
fn report_lines(seed: &Seed, report: &str) -> Vec<(usize, String)> {
    let prefix = format!("{}:", seed_path(seed.doc).display());
    report
        .lines()
        .filter_map(|l| l.strip_prefix(&prefix))
        .map(|rest| {
            let (line, note) = rest.split_once(": ").expect("`doc:line: note`");
            (line.parse().expect("a line number"), note.to_owned())
        })
        .collect()
}

/// Every damaged line of the MultiMarkets doc (read by hand), with what the
/// report must say about it.
const MULTIMARKETS_DAMAGED: &[(usize, &str)] = &[
    (170, "`GGATEWAY_ CODE_012` broken by the page's layout: read as `GGATEWAY_CODE_012`"),
    (182, "two entries joined by the page's `...`"),
    (182, "`AY_CODE_902` cut by the page: read as `GGATEWAY_CODE_902`"),
    (192, "`USCUSTOMER_ API_0000008` broken by the page's layout: read as `USCUSTOMER_API_0000008`"),
    (200, "`USCUSTOMER_API_00001 07` broken by the page's layout: read as `USCUSTOMER_API_0000107`"),
    (213, "`USCUSTOMER_API_0000111 R_API_0000116` broken by the page's layout: read as `USCUSTOMER_API_0000116`"),
    (220, "may hold page noise (`Same`)"),
    (228, "may hold page noise (`The`)"),
    (248, "`USCUSTOMER_API_0000 USTOMER_API_0000304` broken by the page's layout: read as `USCUSTOMER_API_0000304`"),
    (256, "may hold page noise (`The`)"),
    (265, "`USCUSTOMER_API _0000506` broken by the page's layout: read as `USCUSTOMER_API_0000506`"),
    (274, "`USCUSTOMER_API_00005 15` broken by the page's layout: read as `USCUSTOMER_API_0000515`"),
    (283, "`USCUS TOMER_API_0000603` broken by the page's layout: read as `USCUSTOMER_API_0000603`"),
    (291, "`USCUSTOMER _API_0000611` broken by the page's layout: read as `USCUSTOMER_API_0000611`"),
    (299, "`USCUSTOMER_API_ 0000619` broken by the page's layout: read as `USCUSTOMER_API_0000619`"),
    (322, "may hold page noise (`Limited`)"),
    (327, "not a `KEY=text` line (`PreviousLimitNextAPI Address`)"),
];

/// Lines of the MultiMarkets doc that repeat a code (kept or merged, reported).
const MULTIMARKETS_REPEATS: &[usize] = &[
    180, 181, 182, 213, 214, 215, 216, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253,
];

#[test]
fn report_names_every_damaged_line_of_the_multimarkets_doc() {
    let seed = &SEEDS[2];
    let (_, report) = import(seed);
    let notes = report_lines(seed, &report);
    for (line, needle) in MULTIMARKETS_DAMAGED {
        assert!(
            notes
                .iter()
                .any(|(l, note)| l == line && note.contains(needle)),
            "line {line}: no note containing {needle:?} in\n{report}"
        );
    }
    for line in MULTIMARKETS_REPEATS {
        assert!(
            notes
                .iter()
                .any(|(l, note)| l == line && note.contains("repeated")),
            "line {line}: the repeated code is not reported in\n{report}"
        );
    }
    // And nothing else: every note is about one of those lines, or names a
    // table, what was read from it and its language.
    let mut expected: Vec<usize> = MULTIMARKETS_DAMAGED.iter().map(|(l, _)| *l).collect();
    expected.extend(MULTIMARKETS_REPEATS);
    let stray: Vec<&(usize, String)> = notes
        .iter()
        .filter(|(l, note)| {
            !expected.contains(l) && !note.starts_with("table ") && !note.starts_with("lang = ")
        })
        .collect();
    assert!(stray.is_empty(), "notes on undamaged lines: {stray:#?}");
}

#[test]
fn reports_of_the_other_seeds() {
    let expected: [(usize, &[(usize, &str)]); 4] = [
        (0, &[(13, "repeats a row of `ebet1.toml`")]),
        (
            1,
            &[
                (6, "lines 6–7: each code is run into its text"),
                (12, "lines 12–170: each code is run into its text"),
                (
                    117,
                    "read as code 10107 and the text “3DS confirmation failed”",
                ),
            ],
        ),
        (
            3,
            &[
                (13, "one row lists 4 codes (500, 502, 503, 504)"),
                (23, "code 0 is in no table: taken from the response example"),
                (
                    32,
                    "a response example repeats code `-1` (table row at line 85) with another text",
                ),
                (85, "the catch-all is named `Other`"),
            ],
        ),
        (
            4,
            &[
                (8, "`1xxx` is a range of codes"),
                (11, "`4xxx` is a range of codes"),
                (13, "lie in the ranges of the table at line 5"),
                (63, "lie in the ranges of the table at line 5"),
            ],
        ),
    ];
    for (index, wanted) in expected {
        let seed = &SEEDS[index];
        let (_, report) = import(seed);
        let notes = report_lines(seed, &report);
        for (line, needle) in wanted {
            assert!(
                notes
                    .iter()
                    .any(|(l, note)| l == line && note.contains(needle)),
                "{}: line {line}: no note containing {needle:?} in\n{report}",
                seed.doc
            );
        }
    }
}

#[test]
fn without_out_dir_the_catalogs_go_to_stdout() {
    let output = Command::new(env!("CARGO_BIN_EXE_errcat"))
        .args(["import", "--name", "upay"])
        .arg(seed_path(SEEDS[1].doc))
        .output()
        .expect("errcat runs");
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    let parts: Vec<&str> = stdout.split("# ---- ").skip(1).collect();
    assert_eq!(parts.len(), 2, "{stdout}");
    assert!(parts[0].starts_with("upay_http_response_status_code.toml ----"));
    // `101073DS confirmation failed`, split by the rising order of the codes.
    assert!(
        parts[1].contains(
            "[codes.10107]\nname = \"Code10107\"\nmessage = \"3DS confirmation failed\"\n"
        ),
        "{}",
        parts[1]
    );
    for part in parts {
        let text = part.split_once('\n').expect("a header line").1;
        let loaded = error_catalog::load::load_str(text, "stdout.toml", false);
        assert!(loaded.diagnostics.is_empty(), "{}", loaded.rendered());
    }
}

#[test]
fn unreadable_docs_and_bad_names_fail() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("import-prose");
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let prose = dir.join("prose.md");
    std::fs::write(&prose, "# Errors\n\nThe API returns no codes here.\n").expect("written");
    for doc in [prose, dir.join("missing.md")] {
        let output = Command::new(env!("CARGO_BIN_EXE_errcat"))
            .arg("import")
            .arg(&doc)
            .output()
            .expect("errcat runs");
        assert_eq!(output.status.code(), Some(2), "{}", doc.display());
        assert!(String::from_utf8_lossy(&output.stderr).contains("error: "));
    }
    let bad_name = Command::new(env!("CARGO_BIN_EXE_errcat"))
        .arg("import")
        .arg(seed_path(SEEDS[4].doc))
        .args(["--name", "42"])
        .output()
        .expect("errcat runs");
    assert_eq!(bad_name.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad_name.stderr).contains("--name"));
}

#[test]
fn an_unwritable_out_dir_is_named() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("import-unwritable");
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let file = dir.join("a-file");
    std::fs::write(&file, "").expect("written");
    let out_dir = file.join("out");
    let output = Command::new(env!("CARGO_BIN_EXE_errcat"))
        .arg("import")
        .arg(seed_path(SEEDS[4].doc))
        .arg("--out-dir")
        .arg(&out_dir)
        .output()
        .expect("errcat runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!("error: {}: cannot write: ", out_dir.display())),
        "{stderr}"
    );
}

#[test]
fn a_subset_takes_its_parents_language_and_code_type() {
    // The reply table's own rows are English integers, but it is a subset
    // of a Chinese table whose codes are strings (`04026`).
    let (_, out) = import_text(
        "vendor",
        "## All\n\n| code | text |\n|---|---|\n| 0 | 成功 |\n| 401 | Unauthorized |\n| 04026 | 签名不对 |\n\n## Reply\n\n| code | text |\n|---|---|\n| 401 | Unauthorized |\n",
    );
    let parent = load(&out.join("vendor_all.toml"));
    let subset = load(&out.join("vendor_reply.toml"));
    assert_eq!(subset.parent.as_deref(), Some("VendorAll"));
    assert_eq!(
        (subset.lang.as_str(), subset.code_type),
        ("zh-CN", parent.code_type)
    );
    assert_eq!(parent.code_type, CodeType::Str);
}

/// Imports `text` as `name`.md with `flags` into a fresh directory; the
/// command's output and the out dir.
fn import_page(name: &str, text: &str, flags: &[&str]) -> (Output, PathBuf) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("import-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let doc = dir.join(format!("{name}.md"));
    std::fs::write(&doc, text).expect("written");
    let out = dir.join("out");
    let output = Command::new(env!("CARGO_BIN_EXE_errcat"))
        .arg("import")
        .arg(&doc)
        .arg("--out-dir")
        .arg(&out)
        .args(flags)
        .output()
        .expect("errcat runs");
    (output, out)
}

/// Imports `text` as `name`.md; the report and the out dir, after asserting
/// the import succeeded (every catalog valid).
fn import_text(name: &str, text: &str) -> (String, PathBuf) {
    let (output, out) = import_page(name, text, &[]);
    let report = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{report}");
    (report, out)
}

#[test]
fn texts_that_are_not_java_templates_keep_placeholders_off() {
    let (report, out) = import_text(
        "braces",
        "| code | text |\n|---|---|\n| 1 | Parameter {0} is missing |\n| 2 | Body must be {\"a\": 1} |\n",
    );
    let catalog = load(&out.join("braces.toml"));
    assert_eq!(catalog.placeholders, PlaceholderStyle::None);
    assert_eq!(
        catalog.entries[1].message("en"),
        Some("Body must be {\"a\": 1}")
    );
    assert!(report.contains("braces.md:4: "), "{report}");
}

#[test]
fn ranges_with_the_same_description_get_distinct_categories() {
    let (_, out) = import_text(
        "ranges",
        "| code | text |\n|---|---|\n| 1xxx | Errors |\n| 2xxx | Errors |\n| 1001 | System |\n| 2001 | Network |\n",
    );
    let catalog = load(&out.join("ranges.toml"));
    let names: Vec<&str> = catalog.categories.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["errors", "errors_2xxx"]);
}

#[test]
fn enum_names_whose_macro_would_be_a_keyword() {
    // `type.md` would give `Type` and the macro `type!`.
    let (_, out) = import_text("type", "| code | text |\n|---|---|\n| 1 | System error |\n");
    assert_eq!(load(&out.join("type_code.toml")).name, "TypeCode");
    let bad_name = Command::new(env!("CARGO_BIN_EXE_errcat"))
        .arg("import")
        .arg(seed_path(SEEDS[4].doc))
        .args(["--name", "mod"])
        .output()
        .expect("errcat runs");
    assert_eq!(bad_name.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad_name.stderr).contains("--name"));
}

#[test]
fn ranges_of_a_string_catalog_are_reported_not_written() {
    // `G500` makes the codes strings; a string catalog cannot have ranges.
    let (report, out) = import_text(
        "mixed",
        "| code | text |\n|---|---|\n| 1xxx | Errors |\n| 1001 | System |\n| G500 | Gateway |\n",
    );
    let catalog = load(&out.join("mixed.toml"));
    assert_eq!(catalog.code_type, CodeType::Str);
    assert!(catalog.categories.is_empty());
    assert!(
        report.contains("mixed.md:3: range `1xxx` (Errors) dropped: the codes are strings, and a string catalog has no ranges"),
        "{report}"
    );
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

const TWO_CODE_COLUMNS: &str = "# Migration\n\n| v1 | v2 | Description |\n|---|---|---|\n| 1001 | 40001 | Token missing |\n| 1002 | 40002 | Token expired |\n\n## Other\n\n| Code | Message |\n|---|---|\n| 7 | Seven |\n| 8 | Eight |\n";

#[test]
fn an_ambiguous_table_stops_the_import_and_names_the_flags() {
    let (output, out) = import_page("ambiguous", TWO_CODE_COLUMNS, &[]);
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
    let (output, out) = import_page(
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
    let (output, out) = import_page(
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
    let (output, _) = import_page("missing", TWO_CODE_COLUMNS, &["--table", "3"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--table 3: the doc has 2 tables of codes"));
}

#[test]
fn the_report_names_each_role_and_why() {
    let page = "| 状态码 | 错误码 | 描述 | 解决方案 |\n|---|---|---|---|\n| 403 | TRADE_ERROR | 交易错误 | 请检查 |\n| 403 | NOTENOUGH | 余额不足 | 充值 |\n| 500 | SYSTEMERROR | 系统错误 | 重试 |\n";
    let (output, out) = import_page("roles", page, &["--name", "pay"]);
    let report = stderr(&output);
    assert!(output.status.success(), "{report}");
    assert!(
        report.contains("code = column 2 “错误码” (header; unique codes); HTTP status = column 1 “状态码” (integers 100–599 beside another code column); message = column 3 “描述” (header); doc = column 4 “解决方案”"),
        "{report}"
    );
    let catalog = std::fs::read_to_string(out.join("pay.toml")).expect("the catalog");
    assert!(catalog.contains("[codes.\"TRADE_ERROR\"]\nname = \"TradeError\"\nmessage = \"交易错误\"\nhttp = 403\ndoc = \"解决方案: 请检查\""), "{catalog}");
}
