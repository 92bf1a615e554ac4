//! Column roles of a table: which column holds the code, the vendor's
//! message, its symbolic key and the HTTP status; the others go to `doc`.
//! Roles come from the header's words (English and Chinese) and from the
//! cells (unique short tokens are codes, integers 100–599 that repeat are
//! HTTP statuses, long text is a message). Where two columns could take one
//! role, the table is ambiguous and the user settles it with a flag: the
//! import never guesses silently.

use super::table::{code_range, is_code, is_integer, is_symbolic};
use std::str::FromStr;

/// A column named on the command line: its 1-based number or header text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ColumnRef {
    /// 1-based column number.
    Number(usize),
    /// Header text, compared case-insensitively.
    Header(String),
}

impl FromStr for ColumnRef {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        match text.trim().parse::<usize>() {
            Ok(0) => Err("columns are numbered from 1".to_owned()),
            Ok(n) => Ok(ColumnRef::Number(n)),
            Err(_) if text.trim().is_empty() => Err("give a column number or header".to_owned()),
            Err(_) => Ok(ColumnRef::Header(text.trim().to_owned())),
        }
    }
}

impl ColumnRef {
    /// The 0-based column this names in `header`, if any.
    fn resolve(&self, header: &[String], width: usize) -> Option<usize> {
        match self {
            ColumnRef::Number(n) => (*n <= width).then(|| n - 1),
            // The header as written, else its name before a gloss (`sub_code（明细返回码）`).
            ColumnRef::Header(h) => {
                let named = |c: &String| {
                    let name = c.split(['(', '（']).next().unwrap_or(c);
                    name.trim().eq_ignore_ascii_case(h)
                };
                header
                    .iter()
                    .position(|c| c.trim().eq_ignore_ascii_case(h))
                    .or_else(|| header.iter().position(named))
            }
        }
    }
}

/// Roles the user set with `--code-column` and its siblings.
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    /// `--code-column`.
    pub code: Option<ColumnRef>,
    /// `--message-column`.
    pub message: Option<ColumnRef>,
    /// `--key-column`.
    pub key: Option<ColumnRef>,
    /// `--http-column`.
    pub http: Option<ColumnRef>,
}

/// The roles of an error table's columns (0-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Roles {
    /// The code column.
    pub code: usize,
    /// The vendor's message; `None` when the key column is the only text.
    pub message: Option<usize>,
    /// The vendor's symbolic name.
    pub key: Option<usize>,
    /// The message in the page's other language (Chinese beside English).
    pub translation: Option<usize>,
    /// The HTTP status column.
    pub http: Option<usize>,
    /// The codes are HTTP statuses themselves.
    pub code_is_http: bool,
    /// Other non-empty columns, for `doc`.
    pub docs: Vec<usize>,
    /// Why each role was given, for the report.
    pub why: String,
}

/// What a table is.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// An error table with these roles.
    Errors(Roles),
    /// Not a table of codes (a parameter table, prose in cells): why.
    NotErrors(String),
    /// Two columns could take one role: what the user must settle.
    Ambiguous(String),
}

/// What the header says a column is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Label {
    Code,
    /// `状态码`, `Status`: the code or the HTTP status, by content.
    Status,
    Http,
    Sqlstate,
    /// `Id`, `Number`: a numeric code beside a symbolic one.
    Number,
    Key,
    /// Message words, stronger (`message`, `msg`, `信息`) or weaker (`description`, `描述`).
    Message(u8),
    Doc,
    /// A parameter table's column (`Parameter`, `Type`, `Required`, `参数`).
    Param,
    None,
}

