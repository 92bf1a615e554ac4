//! The rules read against the two catalogs: every vendor code and category
//! must exist in the vendor catalog, every target in the target catalog,
//! every vendor code must be covered, and success must stay success. All
//! mistakes are collected; a rule with a mistake is left out, and what it
//! would have covered is not reported again (one mistake, one error).

use super::read::{Raw, RawTarget, TargetRef};
use super::{Route, Rule};
use crate::diagnostic::Diagnostic;
use crate::fnv::FnvMap;
use crate::model::{Catalog, Code, CodeType, Entry};
use crate::names::nearest;
use crate::names::{distance, fold};
use crate::value::{Key, Span};

/// How many uncovered or mismatched codes a message lists.
const LISTED: usize = 10;

/// A loaded catalog, the path it is shown by, and its entries by code and
/// by name (rules look them up one by one: a 10,000-code catalog).
pub(super) struct Side<'a> {
    catalog: &'a Catalog,
    display: &'a str,
    codes: FnvMap<&'a Code, usize>,
    names: FnvMap<&'a str, usize>,
}

impl<'a> Side<'a> {
    pub(super) fn new(catalog: &'a Catalog, display: &'a str) -> Self {
        let entries = || catalog.entries.iter().enumerate();
        Side {
            catalog,
            display,
            codes: entries().map(|(i, e)| (&e.code, i)).collect(),
            names: entries().map(|(i, e)| (e.name.as_str(), i)).collect(),
        }
    }

    /// `EbetStatus` (catalogs/ebet.toml).
    fn named(&self) -> String {
        format!("`{}` ({})", self.catalog.name, self.display)
    }
}

/// The routes of every vendor code and of the codes the vendor lacks.
pub(super) struct Resolved {
    pub(super) routes: Vec<Route>,
    pub(super) unknown: Route,
}

/// A rule with its place in the file.
struct Written<'r> {
    raw: &'r RawTarget,
    /// The rule as its TOML path, for messages.
    entry: String,
    target: Option<usize>,
}

pub(super) fn resolve(
    raw: &Raw,
    from: Option<&Side<'_>>,
    to: Option<&Side<'_>>,
    diags: &mut Vec<Diagnostic>,
) -> Resolved {
    let written = |rt, entry: String, diags: &mut Vec<Diagnostic>| Written {
        raw: rt,
        target: to.and_then(|to| find_target(rt, &entry, to, diags)),
        entry,
    };
    let default = raw
        .default
        .as_ref()
        .map(|rt| written(rt, "[mapping]".into(), diags));
    let unknown = raw
        .unknown
        .as_ref()
        .map(|rt| written(rt, "[mapping]".into(), diags));
    let Some(from) = from else {
        // Without the vendor catalog the rules' keys cannot be checked.
        for (key, rt) in &raw.codes {
            written(rt, label("codes", key), diags);
        }
        for (key, rt) in &raw.categories {
            written(rt, label("categories", key), diags);
        }
        return Resolved {
            routes: Vec::new(),
            unknown: unknown_route(unknown.as_ref(), default.as_ref()),
        };
    };
    let (categories, codes, rejected) = keyed_rules(raw, from, &written, diags);
    let routes = routes(from.catalog, &codes, &categories, default.as_ref());
    let unknown_route = unknown_route(unknown.as_ref(), default.as_ref());
    // A rule with a mistake (reported) would have covered some codes.
    if !rejected && !raw.unreadable && raw.misspelt.is_empty() {
        coverage(raw, from, &routes, &unknown_route, diags);
    }
    if let Some(to) = to {
        let check = Success { from, to };
        for (index, _, w) in &codes {
            check.rule(w, &[*index], false, diags);
        }
        for (name, w) in &categories {
            let covered = covered_by(&routes, |r| r == &Rule::Category(name.clone()));
            check.rule(w, &covered, false, diags);
        }
        if let Some(w) = &default {
            let covered = covered_by(&routes, |r| r == &Rule::Default);
            check.rule(w, &covered, unknown.is_none(), diags);
        }
        if let Some(w) = &unknown {
            check.rule(w, &[], true, diags);
        }
    }
    Resolved {
        routes,
        unknown: unknown_route,
    }
}

/// A category rule: the category's name and the rule.
type CategoryRule<'r> = (String, Written<'r>);
/// A code rule: the vendor entry's index, the key's span and the rule.
type CodeRule<'r> = (usize, Span, Written<'r>);

