//! The `catalog` fuzz target's property (`support/pipeline.rs`: the
//! expansion of any text never panics, parses as a Rust file, and its
//! `compile_error!`s are exactly the reported mistakes) in every
//! `cargo test`, on mutated catalogs: the repository's shipped, test and
//! compile-fail catalogs and the JSON twins among the fuzz seeds, with
//! values replaced by odd texts and names, schema lines added or replaced,
//! bytes flipped, lines deleted, duplicated or swapped, lines of another
//! catalog spliced in, syntax tokens inserted, and truncation.

#[path = "support/pipeline.rs"]
mod pipeline;

use proptest::prelude::*;
use proptest::sample::Index;
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::OnceLock;

/// Larger catalogs (a stress test's) add time, not new shapes.
const MAX_SEED_BYTES: u64 = 64 * 1024;

/// Every catalog file of the repository, once each.
fn seeds() -> &'static [Vec<u8>] {
    static SEEDS: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut seeds = BTreeSet::new();
        for dir in [
            "catalogs",
            "tests/catalogs",
            "tests/ui/catalogs",
            "fuzz/seeds/catalog",
        ] {
            for entry in std::fs::read_dir(root.join(dir)).expect("catalog directory") {
                let path = entry.expect("directory entry").path();
                let catalog = matches!(
                    path.extension().and_then(|e| e.to_str()),
                    Some("toml" | "json")
                );
                let small = path.metadata().is_ok_and(|m| m.len() <= MAX_SEED_BYTES);
                if catalog && small {
                    seeds.insert(std::fs::read(&path).expect("catalog file"));
                }
            }
        }
        seeds.into_iter().collect()
    })
}
/// Whole lines of both formats and of the schema, written to hit what the
/// generator turns into Rust: names, codes, texts, nesting.
const LINES: &[&str] = &[
    "[catalog]",
    "[codes.1]",
    "[codes.-1]",
    "[codes.\"04026\"]",
    "[codes.\"+4026\"]",
    "[codes.9223372036854775807]",
    "[codes.-9223372036854775808]",
    "[codes.99999999999999999999]",
    "[codes.\"\"]",
    "[categories.x]\nrange = [0, 9]",
    "[categories.y]\nprefix = \"\"",
    "[catalog.envelope]\ncode = \"status\"",
    "name = \"Self\"",
    "name = \"Type\"",
    "name = \"All\"",
    "name = \"Unknown\"",
    "name = \"A\"",
    "name = \"\u{e9}t\u{e9}\"",
    "name = \"_\"",
    "unknown = \"Other\"",
    "unknown = \"self\"",
    "key = \"type\"",
    "key = \"async_gen\"",
    "message = \"{0} '{1}' ''\"",
    "message = \"%s %d %%\"",
    "message = \"\\\"\\\\ \\r\\n\\t */ ``` \\u0000 \\u202e \u{1f980}\"",
    "message = { en = \"a {0}\", zh-CN = \"b\" }",
    "message = {}",
    "placeholders = \"java\"",
    "placeholders = \"printf\"",
    "code-type = \"string\"",
    "code-type = \"integer\"",
    "success = [0, \"0\"]",
    "lang = \"zh-CN\"",
    "http = 599",
    "retryable = true",
    "deprecated = \"*/ use\"",
    "deprecated = true",
    "doc = \"```\\nfn main() { panic!() }\\n```\"",
    "other-messages = [\"x\", \"x\"]",
    "subset-of = \"int.toml\"",
    "{\"catalog\": {\"name\": \"J\", \"lang\": \"en\"}, \"codes\": {}}",
    "\"codes\": {",
    "\"1\": {\"name\": \"One\", \"message\": \"m\"},",
    "\"name\": \"crate\",",
    "\"message\": \"\\ud83e\\udd80 \\u0000 \\r\",",
    "\"http\": 1e3,",
    "\"success\": [",
    "},",
];