const CODE_WORDS: [&str; 10] = [
    "code",
    "codes",
    "errcode",
    "err_code",
    "error_code",
    "retcode",
    "ret_code",
    "errno",
    "sub_code",
    "subcode",
];
const CODE_CJK: [&str; 8] = [
    "错误码",
    "错误代码",
    "返回码",
    "代码",
    "编码",
    "错误号",
    "业务码",
    "结果码",
];
const PARAM_WORDS: [&str; 10] = [
    "parameter",
    "parameters",
    "param",
    "params",
    "field",
    "fields",
    "type",
    "required",
    "mandatory",
    "default",
];
const PARAM_CJK: [&str; 6] = ["参数", "字段", "类型", "必填", "必选", "是否必"];
const DOC_WORDS: [&str; 14] = [
    "solution",
    "solutions",
    "remedy",
    "resolution",
    "action",
    "actions",
    "fix",
    "remark",
    "remarks",
    "note",
    "notes",
    "suggestion",
    "handling",
    "troubleshooting",
];
const DOC_CJK: [&str; 5] = ["解决", "备注", "建议", "处理", "方案"];
const KEY_WORDS: [&str; 8] = [
    "name",
    "key",
    "constant",
    "symbol",
    "identifier",
    "enum",
    "condition",
    "errname",
];
const KEY_CJK: [&str; 3] = ["名称", "标识", "常量"];
/// Language tags after a text column's name (`Description EN`).
const LANGUAGE_TAGS: [&str; 7] = ["en", "cn", "zh", "english", "chinese", "中文", "英文"];

/// Whether a label (`**Message:**` under a code heading) names the vendor's
/// message (`Some(strength)`, see [`message_strength`]).
pub fn message_label(text: &str) -> Option<u8> {
    match label(text) {
        Label::Message(strength) => Some(strength),
        _ => None,
    }
}

/// How strongly a header word says "the vendor's message": 2 for
/// `message`/`msg`/`信息`, 1 for `description`/`描述`, 0 for a cause
/// (`reason`, `原因`), taken only when nothing stronger is there.
fn message_strength(word: &str) -> Option<u8> {
    let has = |list: &[&str]| list.iter().any(|s| word.contains(s));
    if [
        "message",
        "msg",
        "errmsg",
        "err_msg",
        "error_msg",
        "sub_msg",
    ]
    .contains(&word)
        || has(&["信息", "提示", "错误描述"])
    {
        Some(2)
    } else if [
        "description",
        "desc",
        "meaning",
        "text",
        "explanation",
        "details",
        "detail",
    ]
    .contains(&word)
        || has(&["描述", "说明", "含义", "释义", "详情"])
    {
        Some(1)
    } else if ["reason", "cause", "causes"].contains(&word) || has(&["原因"]) {
        Some(0)
    } else {
        None
    }
}

fn label(header: &str) -> Label {
    let lower = header.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .filter(|w| !w.is_empty())
        .collect();
    let word = |list: &[&str]| words.iter().any(|w| list.contains(w));
    let has = |list: &[&str]| list.iter().any(|s| lower.contains(s));
    // `RespCode`, `errorCode`: a word ending in `code` names a code too.
    let code_words = words
        .iter()
        .any(|w| CODE_WORDS.contains(w) || (w.ends_with("code") && w.is_ascii()))
        || has(&CODE_CJK)
        // `应答码`, `响应码`: a Chinese word ending in 码 (not 密码, a password).
        || words.iter().any(|w| w.ends_with('码') && !w.ends_with("密码"));
    // `Code Description`, `返回码描述`: the last word says what the column is.
    let last = words.iter().rev().find(|w| !LANGUAGE_TAGS.contains(w));
    let message = words.iter().filter_map(|w| message_strength(w)).max();
    let ends_as_message = last.is_some_and(|w| message_strength(w).is_some());
    if word(&["http"]) || has(&["http"]) {
        Label::Http
    } else if word(&["sqlstate"]) {
        Label::Sqlstate
    } else if !code_words && (word(&PARAM_WORDS) || has(&PARAM_CJK)) {
        Label::Param
    } else if let Some(strength) = message.filter(|_| ends_as_message || !code_words) {
        Label::Message(strength)
    } else if has(&["状态码"]) || (word(&["status"]) && !code_words) {
        Label::Status
    } else if code_words {
        Label::Code
    } else if word(&DOC_WORDS) || has(&DOC_CJK) {
        Label::Doc
    } else if word(&KEY_WORDS) || has(&KEY_CJK) {
        Label::Key
    } else if word(&["number", "id", "no", "num", "value"]) || has(&["编号", "数值"]) {
        Label::Number
    } else {
        Label::None
    }
}

