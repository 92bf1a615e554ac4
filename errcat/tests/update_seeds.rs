//! `errcat import --update` on the five vendor pages of `catalogs/sources`,
//! against copies of the shipped, curated catalogs.
//!
//! Unchanged, each page leaves every catalog byte for byte as it is. Edited
//! (two texts reworded, a code added, a code dropped), it updates the
//! catalog those rows belong to: every curated fact and comment survives,
//! the new code is in (named as a plain import names it), the dropped one is
//! deprecated, the reworded texts replace the messages with the old texts in
//! `other-messages` and, where the code has translations, a review comment
//! and a REVIEW line. The results pass `errcat check`, a second
//! update changes nothing, and a crate including every updated catalog
//! compiles.

use error_catalog::model::{Catalog, Code, Entry};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A page and the catalogs imported from it, and the edit made to the page.
struct Seed {
    doc: &'static str,
    catalogs: &'static [&'static str],
    /// The catalog the edited rows belong to.
    edited: &'static str,
    /// (text of the page, its replacement), each replaced once.
    edits: &'static [(&'static str, &'static str)],
    /// The reworded codes and their new texts.
    reworded: [(Code, &'static str); 2],
    added: Code,
    dropped: Code,
}

const AS_OF: &str = "2026-01-15";

fn seeds() -> Vec<Seed> {
    vec![
        Seed {
            doc: "000_7314c03415f2a836.txt",
            catalogs: &["ebet.toml", "ebet_reply.toml", "ebet_client.toml"],
            edited: "ebet.toml",
            // Both texts are in the first two tables: reworded in both.
            edits: &[
                ("签名不对", "签名错误"),
                ("签名不对", "签名错误"),
                ("参数不对", "参数有误"),
                ("参数不对", "参数有误"),
                (
                    "<tr><td align=\"center\">4202</td>",
                    "<tr><td align=\"center\">4100</td><td>今日额度已用完</td></tr><tr><td align=\"center\">4202</td>",
                ),
                ("<tr><td align=\"center\">5011</td><td>这个帐号被冻结，无法进行此操作</td></tr>", ""),
            ],
            reworded: [(Code::Int(4026), "签名错误"), (Code::Int(4025), "参数有误")],
            added: Code::Int(4100),
            dropped: Code::Int(5011),
        },
        Seed {
            doc: "001_f217534c5e632eb8.txt",
            catalogs: &["upay_http.toml", "upay_biz.toml"],
            edited: "upay_biz.toml",
            edits: &[
                ("\n1002Operation faild\n", "\n1002Operation failed\n"),
                ("\n900Frequent operation\n", "\n900Too many operations\n"),
                (
                    "\n10043Customer not belonging to customer group\n",
                    "\n10043Customer not belonging to customer group\n10044Customer ID card expired\n",
                ),
                ("\n403Forbidden Access\n", "\n"),
            ],
            reworded: [
                (Code::Int(1002), "Operation failed"),
                (Code::Int(900), "Too many operations"),
            ],
            added: Code::Int(10044),
            dropped: Code::Int(403),
        },
        Seed {
            doc: "002_0ea0d8f5c777daa8.txt",
            catalogs: &["multimarkets_gateway.toml", "multimarkets_customer.toml"],
            edited: "multimarkets_gateway.toml",
            edits: &[
                ("GGATEWAY_CODE_014=Request expired", "GGATEWAY_CODE_014=Request has expired"),
                (
                    "GGATEWAY_CODE_008=Business type cannot be empty",
                    "GGATEWAY_CODE_008=Business type is required",
                ),
                (
                    "GGATEWAY_CODE_017=Login information has expired, please log in again\n",
                    "GGATEWAY_CODE_017=Login information has expired, please log in again\nGGATEWAY_CODE_018=Request rate limit exceeded\n",
                ),
                ("GGATEWAY_CODE_013=Downstream service returns empty result\n", ""),
            ],
            reworded: [
                (Code::Str("GGATEWAY_CODE_014".into()), "Request has expired"),
                (Code::Str("GGATEWAY_CODE_008".into()), "Business type is required"),
            ],
            added: Code::Str("GGATEWAY_CODE_018".into()),
            dropped: Code::Str("GGATEWAY_CODE_013".into()),
        },
        Seed {
            doc: "003_101a3efcd2e8a001.txt",
            catalogs: &["pay_wallet_http.toml", "pay_wallet.toml"],
            edited: "pay_wallet.toml",
            edits: &[
                ("支付订单已结束，不能进行后续操作", "支付订单已关闭，不能进行后续操作"),
                ("退款失败，被支付渠道拒绝", "退款被支付渠道拒绝"),
                (
                    "|100010 | channel_connection_error",
                    "|10010 | refund_expired | 退款已过期 |\n|100010 | channel_connection_error",
                ),
                ("|10005 | refund_wait_operation\t                | 退款需要等待用户进一步操作 |\n", ""),
            ],
            reworded: [
                (Code::Int(10003), "支付订单已关闭，不能进行后续操作"),
                (Code::Int(10006), "退款被支付渠道拒绝"),
            ],
            added: Code::Int(10010),
            dropped: Code::Int(10005),
        },
        Seed {
            doc: "004_d529670533fa4cce.txt",
            catalogs: &["card_issuing.toml"],
            edited: "card_issuing.toml",
            edits: &[
                ("| 1002 | Api-Key is required |", "| 1002 | API key is required |"),
                ("| 1003 | IP address not allowed |", "| 1003 | IP address is not allowed |"),
                (
                    "| 1022 | Merchant status is abnormal, please contact administrator |\n",
                    "| 1022 | Merchant status is abnormal, please contact administrator |\n| 1023 | Request body too large |\n",
                ),
                ("| 1005 | Timestamp invalid or expired |\n", ""),
            ],
            reworded: [
                (Code::Int(1002), "API key is required"),
                (Code::Int(1003), "IP address is not allowed"),
            ],
            added: Code::Int(1023),
            dropped: Code::Int(1005),
        },
    ]
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A fresh directory holding copies of `seed`'s shipped catalogs.
fn copies(seed: &Seed, name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("update-seeds/{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for catalog in seed.catalogs {
        std::fs::copy(repo().join("catalogs").join(catalog), dir.join(catalog)).unwrap();
    }
    dir
}

fn errcat(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_errcat"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("errcat runs")
}

fn update(seed: &Seed, page: &Path, dir: &Path) -> Output {
    let mut args = vec![
        "import",
        page.to_str().unwrap(),
        "--as-of",
        AS_OF,
        "--update",
    ];
    args.extend(seed.catalogs);
    errcat(&args, dir)
}

fn load(path: &Path) -> Catalog {
    let loaded = error_catalog::load::load(path, &path.display().to_string());
    assert!(loaded.diagnostics.is_empty(), "{}", loaded.rendered());
    loaded.catalog.expect("a catalog")
}

fn entry<'c>(catalog: &'c Catalog, code: &Code) -> &'c Entry {
    catalog
        .entries
        .iter()
        .find(|e| &e.code == code)
        .unwrap_or_else(|| panic!("{code} missing"))
}