/// Pieces inserted at any byte: the syntax of both formats, odd characters.
const TOKENS: &[&str] = &[
    "{", "}", "[", "]", ",", ":", "\"", "'", "'''", "\"\"\"", "=", "#", "\\", ".", "\n", "\r\n",
    "null", "-", "0", "\u{0}", "\u{feff}", "\u{202e}", "r#", "Self",
];

/// Values (TOML and JSON alike) put in place of a key's value: the texts
/// and names the generator escapes, checks or turns into identifiers.
const VALUES: &[&str] = &[
    "\"\"",
    "\"\\r\\n\\t\\\"\\\\\"",
    "\"\\u0000 \\u001f \\u007f \\u2028\"",
    "\"*/ /* ``` \\\"\"",
    "\"```rust\\npanic!()\\n```\"",
    "\"\u{202e}\u{1f980}\u{e9}\"",
    "\"{0} {1} '{2}' {\"",
    "\"%s %d %% %\"",
    "\"Self\"",
    "\"self\"",
    "\"Type\"",
    "\"r#A\"",
    "\"_\"",
    "\"A\"",
    "\"Unknown\"",
    "\"ALL\"",
    "\"4026\"",
    "\"04026\"",
    "\"+4026\"",
    "\"en\"",
    "\"zh-CN\"",
    "\"string\"",
    "\"integer\"",
    "\"java\"",
    "\"printf\"",
    "true",
    "false",
    "0",
    "-1",
    "599",
    "9223372036854775807",
    "99999999999999999999",
    "1.5",
    "[]",
    "[0, 1]",
    "[\"0\"]",
    "{}",
];