/// The code cells of a column as codes: `400 - Bad Request` is 400, `500,
/// 502` two codes, `1xxx` a range; `None` when a cell is not a code.
pub fn cell_codes(cell: &str, symbolic: bool) -> Option<Vec<String>> {
    if code_range(cell).is_some() {
        return Some(Vec::new());
    }
    if symbolic && is_prefixed(cell) {
        return Some(vec![cell.to_owned()]);
    }
    let codes = cell.split_once(" - ").map_or(cell, |(c, _)| c);
    let ok = |c: &str| if symbolic { is_symbolic(c) } else { is_code(c) };
    let codes: Vec<String> = codes.split(',').map(|c| c.trim().to_owned()).collect();
    codes.iter().all(|c| ok(c)).then_some(codes)
}

/// A string code of a category and a message (`EBasic:Bad arguments`,
/// `EAPI:Invalid nonce`): a capitalised word or acronym run into the text
/// after its colon. `Note: text`, with a space after the colon, is prose.
pub fn is_prefixed(cell: &str) -> bool {
    let Some((category, rest)) = cell.split_once(':') else {
        return false;
    };
    category.len() >= 2
        && category.starts_with(|c: char| c.is_ascii_uppercase())
        && category.chars().all(|c| c.is_ascii_alphanumeric())
        && rest.starts_with(|c: char| c.is_alphanumeric())
        && cell.len() <= 96
}

/// What a column's cells are.
#[derive(Debug, Default)]
struct Content {
    filled: usize,
    /// Every filled cell reads as codes (symbolic ones allowed by the label).
    codes: bool,
    /// No code twice.
    unique: bool,
    integers: bool,
    /// Integers 100–599.
    http_like: bool,
    /// Cells with a space or non-ASCII text (human text).
    prose: usize,
    /// One identifier per cell (`wallet_not_exist`, `ER_HASHCHK`).
    identifiers: bool,
    /// Cells with letters that are (nearly) all different.
    unique_words: bool,
    /// Most cells hold Chinese text.
    chinese: bool,
}

fn content(cells: &[&str], symbolic: bool) -> Content {
    let filled: Vec<&str> = cells.iter().copied().filter(|c| !c.is_empty()).collect();
    let read: Vec<Vec<String>> = filled
        .iter()
        .filter_map(|c| cell_codes(c, symbolic))
        .collect();
    let mut seen: Vec<String> = read.concat();
    let total = seen.len();
    let all_http = !seen.is_empty()
        && seen
            .iter()
            .all(|c| c.parse::<u16>().is_ok_and(|n| (100..=599).contains(&n)));
    seen.sort();
    seen.dedup();
    Content {
        filled: filled.len(),
        // A footnote or `N/A` among the codes leaves it a code column; those
        // rows are reported as unreadable.
        codes: !filled.is_empty() && read.len() * 5 >= filled.len() * 4,
        // A code listed twice in a long table (a vendor slip) still leaves it a code column.
        unique: seen.len() * 10 >= total * 9 && total > 0,
        integers: filled.iter().all(|c| is_integer(c)),
        http_like: all_http,
        prose: filled
            .iter()
            .filter(|c| c.contains(' ') || !c.is_ascii())
            .count(),
        identifiers: !filled.is_empty()
            && filled.iter().all(|c| is_symbolic(c) && !is_integer(c))
            && distinct(&filled),
        chinese: filled.iter().filter(|c| c.chars().any(is_cjk)).count() * 2 > filled.len(),
        unique_words: !filled.is_empty()
            && filled.iter().all(|c| c.chars().any(char::is_alphabetic))
            && distinct(&filled),
    }
}

/// `429`, `429 Too Many Requests` → 429.
pub fn leading_status(cell: &str) -> Option<u16> {
    let digits: String = cell.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok().filter(|n| (100..=599).contains(n))
}

/// A name written as a code: digits, `_` or `.` in it, or all capitals.
fn code_like(cell: &str) -> bool {
    is_code(cell) || cell.contains(['_', '.']) || !cell.chars().any(|c| c.is_ascii_lowercase())
}

