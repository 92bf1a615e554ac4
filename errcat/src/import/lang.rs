//! The language of a catalog's texts, by rules of shape and in this order:
//! the user's `--lang`, the page's own declaration (`<html lang="es">`, a
//! front matter's `lang:`/`language:`), the script of the texts (kana →
//! `ja`, Hangul → `ko`, Han → `zh-CN`, Cyrillic → `ru`, and Greek, Arabic,
//! Hebrew, Thai, Devanagari), and for Latin-script texts a count of the
//! commonest function words of a few languages against English's. The
//! words decide only on clear evidence; otherwise the texts are English.

use error_catalog::__unstable::canonical_lang;

/// A language and why it was taken, for the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decided {
    /// The canonical tag (`es`, `zh-CN`).
    pub tag: String,
    /// Why: `--lang`, the page's declaration, the script, the words.
    pub why: String,
}

/// What the page says of its language before its texts are read.
#[derive(Clone, Debug, Default)]
pub struct Given {
    /// `--lang`, already canonical.
    pub flag: Option<String>,
    /// The page's declaration, canonical, and where it was found.
    pub declared: Option<(String, &'static str)>,
}

impl Given {
    /// The language of the message texts `texts`.
    pub fn decide<'a>(&self, texts: impl Iterator<Item = &'a str> + Clone) -> Decided {
        if let Some(tag) = &self.flag {
            return decided(tag, "given by --lang".to_owned());
        }
        if let Some((tag, place)) = &self.declared {
            return decided(tag, format!("the page declares it ({place})"));
        }
        of_texts(texts)
    }
}

fn decided(tag: &str, why: String) -> Decided {
    Decided {
        tag: tag.to_owned(),
        why,
    }
}

/// The page's declared language: `<html lang="…">`, or a Markdown front
/// matter's `lang:`/`language:`; a tag the catalog reader would refuse is
/// no declaration.
pub fn declared(page: &str) -> Option<(String, &'static str)> {
    html_lang(page)
        .map(|tag| (tag, "<html lang>"))
        .or_else(|| front_matter_lang(page).map(|tag| (tag, "front matter")))
        .and_then(|(tag, place)| canonical_lang(&tag).map(|t| (t, place)))
}

fn html_lang(page: &str) -> Option<String> {
    let lower = page.to_ascii_lowercase();
    let start = lower.find("<html")?;
    let tag = &lower[start..start + lower[start..].find('>')?];
    let at = tag.find(" lang=")? + " lang=".len();
    let value = &page[start + at..start + tag.len()];
    let value = value.trim_start_matches(['"', '\'']);
    let end = value.find(['"', '\'', ' ', '>']).unwrap_or(value.len());
    Some(value[..end].to_owned())
}

fn front_matter_lang(page: &str) -> Option<String> {
    let mut lines = page.lines();
    (lines.next()?.trim_end() == "---").then_some(())?;
    lines
        .take_while(|l| l.trim_end() != "---")
        .find_map(|l| {
            let (key, value) = l.split_once(':')?;
            ["lang", "language"]
                .contains(&key.trim())
                .then(|| value.trim().trim_matches(['"', '\'']).to_owned())
        })
        .filter(|v| !v.is_empty())
}

/// A script that names its language.
struct Script {
    tag: &'static str,
    name: &'static str,
    /// Any letter decides (kana, Hangul, Han: a Chinese page quotes English
    /// names); else its letters must be at least as many as the Latin ones.
    alone: bool,
    holds: fn(char) -> bool,
}

