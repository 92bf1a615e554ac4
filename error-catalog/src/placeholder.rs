//! Placeholder syntax of messages, parsed at generation time so that the
//! runtime only concatenates pieces.

use crate::model::PlaceholderStyle;

/// A piece of a message template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Literal text (escapes already resolved).
    Lit(String),
    /// Argument `index`, written as `raw` (kept for when the argument is missing).
    Arg {
        /// Zero-based argument index.
        index: usize,
        /// The placeholder as written, e.g. `{0}` or `%s`.
        raw: String,
    },
}

/// Splits `text` into literal pieces and arguments.
///
/// Java style follows `MessageFormat` where vendors rely on it: `{N}` is
/// argument N, `''` is one quote, and a quote directly before `{` quotes text up
/// to the next quote (`'{x}'` is the literal `{x}`). Any other lone quote is
/// literal, because vendor texts are full of apostrophes (`don't`).
/// Printf style: `%s` and `%d` take the next argument, `%%` is `%`, any other
/// `%` is literal.
pub fn parse(style: PlaceholderStyle, text: &str) -> Result<Vec<Piece>, String> {
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut chars = text.char_indices().peekable();
    let mut next_printf = 0;
    while let Some((at, c)) = chars.next() {
        match (style, c) {
            (PlaceholderStyle::Java, '\'') => match chars.peek() {
                Some((_, '\'')) => {
                    chars.next();
                    lit.push('\'');
                }
                Some((_, '{')) => {
                    let rest = &text[at + 1..];
                    let end = rest
                        .find('\'')
                        .ok_or_else(|| "quoted text is not closed with `'`".to_owned())?;
                    lit.push_str(&rest[..end]);
                    for _ in 0..rest[..end].chars().count() + 1 {
                        chars.next();
                    }
                }
                _ => lit.push('\''),
            },
            (PlaceholderStyle::Java, '{') => {
                let rest = &text[at + 1..];
                let end = rest
                    .find('}')
                    .ok_or_else(|| "`{` is not closed with `}`".to_owned())?;
                let inner = &rest[..end];
                let index = inner
                    .parse::<usize>()
                    .ok()
                    .filter(|_| inner.bytes().all(|b| b.is_ascii_digit()) && inner.len() <= 3)
                    .ok_or_else(|| {
                        format!("`{{{inner}}}` is not a placeholder: write `{{0}}`, `{{1}}`…, or quote braces as `'{{'`")
                    })?;
                flush(&mut pieces, &mut lit);
                pieces.push(Piece::Arg {
                    index,
                    raw: format!("{{{inner}}}"),
                });
                for _ in 0..inner.len() + 1 {
                    chars.next();
                }
            }
            (PlaceholderStyle::Java, '}') => {
                return Err(format!(
                    "`}}` at byte {at} has no opening `{{`: quote it as `'}}'`"
                ));
            }
            (PlaceholderStyle::Printf, '%') => match chars.peek().map(|(_, c)| *c) {
                Some('%') => {
                    chars.next();
                    lit.push('%');
                }
                Some(conv @ ('s' | 'd')) => {
                    chars.next();
                    flush(&mut pieces, &mut lit);
                    pieces.push(Piece::Arg {
                        index: next_printf,
                        raw: format!("%{conv}"),
                    });
                    next_printf += 1;
                }
                _ => lit.push('%'),
            },
            _ => lit.push(c),
        }
    }
    flush(&mut pieces, &mut lit);
    Ok(pieces)
}

/// The placeholders a text evidently holds, for a catalog that does not set
/// its style: (`{N}`, a decimal index in braces; `%s` or `%d`, not after `%%`).
pub fn evident(text: &str) -> (bool, bool) {
    let bytes = text.as_bytes();
    let (mut java, mut printf) = (false, false);
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => {
                let digits = bytes[i + 1..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
                java |= digits > 0 && bytes.get(i + 1 + digits) == Some(&b'}');
            }
            b'%' => match bytes.get(i + 1) {
                Some(b'%') => i += 1,
                Some(b's' | b'd') => printf = true,
                _ => {}
            },
            _ => {}
        }
        i += 1;
    }
    (java, printf)
}

