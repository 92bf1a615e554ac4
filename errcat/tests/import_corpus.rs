//! `errcat import` on the corpus of vendor-page shapes in `tests/corpus/`
//! (see its README): every page is imported into a fresh directory, the
//! written catalogs are loaded with the macro's validation and compared, row
//! by row, with the page's `NAME.expect.json`; then the written files are
//! compared byte for byte with the pinned `tests/corpus/expected/NAME/`
//! (`BLESS=1` rewrites those). One test runs every page so that the figures
//! (rows expected, imported right, wrong, missing, invented) print together;
//! it fails with the full list of differences.

use error_catalog::__unstable::toml_doc::quote;
use error_catalog::model::{Catalog, Code, CodeType, Entry};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A page's expectations (`NAME.expect.json`; the README documents the format).
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Expect {
    /// The real page shape the fixture follows, printed with its problems.
    shape: String,
    /// Present when the page's roles are ambiguous: the import must fail.
    #[serde(default)]
    ambiguous: Option<Ambiguous>,
    /// Every error table of the page, in page order.
    #[serde(default)]
    tables: Vec<Table>,
}

/// An ambiguous page: the bare import fails naming `flags`; with `settle`
/// added it imports to the page's `tables`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Ambiguous {
    flags: Vec<String>,
    settle: Vec<String>,
}

/// One error table: its code type (`integer` or `string`) and its rows.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Table {
    code_type: String,
    /// The catalog's `lang`, checked when given.
    #[serde(default)]
    lang: Option<String>,
    rows: Vec<Row>,
}

/// One row: `key`, `http` and `deprecated` absent mean the catalog has none
/// (a key equal to the code or the message is accepted then);
/// `doc` is text the entry's `doc` must contain (a remedy, an extra column).
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Row {
    code: serde_json::Value,
    message: String,
    #[serde(default)]
    other_messages: Vec<String>,
    /// Messages in other languages, by language tag.
    #[serde(default)]
    translations: BTreeMap<String, String>,
    #[serde(default)]
    key: Option<String>,
    #[serde(default)]
    http: Option<u16>,
    #[serde(default)]
    deprecated: bool,
    #[serde(default)]
    doc: Option<String>,
}

/// Row counts of one page.
#[derive(Default)]
struct Figures {
    expected: usize,
    right: usize,
    wrong: usize,
    missing: usize,
    invented: usize,
}

/// What one page gave: its shape, figures and every difference found.
struct Outcome {
    shape: String,
    figures: Figures,
    problems: Vec<String>,
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// The corpus pages (`NAME.md`, `NAME.html`, `NAME.txt`), sorted by name.
fn pages() -> Vec<PathBuf> {
    let mut pages: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("tests/corpus")
        .map(|e| e.expect("an entry").path())
        .filter(|p| {
            let ext = p.extension().and_then(|e| e.to_str());
            let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            matches!(ext, Some("md" | "html" | "txt")) && stem != "README"
        })
        .collect();
    pages.sort();
    pages
}

fn stem(page: &Path) -> String {
    page.file_stem()
        .expect("a file name")
        .to_string_lossy()
        .into_owned()
}

fn import(page: &Path, out: &Path, extra: &[String]) -> Output {
    let _ = std::fs::remove_dir_all(out);
    Command::new(env!("CARGO_BIN_EXE_errcat"))
        .arg("import")
        .arg(page)
        .arg("--out-dir")
        .arg(out)
        .args(["--name", &stem(page)])
        .args(extra)
        .output()
        .expect("errcat runs")
}

/// The catalogs written to `out`, by file name, each loaded with the macro's
/// validation; a catalog that fails it is a problem.
fn written(out: &Path, problems: &mut Vec<String>) -> BTreeMap<String, Catalog> {
    let mut catalogs = BTreeMap::new();
    for (file, path) in files(out) {
        let loaded = error_catalog::load::load(&path, &file);
        if !loaded.diagnostics.is_empty() {
            problems.push(format!("{file} fails validation:\n{}", loaded.rendered()));
        }
        if let Some(catalog) = loaded.catalog {
            catalogs.insert(file, catalog);
        }
    }
    catalogs
}

/// The `.toml` files in `dir` (none when it is absent), sorted by name.
fn files(dir: &Path) -> Vec<(String, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<(String, PathBuf)> = entries
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    files.sort();
    files
}

fn expected_code(value: &serde_json::Value) -> Code {
    match value {
        serde_json::Value::Number(n) => Code::Int(n.as_i64().expect("an i64 code")),
        serde_json::Value::String(s) => Code::Str(s.clone()),
        other => panic!("a code is a number or a string, not {other}"),
    }
}

/// A code as the page writes it: an integer and a string code with the same
/// text are the same row (a wrong code type is a wrong row, not a missing
/// and an invented one).
fn code_text(code: &Code) -> String {
    match code {
        Code::Int(n) => n.to_string(),
        Code::Str(s) => s.clone(),
    }
}

/// The entry of `code` (by its text) in `catalog`, with its texts from the
/// parent when the catalog is a subset (`all` holds the parent).
fn entry<'a>(
    catalog: &'a Catalog,
    code: &Code,
    all: &'a BTreeMap<String, Catalog>,
) -> Option<&'a Entry> {
    let text = code_text(code);
    let own = catalog
        .entries
        .iter()
        .find(|e| code_text(&e.code) == text)?;
    let parent = catalog
        .parent
        .as_ref()
        .and_then(|name| all.values().find(|c| &c.name == name));
    Some(
        parent
            .and_then(|p| p.entries.iter().find(|e| code_text(&e.code) == text))
            .unwrap_or(own),
    )
}

