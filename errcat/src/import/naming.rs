//! Names the import has to invent: variant names from keys or messages, enum
//! and file names from the doc and its headings. All follow the catalog rules
//! (`error_catalog::__unstable::names`): ASCII UpperCamelCase, unique also
//! case-insensitively, no keyword, not `ALL`.

use super::columns::is_prefixed;
use error_catalog::__unstable::names::{camel_case_problem, fold, to_camel_case};

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

/// Candidate variant names for a code, best first: from the vendor's key
/// (`TRADE_ERROR` → `TradeError`), then from the message (at most five
/// words of its first clause, then of all of it, and seven words before a
/// number is added to tell two apart), then from a symbolic code. A key is
/// the vendor's own name even when it runs words together (`USERPAYING` →
/// `Userpaying`): only a dictionary could split it. A Chinese message yields
/// none, and the caller falls back to `Code<code>`.
pub fn variant_candidates(code: &str, key: Option<&str>, message: &str) -> Vec<String> {
    let mut candidates: Vec<String> = key.and_then(to_camel_case).into_iter().collect();
    // `EKey:Bad signature`: the code's own words after its category.
    if let Some((_, words)) = code.split_once(':').filter(|_| is_prefixed(code)) {
        candidates.extend(to_camel_case(words));
    }
    if let Some(text) = without_diacritics(message) {
        candidates.extend(from_text(&text));
    }
    candidates.extend(to_camel_case(code));
    candidates
}

/// Latin letters with diacritics and the ASCII letters names write for them.
const FOLDED: [(&str, &str); 18] = [
    ("àáâãäåāăą", "a"),
    ("çćčĉċ", "c"),
    ("ďđ", "d"),
    ("èéêëēĕėęě", "e"),
    ("ĝğġģ", "g"),
    ("ìíîïīĭįı", "i"),
    ("ĺļľŀł", "l"),
    ("ñńņňŉ", "n"),
    ("òóôõöøōŏő", "o"),
    ("ŕŗř", "r"),
    ("śŝşš", "s"),
    ("ţťŧ", "t"),
    ("ùúûüũūŭůűų", "u"),
    ("ýÿŷ", "y"),
    ("źżž", "z"),
    ("ß", "ss"),
    ("æ", "ae"),
    ("œ", "oe"),
];

/// The text with its Latin letters' diacritics dropped and typographic
/// punctuation as ASCII (`¿`, `¡`, `«` are no part of a name); `None` when
/// a letter of another script remains, which no ASCII name spells.
fn without_diacritics(text: &str) -> Option<String> {
    if text.is_ascii() {
        return Some(text.to_owned());
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        match FOLDED.iter().find(|(from, _)| from.contains(lower)) {
            _ if c.is_ascii() => out.push(c),
            Some((_, to)) => out.push_str(to),
            None if c.is_alphanumeric() => return None,
            None => out.push(' '),
        }
    }
    Some(out)
}

/// Words that alone name nothing (`Option: Too fast to cancel`).
const GENERIC: [&str; 10] = [
    "error",
    "errors",
    "option",
    "note",
    "warning",
    "info",
    "message",
    "code",
    "status",
    "description",
];

/// The words of a text as a name takes them: no placeholders (`{param0}`,
/// `%s`), no list number in front (`1.`), no leading article.
fn name_words(part: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut depth = 0usize;
    let mut word = String::new();
    for c in part.chars().chain([' ']) {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            c if c.is_ascii_alphanumeric() && depth == 0 => word.push(c),
            _ => {
                let leading_number = out.is_empty() && word.chars().all(|c| c.is_ascii_digit());
                let printf = word.len() <= 2 && part.contains(&format!("%{word}"));
                if !word.is_empty() && !leading_number && !printf {
                    out.push(std::mem::take(&mut word));
                }
                word.clear();
            }
        }
    }
    let article = ["the", "a", "an"].contains(
        &out.first()
            .map_or(String::new(), |w| w.to_ascii_lowercase())
            .as_str(),
    );
    if article && out.len() > 1 {
        out.remove(0);
    }
    out
}