fn flush(pieces: &mut Vec<Piece>, lit: &mut String) {
    if !lit.is_empty() {
        pieces.push(Piece::Lit(core::mem::take(lit)));
    }
}

/// How many arguments a template takes: one past the highest index.
pub fn arity(pieces: &[Piece]) -> usize {
    pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Arg { index, .. } => Some(index + 1),
            Piece::Lit(_) => None,
        })
        .max()
        .unwrap_or(0)
}

/// The placeholders of a template in a form that must agree between the
/// languages of one code: the sorted set of indices for Java (translations
/// may reorder), the sequence of conversions for printf.
pub fn signature(pieces: &[Piece], style: PlaceholderStyle) -> Vec<String> {
    let mut sig: Vec<(usize, String)> = pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Arg { index, raw } => Some((*index, raw.clone())),
            Piece::Lit(_) => None,
        })
        .collect();
    if style == PlaceholderStyle::Java {
        sig.sort();
        sig.dedup();
    }
    sig.into_iter().map(|(_, raw)| raw).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use PlaceholderStyle::{Java, Printf};

    fn lit(s: &str) -> Piece {
        Piece::Lit(s.into())
    }
    fn arg(index: usize, raw: &str) -> Piece {
        Piece::Arg {
            index,
            raw: raw.into(),
        }
    }

    #[test]
    fn java_style() {
        assert_eq!(
            parse(Java, "Parameter {0} can''t be {1}").unwrap(),
            vec![
                lit("Parameter "),
                arg(0, "{0}"),
                lit(" can't be "),
                arg(1, "{1}")
            ]
        );
        assert_eq!(
            parse(Java, "don't '{x}' {2}").unwrap(),
            vec![lit("don't {x} "), arg(2, "{2}")]
        );
        assert_eq!(arity(&parse(Java, "{2} and {0}").unwrap()), 3);
        assert!(parse(Java, "open {0").is_err());
        assert!(parse(Java, "{name}")
            .unwrap_err()
            .contains("not a placeholder"));
        assert!(parse(Java, "stray }").is_err());
        assert!(parse(Java, "'{never closed").is_err());
    }

    #[test]
    fn printf_style() {
        assert_eq!(
            parse(Printf, "%s is %d%% done, 5% left").unwrap(),
            vec![
                lit(""),
                arg(0, "%s"),
                lit(" is "),
                arg(1, "%d"),
                lit("% done, 5% left")
            ]
            .into_iter()
            .filter(|p| p != &lit(""))
            .collect::<Vec<_>>()
        );
        assert_eq!(arity(&parse(Printf, "%s %s").unwrap()), 2);
    }

    #[test]
    fn none_style_keeps_text() {
        assert_eq!(
            parse(PlaceholderStyle::None, "{0} %s").unwrap(),
            vec![lit("{0} %s")]
        );
    }

    #[test]
    fn signatures_ignore_order_for_java_only() {
        let a = parse(Java, "{0} {1}").unwrap();
        let b = parse(Java, "{1} then {0}").unwrap();
        assert_eq!(signature(&a, Java), signature(&b, Java));
        let c = parse(Printf, "%s %d").unwrap();
        let d = parse(Printf, "%d %s").unwrap();
        assert_ne!(signature(&c, Printf), signature(&d, Printf));
    }

    #[test]
    fn evident_styles() {
        assert_eq!(evident("Payment failed: {0}"), (true, false));
        assert_eq!(evident("Field %s is %d long"), (false, true));
        assert_eq!(evident("{12} and %s"), (true, true));
        for plain in ["100% done", "%%s is literal", "{name} {} {0", "{x1}", "50%"] {
            assert_eq!(evident(plain), (false, false), "{plain}");
        }
    }
}
