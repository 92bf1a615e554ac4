//! Codes as written, as keys (`[codes.04026]`) or values (`success`): parsing
//! them for the catalog's code type and reporting why one is not a code.

use super::reader::Reader;
use crate::diagnostic::Diagnostic;
use crate::model::{Code, CodeType};
use crate::names::is_decimal;
use crate::value::{Int, Key, Node, Span, Value};

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

/// The code type of a catalog that sets no `code-type` (nor inherits one):
/// one decision for the whole catalog, never one error per code.
///
/// - A `success` list of strings only, or codes of one width with leading
///   zeros (`"0000"`…`"9002"`, SQLSTATE's `00000`…`40P01`): strings.
/// - Every code canonical decimal: integers.
/// - One code that is not (a typo in an integer catalog): integers, and that
///   code is the one error, with its fix.
/// - More codes that are not than that are: strings.
/// - Several of each: strings, and one error at the first code that is not
///   an integer asking to set `code-type` (the codes are then read as strings,
///   so nothing else cascades).
pub(super) fn infer_code_type(
    keys: &[&Key],
    success: Option<&Node>,
) -> (CodeType, Option<Diagnostic>) {
    let success_strings = match success.map(|n| &n.value) {
        Some(Value::Array(items)) => {
            !items.is_empty() && items.iter().all(|n| matches!(n.value, Value::Str(_)))
        }
        _ => false,
    };
    let strays: Vec<&Key> = keys
        .iter()
        .copied()
        .filter(|k| parse_code(&k.name, CodeType::Int).is_err())
        .collect();
    let zero_padded = keys.iter().any(|k| {
        k.name.len() > 1 && k.name.starts_with('0') && k.name.bytes().all(|b| b.is_ascii_digit())
    });
    let one_width = keys.windows(2).all(|w| w[0].name.len() == w[1].name.len());
    if success_strings || (zero_padded && one_width) || strays.len() * 2 > keys.len() {
        return (CodeType::Str, None);
    }
    match strays.first() {
        Some(first) if strays.len() > 1 => {
            let ints = keys.len() - strays.len();
            let diagnostic = Diagnostic::new(
                first.span.clone(),
                format!(
                    "the codes mix integers ({ints} codes) and strings ({} codes, `{}` first), and `code-type` is not set",
                    strays.len(),
                    first.name
                ),
            )
            .entry(format!("[codes.{}]", first.name))
            .help("set code-type = \"string\" in [catalog] if the vendor's codes are strings, or code-type = \"integer\" to see each code that is not an integer");
            (CodeType::Str, Some(diagnostic))
        }
        _ => (CodeType::Int, None),
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

    fn infer(codes: &[&str], success: Option<Value>) -> (CodeType, Option<Diagnostic>) {
        let keys: Vec<Key> = codes
            .iter()
            .enumerate()
            .map(|(i, c)| Key {
                name: (*c).to_owned(),
                span: i..i + 1,
            })
            .collect();
        let success = success.map(|value| Node { span: 0..0, value });
        infer_code_type(&keys.iter().collect::<Vec<_>>(), success.as_ref())
    }

    fn strings(items: &[&str]) -> Option<Value> {
        let node = |s: &&str| Node {
            span: 0..0,
            value: Value::Str((*s).to_owned()),
        };
        Some(Value::Array(items.iter().map(node).collect()))
    }

    #[test]
    fn code_type_inferred_once_for_the_catalog() {
        let sqlstate = ["00000", "01000", "08000", "22012", "40P01"];
        assert!(matches!(infer(&sqlstate, None), (CodeType::Str, None)));
        assert!(matches!(
            infer(&["1000", "40P01"], strings(&["00000"])),
            (CodeType::Str, None)
        ));
        let padded = ["0000", "0001", "1000", "2001", "9002"];
        assert!(matches!(infer(&padded, None), (CodeType::Str, None)));
        assert!(matches!(
            infer(&["G500", "GGATEWAY_X", "1"], None),
            (CodeType::Str, None)
        ));
        assert!(matches!(
            infer(&["0", "1", "4026", "-1"], None),
            (CodeType::Int, None)
        ));
        assert!(matches!(infer(&[], None), (CodeType::Int, None)));
        // A lone typo stays an integer catalog: the code itself is the error.
        assert!(matches!(
            infer(&["4026", "E01", "4027"], None),
            (CodeType::Int, None)
        ));
        assert!(matches!(
            infer(&["4026", "04026", "1"], None),
            (CodeType::Int, None)
        ));
        // Several of each: one error asking for `code-type`, at the first string.
        let (code_type, error) = infer(&["1", "2", "3", "A1", "B2"], None);
        assert_eq!(code_type, CodeType::Str);
        let error = error.expect("mixed codes are one error");
        assert_eq!(
            (error.span, error.entry.as_deref()),
            (Some(3..4), Some("[codes.A1]"))
        );
    }
}
