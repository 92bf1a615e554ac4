//! Imported catalogs as TOML text, in the layout of `catalogs/*.toml`.

use super::assemble::{Entry, Imported, Matcher};
use error_catalog::__unstable::toml_doc::quote;
use std::fmt::Write as _;

/// The catalog file for `catalog`, imported from the doc shown as `doc`.
pub fn to_toml(catalog: &Imported, doc: &str) -> String {
    let mut out = String::new();
    let table = match &catalog.heading {
        Some(heading) => format!("table at line {} ({heading})", catalog.line),
        None => format!("table at line {}", catalog.line),
    };
    let _ = writeln!(out, "# Imported by `errcat import` from {doc}, {table}.");
    let _ = writeln!(
        out,
        "# Variant names are derived from keys and messages: review them; the import's report lists what was not taken as-is.\n"
    );
    out.push_str("[catalog]\n");
    field(&mut out, "name", &quote(&catalog.name));
    field(&mut out, "lang", &quote(&catalog.lang));
    let source = match &catalog.heading {
        Some(heading) => format!("{heading} ({doc}, line {})", catalog.line),
        None => format!("{doc}, line {}", catalog.line),
    };
    field(&mut out, "source", &quote(&source));
    field(
        &mut out,
        "code-type",
        &quote(if catalog.integer { "integer" } else { "string" }),
    );
    if !catalog.success.is_empty() {
        let codes: Vec<String> = catalog
            .success
            .iter()
            .map(|c| code_value(catalog, c))
            .collect();
        field(&mut out, "success", &format!("[{}]", codes.join(", ")));
    }
    if let Some(parent) = &catalog.subset_of {
        field(&mut out, "subset-of", &quote(&format!("{parent}.toml")));
    } else {
        field(&mut out, "placeholders", &quote(catalog.placeholders));
    }
    if let Some(unknown) = catalog.unknown {
        field(&mut out, "unknown", &quote(unknown));
    }
    if let Some(envelope) = &catalog.envelope {
        out.push_str("\n[catalog.envelope]\n");
        field(&mut out, "code", &quote(&envelope.code));
        field(&mut out, "message", &quote(&envelope.message));
        if let Some(data) = &envelope.data {
            field(&mut out, "data", &quote(data));
        }
    }
    for category in &catalog.categories {
        let _ = writeln!(out, "\n[categories.{}]", quote(&category.name));
        match &category.matcher {
            Matcher::Range(lo, hi) => field(&mut out, "range", &format!("[{lo}, {hi}]")),
            Matcher::Prefix(prefix) => field(&mut out, "prefix", &quote(prefix)),
        }
        field(&mut out, "doc", &quote(&category.doc));
    }
    for entry in &catalog.entries {
        write_entry(&mut out, catalog, entry);
    }
    out
}

/// One `[codes.CODE]` table.
fn write_entry(out: &mut String, catalog: &Imported, entry: &Entry) {
    let label = if catalog.integer {
        entry.code.clone()
    } else {
        quote(&entry.code)
    };
    if catalog.subset_of.is_some() {
        // A subset's names and texts are its parent's; the text is shown for reading.
        let _ = writeln!(
            out,
            "\n[codes.{label}]  # {}",
            entry.message.replace('\n', " ")
        );
        return;
    }
    let _ = writeln!(out, "\n[codes.{label}]");
    field(out, "name", &quote(&entry.name));
    if let Some(key) = &entry.key {
        field(out, "key", &quote(key));
    }
    match &entry.translation {
        Some((lang, text)) => field(
            out,
            "message",
            &format!(
                "{{ {} = {}, {lang} = {} }}",
                catalog.lang,
                quote(&entry.message),
                quote(text)
            ),
        ),
        None => field(out, "message", &quote(&entry.message)),
    }
    if !entry.other_messages.is_empty() {
        let others: Vec<String> = entry.other_messages.iter().map(|m| quote(m)).collect();
        field(out, "other-messages", &format!("[{}]", others.join(", ")));
    }
    if let Some(http) = entry.http {
        field(out, "http", &http.to_string());
    }
    if entry.deprecated {
        field(
            out,
            "deprecated",
            &quote("struck through in the vendor's doc"),
        );
    }
    if let Some(doc) = &entry.doc {
        field(out, "doc", &quote(doc));
    }
}

fn field(out: &mut String, name: &str, value: &str) {
    let _ = writeln!(out, "{name} = {value}");
}

fn code_value(catalog: &Imported, code: &str) -> String {
    if catalog.integer {
        code.to_owned()
    } else {
        quote(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_strings() {
        assert_eq!(quote("a \"b\" \\ c\td"), r#""a \"b\" \\ c\td""#);
        assert_eq!(quote("签名\u{7}"), "\"签名\\u0007\"");
    }
}
