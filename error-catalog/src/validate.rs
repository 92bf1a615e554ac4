//! Cross-entry validation: rules that compare entries with each other, with the
//! catalog header, or with a subset's parent. Offending entries are dropped (or
//! patched) so the model stays consistent and the skeleton still compiles.

use crate::diagnostic::duplicate_code;
use crate::diagnostic::Diagnostic;
use crate::fnv::FnvMap;
use crate::model::{Catalog, Code, Entry, Message, PlaceholderStyle};
use crate::names::{did_you_mean, fold, nearest, GENERATED_ITEMS};
use crate::parse::Parsed;
use crate::placeholder;

/// Checks `parsed` (against `parent` for a subset) and returns the consistent model.
pub fn validate(parsed: Parsed, parent: Option<&Catalog>, diags: &mut Vec<Diagnostic>) -> Catalog {
    let Parsed {
        mut catalog,
        spans,
        success_spans,
        lang_known,
        placeholders_set,
    } = parsed;
    if !placeholders_set {
        catalog.placeholders = evident_placeholders(&catalog, &spans, diags);
    }
    let mut entries: Vec<Entry> = Vec::with_capacity(catalog.entries.len());
    // How each accepted entry is named in messages (parallel to `entries`).
    let mut labels: Vec<String> = Vec::with_capacity(catalog.entries.len());
    // Indexes into `entries`; lookups only, so iteration order never matters.
    let mut by_code: FnvMap<Code, usize> = FnvMap::default();
    let mut by_folded_name: FnvMap<String, usize> = FnvMap::default();

    let parent_codes: FnvMap<&Code, &Entry> = parent.map_or_else(FnvMap::default, |p| {
        p.entries.iter().map(|e| (&e.code, e)).collect()
    });
    let parsed_entries = core::mem::take(&mut catalog.entries);
    for (mut entry, entry_spans) in parsed_entries.into_iter().zip(spans) {
        let label = entry_spans.label.clone();
        if entry.name.is_empty() && parent.is_none() {
            // A nameless subset entry whose parent could not be loaded: that
            // failure was reported; there is nothing to name the variant after.
            continue;
        }
        if let Some(parent) = parent {
            match inherit(&entry, &entry_spans, parent, &parent_codes, &label, diags) {
                Some(inherited) => entry = inherited,
                None => continue,
            }
        }
        if let Some(i) = by_code.get(&entry.code).copied() {
            let first = &entries[i];
            diags.push(duplicate_code(
                entry.span.clone(),
                &entry.code.to_string(),
                &label,
                &labels[i],
                first.span.clone(),
            ));
            continue;
        }
        let name_span = entry_spans
            .field("name")
            .unwrap_or_else(|| entry.span.clone());
        let folded = fold(&entry.name);
        if let Some(i) = by_folded_name.get(&folded).copied() {
            let first = &entries[i];
            let how = if first.name == entry.name {
                "duplicate"
            } else {
                "colliding"
            };
            diags.push(
                Diagnostic::new(name_span, format!("{how} variant name `{}`: {} is already named `{}`", entry.name, labels[i], first.name))
                    .entry(label)
                    .first(first.span.clone())
                    .help("give each code its own name (names that differ only in case or underscores collide)"),
            );
            continue;
        }
        if folded == fold(&catalog.unknown) {
            // A catch-all name this entry does not collide with (`OTHER` against `Other`).
            let fix = if folded == "other" {
                "Unknown"
            } else {
                "Other"
            };
            diags.push(
                Diagnostic::new(name_span, format!("variant name `{}` collides with the catch-all variant `{}`", entry.name, catalog.unknown))
                    .entry(label)
                    .help(format!("rename this code, or set unknown = \"{fix}\" in [catalog] to name the catch-all differently")),
            );
            continue;
        }
        if GENERATED_ITEMS.contains(&entry.name.as_str()) {
            diags.push(
                Diagnostic::new(
                    name_span,
                    format!(
                        "variant name `{}` collides with the generated `{}::{}`",
                        entry.name, catalog.name, entry.name
                    ),
                )
                .entry(label)
                .help("choose another name"),
            );
            continue;
        }
        if parent.is_none() && lang_known {
            check_messages(&mut entry, &entry_spans, &catalog, &label, diags);
        }
        match &entry.category {
            Some(name) if !catalog.categories.iter().any(|c| &c.name == name) => {
                let known: Vec<&str> = catalog.categories.iter().map(|c| c.name.as_str()).collect();
                let help = match did_you_mean(name, &known) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None if known.is_empty() => {
                        "define it as [categories.NAME] with `range` or `prefix`".into()
                    }
                    None => format!("defined categories: {}", known.join(", ")),
                };
                diags.push(
                    Diagnostic::new(
                        entry_spans
                            .field("category")
                            .unwrap_or_else(|| entry.span.clone()),
                        format!("category `{name}` is not defined"),
                    )
                    .entry(label.as_str())
                    .help(help),
                );
                entry.category = None;
            }
            Some(_) => {}
            None => {
                entry.category = catalog
                    .categories
                    .iter()
                    .find(|c| c.matcher.matches(&entry.code))
                    .map(|c| c.name.clone());
            }
        }
        by_code.insert(entry.code.clone(), entries.len());
        by_folded_name.insert(folded, entries.len());
        entries.push(entry);
        labels.push(label);
    }

    let mut success = Vec::new();
    let parsed_success = core::mem::take(&mut catalog.success);
    for (code, span) in parsed_success.into_iter().zip(success_spans) {
        if by_code.contains_key(&code) {
            if !success.contains(&code) {
                success.push(code);
            }
        } else {
            let near = nearest(&code, entries.iter().map(|e| &e.code), 3);
            let help = if near.is_empty() {
                "add the code under [codes] or remove it from `success`".to_owned()
            } else {
                format!(
                    "add the code under [codes], or did you mean {}?",
                    list(&near)
                )
            };
            diags.push(
                Diagnostic::new(
                    span,
                    format!("success code {code} is not defined in this catalog"),
                )
                .entry("[catalog]")
                .help(help),
            );
        }
    }
    catalog.success = success;

    // After inheritance: a subset's languages are those of the messages it took.
    for entry in &entries {
        for m in &entry.messages {
            if !catalog.languages.contains(&m.lang) {
                catalog.languages.push(m.lang.clone());
            }
        }
    }
    catalog.entries = entries;
    catalog
}

