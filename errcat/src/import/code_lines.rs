//! Lists of `code: text`, `code - text` or `code：text` lines and items
//! (`* 40001: Invalid token`). A Markdown parser sees prose here, so the
//! split is done by hand; it needs two such lines in a row, so that a lone
//! `Note: …` is not read as a code.

use super::table::{is_code, is_symbolic};

/// (code, text) of a `code: text` line.
pub fn split(line: &str) -> Option<(&str, &str)> {
    let line = line.trim().trim_start_matches(['-', '*', '+', '•']).trim();
    let (code, text) = [": ", "：", " - ", " – ", " — ", ":\t"]
        .iter()
        .filter_map(|sep| line.split_once(sep))
        .min_by_key(|(code, _)| code.len())?;
    let code = code.trim().trim_matches('`');
    let text = text.trim();
    let constant = is_symbolic(code)
        && code.chars().any(|c| c.is_ascii_uppercase())
        && !code.chars().any(|c| c.is_ascii_lowercase())
        && code.len() >= 3;
    ((is_code(code) || constant) && !text.is_empty()).then_some((code, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_and_text_lines() {
        assert_eq!(
            split("* 40001: Invalid token"),
            Some(("40001", "Invalid token"))
        );
        assert_eq!(
            split("`E1002` - Bad sign: check it"),
            Some(("E1002", "Bad sign: check it"))
        );
        assert_eq!(
            split("INVALID_TOKEN：令牌无效"),
            Some(("INVALID_TOKEN", "令牌无效"))
        );
        assert_eq!(split("Note: read this"), None);
        assert_eq!(split("1001"), None);
    }
}