#[test]
fn an_unchanged_page_leaves_every_shipped_catalog_byte_for_byte() {
    for seed in seeds() {
        let dir = copies(&seed, &format!("same-{}", seed.edited));
        let output = update(&seed, &repo().join("catalogs/sources").join(seed.doc), &dir);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        for catalog in seed.catalogs {
            let shipped = std::fs::read(repo().join("catalogs").join(catalog)).unwrap();
            assert!(
                shipped == std::fs::read(dir.join(catalog)).unwrap(),
                "{catalog} changed"
            );
        }
        assert_eq!(
            std::fs::read_dir(&dir).unwrap().count(),
            seed.catalogs.len()
        );
    }
}

#[test]
fn an_edited_page_updates_the_curated_catalogs() {
    let mut included = Vec::new();
    for seed in seeds() {
        let dir = copies(&seed, &format!("edited-{}", seed.edited));
        let page = dir.join(format!("page-{}", seed.doc));
        std::fs::write(&page, edited_page(&seed)).unwrap();
        let output = update(&seed, &page, &dir);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let report = String::from_utf8(output.stdout).unwrap();
        check_edited(&seed, &dir, &page, &report);
        let mut check = vec!["check"];
        check.extend(seed.catalogs);
        let checked = errcat(&check, &dir);
        assert_eq!(
            checked.status.code(),
            Some(0),
            "errcat check: {}",
            String::from_utf8_lossy(&checked.stdout)
        );
        let after: Vec<Vec<u8>> = seed
            .catalogs
            .iter()
            .map(|c| std::fs::read(dir.join(c)).unwrap())
            .collect();
        let again = update(&seed, &page, &dir);
        assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
        for (catalog, before) in seed.catalogs.iter().zip(&after) {
            assert!(
                before == &std::fs::read(dir.join(catalog)).unwrap(),
                "{catalog}: second update changed it"
            );
        }
        included.push((dir, seed.catalogs));
    }
    compiles(&included);
}