/// The catalogs of each expected table: every written catalog goes to the
/// table it shares most codes with (the earlier one on a tie), so a table the
/// importer splits by section is still found whole; naming is the importer's
/// choice. A catalog sharing no code with any table is in no list.
fn match_tables<'a>(
    tables: &[Table],
    catalogs: &'a BTreeMap<String, Catalog>,
) -> Vec<Vec<(&'a String, &'a Catalog)>> {
    let codes: Vec<Vec<String>> = tables
        .iter()
        .map(|t| {
            t.rows
                .iter()
                .map(|r| code_text(&expected_code(&r.code)))
                .collect()
        })
        .collect();
    let mut matched = vec![Vec::new(); tables.len()];
    for (file, catalog) in catalogs {
        let shared = |codes: &Vec<String>| {
            catalog
                .entries
                .iter()
                .filter(|e| codes.contains(&code_text(&e.code)))
                .count()
        };
        let best = codes
            .iter()
            .enumerate()
            .map(|(i, c)| (shared(c), std::cmp::Reverse(i)))
            .max()
            .filter(|(n, _)| *n > 0);
        if let Some((_, std::cmp::Reverse(i))) = best {
            matched[i].push((file, catalog));
        }
    }
    matched
}

/// The differences between one row and its entry, as `field: want …, got …`.
fn row_differences(row: &Row, code: &Code, entry: &Entry, lang: &str) -> Vec<String> {
    let mut diffs = Vec::new();
    let mut check = |field: &str, want: String, got: String| {
        if want != got {
            diffs.push(format!("{field}: want {want}, got {got}"));
        }
    };
    check("code", code.to_string(), entry.code.to_string());
    let message = Some(row.message.as_str());
    check(
        "message",
        format!("{message:?}"),
        format!("{:?}", entry.message(lang)),
    );
    for (tag, text) in &row.translations {
        let got = entry.message(tag);
        check(
            &format!("message in {tag}"),
            format!("{:?}", Some(text)),
            format!("{got:?}"),
        );
    }
    check(
        "other-messages",
        format!("{:?}", row.other_messages),
        format!("{:?}", entry.other_messages),
    );
    // With no key on the page, a key repeating the code or the message adds
    // nothing and is accepted.
    let plain_code = code_text(code);
    let redundant = [Some(plain_code.as_str()), Some(row.message.as_str())];
    if row.key.is_some() || !redundant.contains(&entry.key.as_deref()) {
        check("key", format!("{:?}", row.key), format!("{:?}", entry.key));
    }
    check(
        "http",
        format!("{:?}", row.http),
        format!("{:?}", entry.http),
    );
    check(
        "deprecated",
        row.deprecated.to_string(),
        entry.deprecated.is_some().to_string(),
    );
    if let Some(doc) = &row.doc {
        let got = entry.doc.as_deref().unwrap_or("");
        if !got.contains(doc.as_str()) {
            diffs.push(format!("doc: want text containing {doc:?}, got {got:?}"));
        }
    }
    diffs
}

