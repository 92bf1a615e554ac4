//! The `toml` crate as the oracle of the catalog TOML reader
//! (`error_catalog::__unstable::toml_doc`): for every document, either both reject it or
//! both read the same tree — values, source order and every span. Shared by
//! the proptest `toml_oracle` and the cargo-fuzz target `toml_doc`.

use error_catalog::__unstable::toml_doc;
use error_catalog::__unstable::value::{Int, Key, Node, Value};
use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// `Err` with what differs when the reader and `toml` disagree on `text`.
pub fn compare(text: &str) -> Result<(), String> {
    let ours = toml_doc::parse(text);
    let theirs = oracle(text).filter(|tree| !junk_number(tree) && !dotted_into_array(text));
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

/// The document as `toml` reads it, in the reader's tree; `None` if it
/// rejects it. The reader reads a multi-line string's raw CRLF line breaks
/// as `\n` (TOML lets a parser normalise them; a message must not depend on
/// a checkout's line endings) and `toml` does not, so string values come
/// from `toml`'s reading of the document with every CRLF made LF: that
/// changes raw line breaks only, never an escaped `\r\n`. Spans and
/// acceptance come from the document as it is.
fn oracle(text: &str) -> Option<Node> {
    let mut tree = read(text)?;
    if text.contains("\r\n") {
        if let Some(lf) = read(&text.replace("\r\n", "\n")) {
            strings_from(&mut tree.value, &lf.value);
        }
    }
    Some(tree)
}

fn read(text: &str) -> Option<Node> {
    let table = DeTable::parse(text).ok()?;
    let span = table.span();
    Some(Node {
        span,
        value: table_value(table.into_inner()),
    })
}

/// Every string of `tree` replaced by the one at the same place in `lf`
/// (the same document with LF line breaks, so the same shape).
fn strings_from(tree: &mut Value, lf: &Value) {
    match (tree, lf) {
        (Value::Str(s), Value::Str(t)) => s.clone_from(t),
        (Value::Array(a), Value::Array(b)) => {
            for (x, y) in a.iter_mut().zip(b) {
                strings_from(&mut x.value, &y.value);
            }
        }
        (Value::Table(a), Value::Table(b)) => {
            for ((_, x), (_, y)) in a.iter_mut().zip(b) {
                strings_from(&mut x.value, &y.value);
            }
        }
        _ => {}
    }
}

fn table_value(table: DeTable<'_>) -> Value {
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
                node(value),
            )
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

/// Whether a dotted key under a `[table]` header reaches into an array of
/// tables (`[[c.a]]`, then `[c]` and `a.b.d = 0`). TOML forbids it (toml-test
/// `invalid/array/extend-defined-aot`) and the reader rejects it; `toml`
/// rejects the two-part form but takes three or more parts into the array's
/// last table. Keys are split as the generated documents write them.
fn dotted_into_array(text: &str) -> bool {
    let mut arrays: Vec<Vec<String>> = Vec::new();
    let mut header: Vec<String> = Vec::new();
    for line in text.lines().map(str::trim) {
        if let Some(path) = line.strip_prefix("[[").and_then(|l| l.strip_suffix("]]")) {
            header = key_parts(path);
            arrays.push(header.clone());
        } else if let Some(path) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            header = key_parts(path);
        } else if let [key, _, ..] = split_outside_quotes(line, '=')[..] {
            let parts = key_parts(key);
            let reaches = (1..parts.len()).any(|n| {
                let path: Vec<String> = header.iter().chain(&parts[..n]).cloned().collect();
                arrays.contains(&path)
            });
            if reaches {
                return true;
            }
        }
    }
    false
}

/// A dotted key's parts, unquoted (`"a" . 'b'` is `a`, `b`; `"\u0041"` is `A`).
fn key_parts(key: &str) -> Vec<String> {
    split_outside_quotes(key, '.')
        .into_iter()
        .map(|part| {
            let part = part.trim();
            if let Some(raw) = part.strip_prefix('\'').and_then(|p| p.strip_suffix('\'')) {
                raw.to_owned()
            } else if let Some(basic) = part.strip_prefix('"').and_then(|p| p.strip_suffix('"')) {
                let line = format!("k = \"{basic}\"");
                let unescaped = DeTable::parse(&line).ok().and_then(|table| {
                    match table.into_inner().into_iter().next()?.1.into_inner() {
                        DeValue::String(s) => Some(s.into_owned()),
                        _ => None,
                    }
                });
                unescaped.unwrap_or_else(|| basic.to_owned())
            } else {
                part.to_owned()
            }
        })
        .collect()
}

/// `text` cut at every `sep` outside a quoted key.
fn split_outside_quotes(text: &str, sep: char) -> Vec<&str> {
    let (mut parts, mut start, mut quote) = (Vec::new(), 0, None);
    for (i, c) in text.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, _) if c == sep => {
                parts.push(&text[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}