/// The category and code rules whose keys name what the vendor catalog
/// defines, and whether any key did not (reported).
fn keyed_rules<'r>(
    raw: &'r Raw,
    from: &Side<'_>,
    written: &dyn Fn(&'r RawTarget, String, &mut Vec<Diagnostic>) -> Written<'r>,
    diags: &mut Vec<Diagnostic>,
) -> (Vec<CategoryRule<'r>>, Vec<CodeRule<'r>>, bool) {
    let mut rejected = false;
    let mut categories = Vec::new();
    for (key, rt) in &raw.categories {
        let w = written(rt, label("categories", key), diags);
        match find_category(key, from, diags) {
            Some(name) => categories.push((name, w)),
            None => rejected = true,
        }
    }
    let mut codes: Vec<CodeRule<'r>> = Vec::new();
    let mut first_rule: FnvMap<usize, Span> = FnvMap::default();
    for (key, rt) in &raw.codes {
        let w = written(rt, label("codes", key), diags);
        let Some(index) = find_vendor_code(key, from, diags) else {
            rejected = true;
            continue;
        };
        if let Some(first) = first_rule.get(&index) {
            let code = &from.catalog.entries[index].code;
            diags.push(
                Diagnostic::new(
                    key.span.clone(),
                    format!("vendor code {code} is mapped twice"),
                )
                .entry(w.entry)
                .first(first.clone())
                .help("keep one rule per code"),
            );
            continue;
        }
        first_rule.insert(index, key.span.clone());
        codes.push((index, key.span.clone(), w));
    }
    (categories, codes, rejected)
}