/// Compares one expected table with its catalogs, counting its rows into
/// `outcome`; the catalogs' codes the table lacks are invented.
fn compare_table(
    index: usize,
    table: &Table,
    catalogs: &[(&String, &Catalog)],
    all: &BTreeMap<String, Catalog>,
    outcome: &mut Outcome,
) {
    outcome.figures.expected += table.rows.len();
    if catalogs.is_empty() {
        outcome.figures.missing += table.rows.len();
        outcome.problems.push(format!(
            "table {}: no catalog holds any of its codes",
            index + 1
        ));
        return;
    }
    let files: Vec<&str> = catalogs.iter().map(|(f, _)| f.as_str()).collect();
    let here = format!("table {} ({})", index + 1, files.join(", "));
    for (file, catalog) in catalogs {
        check_settings(table, file, catalog, &mut outcome.problems);
    }
    for row in &table.rows {
        let code = expected_code(&row.code);
        let found = catalogs
            .iter()
            .find_map(|(_, c)| entry(c, &code, all).map(|e| (e, &c.lang)));
        let Some((entry, lang)) = found else {
            outcome.figures.missing += 1;
            outcome.problems.push(format!("{here}: {code}: missing"));
            continue;
        };
        let diffs = row_differences(row, &code, entry, lang);
        if diffs.is_empty() {
            outcome.figures.right += 1;
        } else {
            outcome.figures.wrong += 1;
            for diff in diffs {
                outcome.problems.push(format!("{here}: {code}: {diff}"));
            }
        }
    }
    let codes: Vec<String> = table
        .rows
        .iter()
        .map(|r| code_text(&expected_code(&r.code)))
        .collect();
    for (file, catalog) in catalogs {
        for extra in catalog
            .entries
            .iter()
            .filter(|e| !codes.contains(&code_text(&e.code)))
        {
            outcome.figures.invented += 1;
            let (code, name) = (&extra.code, &extra.name);
            outcome
                .problems
                .push(format!("{file}: {code} ({name}): invented"));
        }
    }
}

/// The table's code type and language against one of its catalogs.
fn check_settings(table: &Table, file: &str, catalog: &Catalog, problems: &mut Vec<String>) {
    let code_type = match catalog.code_type {
        CodeType::Int => "integer",
        CodeType::Str => "string",
    };
    if code_type != table.code_type {
        let want = &table.code_type;
        problems.push(format!("{file}: code-type: want {want}, got {code_type}"));
    }
    if let Some(lang) = table.lang.as_ref().filter(|l| **l != catalog.lang) {
        let got = &catalog.lang;
        problems.push(format!("{file}: lang: want {lang}, got {got}"));
    }
}

/// Compares every written catalog with the pinned `expected/NAME/`, or
/// rewrites the pinned files when `BLESS` is set.
fn compare_pinned(name: &str, out: &Path, problems: &mut Vec<String>) {
    let pinned = corpus_dir().join("expected").join(name);
    let ours = files(out);
    if std::env::var_os("BLESS").is_some() {
        let _ = std::fs::remove_dir_all(&pinned);
        std::fs::create_dir_all(&pinned).expect("the pinned directory");
        for (file, path) in &ours {
            std::fs::copy(path, pinned.join(file)).expect("a pinned copy");
        }
        return;
    }
    if !pinned.is_dir() {
        problems.push(format!(
            "no pinned catalogs in tests/corpus/expected/{name}/ (bless them: BLESS=1)"
        ));
        return;
    }
    let theirs = files(&pinned);
    let names = |f: &[(String, PathBuf)]| f.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    if names(&ours) != names(&theirs) {
        let (want, got) = (names(&theirs), names(&ours));
        problems.push(format!("pinned files: want {want:?}, got {got:?}"));
    }
    for (file, path) in &ours {
        let Some((_, pin)) = theirs.iter().find(|(n, _)| n == file) else {
            continue;
        };
        let (want, got) = (read(pin), read(path));
        if want != got {
            problems.push(format!(
                "{file} differs from the pinned file:\n{}",
                line_diff(&want, &got)
            ));
        }
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).expect("a readable catalog")
}

