//! The `toml` crate as the oracle of the catalog TOML reader
//! (`error_catalog::toml_doc`): for every document, either both reject it or
//! both read the same tree — values, source order and every span. Shared by
//! the proptest `toml_oracle` and the cargo-fuzz target `toml_doc`.

use error_catalog::toml_doc;
use error_catalog::value::{Int, Key, Node, Value};
use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// `Err` with what differs when the reader and `toml` disagree on `text`.
pub fn compare(text: &str) -> Result<(), String> {
    let ours = toml_doc::parse(text);
    let theirs = oracle(text).filter(|tree| !junk_number(tree));
    match (ours, theirs) {
        (Ok(a), Some(b)) if a == b => Ok(()),
        (Ok(a), Some(b)) => Err(format!(
            "different trees for {text:?}\n reader: {a:?}\n   toml: {b:?}"
        )),
        (Err(_), None) => Ok(()),
        (Ok(_), None) => Err(format!("toml rejects, the reader accepts: {text:?}")),
        (Err(e), Some(_)) => Err(format!(
            "toml accepts, the reader rejects ({e:?}): {text:?}"
        )),
    }
}

/// The document as `toml` reads it, in the reader's tree; `None` if it rejects it.
fn oracle(text: &str) -> Option<Node> {
    let table = DeTable::parse(text).ok()?;
    let span = table.span();
    Some(Node {
        span,
        value: table_value(text, table.into_inner()),
    })
}

fn table_value(text: &str, table: DeTable<'_>) -> Value {
    // `toml` keeps keys sorted; the reader keeps source order.
    let mut entries: Vec<(Key, Node)> = table
        .into_iter()
        .map(|(key, value)| {
            let span = key.span();
            (
                Key {
                    name: key.into_inner().into_owned(),
                    span,
                },
                node(text, value),
            )
        })
        .collect();
    entries.sort_by_key(|(key, _)| key.span.start);
    Value::Table(entries)
}

fn node(text: &str, value: Spanned<DeValue<'_>>) -> Node {
    let span = value.span();
    let value = match value.into_inner() {
        DeValue::String(s) => Value::Str(newlines_as_lf(&text[span.clone()], s.into_owned())),
        DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
            Ok(v) => Value::Int(Int::Fits(v)),
            Err(_) => Value::Int(Int::Overflow(i.to_string())),
        },
        DeValue::Float(f) => Value::Float(f.as_str().to_owned()),
        DeValue::Boolean(b) => Value::Bool(b),
        DeValue::Datetime(_) => Value::Datetime,
        DeValue::Array(items) => {
            Value::Array(items.into_iter().map(|item| node(text, item)).collect())
        }
        DeValue::Table(table) => table_value(text, table),
    };
    Node { span, value }
}

/// A multi-line string's value with its raw CRLF line breaks read as `\n`,
/// as the reader does (TOML lets a parser normalise them; a message must not
/// depend on a checkout's line endings) and `toml` does not. A string that
/// also escapes a CR is left alone: its CRLFs cannot be told apart here.
fn newlines_as_lf(source: &str, value: String) -> String {
    let multi_line = source.starts_with("\"\"\"") || source.starts_with("'''");
    if multi_line && source.contains("\r\n") && !source.contains("\\r") {
        value.replace("\r\n", "\n")
    } else {
        value
    }
}

/// Whether `toml` read a number with junk inside: it takes `1_0<tab>0`,
/// `1_0-0` or `1_0x0` for an integer (after an underscore) and `0o` for
/// one without digits: `toml_parser` quirks the reader does not copy.
fn junk_number(node: &Node) -> bool {
    match &node.value {
        Value::Int(Int::Overflow(text)) => {
            let digits = text.trim_start_matches(['+', '-']);
            let clean = match digits.get(..2) {
                Some("0x" | "0o" | "0b") => {
                    digits.len() > 2 && digits[2..].chars().all(|c| c.is_ascii_hexdigit())
                }
                _ => digits.chars().all(|c| c.is_ascii_digit()),
            };
            !clean
        }
        Value::Array(items) => items.iter().any(junk_number),
        Value::Table(entries) => entries.iter().any(|(_, n)| junk_number(n)),
        _ => false,
    }
}