/// CJK ideographs: Chinese text.
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}')
}

/// Whether (nearly) every cell differs from the others.
fn distinct(cells: &[&str]) -> bool {
    let mut sorted = cells.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    sorted.len() * 10 >= cells.len() * 9
}

/// Whether a header is really the first data row: no cell of it names a
/// role, and one is a code (`| 0 | Success |`).
pub fn header_is_data(header: &[String]) -> bool {
    header.iter().all(|h| label(h) == Label::None)
        && header.iter().any(|h| is_code(h.trim_matches('`')))
}

/// A table's columns as the role finder sees them.
struct Columns<'a> {
    header: &'a [String],
    /// The cells of each column (`""` where a row is short).
    cells: Vec<Vec<&'a str>>,
    labels: Vec<Label>,
    contents: Vec<Content>,
    /// Columns the flags name: code, message, key, HTTP.
    set: [Option<usize>; 4],
}

impl<'a> Columns<'a> {
    fn new(header: &'a [String], rows: &[Vec<&'a str>], over: &Overrides) -> Self {
        let width = rows
            .iter()
            .map(Vec::len)
            .chain([header.len()])
            .max()
            .unwrap_or(0);
        let labels: Vec<Label> = (0..width)
            .map(|i| header.get(i).map_or(Label::None, |h| label(h)))
            .collect();
        let cells: Vec<Vec<&str>> = (0..width)
            .map(|i| {
                rows.iter()
                    .map(|r| r.get(i).copied().unwrap_or(""))
                    .collect()
            })
            .collect();
        // Symbolic codes only where a header calls the column codes (or names).
        let symbolic_ok = |i: usize| {
            matches!(
                labels[i],
                Label::Code | Label::Status | Label::Sqlstate | Label::Number | Label::Key
            ) || (header.is_empty() && i == 0)
        };
        let contents = (0..width)
            .map(|i| content(&cells[i], symbolic_ok(i)))
            .collect();
        let fixed = |r: &Option<ColumnRef>| r.as_ref().and_then(|r| r.resolve(header, width));
        let set = [
            fixed(&over.code),
            fixed(&over.message),
            fixed(&over.key),
            fixed(&over.http),
        ];
        Columns {
            header,
            cells,
            labels,
            contents,
            set,
        }
    }

    fn width(&self) -> usize {
        self.labels.len()
    }

    fn name(&self, i: usize) -> String {
        match self.header.get(i).filter(|h| !h.is_empty()) {
            Some(h) => format!("column {} “{h}”", i + 1),
            None => format!("column {}", i + 1),
        }
    }

    fn names(&self, set: &[usize], separator: &str) -> String {
        let names: Vec<String> = set.iter().map(|&i| self.name(i)).collect();
        names.join(separator)
    }

    fn is_parameter_table(&self) -> bool {
        let strong = |l: &Label| {
            matches!(
                l,
                Label::Code | Label::Status | Label::Http | Label::Sqlstate
            )
        };
        self.set[0].is_none()
            && self.labels.contains(&Label::Param)
            && !self.labels.iter().any(strong)
    }

    /// Columns that hold a code per row (not taken by a flag for another
    /// role); `true` when they are a column of names written as codes, all
    /// different by construction.
    fn code_columns(&self) -> (Vec<usize>, bool) {
        let code_set = self.set[0];
        let open = |i: usize| {
            self.contents[i].codes && (code_set == Some(i) || !self.set.contains(&Some(i)))
        };
        let found: Vec<usize> = (0..self.width())
            .filter(|&i| {
                open(i)
                    && !matches!(
                        self.labels[i],
                        Label::Message(_) | Label::Doc | Label::Key | Label::Param
                    )
            })
            .collect();
        if !found.is_empty() {
            return (found, false);
        }
        // `名称 | 描述`, `Error | Meaning`: with no other column of codes, a
        // name or unlabelled column written as codes (`SYSTEMERROR`,
        // `PARAM_ERROR`, `EACCES`; not `RequestId`), all different, is the code.
        let written_as_codes = |i: usize| {
            let filled: Vec<&str> = self.cells[i]
                .iter()
                .copied()
                .filter(|c| !c.is_empty())
                .collect();
            !filled.is_empty()
                && filled.iter().all(|c| {
                    // Dates (`2025-03-01`) and numbers are no names: a letter is.
                    let named =
                        self.labels[i] == Label::Key || c.chars().any(|c| c.is_ascii_alphabetic());
                    (is_symbolic(c) && code_like(c) && named) || is_prefixed(c)
                })
                && distinct(&filled)
        };
        let names = (0..self.width())
            .filter(|&i| !self.set.contains(&Some(i)) || self.set[0] == Some(i))
            .filter(|&i| matches!(self.labels[i], Label::Key | Label::None) && written_as_codes(i))
            .take(1)
            .collect::<Vec<usize>>();
        (names, true)
    }

    /// Integers 100–599 beside another column of codes that repeat, or that
    /// a header calls HTTP/status.
    fn http_among(&self, candidates: &[usize]) -> Option<usize> {
        candidates.iter().copied().find(|&i| {
            let c = &self.contents[i];
            let others = candidates
                .iter()
                .any(|&j| j != i && self.contents[j].unique);
            c.http_like
                && others
                && (!c.unique || matches!(self.labels[i], Label::Http | Label::Status))
        })
    }

    /// A status column written `400 Bad Request`: no code column, yet HTTP.
    fn http_text(&self, code: usize) -> Option<usize> {
        (0..self.width()).find(|&i| {
            i != code
                && matches!(self.labels[i], Label::Http | Label::Status)
                && self.contents[i].filled > 0
                && self.cells[i]
                    .iter()
                    .all(|c| c.is_empty() || leading_status(c).is_some())
        })
    }

    /// A group code left of the detail code, each with its own text (`code`,
    /// `msg`, `sub_code`, `sub_msg`): both are in every response, so which
    /// one keys the catalog is the user's to say.
    fn group_code(&self, code: usize, http: Option<usize>) -> Option<usize> {
        let texts = self
            .labels
            .iter()
            .filter(|l| matches!(l, Label::Message(_)))
            .count();
        (0..code)
            .filter(|_| texts >= 2 && self.set[0].is_none())
            .find(|&i| {
                Some(i) != http
                    && self.labels[i] == Label::Code
                    && self.contents[i].codes
                    && !self.contents[i].unique
            })
    }

    /// The key column among `free` ones, and why.
    fn key(&self, free: impl Fn(usize) -> bool) -> Option<(usize, &'static str)> {
        if let Some(k) = self.set[2] {
            return Some((k, "--key-column"));
        }
        let open = |i: usize| free(i) && Some(i) != self.set[1];
        let labelled = (0..self.width()).find(|&i| open(i) && self.labels[i] == Label::Key);
        let by_cells = || {
            (0..self.width()).find(|&i| {
                open(i)
                    && self.contents[i].identifiers
                    && matches!(self.labels[i], Label::None | Label::Code | Label::Number)
            })
        };
        labelled
            .map(|k| (k, "header"))
            .or_else(|| by_cells().map(|k| (k, "one identifier per row")))
    }

    /// The code column among columns of unique codes: the one integer column
    /// beside symbolic ones (those are keys), else the one the header calls
    /// the code; `Err(Some(why))` when two remain, `Err(None)` when none is there.
    fn pick_code(&self, unique: &[usize]) -> Result<(usize, String), Option<String>> {
        let reason = |i: usize, what: &str| {
            let kind = if self.contents[i].integers {
                "integers"
            } else {
                "codes"
            };
            format!("{what}; unique {kind}")
        };
        match unique {
            [] => return Err(None),
            [only] => {
                let what = if self.labels[*only] == Label::None {
                    "the only column of codes"
                } else {
                    "header"
                };
                return Ok((*only, reason(*only, what)));
            }
            _ => {}
        }
        let integers: Vec<usize> = unique
            .iter()
            .copied()
            .filter(|&i| self.contents[i].integers)
            .collect();
        if let [only] = integers[..] {
            return Ok((
                only,
                reason(only, "the integer column beside symbolic ones"),
            ));
        }
        let pool = if integers.is_empty() {
            unique.to_vec()
        } else {
            integers
        };
        let labelled: Vec<usize> = pool
            .iter()
            .copied()
            .filter(|&i| {
                matches!(
                    self.labels[i],
                    Label::Code | Label::Status | Label::Sqlstate
                )
            })
            .collect();
        if let [only] = labelled[..] {
            return Ok((only, reason(only, "header")));
        }
        Err(Some(format!(
            "{} all hold one code per row: say which is the code with --code-column (number or header), and the others with --key-column or --http-column",
            self.names(&pool, " and ")
        )))
    }

    /// The message column and its translation: the one the header calls the
    /// message (stronger words first; a Chinese and an English column of one
    /// strength are the message and its translation), else the one column of
    /// text left.
    fn pick_message(&self, free: impl Fn(usize) -> bool) -> Result<Option<MessagePick>, String> {
        if let Some(m) = self.set[1] {
            return Ok(Some((m, None, "--message-column")));
        }
        let ambiguous = |set: &[usize]| {
            format!(
                "{} could each be the vendor's message: say which with --message-column (number or header)",
                self.names(set, " and ")
            )
        };
        for strength in [2, 1, 0] {
            let set: Vec<usize> = (0..self.width())
                .filter(|&i| free(i) && self.labels[i] == Label::Message(strength))
                .collect();
            match set[..] {
                [] => continue,
                [only] => return Ok(Some((only, None, "header"))),
                [first, second]
                    if self.contents[first].chinese != self.contents[second].chinese =>
                {
                    return Ok(Some((
                        first,
                        Some(second),
                        "header; the other language is its translation",
                    )))
                }
                _ => return Err(ambiguous(&set)),
            }
        }
        let unlabelled: Vec<usize> = (0..self.width())
            .filter(|&i| {
                free(i)
                    && matches!(self.labels[i], Label::None | Label::Code | Label::Number)
                    && !self.contents[i].codes
            })
            .collect();
        let texts: Vec<usize> = unlabelled
            .iter()
            .copied()
            .filter(|&i| self.contents[i].prose > 0)
            .collect();
        // Without prose, a column of distinct names (`successful_completion`) is the text.
        let names: Vec<usize> = unlabelled
            .iter()
            .copied()
            .filter(|&i| self.contents[i].unique_words)
            .collect();
        match (&texts[..], &names[..]) {
            ([only], _) => Ok(Some((*only, None, "the only column of text"))),
            ([], [only]) => Ok(Some((
                *only,
                None,
                "the only column of distinct texts left",
            ))),
            ([], _) => Ok(None),
            (set, _) => Err(ambiguous(set)),
        }
    }
}

