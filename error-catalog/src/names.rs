//! Identifier rules: what a variant or enum name may be, case conversion for the
//! code-reference macro, and did-you-mean suggestions (for names and for
//! codes). Shared by every stage, so it depends on the model alone.

use crate::model::Code;
/// Associated items of the generated enum that a variant may not shadow.
pub(crate) const GENERATED_ITEMS: &[&str] = &["ALL"];

/// Rust keywords and reserved words of every edition, as an UpperCamelCase name
/// could collide with only `Self`, but derived names (from keys) can be anything.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield", "_",
];

/// Whether `word` is a Rust keyword or reserved word in some edition.
pub fn is_keyword(word: &str) -> bool {
    // Every keyword but `Self` starts with a lowercase letter or `_`: one
    // byte decides for a variant name (the macro runs unoptimised).
    match word.as_bytes().first() {
        Some(b'S') => word == "Self",
        Some(b) if b.is_ascii_uppercase() || b.is_ascii_digit() => false,
        _ => KEYWORDS.contains(&word),
    }
}

/// Why a name cannot be a variant or enum name, if it cannot.
pub fn camel_case_problem(name: &str) -> Option<String> {
    if name.is_empty() {
        return Some("the name is empty".into());
    }
    // Invisible characters (a zero-width joiner) shown escaped: rustc drops
    // them from its output, and the name would look valid.
    let shown = name.escape_debug();
    if is_keyword(name) {
        return Some(format!("`{shown}` is a Rust keyword"));
    }
    let first = name.chars().next()?;
    if first.is_ascii_digit() {
        return Some(format!("`{shown}` starts with a digit"));
    }
    if !first.is_ascii_uppercase() {
        return Some(format!(
            "`{shown}` does not start with an ASCII capital letter"
        ));
    }
    if let Some(c) = name.chars().find(|c| !c.is_ascii_alphanumeric()) {
        return Some(format!(
            "`{shown}` contains {c:?}; names are ASCII UpperCamelCase (letters and digits)"
        ));
    }
    None
}

/// UpperCamelCase from a vendor key or free text: `sign_error` → `SignError`,
/// `GGATEWAY_CODE_012` → `GgatewayCode012`. `None` when nothing usable is left.
pub fn to_camel_case(text: &str) -> Option<String> {
    let mut out = String::new();
    for word in text.split(|c: char| !c.is_ascii_alphanumeric()) {
        // `SIGN` → `Sign`, but `invalidSignature` → `InvalidSignature`.
        let shouting = !word.bytes().any(|b| b.is_ascii_lowercase());
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(chars.map(|c| if shouting { c.to_ascii_lowercase() } else { c }));
        }
    }
    match out.chars().next() {
        Some(c) if c.is_ascii_uppercase() => Some(out),
        _ => None,
    }
}

/// [`to_camel_case`] for a variant name derived from a key or suggested for an
/// invalid name: `None` when the text holds a non-ASCII letter or digit, which
/// would be dropped (`ärger` is not `Rger`, `签名_error` not `Error`).
pub fn name_from(text: &str) -> Option<String> {
    if text.chars().any(|c| !c.is_ascii() && c.is_alphanumeric()) {
        return None;
    }
    to_camel_case(text)
}

/// snake_case of an UpperCamelCase name, as the code-reference macro's name:
/// `EbetStatus` → `ebet_status`, `HTTPStatus` → `http_status`.
pub fn to_snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            if prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_lower)
            {
                out.push('_');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// The form two names collide in: `HttpError`, `HTTPError` and `Httperror`
/// all read the same once case is folded, and would be confusing side by side.
pub fn fold(name: &str) -> String {
    if name.is_ascii() {
        let bytes = name.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] != b'_' {
                out.push(bytes[i].to_ascii_lowercase());
            }
            i += 1;
        }
        return String::from_utf8(out).unwrap_or_default();
    }
    name.chars()
        .filter(|c| *c != '_')
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Edit distance where swapping two neighbours counts as one edit (optimal
/// string alignment), for did-you-mean: `auht` is one edit from `auth`.
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

/// The closest candidate to `word`, if any is close enough to be a likely typo.
pub fn did_you_mean<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(1);
    candidates
        .iter()
        .map(|c| (distance(&word.to_ascii_lowercase(), c), *c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Up to `n` codes closest to `target`: by distance for integers, by edit
/// distance (then order) for strings. Used for did-you-mean on codes.
pub(crate) fn nearest<'a>(
    target: &Code,
    codes: impl Iterator<Item = &'a Code>,
    n: usize,
) -> Vec<&'a Code> {
    let mut scored: Vec<(u128, &Code)> = codes
        .map(|c| {
            let score = match (target, c) {
                (Code::Int(a), Code::Int(b)) => u128::from(a.abs_diff(*b)),
                (Code::Str(a), Code::Str(b)) => distance(a, b) as u128,
                _ => u128::MAX,
            };
            (score, c)
        })
        .collect();
    scored.sort();
    scored.into_iter().take(n).map(|(_, c)| c).collect()
}

/// Whether a code key is written as a decimal integer (`4026`, `-1`).
pub(crate) fn is_decimal(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_case_rules() {
        assert_eq!(camel_case_problem("InvalidSignature"), None);
        assert_eq!(camel_case_problem("Http500"), None);
        assert!(camel_case_problem("Self").unwrap().contains("keyword"));
        assert!(camel_case_problem("invalid").unwrap().contains("capital"));
        assert!(camel_case_problem("4026").unwrap().contains("digit"));
        assert!(camel_case_problem("Bad_Name").unwrap().contains("'_'"));
        assert!(camel_case_problem("").is_some());
        assert!(camel_case_problem("Foo\u{200d}Bar")
            .unwrap()
            .starts_with("`Foo\\u{200d}Bar` contains"));
    }

    #[test]
    fn case_conversion() {
        assert_eq!(to_camel_case("sign_error").as_deref(), Some("SignError"));
        assert_eq!(
            to_camel_case("GGATEWAY_CODE_012").as_deref(),
            Some("GgatewayCode012")
        );
        assert_eq!(to_camel_case("12_ab"), None);
        assert_eq!(
            to_camel_case("invalidSignature").as_deref(),
            Some("InvalidSignature")
        );
        assert_eq!(to_camel_case("签名"), None);
        assert_eq!(to_snake_case("EbetStatus"), "ebet_status");
        assert_eq!(to_snake_case("HTTPStatus"), "http_status");
        assert_eq!(to_snake_case("Card2Error"), "card2_error");
        assert_eq!(fold("HTTPError"), fold("HttpError"));
        assert_eq!(name_from("sign_error").as_deref(), Some("SignError"));
        assert_eq!(name_from("ärger"), None);
        assert_eq!(name_from("签名_error"), None);
        assert_eq!(name_from("Fo\u{200d}o"), Some("FoO".into()));
    }

    #[test]
    fn suggestions() {
        assert_eq!(
            did_you_mean("mesage", &["message", "name", "http"]),
            Some("message")
        );
        assert_eq!(
            did_you_mean("retriable", &["retryable", "key"]),
            Some("retryable")
        );
        assert_eq!(did_you_mean("zzzzzz", &["message", "name"]), None);
        assert_eq!(did_you_mean("auht", &["auth", "card"]), Some("auth"));
        assert_eq!(distance("ab", "ba"), 1);
    }
}
