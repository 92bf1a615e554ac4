//! Names the import has to invent: variant names from keys or messages, enum
//! and file names from the doc and its headings. All follow the catalog rules
//! (`error_catalog::names`): ASCII UpperCamelCase, unique also
//! case-insensitively, no keyword, not `ALL`.

use error_catalog::names::{camel_case_problem, fold, to_camel_case};

/// Whether `name` may be a variant or enum name.
pub fn usable(name: &str) -> bool {
    camel_case_problem(name).is_none() && name != "ALL"
}

/// Hands out names that fold differently from every name handed out before.
#[derive(Default)]
pub struct Names {
    taken: Vec<String>,
}

impl Names {
    /// The first usable, free candidate; else the first usable candidate with
    /// the smallest free numeric suffix; without usable candidates, `fallback`
    /// (with a suffix if taken).
    pub fn pick(&mut self, candidates: &[String], fallback: &str) -> String {
        let usable_ones: Vec<&String> = candidates.iter().filter(|c| usable(c)).collect();
        let name = match usable_ones.iter().find(|c| self.is_free(c)) {
            Some(free) => (*free).clone(),
            None if usable_ones.is_empty() && self.is_free(fallback) => fallback.to_owned(),
            None => {
                let base = usable_ones.first().map_or(fallback, |c| c.as_str());
                (2..)
                    .map(|n| format!("{base}{n}"))
                    .find(|c| self.is_free(c))
                    .unwrap_or_default()
            }
        };
        self.taken.push(fold(&name));
        name
    }

    fn is_free(&self, name: &str) -> bool {
        !self.taken.contains(&fold(name))
    }
}

/// Candidate variant names for a code, best first: from the vendor's key,
/// then from the message (its first clause, then all of it), then from a
/// symbolic code; a Chinese message yields none, and the caller falls back to
/// `Code<code>`.
pub fn variant_candidates(code: &str, key: Option<&str>, message: &str) -> Vec<String> {
    let mut candidates = Vec::new();
    if let Some(key) = key {
        candidates.extend(to_camel_case(key));
    }
    if message.is_ascii() {
        let clause = message
            .split([',', '.', ';', ':', '(', '，'])
            .next()
            .unwrap_or(message);
        candidates.extend(to_camel_case(clause));
        candidates.extend(to_camel_case(message));
    }
    candidates.extend(to_camel_case(code));
    candidates
}

/// `Code4026`, `CodeMinus1`, `CodeE12`: the last resort, from the code itself.
pub fn code_name(code: &str) -> String {
    let (sign, rest) = match code.strip_prefix('-') {
        Some(rest) => ("Minus", rest),
        None => ("", code),
    };
    // `to_camel_case` needs a leading letter; digits are fine after `Code`.
    let body = to_camel_case(&format!("x_{rest}")).unwrap_or_default();
    format!("Code{sign}{}", body.strip_prefix('X').unwrap_or(&body))
}

/// A table's part of an enum name: its heading in UpperCamelCase when the
/// heading is short ASCII text (`BIZ Code` → `BizCode`).
pub fn heading_name(heading: Option<&str>) -> Option<String> {
    let heading = heading?;
    let words = heading.split_whitespace().count();
    (heading.is_ascii() && words <= 6)
        .then(|| to_camel_case(heading))
        .flatten()
        .filter(|n| usable(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variant_names() {
        let c = |code, key, msg| variant_candidates(code, key, msg);
        assert_eq!(
            c("1", Some("wallet_not_exist"), "钱包不存在")[0],
            "WalletNotExist"
        );
        assert_eq!(
            c(
                "GGATEWAY_CODE_005",
                None,
                "Login information has expired, please log in again"
            )[..2],
            [
                "LoginInformationHasExpired",
                "LoginInformationHasExpiredPleaseLogInAgain"
            ]
        );
        assert_eq!(c("4026", None, "签名不对"), Vec::<String>::new());
        assert_eq!(code_name("4026"), "Code4026");
        assert_eq!(code_name("-1"), "CodeMinus1");
        assert_eq!(code_name("E_12"), "CodeE12");
    }

    #[test]
    fn unique_usable_names() {
        let mut names = Names::default();
        let s = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(names.pick(&s(&["CardNotFound"]), "Code1"), "CardNotFound");
        assert_eq!(
            names.pick(&s(&["CARDNotFound", "CardMissing"]), "Code2"),
            "CardMissing"
        );
        assert_eq!(names.pick(&s(&["CardNotFound"]), "Code3"), "CardNotFound2");
        assert_eq!(names.pick(&s(&["Self", "ALL"]), "Code4"), "Code4");
        assert_eq!(heading_name(Some("BIZ Code")).as_deref(), Some("BizCode"));
        assert_eq!(heading_name(Some("错误代码表")), None);
    }
}