/// One edit of a catalog's bytes; positions are indices into what is
/// there when the edit applies.
#[derive(Clone, Debug)]
enum Edit {
    FlipByte(Index, u8),
    DeleteLine(Index),
    DuplicateLine(Index),
    SwapLines(Index, Index),
    /// Lines `from..from + len` of another seed, inserted before a line.
    Splice {
        seed: Index,
        from: Index,
        len: usize,
        at: Index,
    },
    /// A line of [`LINES`] in the catalog's format (the second index picks
    /// it) before a line, or in its place.
    Line(Index, Index, bool),
    /// The value of a `key = value` or `"key": value` line replaced by one
    /// of [`VALUES`].
    Value(Index, &'static str),
    /// A piece of [`TOKENS`] at any byte.
    Insert(Index, &'static str),
    /// The catalog cut after a line.
    Truncate(Index),
}

fn edit() -> impl Strategy<Value = Edit> {
    // Weighted towards edits that keep the syntax, so that most cases reach
    // the generator rather than stopping at a syntax error.
    prop_oneof![
        8 => (any::<Index>(), prop::sample::select(VALUES)).prop_map(|(at, v)| Edit::Value(at, v)),
        3 => (any::<Index>(), any::<Index>(), any::<bool>())
            .prop_map(|(at, line, replace)| Edit::Line(at, line, replace)),
        2 => (any::<Index>(), 1..=u8::MAX).prop_map(|(at, mask)| Edit::FlipByte(at, mask)),
        2 => any::<Index>().prop_map(Edit::DeleteLine),
        1 => any::<Index>().prop_map(Edit::DuplicateLine),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
        1 => (any::<Index>(), any::<Index>(), 1..6usize, any::<Index>())
            .prop_map(|(seed, from, len, at)| Edit::Splice { seed, from, len, at }),
        1 => (any::<Index>(), prop::sample::select(TOKENS)).prop_map(|(at, t)| Edit::Insert(at, t)),
        1 => any::<Index>().prop_map(Edit::Truncate),
    ]
}

/// Lines with their `\n`, so joining them gives the text back.
fn lines(bytes: &[u8]) -> Vec<Vec<u8>> {
    bytes
        .split_inclusive(|&b| b == b'\n')
        .map(<[u8]>::to_vec)
        .collect()
}

fn apply(mut bytes: Vec<u8>, edit: &Edit) -> Vec<u8> {
    match edit {
        Edit::FlipByte(at, mask) => {
            if !bytes.is_empty() {
                let at = at.index(bytes.len());
                bytes[at] ^= mask;
            }
            return bytes;
        }
        Edit::Insert(at, fragment) => {
            let at = at.index(bytes.len() + 1);
            bytes.splice(at..at, fragment.bytes());
            return bytes;
        }
        _ => {}
    }
    let mut lines = lines(&bytes);
    let n = lines.len();
    match edit {
        Edit::DeleteLine(at) if n > 0 => {
            lines.remove(at.index(n));
        }
        Edit::DuplicateLine(at) if n > 0 => {
            let at = at.index(n);
            lines.insert(at, lines[at].clone());
        }
        Edit::SwapLines(a, b) if n > 0 => lines.swap(a.index(n), b.index(n)),
        Edit::Truncate(at) => lines.truncate(at.index(n + 1)),
        Edit::Value(at, value) => {
            let keyed: Vec<(usize, usize)> = lines
                .iter()
                .enumerate()
                .filter_map(|(i, line)| value_start(line).map(|start| (i, start)))
                .collect();
            if !keyed.is_empty() {
                let (i, start) = keyed[at.index(keyed.len())];
                let line = &mut lines[i];
                // A JSON member keeps its comma.
                let comma = line.trim_ascii_end().ends_with(b",");
                line.truncate(start);
                line.extend_from_slice(value.as_bytes());
                line.extend_from_slice(if comma { b",\n" } else { b"\n" });
            }
        }
        Edit::Line(at, which, replace) => {
            let json = bytes.trim_ascii_start().starts_with(b"{");
            let pool: Vec<&str> = LINES
                .iter()
                .copied()
                .filter(|line| line.starts_with(['"', '{', '}']) == json)
                .collect();
            let line = pool[which.index(pool.len())];
            let at = at.index(n + 1);
            let line = format!("{line}\n").into_bytes();
            if *replace && at < n {
                lines[at] = line;
            } else {
                lines.insert(at, line);
            }
        }
        Edit::Splice {
            seed,
            from,
            len,
            at,
        } => {
            let other = self::lines(&seeds()[seed.index(seeds().len())]);
            let from = from.index(other.len().max(1)).min(other.len());
            let piece = &other[from..(from + len).min(other.len())];
            let at = at.index(n + 1);
            lines.splice(at..at, piece.iter().cloned());
        }
        _ => {}
    }
    lines.concat()
}

/// Where the value starts in a `"key": value` or `key = value` line, if the
/// value ends on the line (not a table, array or string that goes on).
fn value_start(line: &[u8]) -> Option<usize> {
    let text = std::str::from_utf8(line).ok()?;
    let at = ["\": ", " = "]
        .iter()
        .find_map(|sep| text.find(sep).map(|i| i + sep.len()))?;
    let value = text[at..].trim().trim_end_matches(',');
    let whole = match value.chars().next()? {
        '{' => false,
        '[' => value.ends_with(']'),
        '"' | '\'' => {
            value.len() > 1
                && value.ends_with(value.chars().next()?)
                && !value.starts_with("\"\"\"")
                && !value.starts_with("'''")
        }
        _ => true,
    };
    whole.then_some(at)
}

fn mutated() -> impl Strategy<Value = String> {
    (any::<Index>(), prop::collection::vec(edit(), 1..4)).prop_map(|(seed, edits)| {
        let seed = seeds()[seed.index(seeds().len())].clone();
        let bytes = edits.iter().fold(seed, apply);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

#[test]
fn every_seed_holds_the_property() {
    assert!(seeds().len() >= 60, "only {} seed catalogs", seeds().len());
    for seed in seeds() {
        let text = String::from_utf8_lossy(seed);
        pipeline::check(&text).unwrap_or_else(|e| panic!("{e}\n--- catalog:\n{text}"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn mutated_catalogs_hold_the_property(text in mutated()) {
        pipeline::check(&text).map_err(|e| TestCaseError::fail(format!("{e}\n--- catalog:\n{text}")))?;
    }
}
