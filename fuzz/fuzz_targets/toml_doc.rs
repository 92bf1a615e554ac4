//! The catalog TOML reader (`error_catalog::toml_doc`) on arbitrary text,
//! against the `toml` crate: besides never panicking, both accept or both
//! reject, and when both accept they read the same tree, spans included
//! (the property of error-catalog/tests/toml_oracle.rs, on fuzzed input).
#![no_main]

use error_catalog::toml_doc;
use error_catalog::value::{Int, Key, Node, Value};
use libfuzzer_sys::fuzz_target;
use toml::de::{DeTable, DeValue};
use toml::Spanned;

fn table_value(table: DeTable<'_>) -> Value {
    let mut entries: Vec<(Key, Node)> = table
        .into_iter()
        .map(|(key, value)| {
            let span = key.span();
            let name = key.into_inner().into_owned();
            (Key { name, span }, node(value))
        })
        .collect();
    entries.sort_by_key(|(key, _)| key.span.start);
    Value::Table(entries)
}

fn node(value: Spanned<DeValue<'_>>) -> Node {
    let span = value.span();
    let value = match value.into_inner() {
        DeValue::String(s) => Value::Str(s.into_owned()),
        DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
            Ok(v) => Value::Int(Int::Fits(v)),
            Err(_) => Value::Int(Int::Overflow(i.to_string())),
        },
        DeValue::Float(f) => Value::Float(f.as_str().to_owned()),
        DeValue::Boolean(b) => Value::Bool(b),
        DeValue::Datetime(_) => Value::Datetime,
        DeValue::Array(items) => Value::Array(items.into_iter().map(node).collect()),
        DeValue::Table(table) => table_value(table),
    };
    Node { span, value }
}

/// `toml` takes `1_0<tab>0`, `1_0-0`, `1_0x0` or `0o` for an integer; the
/// reader rejects them (see the oracle test).
fn junk_number(node: &Node) -> bool {
    match &node.value {
        Value::Int(Int::Overflow(text)) => {
            let digits = text.trim_start_matches(['+', '-']);
            !match digits.get(..2) {
                Some("0x" | "0o" | "0b") => {
                    digits.len() > 2 && digits[2..].chars().all(|c| c.is_ascii_hexdigit())
                }
                _ => digits.chars().all(|c| c.is_ascii_digit()),
            }
        }
        Value::Array(items) => items.iter().any(junk_number),
        Value::Table(entries) => entries.iter().any(|(_, n)| junk_number(n)),
        _ => false,
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let ours = toml_doc::parse(text);
    let theirs = DeTable::parse(text).ok().map(|table| {
        let span = table.span();
        Node {
            span,
            value: table_value(table.into_inner()),
        }
    });
    match (ours, theirs.filter(|tree| !junk_number(tree))) {
        (Ok(a), Some(b)) => assert_eq!(a, b, "different trees for {text:?}"),
        (Err(_), None) => {}
        (Ok(_), None) => panic!("toml rejects, the reader accepts {text:?}"),
        (Err(e), Some(_)) => panic!("toml accepts, the reader rejects ({e:?}) {text:?}"),
    }
});
