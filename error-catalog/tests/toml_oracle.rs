//! The TOML reader (`error_catalog::__unstable::toml_doc`) against the `toml` crate as
//! an oracle: for every document, either both reject it or both read the
//! same tree — values, source order and every span. Documents are the
//! repository's catalogs and generated ones, valid and mutated.

use error_catalog::__unstable::toml_doc;
use proptest::prelude::*;
use std::path::Path;

#[path = "support/toml_oracle.rs"]
mod support;

fn check(text: &str) -> Result<(), TestCaseError> {
    support::compare(text).map_err(TestCaseError::fail)
}

#[test]
fn repository_catalogs_read_alike() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut seen = 0;
    for dir in ["catalogs", "tests/catalogs", "tests/ui/catalogs"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("catalog directory") {
            let path = entry.expect("entry").path();
            if path.extension().and_then(|e| e.to_str()) == Some("toml") {
                // One test catalog is not UTF-8 on purpose.
                let Ok(text) = std::fs::read_to_string(&path) else {
                    continue;
                };
                check(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                seen += 1;
            }
        }
    }
    assert!(seen >= 20, "only {seen} catalogs");
}

/// The one departure the oracle excuses (`support::dotted_into_array`): the
/// reader holds to TOML there, whatever the number of key parts.
#[test]
fn dotted_key_into_array_of_tables_is_rejected() {
    for text in ["[[c.a]]\n[c]\na.b = 0", "[[c.a]]\n[c]\na.b.d = 0"] {
        assert!(toml_doc::parse(text).is_err(), "{text:?}");
    }
}

#[test]
fn syntax_corners_read_alike() {
    let cases = [
        "a = 1\r\nb = 2",
        "a = 1\rb = 2",
        "a.b = 1\na.c = 2",
        "a.b = 1\n[a]",
        "[a.b]\n[a]\nc = 1",
        "[a]\n[a.b]\n[a]",
        "[a]\nb.c = 1\n[a.b]",
        "[a]\nb.c = 1\n[a.b.d]",
        "[a.b.c]\n[a]\nb.d = 1",
        "[[a]]\nb = 1\n[[a]]\n[a.c]\nd = 2",
        "a = [1]\n[[a]]",
        "a = {b = 1}\n[a.c]",
        "a = {b = 1}\na.c = 2",
        "a = {b.c = 1, b.d = 2}",
        "a = {b = {c = 1}, b.d = 2}",
        "a = {\n  b = 1, # c\n  c = 2,\n}",
        "a = \"\"\"\nx\\\n   y\"\"\"\"\"",
        "a = '''\r\nx''''",
        "a = \"\\x41\\e\\u00e9\\U0001F600\"",
        "a = \"\\ud800\"",
        "a = 1979-05-27T07:32:00Z\nb = 1979-05-27 07:32\nc = 07:32:00.5\nd = 2024-02-29\ne = 2023-02-29",
        "a = 0x_1\nb = 0o8\nc = +0b1\nd = 1__0\ne = 01\nf = -0\ng = 00.5\nh = 1e_5\ni = 1.e5",
        "a = 99999999999999999999\nb = -9_223_372_036_854_775_809\nc = 0xFFFF_FFFF_FFFF_FFFF_F\nd = 9223372036854775807",
        "a = inf\nb = -nan\nc = +inf\nd = infinity\ne = 6.02E+23\nf = 1_0.5_0e-0_1",
        "a = true\nb = falsey",
        "# comment \u{7f}",
        "a = 1 # é\u{1}",
        "\"\" = 1\n'' = 2",
        "[\"a\".'b'.c]",
        "[ a . b ]\n[[ c ]]",
        "[a]]",
        "[[a]\n",
        "a = [1,,2]",
        "a = [,]",
        "a = [\n1,\n# c\n2,\n]",
        "a = {,}",
        "a = {b = 1,,}",
        "=1",
        "a =",
        "a = 1 b = 2",
        "a\n= 1",
        "\u{feff}a = 1",
    ];
    for text in cases {
        check(text).unwrap_or_else(|e| panic!("{e}"));
    }
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "a",
            "b",
            "c",
            "1",
            "-1",
            "x_y",
            "\"a\"",
            "'b'",
            "\"x y\"",
            "\"\\u0041\"",
            "\"中\""
        ])
        .prop_map(str::to_owned),
        "[a-zA-Z0-9_-]{1,4}",
    ]
}