/// The style of a catalog that does not set `placeholders`: the one its
/// messages evidently use (`{0}`: java, `%s`/`%d`: printf), `none` when they
/// use neither; both at once is one error asking to set it, never a message
/// whose `{0}` is silently left unfilled.
fn evident_placeholders(
    catalog: &Catalog,
    spans: &[crate::parse::EntrySpans],
    diags: &mut Vec<Diagnostic>,
) -> PlaceholderStyle {
    let (mut java, mut printf) = (None, None);
    for (i, entry) in catalog.entries.iter().enumerate() {
        for message in &entry.messages {
            let (j, p) = placeholder::evident(&message.text);
            java = java.or(j.then_some(i));
            printf = printf.or(p.then_some(i));
        }
    }
    match (java, printf) {
        (Some(_), None) => PlaceholderStyle::Java,
        (None, Some(_)) => PlaceholderStyle::Printf,
        (None, None) => PlaceholderStyle::None,
        (Some(j), Some(p)) => {
            let at = j.max(p);
            let span = spans[at]
                .field("message")
                .unwrap_or_else(|| catalog.entries[at].span.clone());
            diags.push(
                Diagnostic::new(
                    span,
                    format!(
                        "messages hold both `{{0}}` placeholders ({}) and `%s` ones ({}), and `placeholders` is not set",
                        spans[j].label, spans[p].label
                    ),
                )
                .entry(spans[at].label.clone())
                .help("set placeholders = \"java\" ({0}, {1}…), \"printf\" (%s, %d) or \"none\" (every message shown as written) in [catalog]"),
            );
            PlaceholderStyle::None
        }
    }
}