/// In the order they decide: kana and Hangul before Han (Japanese and
/// Korean texts hold Han characters too).
const SCRIPTS: [Script; 9] = [
    Script {
        tag: "ja",
        name: "Hiragana or Katakana",
        alone: true,
        holds: |c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' | '\u{ff66}'..='\u{ff9f}'),
    },
    Script {
        tag: "ko",
        name: "Hangul",
        alone: true,
        holds: |c| matches!(c, '\u{ac00}'..='\u{d7af}' | '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}'),
    },
    Script {
        tag: "zh-CN",
        name: "Han without kana",
        alone: true,
        holds: is_han,
    },
    Script {
        tag: "ru",
        name: "Cyrillic",
        alone: false,
        holds: |c| matches!(c, '\u{0400}'..='\u{052f}'),
    },
    Script {
        tag: "el",
        name: "Greek",
        alone: false,
        holds: |c| matches!(c, '\u{0370}'..='\u{03ff}'),
    },
    Script {
        tag: "ar",
        name: "Arabic",
        alone: false,
        holds: |c| matches!(c, '\u{0600}'..='\u{06ff}'),
    },
    Script {
        tag: "he",
        name: "Hebrew",
        alone: false,
        holds: |c| matches!(c, '\u{0590}'..='\u{05ff}'),
    },
    Script {
        tag: "th",
        name: "Thai",
        alone: false,
        holds: |c| matches!(c, '\u{0e00}'..='\u{0e7f}'),
    },
    Script {
        tag: "hi",
        name: "Devanagari",
        alone: false,
        holds: |c| matches!(c, '\u{0900}'..='\u{097f}'),
    },
];

/// Han ideographs and full-width punctuation: a Chinese text, when no kana
/// says Japanese.
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
}

/// The language of `texts` by their script, then by their words.
pub fn of_texts<'a>(texts: impl Iterator<Item = &'a str> + Clone) -> Decided {
    let count = |holds: fn(char) -> bool| {
        texts
            .clone()
            .flat_map(str::chars)
            .filter(|&c| holds(c))
            .count()
    };
    let latin = count(|c| c.is_ascii_alphabetic() || matches!(c, '\u{c0}'..='\u{24f}'));
    for script in &SCRIPTS {
        let n = count(script.holds);
        if n > 0 && (script.alone || n >= latin) {
            return decided(
                script.tag,
                format!("the texts are in {} script", script.name),
            );
        }
    }
    by_words(texts)
}

/// The commonest function words of Latin-script languages; a word a
/// neighbour shares counts for both.
const WORDS: [(&str, &[&str]); 11] = [
    (
        "en",
        &[
            "the", "is", "not", "of", "and", "to", "for", "with", "be", "are", "was", "has",
            "this", "or", "an",
        ],
    ),
    (
        "es",
        &[
            "el", "la", "los", "las", "del", "que", "es", "no", "por", "para", "una", "está", "y",
            "con", "se",
        ],
    ),
    (
        "pt",
        &[
            "o", "os", "da", "do", "das", "dos", "não", "é", "em", "um", "uma", "para", "com",
            "está",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "des", "du", "et", "est", "pas", "une", "pour", "avec", "au", "aux",
            "n'est",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "mit", "den", "für",
            "von", "wurde",
        ],
    ),
    (
        "it",
        &[
            "il", "gli", "di", "della", "che", "è", "non", "un", "una", "per", "con", "sono",
        ],
    ),
    (
        "nl",
        &[
            "het", "een", "en", "is", "niet", "van", "voor", "met", "te", "op", "wordt", "zijn",
        ],
    ),
    (
        "id",
        &[
            "yang", "dan", "tidak", "di", "ke", "dari", "ini", "untuk", "dengan", "atau", "adalah",
        ],
    ),
    (
        "vi",
        &[
            "không", "của", "và", "là", "có", "được", "các", "cho", "này", "một", "đã", "với",
        ],
    ),
    (
        "tr",
        &[
            "ve", "bir", "bu", "için", "ile", "değil", "çok", "olarak", "veya", "gibi",
        ],
    ),
    (
        "pl",
        &[
            "nie", "jest", "się", "na", "że", "do", "dla", "lub", "jak", "od", "został",
        ],
    ),
];

/// Clear evidence: at least this many function words of one language, and
/// at least twice as many as of any other (English included).
const ENOUGH: usize = 3;

