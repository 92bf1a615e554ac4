//! A JSON value that keeps its keys in the order written, and its pretty
//! printer: the schema reads in the guide's order (`$schema` first, then
//! each table's fields as documented), and the committed file does not
//! depend on whether serde_json's `preserve_order` is enabled by another
//! crate of the build.

/// A JSON value with ordered object keys.
pub enum Json {
    /// An object, keys in order.
    Object(Vec<(&'static str, Json)>),
    /// An array.
    Array(Vec<Json>),
    /// A string.
    Str(String),
    /// An integer.
    Int(i64),
    /// `true` or `false`.
    Bool(bool),
}

impl Json {
    /// A string value.
    pub fn str(text: impl Into<String>) -> Json {
        Json::Str(text.into())
    }

    /// An array of strings.
    pub fn strs(items: &[&str]) -> Json {
        Json::Array(items.iter().map(|s| Json::str(*s)).collect())
    }

    /// Pretty-printed, two spaces per level, with a final newline.
    pub fn render(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, 0);
        out.push('\n');
        out
    }

    fn write(&self, out: &mut String, depth: usize) {
        let indent = |out: &mut String, depth: usize| out.push_str(&"  ".repeat(depth));
        match self {
            Json::Object(fields) if fields.is_empty() => out.push_str("{}"),
            Json::Object(fields) => {
                out.push_str("{\n");
                for (i, (key, value)) in fields.iter().enumerate() {
                    indent(out, depth + 1);
                    out.push_str(&quote(key));
                    out.push_str(": ");
                    value.write(out, depth + 1);
                    out.push_str(if i + 1 < fields.len() { ",\n" } else { "\n" });
                }
                indent(out, depth);
                out.push('}');
            }
            // Short arrays of scalars (enums, `required`, type lists) on one line.
            Json::Array(items) if items.iter().all(Json::is_scalar) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    item.write(out, depth);
                }
                out.push(']');
            }
            Json::Array(items) => {
                out.push_str("[\n");
                for (i, item) in items.iter().enumerate() {
                    indent(out, depth + 1);
                    item.write(out, depth + 1);
                    out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
                }
                indent(out, depth);
                out.push(']');
            }
            Json::Str(s) => out.push_str(&quote(s)),
            Json::Int(n) => out.push_str(&n.to_string()),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        }
    }

    fn is_scalar(&self) -> bool {
        matches!(self, Json::Str(_) | Json::Int(_) | Json::Bool(_))
    }
}

/// A JSON string literal (serde_json's escaping).
fn quote(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::Json;

    #[test]
    fn renders_nested_values_in_order() {
        let value = Json::Object(vec![
            ("z", Json::Int(1)),
            ("a", Json::strs(&["x", "y\""])),
            ("m", Json::Object(vec![("b", Json::Bool(false))])),
            ("e", Json::Object(Vec::new())),
        ]);
        assert_eq!(
            value.render(),
            "{\n  \"z\": 1,\n  \"a\": [\"x\", \"y\\\"\"],\n  \"m\": {\n    \"b\": false\n  },\n  \"e\": {}\n}\n"
        );
    }
}