/// Every message in `lang` is required; placeholders must parse and agree across languages.
fn check_messages(
    entry: &mut Entry,
    spans: &crate::parse::EntrySpans,
    catalog: &Catalog,
    label: &str,
    diags: &mut Vec<Diagnostic>,
) {
    let message_span = spans.field("message").unwrap_or_else(|| entry.span.clone());
    // A misspelt `message` was reported already: one error per mistake.
    let message_written =
        spans.field("message").is_some() || spans.misspelt.iter().any(|f| f == "message");
    if entry.message(&catalog.lang).is_none() {
        let help = match entry.messages.first() {
            None => format!("add message = \"…\" with the vendor's text in `{}`", catalog.lang),
            Some(m) => format!(
                "add the vendor's text in `{}` (the catalog's `lang`), e.g. message = {{ {} = \"…\", {} = \"{}\" }}",
                catalog.lang, catalog.lang, m.lang, m.text
            ),
        };
        // A message of the wrong type was reported already: one error per mistake.
        if !message_written || !entry.messages.is_empty() {
            diags.push(
                Diagnostic::new(
                    message_span.clone(),
                    format!("no message in the catalog's language `{}`", catalog.lang),
                )
                .entry(label)
                .help(help),
            );
        }
        // Keep the entry for the skeleton; its text no longer matters.
        entry.messages.insert(
            0,
            Message {
                lang: catalog.lang.clone(),
                text: String::new(),
            },
        );
        return;
    }
    if catalog.placeholders == PlaceholderStyle::None {
        return;
    }
    let mut first: Option<(&str, Vec<String>)> = None;
    for m in &entry.messages {
        match placeholder::parse(catalog.placeholders, &m.text) {
            Err(problem) => diags.push(
                Diagnostic::new(message_span.clone(), format!("message in `{}`: {problem}", m.lang))
                    .entry(label)
                    .help("fix the placeholder, or set placeholders = \"none\" in [catalog] if the text has none"),
            ),
            Ok(pieces) => {
                let sig = placeholder::signature(&pieces, catalog.placeholders);
                match &first {
                    None => first = Some((&m.lang, sig)),
                    Some((lang, expected)) if *expected != sig => diags.push(
                        Diagnostic::new(
                            message_span.clone(),
                            format!(
                                "placeholders differ between languages: `{lang}` has [{}], `{}` has [{}]",
                                expected.join(", "),
                                m.lang,
                                sig.join(", ")
                            ),
                        )
                        .entry(label)
                        .help("every translation must take the same arguments"),
                    ),
                    Some(_) => {}
                }
            }
        }
    }
}

/// A subset entry takes everything from its parent; it may repeat the name and
/// message (which must agree) and add a `doc`.
fn inherit(
    entry: &Entry,
    spans: &crate::parse::EntrySpans,
    parent: &Catalog,
    parent_codes: &FnvMap<&Code, &Entry>,
    label: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<Entry> {
    let Some(source) = parent_codes.get(&entry.code).copied() else {
        let near = nearest(&entry.code, parent.entries.iter().map(|e| &e.code), 3);
        let help = if near.is_empty() {
            format!("add the code to the parent catalog `{}` first", parent.name)
        } else {
            format!(
                "a subset lists codes of its parent only; nearest codes of `{}`: {}",
                parent.name,
                list(&near)
            )
        };
        diags.push(
            Diagnostic::new(
                entry.span.clone(),
                format!(
                    "code {} is not in the parent catalog `{}`",
                    entry.code, parent.name
                ),
            )
            .entry(label)
            .help(help),
        );
        return None;
    };
    let mut ok = true;
    for (field, span) in &spans.fields {
        match field.as_str() {
            "doc" => {}
            "name" if entry.name != source.name => {
                diags.push(
                    Diagnostic::new(
                        span.clone(),
                        format!(
                            "name `{}` differs from the parent's `{}`",
                            entry.name, source.name
                        ),
                    )
                    .entry(label)
                    .help(format!(
                        "a subset uses its parent's variant names: remove `name` or write `{}`",
                        source.name
                    )),
                );
                ok = false;
            }
            "message" => {
                for m in &entry.messages {
                    if source.message(&m.lang) != Some(m.text.as_str()) {
                        diags.push(
                            Diagnostic::new(span.clone(), format!("message in `{}` differs from the parent's", m.lang))
                                .entry(label)
                                .help("a subset takes its messages from the parent: remove `message` here or change it in the parent"),
                        );
                        ok = false;
                    }
                }
            }
            "name" => {}
            other => {
                diags.push(
                    Diagnostic::new(
                        span.clone(),
                        format!("`{other}` cannot be set in a subset catalog"),
                    )
                    .entry(label)
                    .help(format!(
                        "set it on the code in the parent catalog `{}`",
                        parent.name
                    )),
                );
            }
        }
    }
    let mut inherited = source.clone();
    inherited.span = entry.span.clone();
    if entry.doc.is_some() {
        inherited.doc = entry.doc.clone();
    }
    ok.then_some(inherited)
}

fn list(codes: &[&Code]) -> String {
    codes
        .iter()
        .map(|c| c.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}
