//! Language fallback for `message_in`: vendors and clients write tags as
//! `zh_CN`, `zh-CN`, `zh-cn` or just `zh`.

/// The index in `languages` (canonical BCP 47 tags) that best serves `tag`:
/// an exact match (case-insensitive, `_` = `-`), else the longest prefix of
/// `tag`'s subtags (`zh-Hant-TW` → `zh-Hant` → `zh`), else the first language
/// with the same primary subtag (`zh` → `zh-CN`); `None` when nothing matches.
pub fn match_language(tag: &str, languages: &[&str]) -> Option<usize> {
    let mut prefix = tag;
    loop {
        if let Some(i) = languages.iter().position(|l| same_tag(l, prefix)) {
            return Some(i);
        }
        match prefix.rfind(['-', '_']) {
            Some(cut) => prefix = &prefix[..cut],
            None => break,
        }
    }
    languages.iter().position(|l| same_tag(primary(l), prefix))
}

/// [`match_language`], with the catalog's own language (index 0) as the fallback.
#[inline]
pub fn lang_index(tag: &str, languages: &[&str]) -> usize {
    match_language(tag, languages).unwrap_or(0)
}

fn primary(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

fn same_tag(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes().zip(b.bytes()).all(|(x, y)| {
            let norm = |c: u8| {
                if c == b'_' {
                    b'-'
                } else {
                    c.to_ascii_lowercase()
                }
            };
            norm(x) == norm(y)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGS: &[&str] = &["zh-CN", "en", "zh-Hant-TW"];

    #[test]
    fn fallbacks() {
        assert_eq!(match_language("zh-CN", LANGS), Some(0));
        assert_eq!(match_language("zh_cn", LANGS), Some(0));
        assert_eq!(match_language("ZH", LANGS), Some(0));
        assert_eq!(match_language("en_US", LANGS), Some(1));
        assert_eq!(match_language("en-GB-oxendict", LANGS), Some(1));
        assert_eq!(match_language("zh-Hant-TW", LANGS), Some(2));
        assert_eq!(match_language("zh-Hant", LANGS), Some(0));
        assert_eq!(match_language("fr", LANGS), None);
        assert_eq!(match_language("", LANGS), None);
        assert_eq!(lang_index("fr", LANGS), 0);
    }
}
