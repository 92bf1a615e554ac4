//! TOML text → the spanned document tree, through `toml`'s span-keeping parser.

use crate::diagnostic::Diagnostic;
use crate::value::{Int, Key, Node, Value};
use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// Parses a TOML document; a syntax error is one diagnostic at its position.
pub fn parse(text: &str) -> Result<Node, Diagnostic> {
    match DeTable::parse(text) {
        Ok(table) => {
            let span = table.span();
            Ok(Node {
                span,
                value: table_value(table.into_inner()),
            })
        }
        Err(error) => {
            let span = error.span().unwrap_or(0..0);
            Err(Diagnostic::new(
                span,
                format!("TOML syntax error: {}", error.message().trim_end()),
            )
            .help("fix the TOML syntax; see catalogs/README.md for the schema"))
        }
    }
}

fn table_value(table: DeTable<'_>) -> Value {
    // `toml` keeps keys sorted; catalog order is source order, so sort by span.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_source_order_and_spans() {
        let text = "[codes.b]\nx = 1\n[codes.a]\ny = 99999999999999999999999\n";
        let root = parse(text).unwrap();
        let Value::Table(top) = &root.value else {
            panic!()
        };
        let Value::Table(codes) = &top[0].1.value else {
            panic!()
        };
        assert_eq!(codes[0].0.name, "b");
        assert_eq!(codes[1].0.name, "a");
        assert_eq!(&text[codes[1].0.span.clone()], "a");
        let Value::Table(a) = &codes[1].1.value else {
            panic!()
        };
        assert!(matches!(&a[0].1.value, Value::Int(Int::Overflow(_))));
    }

    #[test]
    fn syntax_errors_have_positions() {
        let err = parse("[catalog]\nname = \n").unwrap_err();
        assert!(err.span.is_some());
        assert!(err.message.starts_with("TOML syntax error"));
    }
}