/// Names from an English text: at most five words of its first clause that
/// says something, then five and seven words of all of it.
fn from_text(text: &str) -> Vec<String> {
    let lone_generic =
        |w: &[String]| w.len() == 1 && GENERIC.contains(&w[0].to_ascii_lowercase().as_str());
    let camel = |w: &[String], most: usize| to_camel_case(&w[..w.len().min(most)].join(" "));
    let mut candidates = Vec::new();
    let clause = text
        .split([',', '.', ';', ':', '(', '，'])
        .map(name_words)
        .find(|w| !w.is_empty() && !lone_generic(w));
    candidates.extend(clause.and_then(|w| camel(&w, 5)));
    let all = name_words(text);
    // `Option: Too fast to cancel`: the label is no part of the name.
    let labelled = all.len() > 1 && lone_generic(&all[..1]) && text.contains([':', '-']);
    let all = &all[usize::from(labelled)..];
    if !all.is_empty() && !lone_generic(all) {
        candidates.extend(camel(all, 5));
        candidates.extend(camel(all, 7));
    }
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

/// A table's part of an enum name on a page without headings (plain text):
/// the short ASCII line above it, whole, in UpperCamelCase (`BIZ Code` →
/// `BizCode`).
pub fn heading_name(heading: Option<&str>) -> Option<String> {
    let heading = heading?;
    let words = heading.split_whitespace().count();
    (heading.is_ascii() && words <= 6)
        .then(|| to_camel_case(heading))
        .flatten()
        .filter(|n| usable(n))
}

/// Words of a title that say only that the table lists codes (English and
/// the commonest of other Latin-script pages, diacritics dropped).
const GENERIC_TITLE: [&str; 31] = [
    "error",
    "errors",
    "code",
    "codes",
    "list",
    "lists",
    "table",
    "tables",
    "the",
    "following",
    "of",
    "and",
    "for",
    "a",
    "reference",
    "overview",
    "appendix",
    "codigo",
    "codigos",
    "errores",
    "erros",
    "erreur",
    "erreurs",
    "fehler",
    "fehlercodes",
    "de",
    "del",
    "des",
    "du",
    "la",
    "los",
];

/// Words a title name keeps at most: the base name comes before them.
const TITLE_WORDS: usize = 4;

/// A table's part of an enum name: its title (the nearest heading) without
/// the section numbers and generic words it starts with, at most
/// four words, in UpperCamelCase (`9.1 Common errors` → `CommonErrors`,
/// `List of the payment errors` → `PaymentErrors`, `HTTP Error Code` →
/// `HttpErrorCode`, `Códigos de pagos` → `Pagos`). `None` (the caller
/// numbers the table) when the title is only generic words (`Error codes`,
/// `错误码`) or in a script no ASCII name spells.
pub fn title_name(title: Option<&str>) -> Option<String> {
    // `gateway's` is one word.
    let title = without_diacritics(&title?.replace(['\'', '’'], ""))?;
    let generic = |w: &&str| GENERIC_TITLE.contains(&w.to_ascii_lowercase().as_str());
    let words: Vec<&str> = title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .skip_while(|w| generic(w) || w.bytes().all(|b| b.is_ascii_digit()))
        .take(TITLE_WORDS)
        .collect();
    to_camel_case(&words.join(" ")).filter(|n| usable(n))
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
                "LoginInformationHasExpiredPlease"
            ]
        );
        assert_eq!(
            c("7", None, "Option: Too fast to cancel")[0],
            "TooFastToCancel"
        );
        assert_eq!(
            c("7", None, "Parameter {param0} cannot be empty")[0],
            "ParameterCannotBeEmpty"
        );
        assert_eq!(
            c("7", None, "1. op type is not found; 2. x")[0],
            "OpTypeIsNotFound"
        );
        assert_eq!(
            c("7", None, "Too many %s requests per %d s")[0],
            "TooManyRequestsPer"
        );
        assert_eq!(c("7", Some("TRADE_ERROR"), "交易错误")[0], "TradeError");
        assert_eq!(c("7", Some("USERPAYING"), "用户支付中")[0], "Userpaying");
        assert_eq!(
            c(
                "7",
                None,
                "The chain does not require authorized transactions here"
            )[..3],
            [
                "ChainDoesNotRequireAuthorized",
                "ChainDoesNotRequireAuthorized",
                "ChainDoesNotRequireAuthorizedTransactionsHere"
            ]
        );
        assert_eq!(c("7", None, "Error"), Vec::<String>::new());
        assert_eq!(
            c(
                "EKey:Bad signature",
                None,
                "The signature header does not match"
            )[0],
            "BadSignature"
        );
        assert_eq!(c("4026", None, "签名不对"), Vec::<String>::new());
        assert_eq!(c("7", None, "Operación no válida")[0], "OperacionNoValida");
        assert_eq!(
            c("7", None, "¿Señal de la cuenta inválida? Reintente")[0],
            "SenalDeLaCuentaInvalida"
        );
        assert_eq!(
            c("7", None, "Prüfsumme ungültig: Straße")[0],
            "PrufsummeUngultig"
        );
        assert_eq!(c("7", None, "Неверный запрос"), Vec::<String>::new());
        assert_eq!(c("7", None, "Opération « refusée »")[0], "OperationRefusee");
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
        let title = |t| title_name(Some(t));
        assert_eq!(title("HTTP Error Code").as_deref(), Some("HttpErrorCode"));
        assert_eq!(title("9.1 Common errors").as_deref(), Some("CommonErrors"));
        assert_eq!(
            title("List of the payment gateway's refund errors").as_deref(),
            Some("PaymentGatewaysRefundErrors")
        );
        assert_eq!(
            title("Códigos de error de la operación").as_deref(),
            Some("Operacion")
        );
        assert_eq!(title("List of the error codes"), None);
        assert_eq!(
            title("Class Code 01: Warning").as_deref(),
            Some("ClassCode01Warning")
        );
        assert_eq!(title("错误代码表"), None);
    }
}
