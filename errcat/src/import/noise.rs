//! Page noise a scrape leaves inside an English text: a sentence that starts
//! again mid-text (`Has been The login password has been set`) or a stray
//! capitalised word at the end (`… the old password Same`). Only reported:
//! the text is the vendor's and stays verbatim.

/// The word that looks like page noise in `text`, if any.
pub fn page_noise(text: &str) -> Option<&str> {
    if !text.is_ascii() {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let title = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(|c| c.is_ascii_uppercase())
            && chars.as_str().len() >= 2
            && chars.all(|c| c.is_ascii_lowercase())
    };
    let lower = |w: &str| w.chars().next().is_some_and(|c| c.is_ascii_lowercase());
    let ends_sentence = |w: &str| w.ends_with(['.', ';', ':', '!', '?', ',']);
    let last = words.len().checked_sub(1)?;
    (1..words.len())
        .map(|i| (words[i - 1], words[i], i))
        .find(|&(prev, word, i)| {
            !ends_sentence(prev) && (word == "The" || (i == last && title(word) && lower(prev)))
        })
        .map(|(_, word, _)| word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrape_noise() {
        let noise = [
            (
                "The new password cannot be the same as the old password Same",
                "Same",
            ),
            ("Has been The login password has been set", "The"),
            (
                "Company The asset information of the account opening group does not match",
                "The",
            ),
            (
                "The number of API applications has exceeded the upper limit Limited",
                "Limited",
            ),
        ];
        for (text, word) in noise {
            assert_eq!(page_noise(text), Some(word), "{text}");
        }
        for clean in [
            "The KYC certification information of this customer was not found",
            "KYC has been submitted and is under review. Please wait",
            "Customer KYC Certificate Authentication Failed",
            "Parent page Origin not in whitelist",
            "Please use English letters, numbers, spaces, or common address symbols (e.g. - / #).",
            "Coin Error",
            "签名不对",
        ] {
            assert_eq!(page_noise(clean), None, "{clean}");
        }
    }
}