fn dotted_key() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(key(), 1..4),
        prop::sample::select(vec![".", " . ", ". "]),
    )
        .prop_map(|(keys, dot)| keys.join(dot))
}

fn scalar() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "0",
            "1",
            "-1",
            "+5",
            "1_000",
            "0x1F",
            "0o17",
            "0b101",
            "99999999999999999999",
            "1.5",
            "-0.0",
            "1e5",
            "1E-5",
            "inf",
            "-nan",
            "6.02e+23",
            "true",
            "false",
            "1979-05-27",
            "1979-05-27T07:32:00Z",
            "1979-05-27 07:32:00.999+01:00",
            "07:32",
            "07:32:00",
            "\"\"",
            "''",
            "\"\"\"\nml\"\"\"",
            "'''ml\nx'''",
        ])
        .prop_map(str::to_owned),
        "\"([a-z é中#=\\[\\]{},.']|\\\\n|\\\\t|\\\\\"|\\\\\\\\|\\\\u00e9|\\\\x41|\\\\e){0,8}\"",
        "'[a-z é中#\"\\\\]{0,8}'",
        any::<i64>().prop_map(|i| i.to_string()),
    ]
}

fn value() -> impl Strategy<Value = String> {
    scalar().prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            (
                prop::collection::vec(inner.clone(), 0..4),
                any::<bool>(),
                any::<bool>()
            )
                .prop_map(|(items, trailing, lines)| {
                    let sep = if lines { ",\n  " } else { ", " };
                    let comma = if trailing && !items.is_empty() {
                        ","
                    } else {
                        ""
                    };
                    format!("[{}{comma}]", items.join(sep))
                }),
            (
                prop::collection::vec((dotted_key(), inner), 0..4),
                any::<bool>()
            )
                .prop_map(|(pairs, trailing)| {
                    let body: Vec<String> =
                        pairs.iter().map(|(k, v)| format!("{k} = {v}")).collect();
                    let comma = if trailing && !body.is_empty() {
                        ","
                    } else {
                        ""
                    };
                    format!("{{ {}{comma} }}", body.join(", "))
                }),
        ]
    })
}

fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (dotted_key(), value(), prop::sample::select(vec!["", " # note", "\t#", "  "]))
            .prop_map(|(k, v, tail)| format!("{k} = {v}{tail}")),
        2 => dotted_key().prop_map(|k| format!("[{k}]")),
        1 => dotted_key().prop_map(|k| format!("[[{k}]]")),
        1 => prop::sample::select(vec!["", "# comment", "   ", "\t# tab"]).prop_map(str::to_owned),
    ]
}

fn document() -> impl Strategy<Value = String> {
    (prop::collection::vec(line(), 0..12), any::<bool>())
        .prop_map(|(lines, crlf)| lines.join(if crlf { "\r\n" } else { "\n" }))
}

/// A document with one byte-level edit: a character inserted or removed.
fn mutated() -> impl Strategy<Value = String> {
    (
        document(),
        any::<prop::sample::Index>(),
        prop::sample::select(vec![
            "", "\"", "'", "=", "[", "]", ".", "\n", " ", "#", ",", "{", "}", "\\", "\r", "\t",
            "\u{0}", "_", "-", "0", "x", "e", ":",
        ]),
    )
        .prop_map(|(doc, at, insert)| {
            let boundaries: Vec<usize> = (0..=doc.len())
                .filter(|&i| doc.is_char_boundary(i))
                .collect();
            let at = boundaries[at.index(boundaries.len())];
            let mut out = doc[..at].to_owned();
            out.push_str(insert);
            // An empty insertion removes the next character instead.
            let rest = &doc[at..];
            let skip = if insert.is_empty() {
                rest.chars().next().map_or(0, char::len_utf8)
            } else {
                0
            };
            out.push_str(&rest[skip..]);
            out
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn generated_documents_read_alike(text in document()) {
        check(&text)?;
    }

    #[test]
    fn mutated_documents_read_alike(text in mutated()) {
        check(&text)?;
    }
}
