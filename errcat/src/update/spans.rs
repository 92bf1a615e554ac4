//! JSON read into a tree of byte spans, for editing the text in place: the
//! text was loaded as a valid catalog before, so this reader only needs to
//! find where each value starts and ends.

use std::ops::Range;

/// A JSON value and where it is written.
#[derive(Clone, Debug)]
pub enum Node {
    /// `{…}`.
    Object {
        /// The members, in file order.
        members: Vec<Member>,
        /// From `{` to after `}`.
        span: Range<usize>,
    },
    /// `[…]`.
    Array {
        /// The items, in file order.
        items: Vec<Item>,
        /// From `[` to after `]`.
        span: Range<usize>,
    },
    /// A string, number, `true`, `false` or `null`.
    Scalar {
        /// Where it is written.
        span: Range<usize>,
    },
}

/// `"key": value`.
#[derive(Clone, Debug)]
pub struct Member {
    /// The key, unescaped.
    pub key: String,
    /// The key's span, quotes included.
    pub key_span: Range<usize>,
    /// The value.
    pub value: Node,
}

/// An item of an array: its span and, for a string, its text.
#[derive(Clone, Debug)]
pub struct Item {
    /// Where it is written.
    pub span: Range<usize>,
    /// The unescaped text of a string item.
    pub text: Option<String>,
}

impl Node {
    /// Where the value is written.
    pub fn span(&self) -> &Range<usize> {
        match self {
            Node::Object { span, .. } | Node::Array { span, .. } | Node::Scalar { span } => span,
        }
    }

    /// An object's members (none for other values).
    pub fn members(&self) -> &[Member] {
        match self {
            Node::Object { members, .. } => members,
            _ => &[],
        }
    }

    /// An array's items (none for other values).
    pub fn items(&self) -> &[Item] {
        match self {
            Node::Array { items, .. } => items,
            _ => &[],
        }
    }

    /// The member named `key` of an object.
    pub fn member(&self, key: &str) -> Option<&Member> {
        self.members().iter().find(|m| m.key == key)
    }

    /// Whether it is an object.
    pub fn is_object(&self) -> bool {
        matches!(self, Node::Object { .. })
    }
}

/// Reads a JSON text.
pub fn parse(text: &str) -> Result<Node, String> {
    let mut reader = Reader { text, at: 0 };
    let node = reader.value()?;
    reader.space();
    if reader.at == text.len() {
        Ok(node)
    } else {
        Err(reader.error("the end of the file"))
    }
}

struct Reader<'t> {
    text: &'t str,
    at: usize,
}

impl Reader<'_> {
    fn error(&self, expected: &str) -> String {
        format!("byte {}: expected {expected}", self.at)
    }

    fn space(&mut self) {
        let rest = &self.text[self.at..];
        self.at += rest.len() - rest.trim_start_matches([' ', '\t', '\n', '\r']).len();
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.space();
        let found = self.text.as_bytes().get(self.at) == Some(&byte);
        self.at += usize::from(found);
        found
    }

    fn value(&mut self) -> Result<Node, String> {
        self.space();
        let start = self.at;
        if self.eat(b'{') {
            let mut members = Vec::new();
            while !self.eat(b'}') {
                if !members.is_empty() && !self.eat(b',') {
                    return Err(self.error("`,` or `}`"));
                }
                self.space();
                let key_start = self.at;
                let key = self.string()?;
                let key_span = key_start..self.at;
                if !self.eat(b':') {
                    return Err(self.error("`:`"));
                }
                let value = self.value()?;
                members.push(Member {
                    key,
                    key_span,
                    value,
                });
            }
            return Ok(Node::Object {
                members,
                span: start..self.at,
            });
        }
        if self.eat(b'[') {
            let mut items = Vec::new();
            while !self.eat(b']') {
                if !items.is_empty() && !self.eat(b',') {
                    return Err(self.error("`,` or `]`"));
                }
                let node = self.value()?;
                let span = node.span().clone();
                let text = serde_json::from_str(&self.text[span.clone()]).ok();
                items.push(Item { span, text });
            }
            return Ok(Node::Array {
                items,
                span: start..self.at,
            });
        }
        if self.text[self.at..].starts_with('"') {
            self.string()?;
        } else {
            let rest = &self.text[self.at..];
            let len = rest
                .find(|c: char| matches!(c, ',' | '}' | ']') || c.is_whitespace())
                .unwrap_or(rest.len());
            if len == 0 {
                return Err(self.error("a value"));
            }
            self.at += len;
        }
        Ok(Node::Scalar {
            span: start..self.at,
        })
    }

    /// A string at `at`, unescaped by serde_json.
    fn string(&mut self) -> Result<String, String> {
        let bytes = self.text.as_bytes();
        if bytes.get(self.at) != Some(&b'"') {
            return Err(self.error("a string"));
        }
        let start = self.at;
        let mut i = start + 1;
        while i < bytes.len() && bytes[i] != b'"' {
            i += if bytes[i] == b'\\' { 2 } else { 1 };
        }
        if i >= bytes.len() {
            return Err(self.error("the end of the string"));
        }
        self.at = i + 1;
        serde_json::from_str(&self.text[start..self.at]).map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::{parse, Node};

    #[test]
    fn spans_of_members_and_items() {
        let text = r#"{ "a": [1, "x\"y"], "b": {"c": null} }"#;
        let root = parse(text).unwrap();
        let a = root.member("a").unwrap();
        assert_eq!(&text[a.key_span.clone()], r#""a""#);
        assert_eq!(&text[a.value.span().clone()], r#"[1, "x\"y"]"#);
        assert_eq!(a.value.items()[1].text.as_deref(), Some("x\"y"));
        let b = &root.member("b").unwrap().value;
        assert!(
            matches!(&b.member("c").unwrap().value, Node::Scalar { span } if &text[span.clone()] == "null")
        );
        assert!(parse(r#"{"a" 1}"#).is_err());
        assert!(parse("[1,").is_err());
    }
}
