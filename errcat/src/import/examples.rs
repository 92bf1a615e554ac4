//! Response examples in fenced JSON blocks (`{"code": 0, "message":
//! "suucess", "data": {}}`): their codes and texts, and the envelope's field
//! names.

use super::table::Row;
use serde_json::Value;

/// What the examples of a doc show.
#[derive(Debug, Default)]
pub struct Examples {
    /// One row per example that has a code and a message.
    pub rows: Vec<Row>,
    /// Codes of examples labelled as the success reply (`成功返回：`, `Success response:`).
    pub success: Vec<String>,
    /// The envelope's field names, from the first example.
    pub envelope: Option<Envelope>,
}

/// Field names of the vendor's response envelope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
    /// The field holding the code.
    pub code: String,
    /// The field holding the message.
    pub message: String,
    /// The field holding the payload, where the examples show one.
    pub data: Option<String>,
}

const CODE_FIELDS: [&str; 2] = ["code", "status"];
const MESSAGE_FIELDS: [&str; 2] = ["message", "msg"];

impl Examples {
    /// Reads the fenced block `text` whose first line is doc line `first_line`
    /// and whose label (the text line above it) is `label`; a block that is
    /// not a JSON object with a code and a message is ignored.
    pub fn read(&mut self, text: &str, first_line: usize, label: Option<&str>) {
        let Ok(Value::Object(object)) = serde_json::from_str::<Value>(text) else {
            return;
        };
        let field =
            |names: &[&'static str]| names.iter().copied().find(|n| object.contains_key(*n));
        let (Some(code_field), Some(message_field)) = (field(&CODE_FIELDS), field(&MESSAGE_FIELDS))
        else {
            return;
        };
        let code = match &object[code_field] {
            Value::Number(n) if n.is_i64() => n.to_string(),
            Value::String(s) => s.clone(),
            _ => return,
        };
        // An example with an empty message (`"msg": ""`) shows no text.
        let Value::String(message) = &object[message_field] else {
            return;
        };
        if message.trim().is_empty() {
            return;
        }
        let needle = format!("\"{code_field}\"");
        let line = text
            .lines()
            .position(|l| l.contains(&needle))
            .map_or(first_line, |i| first_line + i);
        if label.is_some_and(|l| l.contains("成功") || l.to_lowercase().contains("success")) {
            self.success.push(code.clone());
        }
        self.rows.push(Row {
            from_example: true,
            ..Row::new(line, code, message.clone())
        });
        self.envelope.get_or_insert(Envelope {
            code: code_field.to_owned(),
            message: message_field.to_owned(),
            data: object.contains_key("data").then(|| "data".to_owned()),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envelope_examples() {
        let mut examples = Examples::default();
        examples.read(
            "{\n  \"code\": -1,\n  \"message\": \"failed\",\n  \"data\": null\n}",
            30,
            Some("* 错误返回："),
        );
        examples.read("not json", 40, None);
        examples.read("{\"data\": 1}", 50, None);
        examples.read(
            "{\"code\": 0, \"msg\": \"ok\"}",
            60,
            Some("Success response:"),
        );
        assert_eq!(examples.rows.len(), 2);
        assert_eq!(examples.success, ["0"]);
        assert_eq!(
            (examples.rows[0].line, examples.rows[0].code.as_str()),
            (31, "-1")
        );
        assert_eq!(examples.rows[0].text, "failed");
        assert_eq!(
            examples.envelope,
            Some(Envelope {
                code: "code".into(),
                message: "message".into(),
                data: Some("data".into())
            })
        );
    }
}