fn edited_page(seed: &Seed) -> String {
    let mut page = std::fs::read_to_string(repo().join("catalogs/sources").join(seed.doc)).unwrap();
    for (from, to) in seed.edits {
        assert!(page.contains(from), "{}: no {from:?}", seed.doc);
        page = page.replacen(from, to, 1);
    }
    page
}

/// Everything the update must have done to the edited catalog, and left
/// alone in the seed's others.
fn check_edited(seed: &Seed, dir: &Path, page: &Path, report: &str) {
    for catalog in seed.catalogs.iter().filter(|c| **c != seed.edited) {
        let shipped = std::fs::read(repo().join("catalogs").join(catalog)).unwrap();
        assert!(
            shipped == std::fs::read(dir.join(catalog)).unwrap(),
            "{catalog} changed"
        );
    }
    let shipped_path = repo().join("catalogs").join(seed.edited);
    let (old, new) = (load(&shipped_path), load(&dir.join(seed.edited)));
    let (old_text, new_text) = (
        std::fs::read_to_string(&shipped_path).unwrap(),
        std::fs::read_to_string(dir.join(seed.edited)).unwrap(),
    );
    for line in old_text.lines().filter(|l| l.trim_start().starts_with('#')) {
        assert!(
            new_text.contains(line),
            "{}: comment lost: {line}",
            seed.edited
        );
    }
    assert_eq!(
        (
            &old.name,
            &old.lang,
            &old.doc,
            &old.source,
            &old.success,
            &old.unknown
        ),
        (
            &new.name,
            &new.lang,
            &new.doc,
            &new.source,
            &new.success,
            &new.unknown
        )
    );
    assert_eq!(
        format!("{:?}", old.categories),
        format!("{:?}", new.categories)
    );
    assert_eq!(format!("{:?}", old.envelope), format!("{:?}", new.envelope));
    for before in &old.entries {
        let after = entry(&new, &before.code);
        let curated = |e: &Entry| {
            let translations: Vec<_> = e.messages.iter().filter(|m| m.lang != old.lang).collect();
            format!(
                "{} {:?} {translations:?} {:?} {} {:?} {:?}",
                e.name, e.key, e.http, e.retryable, e.category, e.doc
            )
        };
        assert_eq!(curated(before), curated(after), "{}", before.code);
        let reworded = seed.reworded.iter().find(|(c, _)| c == &before.code);
        match reworded {
            Some((code, text)) => {
                check_reworded(seed, before, after, text, &new_text, report, code)
            }
            None if before.code == seed.dropped => assert_eq!(
                after.deprecated.as_deref(),
                Some(format!("not in the vendor's page since {AS_OF}").as_str())
            ),
            None => {
                assert_eq!(before.messages, after.messages, "{}", before.code);
                assert_eq!(
                    before.other_messages, after.other_messages,
                    "{}",
                    before.code
                );
                assert_eq!(before.deprecated, after.deprecated, "{}", before.code);
            }
        }
    }
    let added = entry(&new, &seed.added);
    assert_eq!(
        added.name,
        imported_name(seed, page, dir),
        "the import's name for {}",
        seed.added
    );
    assert!(
        report.contains(&format!("added        {} {}", seed.added, added.name)),
        "{report}"
    );
    assert_eq!(new.entries.len(), old.entries.len() + 1);
    // Between the codes just below and just above it, as a person would put it.
    let at = new
        .entries
        .iter()
        .position(|e| e.code == seed.added)
        .unwrap();
    let below = old
        .entries
        .iter()
        .filter(|e| e.code < seed.added)
        .max_by(|a, b| a.code.cmp(&b.code));
    match below {
        Some(below) => assert_eq!(new.entries[at - 1].code, below.code, "{}", seed.doc),
        None => assert_eq!(at, 0, "{}", seed.doc),
    }
}