fn by_words<'a>(texts: impl Iterator<Item = &'a str>) -> Decided {
    let mut hits = [0usize; WORDS.len()];
    for text in texts {
        for word in text.split(|c: char| !c.is_alphabetic() && c != '\'') {
            let word = word.to_lowercase();
            for (i, (_, words)) in WORDS.iter().enumerate() {
                hits[i] += usize::from(words.contains(&word.as_str()));
            }
        }
    }
    let best = (1..WORDS.len()).max_by_key(|&i| (hits[i], std::cmp::Reverse(i)));
    let clear = best.filter(|&b| {
        hits[b] >= ENOUGH && (0..WORDS.len()).all(|i| i == b || hits[b] >= 2 * hits[i])
    });
    match clear {
        Some(b) => decided(
            WORDS[b].0,
            format!(
                "the texts' function words: {} of {}, {} of English",
                hits[b], WORDS[b].0, hits[0]
            ),
        ),
        None => decided(
            "en",
            "Latin script, no other language's words clearly".to_owned(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(texts: &[&str]) -> String {
        of_texts(texts.iter().copied()).tag
    }

    #[test]
    fn scripts() {
        assert_eq!(tag(&["パラメータが不正です"]), "ja");
        assert_eq!(tag(&["잘못된 요청"]), "ko");
        assert_eq!(tag(&["签名错误", "Invalid sign"]), "zh-CN");
        assert_eq!(tag(&["Неверный запрос к API"]), "ru");
        assert_eq!(tag(&["Μη έγκυρο αίτημα"]), "el");
        assert_eq!(tag(&["طلب غير صالح"]), "ar");
        assert_eq!(tag(&["בקשה לא חוקית"]), "he");
        assert_eq!(tag(&["คำขอไม่ถูกต้อง"]), "th");
        assert_eq!(tag(&["अमान्य अनुरोध"]), "hi");
        // One Cyrillic word in English texts does not make them Russian.
        assert_eq!(tag(&["The server Сервер is not reachable"]), "en");
    }

    #[test]
    fn function_words() {
        let es = [
            "La operación no es válida",
            "El saldo de la cuenta no alcanza",
        ];
        assert_eq!(tag(&es), "es");
        assert_eq!(
            tag(&[
                "Der Schlüssel ist nicht gültig",
                "Die Anfrage wurde abgelehnt"
            ]),
            "de"
        );
        assert_eq!(
            tag(&["Le compte n'est pas actif", "La clé est expirée"]),
            "fr"
        );
        assert_eq!(
            tag(&["O cartão não é válido", "A conta está bloqueada"]),
            "pt"
        );
        assert_eq!(
            tag(&["Token tidak valid", "Saldo tidak cukup untuk transaksi ini"]),
            "id"
        );
        assert_eq!(tag(&["The account is not active", "Invalid token"]), "en");
    }

    #[test]
    fn not_enough_evidence_is_english() {
        assert_eq!(tag(&["Operación inválida"]), "en");
        assert_eq!(tag(&["Timeout", "Saldo insuficiente"]), "en");
        // As many English words as Spanish ones: no clear evidence.
        assert_eq!(tag(&["The cuenta es not la valid for the"]), "en");
        assert_eq!(tag(&[]), "en");
    }

    #[test]
    fn the_order_of_the_rules() {
        let texts = ["签名错误"];
        let flag = Given {
            flag: Some("es".into()),
            declared: Some(("fr".into(), "<html lang>")),
        };
        assert_eq!(flag.decide(texts.iter().copied()).tag, "es");
        let page = Given {
            declared: Some(("fr".into(), "<html lang>")),
            ..Given::default()
        };
        assert_eq!(page.decide(texts.iter().copied()).tag, "fr");
        assert_eq!(Given::default().decide(texts.iter().copied()).tag, "zh-CN");
    }

    #[test]
    fn declarations() {
        let html = "<!DOCTYPE html>\n<HTML class=\"x\" lang=\"es_ES\"><body>";
        assert_eq!(declared(html), Some(("es-ES".into(), "<html lang>")));
        assert_eq!(
            declared("---\ntitle: x\nlanguage: ja\n---\n# Codes"),
            Some(("ja".into(), "front matter"))
        );
        assert_eq!(declared("---\nlang: \"not a tag!\"\n---\n"), None);
        assert_eq!(declared("# Codes\nlang: es\n"), None);
        assert_eq!(declared("<html><body lang=\"de\">"), None);
    }
}