/// The message column, its translation column, and why.
type MessagePick = (usize, Option<usize>, &'static str);

/// Assigns roles to the columns of a table with `header` (empty when the
/// table has none) and body `rows`; `http_heading` when the heading above
/// says HTTP.
pub fn assign(
    header: &[String],
    rows: &[Vec<&str>],
    http_heading: bool,
    over: &Overrides,
) -> Verdict {
    let columns = Columns::new(header, rows, over);
    if columns.is_parameter_table() {
        return Verdict::NotErrors(
            "a parameter table (its header names parameters, not codes)".to_owned(),
        );
    }
    let (candidates, by_names) = columns.code_columns();
    let mut why = Vec::new();
    let mut http = columns.set[3].or_else(|| columns.http_among(&candidates));
    let unique: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&i| Some(i) != http && (by_names || columns.contents[i].unique))
        .collect();
    let picked = match columns.set[0] {
        Some(c) => Ok((c, "--code-column".to_owned())),
        None => columns.pick_code(&unique),
    };
    let (code, code_why) = match picked {
        Ok(found) => found,
        Err(Some(ambiguous)) => return Verdict::Ambiguous(ambiguous),
        Err(None) => return Verdict::NotErrors("no column holds one code per row".to_owned()),
    };
    // One row shows nothing unique: a lone row's column is a code column
    // only when the header or a flag says so (`| Programa |` is no code).
    if rows.len() < 2 && columns.set[0].is_none() && columns.labels[code] == Label::None {
        return Verdict::NotErrors("one row, and no header names a code column".to_owned());
    }
    if let Some(group) = columns.group_code(code, http) {
        return Verdict::Ambiguous(format!(
            "{} both say they hold the code ({} repeats its values, each has its own text): say which is the code with --code-column (number or header), and its text with --message-column",
            columns.names(&[group, code], " and "),
            columns.name(group)
        ));
    }
    why.push(format!("code = {} ({code_why})", columns.name(code)));
    let http_why = match (http, columns.set[3]) {
        (Some(_), Some(_)) => "--http-column",
        (Some(_), None) => "integers 100–599 beside another code column",
        (None, _) => "header",
    };
    http = http.or_else(|| columns.http_text(code));
    if let Some(h) = http {
        why.push(format!("HTTP status = {} ({http_why})", columns.name(h)));
    }
    let free = |i: usize| i != code && Some(i) != http && columns.contents[i].filled > 0;
    let key = columns.key(free);
    if let Some((k, reason)) = key {
        why.push(format!("key = {} ({reason})", columns.name(k)));
    }
    let key = key.map(|(k, _)| k);
    let message = match columns.pick_message(|i| free(i) && Some(i) != key) {
        Ok(message) => message,
        Err(ambiguous) => return Verdict::Ambiguous(ambiguous),
    };
    match (message, key) {
        (Some((m, translation, reason)), _) => {
            why.push(format!("message = {} ({reason})", columns.name(m)));
            why.extend(translation.map(|t| format!("translation = {}", columns.name(t))));
        }
        (None, Some(_)) => why.push("message = the key (no column of text)".to_owned()),
        (None, None) => return Verdict::NotErrors("no column holds the codes' texts".to_owned()),
    }
    let translation = message.and_then(|(_, t, _)| t);
    let message = message.map(|(m, _, _)| m);
    let docs: Vec<usize> = (0..columns.width())
        .filter(|&i| free(i) && ![key, message, translation].contains(&Some(i)))
        .collect();
    if !docs.is_empty() {
        why.push(format!("doc = {}", columns.names(&docs, ", ")));
    }
    let code_is_http = http.is_none()
        && columns.contents[code].http_like
        && (matches!(columns.labels[code], Label::Http | Label::Status) || http_heading);
    Verdict::Errors(Roles {
        code,
        message,
        key,
        translation,
        http,
        code_is_http,
        docs,
        why: why.join("; "),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(header: &[&str], rows: &[&[&str]]) -> Verdict {
        let header: Vec<String> = header.iter().map(|s| s.to_string()).collect();
        let rows: Vec<Vec<&str>> = rows.iter().map(|r| r.to_vec()).collect();
        assign(&header, &rows, false, &Overrides::default())
    }

    fn errors(
        verdict: Verdict,
    ) -> (
        usize,
        Option<usize>,
        Option<usize>,
        Option<usize>,
        Vec<usize>,
    ) {
        match verdict {
            Verdict::Errors(r) => (r.code, r.message, r.key, r.http, r.docs),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn roles_from_headers_and_content() {
        // WeChat-style: the repeated status is HTTP, the symbolic column the code.
        let wechat = roles(
            &["状态码", "错误码", "描述", "解决方案"],
            &[
                &["403", "TRADE_ERROR", "交易错误", "请检查"],
                &["403", "USERPAYING", "用户支付中", "等待"],
                &["500", "SYSTEMERROR", "系统错误", "重试"],
            ],
        );
        assert_eq!(errors(wechat), (1, Some(2), None, Some(0), vec![3]));
        // gRPC-style: the integer column is the code, the names are keys.
        let grpc = roles(
            &["Code (name)", "Id", "Description"],
            &[
                &["OK", "0", "Not an error"],
                &["CANCELLED", "1", "The operation was cancelled"],
            ],
        );
        assert_eq!(errors(grpc), (1, Some(2), Some(0), None, vec![]));
        // Four columns, code first, SQLSTATE repeated, symbol unlabelled.
        let mysql = roles(
            &["Error Code", "SQLSTATE", "Error", "Description"],
            &[
                &["1000", "HY000", "ER_HASHCHK", "hashchk"],
                &["1001", "HY000", "ER_NISAMCHK", "isamchk"],
            ],
        );
        assert_eq!(errors(mysql), (0, Some(3), Some(2), None, vec![1]));
        let pay_wallet = roles(
            &["状态码", "错误代码", "描述"],
            &[
                &["10001", "wallet_not_exist", "钱包不存在"],
                &["10002", "param_error", "参数错误"],
            ],
        );
        assert_eq!(errors(pay_wallet), (0, Some(2), Some(1), None, vec![]));
        let remedy = roles(
            &["错误码", "描述", "解决方案"],
            &[&["40001", "参数错误", "检查参数"]],
        );
        assert_eq!(errors(remedy), (0, Some(1), None, None, vec![2]));
        let postgres = roles(
            &["Error Code", "Condition Name"],
            &[
                &["00000", "successful_completion"],
                &["40P01", "deadlock_detected"],
            ],
        );
        assert_eq!(errors(postgres), (0, None, Some(1), None, vec![]));
        let wider_header = roles(
            &["Code", "Description", ""],
            &[&["1", "a b"], &["2", "c d"]],
        );
        assert_eq!(errors(wider_header), (0, Some(1), None, None, vec![]));
    }

    #[test]
    fn parameter_tables_and_ambiguity() {
        let params = roles(
            &["Parameter", "Type", "Description"],
            &[&["code", "int", "Result code"]],
        );
        assert!(matches!(params, Verdict::NotErrors(_)));
        // One row: only a header makes a column the codes.
        let lone = roles(
            &["Nombre publicación", "Programa", "Global/País"],
            &[&["BTCuentas.ConsultarSaldo", "RBTQS101", "Global"]],
        );
        assert!(matches!(lone, Verdict::NotErrors(_)), "{lone:?}");
        assert_eq!(errors(roles(&["Code", "Text"], &[&["7", "x y"]])).0, 0);
        assert!(is_prefixed("EAPI:Invalid nonce") && is_prefixed("EBasic:Bad arguments"));
        assert!(!is_prefixed("Note: read this") && !is_prefixed("12:30"));
        let two_texts = roles(&["Code", "A", "B"], &[&["1", "one thing", "another thing"]]);
        let Verdict::Ambiguous(why) = two_texts else {
            panic!("{two_texts:?}")
        };
        assert!(
            why.contains("--message-column") && why.contains("column 2 “A”"),
            "{why}"
        );
        let sub_code = roles(
            &["code", "msg", "sub_code", "sub_msg"],
            &[
                &[
                    "40004",
                    "Business Failed",
                    "ACQ.TRADE_NOT_EXIST",
                    "交易不存在",
                ],
                &["40004", "Business Failed", "ACQ.SYSTEM_ERROR", "系统错误"],
            ],
        );
        let Verdict::Ambiguous(why) = sub_code else {
            panic!("{sub_code:?}")
        };
        assert!(
            why.contains("column 1 “code”") && why.contains("--code-column"),
            "{why}"
        );
        let two_codes = roles(
            &["A", "B", "Text"],
            &[&["1", "7", "x y"], &["2", "8", "z w"]],
        );
        let Verdict::Ambiguous(why) = two_codes else {
            panic!("{two_codes:?}")
        };
        assert!(why.contains("--code-column"), "{why}");
        let header: Vec<String> = ["A", "B", "Text"].map(String::from).to_vec();
        let rows = vec![vec!["1", "7", "x y"], vec!["2", "8", "z w"]];
        let over = Overrides {
            code: Some("B".parse().unwrap()),
            ..Overrides::default()
        };
        assert_eq!(errors(assign(&header, &rows, false, &over)).0, 1);
        let over = Overrides {
            code: Some("2".parse().unwrap()),
            key: Some(ColumnRef::Number(1)),
            ..Overrides::default()
        };
        assert_eq!(
            errors(assign(&header, &rows, false, &over)),
            (1, Some(2), Some(0), None, vec![])
        );
    }
}