/// The lines that differ, pinned (`-`) then written (`+`), at most 40.
fn line_diff(want: &str, got: &str) -> String {
    let (want, got): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let mut diff = String::new();
    for line in want.iter().filter(|l| !got.contains(l)).take(20) {
        let _ = writeln!(diff, "  - {line}");
    }
    for line in got.iter().filter(|l| !want.contains(l)).take(20) {
        let _ = writeln!(diff, "  + {line}");
    }
    diff
}

/// The import must fail naming every flag that settles the page.
fn check_ambiguous(page: &Path, out: &Path, ambiguous: &Ambiguous, problems: &mut Vec<String>) {
    let output = import(page, out, &[]);
    let report = String::from_utf8_lossy(&output.stderr);
    if output.status.success() {
        problems.push("ambiguous page imported with exit status 0".to_owned());
    }
    for flag in ambiguous
        .flags
        .iter()
        .filter(|f| !report.contains(f.as_str()))
    {
        problems.push(format!(
            "the failed import does not name `{flag}`:\n{report}"
        ));
    }
}

/// The parsed `NAME.expect.json`.
fn expectations(name: &str) -> Expect {
    let path = corpus_dir().join(format!("{name}.expect.json"));
    serde_json::from_str(&read(&path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Imports one page and compares it with its expectations.
fn run_page(page: &Path) -> Outcome {
    let name = stem(page);
    let expect = expectations(&name);
    let mut outcome = Outcome {
        shape: expect.shape.clone(),
        figures: Figures::default(),
        problems: Vec::new(),
    };
    let out = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("corpus")
        .join(&name);
    let settle = match &expect.ambiguous {
        Some(ambiguous) => {
            check_ambiguous(page, &out, ambiguous, &mut outcome.problems);
            ambiguous.settle.clone()
        }
        None => Vec::new(),
    };
    let output = import(page, &out, &settle);
    if !output.status.success() {
        let report = String::from_utf8_lossy(&output.stderr);
        let status = output.status;
        outcome
            .problems
            .push(format!("import {settle:?} exited with {status}:\n{report}"));
    }
    let catalogs = written(&out, &mut outcome.problems);
    let matched = match_tables(&expect.tables, &catalogs);
    for (index, (table, files)) in expect.tables.iter().zip(&matched).enumerate() {
        compare_table(index, table, files, &catalogs, &mut outcome);
    }
    for (file, catalog) in &catalogs {
        if !matched.iter().flatten().any(|(f, _)| *f == file) {
            outcome.figures.invented += catalog.entries.len();
            outcome
                .problems
                .push(format!("{file}: a catalog of no expected table"));
        }
    }
    compare_pinned(&name, &out, &mut outcome.problems);
    outcome
}

#[test]
fn corpus_pages_import_as_expected() {
    let pages = pages();
    assert!(pages.len() >= 8, "the corpus has {} pages", pages.len());
    let mut total = Figures::default();
    let mut summary = String::from("page: rows expected / right / wrong / missing / invented\n");
    let mut details = String::new();
    for page in &pages {
        let name = stem(page);
        let Outcome {
            shape,
            figures: f,
            problems,
        } = run_page(page);
        let _ = writeln!(
            summary,
            "{name}: {} / {} / {} / {} / {}{}",
            f.expected,
            f.right,
            f.wrong,
            f.missing,
            f.invented,
            if problems.is_empty() { "" } else { "  FAILS" }
        );
        if !problems.is_empty() {
            let _ = writeln!(details, "== {name} ({shape})");
        }
        for problem in &problems {
            let _ = writeln!(details, "{name}: {problem}");
        }
        total.expected += f.expected;
        total.right += f.right;
        total.wrong += f.wrong;
        total.missing += f.missing;
        total.invented += f.invented;
    }
    let _ = writeln!(
        summary,
        "total: {} / {} / {} / {} / {}",
        total.expected, total.right, total.wrong, total.missing, total.invented
    );
    eprintln!("{summary}");
    assert!(details.is_empty(), "\n{summary}\n{details}");
}

/// A catalog holding exactly `table`'s rows, written as the importer would
/// ideally write it (variant names `Row1`, `Row2`, …).
fn ideal_catalog(table: &Table) -> String {
    let lang = table.lang.as_deref().unwrap_or("en");
    let mut toml = format!(
        "[catalog]\nname = \"Ideal\"\nlang = {}\ncode-type = {}\n",
        quote(lang),
        quote(&table.code_type)
    );
    for (i, row) in table.rows.iter().enumerate() {
        let code = match expected_code(&row.code) {
            Code::Int(n) => n.to_string(),
            Code::Str(s) => quote(&s),
        };
        let _ = write!(toml, "\n[codes.{code}]\nname = \"Row{}\"\n", i + 1);
        let mut messages = vec![format!("{} = {}", quote(lang), quote(&row.message))];
        for (tag, text) in &row.translations {
            messages.push(format!("{} = {}", quote(tag), quote(text)));
        }
        let _ = writeln!(toml, "message = {{ {} }}", messages.join(", "));
        if !row.other_messages.is_empty() {
            let others: Vec<String> = row.other_messages.iter().map(|m| quote(m)).collect();
            let _ = writeln!(toml, "other-messages = [{}]", others.join(", "));
        }
        let optional = [
            ("key", row.key.as_deref().map(quote)),
            ("http", row.http.map(|h| h.to_string())),
            ("deprecated", row.deprecated.then(|| quote("deprecated"))),
            ("doc", row.doc.as_deref().map(quote)),
        ];
        for (field, value) in optional {
            if let Some(value) = value {
                let _ = writeln!(toml, "{field} = {value}");
            }
        }
    }
    toml
}

/// Every expected table, written as a catalog, passes the macro's validation
/// and compares as all rows right: the expectations are consistent (unique
/// codes of the stated type, valid HTTP statuses) and the comparison can pass.
#[test]
fn expectations_hold_for_an_ideal_import() {
    for page in pages() {
        let name = stem(&page);
        let expect = expectations(&name);
        assert!(!expect.tables.is_empty(), "{name}: no tables");
        for (index, table) in expect.tables.iter().enumerate() {
            let shown = format!("{name} table {}", index + 1);
            let loaded = error_catalog::load::load_str(&ideal_catalog(table), &shown, false);
            assert!(loaded.diagnostics.is_empty(), "{}", loaded.rendered());
            let catalog = loaded.catalog.expect("a catalog");
            let all = BTreeMap::from([(shown.clone(), catalog)]);
            let catalogs: Vec<(&String, &Catalog)> = all.iter().collect();
            let mut outcome = Outcome {
                shape: expect.shape.clone(),
                figures: Figures::default(),
                problems: Vec::new(),
            };
            compare_table(index, table, &catalogs, &all, &mut outcome);
            assert_eq!(outcome.problems, Vec::<String>::new(), "{shown}");
            assert_eq!(outcome.figures.right, table.rows.len(), "{shown}");
        }
    }
}

/// `--lang` overrides the page's declaration and its texts, canonical as the
/// catalog reader writes tags; a tag the reader would refuse stops the import.
#[test]
fn lang_flag_sets_the_language() {
    let page =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/payment_declared_spanish.html");
    let run = |lang: &str| {
        Command::new(env!("CARGO_BIN_EXE_errcat"))
            .args(["import", "--lang", lang])
            .arg(&page)
            .output()
            .expect("errcat runs")
    };
    let given = run("pt_br");
    assert!(given.status.success());
    let stdout = String::from_utf8_lossy(&given.stdout);
    assert!(stdout.contains("lang = \"pt-BR\"\n"), "{stdout}");
    let stderr = String::from_utf8_lossy(&given.stderr);
    assert!(
        stderr.contains("lang = \"pt-BR\": given by --lang"),
        "{stderr}"
    );
    let refused = run("not a tag");
    assert_eq!(refused.status.code(), Some(2));
    assert!(refused.stdout.is_empty());
}
