//! Codes as written, as keys (`[codes.04026]`) or values (`success`): parsing
//! them for the catalog's code type and reporting why one is not a code.

use super::reader::Reader;
use crate::model::{Code, CodeType};
use crate::value::{Int, Key, Node, Span, Value};

pub(super) fn is_decimal(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Why a code key is not a code of the catalog's type.
pub(super) enum CodeProblem {
    NotInteger,
    Overflow,
    LeadingZero(i64),
    Empty,
}

pub(super) fn parse_code(text: &str, code_type: CodeType) -> Result<Code, CodeProblem> {
    match code_type {
        CodeType::Str if text.is_empty() => Err(CodeProblem::Empty),
        CodeType::Str => Ok(Code::Str(text.to_owned())),
        CodeType::Int if !is_decimal(text) => Err(CodeProblem::NotInteger),
        CodeType::Int => {
            let value: i64 = text.parse().map_err(|_| CodeProblem::Overflow)?;
            let digits = text.strip_prefix('-').unwrap_or(text);
            if (digits.len() > 1 && digits.starts_with('0')) || text == "-0" {
                return Err(CodeProblem::LeadingZero(value));
            }
            Ok(Code::Int(value))
        }
    }
}

impl Reader<'_> {
    pub(super) fn code_key(&mut self, key: &Key, code_type: CodeType, entry: &str) -> Option<Code> {
        self.code_text(&key.name, key.span.clone(), code_type, entry)
    }

    fn code_text(
        &mut self,
        text: &str,
        span: Span,
        code_type: CodeType,
        entry: &str,
    ) -> Option<Code> {
        match parse_code(text, code_type) {
            Ok(code) => Some(code),
            Err(CodeProblem::NotInteger) => {
                self.error(
                    span,
                    entry,
                    format!("`{text}` is not an integer code, but this is an integer catalog"),
                    "write the code in decimal (a leading '-' is allowed), or set code-type = \"string\" in [catalog] if the vendor's codes are strings",
                );
                None
            }
            Err(CodeProblem::Overflow) => {
                self.out_of_range(text, span, entry);
                None
            }
            // Kept (as its value) so that `04026` next to `4026` is also reported as a duplicate.
            Err(CodeProblem::LeadingZero(value)) => {
                self.error(
                    span,
                    entry,
                    format!("integer code `{text}` is not written canonically"),
                    &format!("write `{value}`, or set code-type = \"string\" if the vendor sends the text \"{text}\""),
                );
                Some(Code::Int(value))
            }
            Err(CodeProblem::Empty) => {
                self.error(
                    span,
                    entry,
                    "a code may not be empty".into(),
                    "give the vendor's code",
                );
                None
            }
        }
    }

    fn out_of_range(&mut self, text: &str, span: Span, entry: &str) {
        self.error(
            span,
            entry,
            format!("code `{text}` is out of range for i64"),
            "integer codes must lie in -9223372036854775808..=9223372036854775807; set code-type = \"string\" for longer codes",
        );
    }

    /// A code written as a value (in `success`).
    pub(super) fn code_value(
        &mut self,
        node: &Node,
        code_type: CodeType,
        entry: &str,
    ) -> Option<Code> {
        match (&node.value, code_type) {
            (Value::Int(Int::Fits(v)), CodeType::Int) => Some(Code::Int(*v)),
            // Also `0xFFFF_FFFF_FFFF_FFFF`: not "not an integer" as its text would say.
            (Value::Int(Int::Overflow(text)), CodeType::Int) => {
                self.out_of_range(text, node.span.clone(), entry);
                None
            }
            (Value::Str(s), CodeType::Str) => {
                self.code_text(s, node.span.clone(), code_type, entry)
            }
            (_, CodeType::Int) => {
                self.wrong_type(node, entry, "success", "a list of integer codes");
                None
            }
            (_, CodeType::Str) => {
                self.wrong_type(node, entry, "success", "a list of string codes");
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_keys() {
        assert!(matches!(parse_code("-1", CodeType::Int), Ok(Code::Int(-1))));
        assert!(matches!(
            parse_code("04026", CodeType::Int),
            Err(CodeProblem::LeadingZero(4026))
        ));
        assert!(matches!(
            parse_code("-0", CodeType::Int),
            Err(CodeProblem::LeadingZero(0))
        ));
        assert!(matches!(parse_code("0", CodeType::Int), Ok(Code::Int(0))));
        assert!(matches!(
            parse_code("+4026", CodeType::Int),
            Err(CodeProblem::NotInteger)
        ));
        assert!(matches!(
            parse_code("9223372036854775808", CodeType::Int),
            Err(CodeProblem::Overflow)
        ));
        assert!(matches!(
            parse_code("-9223372036854775808", CodeType::Int),
            Ok(Code::Int(i64::MIN))
        ));
        assert!(matches!(parse_code("0000", CodeType::Str), Ok(Code::Str(s)) if s == "0000"));
    }
}