fn check_reworded(
    seed: &Seed,
    before: &Entry,
    after: &Entry,
    text: &str,
    new_text: &str,
    report: &str,
    code: &Code,
) {
    let lang = &before.messages[0].lang;
    let old_text = before.message(lang).unwrap();
    assert_eq!(after.message(lang), Some(text), "{}: {code}", seed.edited);
    assert!(
        after.other_messages.iter().any(|m| m == old_text),
        "{code}: {:?}",
        after.other_messages
    );
    let flagged = report.contains(&format!("REVIEW   {code} {}", before.name));
    let commented = new_text.contains(&format!(
        "# review: the vendor's text changed on {AS_OF} (was {old_text:?})"
    ));
    let translated = before.messages.len() > 1;
    assert_eq!(
        (flagged, commented),
        (translated, translated),
        "{code}: flagged for review iff translated\n{report}"
    );
}

/// The name a plain `errcat import` of the edited page gives the added code.
fn imported_name(seed: &Seed, page: &Path, dir: &Path) -> String {
    let out = dir.join("plain");
    let output = errcat(
        &[
            "import",
            page.to_str().unwrap(),
            "--out-dir",
            out.to_str().unwrap(),
        ],
        dir,
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let found = std::fs::read_dir(&out)
        .unwrap()
        .filter_map(|f| {
            let path = f.ok()?.path();
            let catalog = error_catalog::load::load(&path, &path.display().to_string()).catalog?;
            catalog.entries.into_iter().find(|e| e.code == seed.added)
        })
        .next()
        .expect("the added code in the plain import");
    std::fs::remove_dir_all(&out).unwrap();
    found.name
}

/// One crate including every updated catalog, a module per seed; `cargo
/// check` offline, in a target directory kept between runs.
fn compiles(included: &[(PathBuf, &[&str])]) {
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("update-compile");
    std::fs::create_dir_all(scratch.join("src")).unwrap();
    let manifest = format!(
        "[package]\nname = \"updated\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\nerror-runtime = {{ path = {:?}, default-features = false }}\n\n[workspace]\n",
        repo().join("error-runtime")
    );
    std::fs::write(scratch.join("Cargo.toml"), manifest).unwrap();
    std::fs::copy(repo().join("Cargo.lock"), scratch.join("Cargo.lock")).unwrap();
    let mut lib = String::from("#![allow(dead_code)]\n");
    for (n, (dir, catalogs)) in included.iter().enumerate() {
        lib.push_str(&format!("pub mod seed{n} {{\n"));
        for catalog in *catalogs {
            lib.push_str(&format!(
                "    error_runtime::include_catalog!({:?});\n",
                dir.join(catalog)
            ));
        }
        lib.push_str("}\n");
    }
    std::fs::write(scratch.join("src/lib.rs"), lib).unwrap();
    let output = Command::new(env!("CARGO"))
        .args(["check", "--quiet", "--offline", "--lib"])
        .env("CARGO_TARGET_DIR", scratch.join("target"))
        .current_dir(&scratch)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A code added to eBET's table and to the table that repeats part of it:
/// the subset's new entry is checked against its parent's new text, and
/// both files are written.
#[test]
fn a_code_new_to_a_parent_and_its_subset_goes_into_both() {
    let seed = &seeds()[0];
    let dir = copies(seed, "subset");
    let page = std::fs::read_to_string(repo().join("catalogs/sources").join(seed.doc))
        .unwrap()
        .replace(
            "<tr><td align=\"center\">5003</td>",
            "<tr><td align=\"center\">4100</td><td>今日额度已用完</td></tr><tr><td align=\"center\">5003</td>",
        );
    std::fs::write(dir.join("page.html"), page).unwrap();
    let output = update(seed, &dir.join("page.html"), &dir);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let reply = std::fs::read_to_string(dir.join("ebet_reply.toml")).unwrap();
    assert!(
        reply
            .contains("[codes.4038]  # 频繁请求\n\n[codes.4100]  # 今日额度已用完\n\n[codes.5003]"),
        "{reply}"
    );
    assert!(load(&dir.join("ebet.toml"))
        .entries
        .iter()
        .any(|e| e.code == Code::Int(4100)));
    let subset = load(&dir.join("ebet_reply.toml"));
    assert!(subset.entries.iter().any(|e| e.code == Code::Int(4100)));
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        seed.catalogs.len() + 1
    );
}