/// Each vendor code's route: its code rule, else its category's, else `default`.
fn routes(
    from: &Catalog,
    codes: &[CodeRule<'_>],
    categories: &[CategoryRule<'_>],
    default: Option<&Written<'_>>,
) -> Vec<Route> {
    let mut by_code: Vec<Option<&Written<'_>>> = vec![None; from.entries.len()];
    for (index, _, w) in codes {
        by_code[*index] = Some(w);
    }
    let route = |i: usize, e: &Entry| {
        if let Some(w) = by_code[i] {
            return Route::new(w.target, Rule::Code);
        }
        let category = categories
            .iter()
            .find(|(name, _)| e.category.as_deref() == Some(name));
        match (category, default) {
            (Some((name, w)), _) => Route::new(w.target, Rule::Category(name.clone())),
            (None, Some(w)) => Route::new(w.target, Rule::Default),
            (None, None) => Route::new(None, Rule::Uncovered),
        }
    };
    from.entries
        .iter()
        .enumerate()
        .map(|(i, e)| route(i, e))
        .collect()
}

fn unknown_route(unknown: Option<&Written<'_>>, default: Option<&Written<'_>>) -> Route {
    match (unknown, default) {
        (Some(w), _) => Route::new(w.target, Rule::Unknown),
        (None, Some(w)) => Route::new(w.target, Rule::Default),
        (None, None) => Route::new(None, Rule::Uncovered),
    }
}

fn covered_by(routes: &[Route], rule: impl Fn(&Rule) -> bool) -> Vec<usize> {
    (0..routes.len())
        .filter(|i| rule(&routes[*i].rule))
        .collect()
}

/// Without a `default`, every vendor code needs a rule, and codes the vendor
/// does not define need `unknown`: one error lists what is missing.
fn coverage(
    raw: &Raw,
    from: &Side<'_>,
    routes: &[Route],
    unknown: &Route,
    diags: &mut Vec<Diagnostic>,
) {
    let uncovered: Vec<&Entry> = covered_by(routes, |r| r == &Rule::Uncovered)
        .into_iter()
        .map(|i| &from.catalog.entries[i])
        .collect();
    let no_unknown = unknown.rule == Rule::Uncovered;
    if uncovered.is_empty() && !no_unknown {
        return;
    }
    let message = if uncovered.is_empty() {
        format!("no target for the codes {} does not define", from.named())
    } else {
        let also = if no_unknown {
            ", nor for the codes it does not define"
        } else {
            ""
        };
        format!(
            "{} of {} no rule covers: {}{also}",
            count(uncovered.len(), "vendor code"),
            from.named(),
            list(&uncovered, uncovered.len()),
        )
    };
    let help = if uncovered.is_empty() {
        "set unknown = \"TargetVariant\" (or a `default`, which also takes them)"
    } else {
        "map them in [mapping.codes] or [mapping.categories], or set default = \"TargetVariant\" for every code no rule covers"
    };
    diags.push(
        Diagnostic::new(raw.span.clone(), message)
            .entry("[mapping]")
            .help(help),
    );
}

/// Success must map to success and failure to failure, unless the rule allows otherwise.
struct Success<'s, 'a> {
    from: &'s Side<'a>,
    to: &'s Side<'a>,
}

impl Success<'_, '_> {
    /// Checks the vendor codes `covered` (entry indexes) of one rule, and
    /// with `undefined` the codes the vendor does not define (never success).
    fn rule(
        &self,
        w: &Written<'_>,
        covered: &[usize],
        undefined: bool,
        diags: &mut Vec<Diagnostic>,
    ) {
        let Some(target) = w.target else { return };
        if w.raw.allow_mismatch {
            return;
        }
        let (from, to) = (self.from.catalog, self.to.catalog);
        let target_ok = to.success.contains(&to.entries[target].code);
        let wrong: Vec<&Entry> = covered
            .iter()
            .map(|i| &from.entries[*i])
            .filter(|e| from.success.contains(&e.code) != target_ok)
            .collect();
        let undefined = undefined && target_ok;
        if wrong.is_empty() && !undefined {
            return;
        }
        let target_name = format!("`{}::{}`", to.name, to.entries[target].name);
        let codes = if wrong.is_empty() {
            format!("the codes `{}` does not define", from.name)
        } else {
            let kind = if target_ok { "failure" } else { "success" };
            let also = if undefined {
                " and the codes it does not define"
            } else {
                ""
            };
            format!(
                "{} of `{}` ({}){also}",
                count(wrong.len(), &format!("{kind} code")),
                from.name,
                list(&wrong, wrong.len())
            )
        };
        let (message, other) = if target_ok {
            (
                format!(
                    "{codes} would map to {target_name}, a success code of `{}`",
                    to.name
                ),
                "a target that is not a success".to_owned(),
            )
        } else {
            let successes: Vec<String> = to
                .entries
                .iter()
                .filter(|e| to.success.contains(&e.code))
                .map(|e| format!("`{}`", e.name))
                .collect();
            let which = if successes.is_empty() {
                format!(
                    "`{}` has none: add its success code to its `success`",
                    to.name
                )
            } else {
                successes.join(", ")
            };
            (
                format!(
                    "{codes} would map to {target_name}, which is not a success code of `{}`",
                    to.name
                ),
                format!("a success target ({which})"),
            )
        };
        diags.push(Diagnostic::new(w.raw.span.clone(), message).entry(w.entry.clone()).help(format!(
            "map them to {other}, or write {{ to = {}, allow-success-mismatch = true }} if this is meant",
            target_text(&w.raw.target)
        )));
    }
}

fn target_text(target: &TargetRef) -> String {
    match target {
        TargetRef::Str(s) => format!("{s:?}"),
        TargetRef::Int(c) => c.to_string(),
    }
}

/// `3 vendor codes`, `1 vendor code`.
fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// `4026 (InvalidSignature), 4027 (IpNotAllowed) and 3 more`.
fn list(entries: &[&Entry], total: usize) -> String {
    let mut text = entries
        .iter()
        .take(LISTED)
        .map(|e| describe(e))
        .collect::<Vec<_>>()
        .join(", ");
    if total > LISTED {
        text.push_str(&format!(" and {} more", total - LISTED));
    }
    text
}

fn describe(e: &Entry) -> String {
    format!("{} ({})", e.code, e.name)
}

/// The target catalog's variant a rule names, by name or by code.
fn find_target(
    rt: &RawTarget,
    entry: &str,
    to: &Side<'_>,
    diags: &mut Vec<Diagnostic>,
) -> Option<usize> {
    let c = to.catalog;
    let found = match &rt.target {
        TargetRef::Str(s) => to.names.get(s.as_str()).or_else(|| {
            (c.code_type == CodeType::Str)
                .then(|| to.codes.get(&Code::Str(s.clone())))
                .flatten()
        }),
        TargetRef::Int(code) => to.codes.get(&Code::Int(*code)),
    };
    if let Some(i) = found {
        return Some(*i);
    }
    let (message, help) = match &rt.target {
        TargetRef::Str(s) if *s == c.unknown => (
            format!(
                "`{s}` is the catch-all of {}, which holds a raw code",
                to.named()
            ),
            "name one of its variants".to_owned(),
        ),
        TargetRef::Str(s) => (
            format!("`{s}` is not a variant of {}", to.named()),
            suggest_name(s, c),
        ),
        TargetRef::Int(code) if c.code_type == CodeType::Str => (
            format!(
                "{code} is not a code of {}, whose codes are strings",
                to.named()
            ),
            format!("write the target's name or its code as a string: \"{code}\""),
        ),
        TargetRef::Int(code) => (
            format!("{code} is not a code of {}", to.named()),
            nearest_codes(&Code::Int(*code), c),
        ),
    };
    diags.push(
        Diagnostic::new(rt.span.clone(), message)
            .entry(entry)
            .help(help),
    );
    None
}

/// Did-you-mean for a variant name (case and underscores ignored).
fn suggest_name(name: &str, c: &Catalog) -> String {
    let folded = fold(name);
    let limit = (name.chars().count() / 3).max(1);
    let best = c
        .entries
        .iter()
        .map(|e| (distance(&folded, &fold(&e.name)), e))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d);
    match best {
        Some((_, e)) => format!("did you mean `{}`?", e.name),
        None if c.entries.is_empty() => "the target catalog defines no codes".to_owned(),
        None => format!(
            "name a variant of `{}` (e.g. `{}`) or give one of its codes",
            c.name, c.entries[0].name
        ),
    }
}

fn nearest_codes(code: &Code, c: &Catalog) -> String {
    let near: Vec<String> = nearest(code, c.entries.iter().map(|e| &e.code), 3)
        .into_iter()
        .filter_map(|n| c.entries.iter().find(|e| &e.code == n))
        .map(describe)
        .collect();
    if near.is_empty() {
        "the catalog defines no codes".to_owned()
    } else {
        format!("nearest codes: {}", near.join(", "))
    }
}

/// The vendor entry a `[mapping.codes]` key names.
fn find_vendor_code(key: &Key, from: &Side<'_>, diags: &mut Vec<Diagnostic>) -> Option<usize> {
    let c = from.catalog;
    let code = match c.code_type {
        CodeType::Str => Some(Code::Str(key.name.clone())),
        CodeType::Int => key.name.parse().ok().map(Code::Int),
    };
    if let Some(i) = code.as_ref().and_then(|code| from.codes.get(code)) {
        return Some(*i);
    }
    let entry = label("codes", key);
    let by_name = from.names.get(key.name.as_str()).map(|i| &c.entries[*i]);
    let (message, help) = match (code, by_name) {
        (_, Some(e)) => (
            format!(
                "`{}` is a variant name; rules are keyed by the vendor's code",
                key.name
            ),
            format!("write its code: {} = …", key_text(&e.code)),
        ),
        (None, None) if is_decimal(&key.name) => (
            format!("{} is not a code of {}", key.name, from.named()),
            "integer codes lie in the i64 range".to_owned(),
        ),
        (None, None) => (
            format!(
                "`{}` is not an integer code, but {} has integer codes",
                key.name,
                from.named()
            ),
            "key the rule by the vendor's code, e.g. 4026 = \"TargetVariant\"".to_owned(),
        ),
        (Some(code), None) => (
            format!("{code} is not a code of {}", from.named()),
            nearest_codes(&code, c),
        ),
    };
    diags.push(
        Diagnostic::new(key.span.clone(), message)
            .entry(entry)
            .help(help),
    );
    None
}

/// Digits, with an optional sign.
fn is_decimal(text: &str) -> bool {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// A rule as its TOML path: `[mapping.codes.4026]`, `[mapping.codes."G500"]`.
pub(super) fn label(table: &str, key: &Key) -> String {
    let bare = !key.name.is_empty()
        && key
            .name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if bare {
        format!("[mapping.{table}.{}]", key.name)
    } else {
        format!("[mapping.{table}.{:?}]", key.name)
    }
}

/// A vendor code as a TOML key.
fn key_text(code: &Code) -> String {
    match code {
        Code::Int(c) => c.to_string(),
        Code::Str(s) => format!("{s:?}"),
    }
}

/// The vendor category a `[mapping.categories]` key names.
fn find_category(key: &Key, from: &Side<'_>, diags: &mut Vec<Diagnostic>) -> Option<String> {
    let c = from.catalog;
    if c.categories.iter().any(|cat| cat.name == key.name) {
        return Some(key.name.clone());
    }
    let known: Vec<&str> = c.categories.iter().map(|cat| cat.name.as_str()).collect();
    let help = match crate::names::did_you_mean(&key.name, &known) {
        Some(s) => format!("did you mean `{s}`?"),
        None if known.is_empty() => format!(
            "{} defines no categories; map its codes in [mapping.codes]",
            c.name
        ),
        None => format!("its categories: {}", known.join(", ")),
    };
    diags.push(
        Diagnostic::new(
            key.span.clone(),
            format!("`{}` is not a category of {}", key.name, from.named()),
        )
        .entry(label("categories", key))
        .help(help),
    );
    None
}
