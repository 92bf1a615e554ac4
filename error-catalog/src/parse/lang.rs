//! BCP 47 language tags: the canonical form used for `lang` and for the
//! languages of messages, so that `zh_cn` and `zh-CN` are the same language.

/// The canonical form of a BCP 47 tag (`zh_cn` → `zh-CN`), if it is one.
pub fn canonical_lang(tag: &str) -> Option<String> {
    // Tags already canonical (`en`, `zh-CN`) in one look: one call per message.
    let b = tag.as_bytes();
    let lower = |i: usize| b[i].is_ascii_lowercase();
    if (b.len() == 2 && lower(0) && lower(1))
        || (b.len() == 5
            && lower(0)
            && lower(1)
            && b[2] == b'-'
            && b[3].is_ascii_uppercase()
            && b[4].is_ascii_uppercase())
    {
        return Some(tag.to_owned());
    }
    let mut out = String::new();
    for (i, part) in tag.split(['-', '_']).enumerate() {
        let ok =
            !part.is_empty() && part.len() <= 8 && part.bytes().all(|b| b.is_ascii_alphanumeric());
        if !ok
            || (i == 0 && !(2..=8).contains(&part.len()))
            || (i == 0 && !part.bytes().all(|b| b.is_ascii_alphabetic()))
        {
            return None;
        }
        if i > 0 {
            out.push('-');
        }
        match (i, part.len()) {
            (0, _) => out.push_str(&part.to_ascii_lowercase()),
            (_, 2) => out.push_str(&part.to_ascii_uppercase()),
            (_, 4) => {
                out.push_str(&part[..1].to_ascii_uppercase());
                out.push_str(&part[1..].to_ascii_lowercase());
            }
            _ => out.push_str(&part.to_ascii_lowercase()),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags() {
        assert_eq!(canonical_lang("zh_cn").as_deref(), Some("zh-CN"));
        assert_eq!(canonical_lang("ZH-hant-tw").as_deref(), Some("zh-Hant-TW"));
        assert_eq!(canonical_lang("en").as_deref(), Some("en"));
        assert_eq!(canonical_lang("e"), None);
        assert_eq!(canonical_lang("en US"), None);
        assert_eq!(canonical_lang(""), None);
    }
}
