//! The `[catalog]` table, one function per field of `CATALOG_FIELDS`
//! (`doc` and `source` are plain strings), and the top-level tables read
//! with its settings: `[categories.*]`, the `success` codes, `[codes.*]`.
//! A subset inherits what it does not set from its parent.

use super::codes::{infer_code_type, parse_code};
use super::reader::Reader;
use super::{find, EntrySpans};
use crate::diagnostic::Diagnostic;
use crate::model::{Catalog, Category, Code, CodeType, Entry, Envelope, PlaceholderStyle};
use crate::names::{camel_case_problem, is_keyword, to_snake_case, GENERATED_ITEMS};
use crate::value::{Key, Node, Span, Value};

/// The `[catalog]` table as read so far, and what its fields depend on.
pub(super) struct Header<'a> {
    /// Its fields (none when the table is missing or not a table).
    pub(super) fields: &'a [(Key, Node)],
    /// Whether the file has a `[catalog]` table at all (its absence was
    /// reported once; no field is then also "missing").
    pub(super) present: bool,
    /// Where to report a missing field: the table, else the file's start.
    pub(super) span: Span,
    /// The parent of a subset, already loaded.
    pub(super) parent: Option<&'a Catalog>,
    /// Whether it declares `subset-of` (whether or not the parent loaded).
    pub(super) declares_subset: bool,
}

impl Reader<'_> {
    /// A string field of `[catalog]` (`doc`, `source`).
    pub(super) fn header_string(&mut self, h: &Header<'_>, field: &str) -> Option<String> {
        find(h.fields, field).and_then(|n| self.string(n, "[catalog]", field))
    }

    /// `name`: the enum's name, UpperCamelCase, whose code-reference macro
    /// is not a keyword.
    pub(super) fn header_name(&mut self, h: &Header<'_>) -> Option<String> {
        let Some(node) = find(h.fields, "name") else {
            if h.present {
                self.diags.push(
                    Diagnostic::new(h.span.clone(), "missing field `name`")
                        .entry("[catalog]")
                        .help("add name = \"MyVendorStatus\": the generated enum's name"),
                );
            }
            return None;
        };
        let name = self.string(node, "[catalog]", "name")?;
        if let Some(problem) = camel_case_problem(&name) {
            self.diags.push(
                Diagnostic::new(node.span.clone(), format!("invalid enum name: {problem}"))
                    .entry("[catalog]")
                    .help("name the enum in UpperCamelCase, e.g. `EbetStatus`"),
            );
            return None;
        }
        let mac = to_snake_case(&name);
        if is_keyword(&mac) {
            // Still the enum's name: the skeleton is generated without the
            // macro, so uses of the enum add no errors.
            self.diags.push(
                Diagnostic::new(node.span.clone(), format!("the code-reference macro of `{name}` would be named `{mac}!`, a Rust keyword"))
                    .entry("[catalog]")
                    .help(format!("choose a longer enum name, e.g. `{name}Status`")),
            );
        }
        Some(name)
    }

    /// `subset-of`: whether it is declared (the path itself was read before
    /// the rest, see `parse::subset_of`); a non-string is reported.
    pub(super) fn header_declares_subset(&mut self, fields: &[(Key, Node)]) -> bool {
        match find(fields, "subset-of") {
            Some(node) if !matches!(node.value, Value::Str(_)) => {
                self.wrong_type(
                    node,
                    "[catalog]",
                    "subset-of",
                    "a string (the parent catalog's path)",
                );
                false
            }
            declared => declared.is_some(),
        }
    }

    /// `lang`: the tag of the vendor's own texts; a subset's is its parent's.
    pub(super) fn header_lang(&mut self, h: &Header<'_>) -> Option<String> {
        let Some(node) = find(h.fields, "lang") else {
            if let Some(p) = h.parent {
                return Some(p.lang.clone());
            }
            // A subset whose parent failed to load was reported already.
            if h.present && !h.declares_subset {
                self.diags.push(
                    Diagnostic::new(h.span.clone(), "missing field `lang`")
                        .entry("[catalog]")
                        .help("add lang = \"en\" (the BCP 47 tag of the vendor's own texts, e.g. \"zh-CN\")"),
                );
            }
            return None;
        };
        match (self.lang(node, "[catalog]"), h.parent) {
            // A subset's texts are its parent's, so its language is too.
            (Some(lang), Some(p)) if lang != p.lang => {
                self.diags.push(
                    Diagnostic::new(
                        node.span.clone(),
                        format!("a subset's `lang` must be its parent's (`{}`)", p.lang),
                    )
                    .entry("[catalog]")
                    .help(format!(
                        "remove `lang` (it is inherited) or write lang = \"{}\"",
                        p.lang
                    )),
                );
                Some(p.lang.clone())
            }
            (lang, _) => lang,
        }
    }

    /// `placeholders`: `none`, `java` or `printf`; unset, the validator
    /// reads the style from the messages (a subset's is its parent's).
    pub(super) fn header_placeholders(&mut self, h: &Header<'_>) -> PlaceholderStyle {
        match find(h.fields, "placeholders") {
            Some(node) => self
                .choice(
                    node,
                    "placeholders",
                    &[
                        ("none", PlaceholderStyle::None),
                        ("java", PlaceholderStyle::Java),
                        ("printf", PlaceholderStyle::Printf),
                    ],
                )
                .unwrap_or(PlaceholderStyle::None),
            None => h.parent.map_or(PlaceholderStyle::None, |p| p.placeholders),
        }
    }

    /// `unknown`: the catch-all variant's name, `Unknown` by default.
    pub(super) fn header_unknown(&mut self, h: &Header<'_>) -> String {
        let default = || "Unknown".to_owned();
        let Some(node) = find(h.fields, "unknown") else {
            return default();
        };
        let Some(unknown) = self.string(node, "[catalog]", "unknown") else {
            return default();
        };
        let (message, help) = if GENERATED_ITEMS.contains(&unknown.as_str()) {
            (
                format!("catch-all name `{unknown}` collides with a generated item"),
                "name the catch-all differently, e.g. \"Other\"",
            )
        } else if let Some(problem) = camel_case_problem(&unknown) {
            (
                format!("invalid catch-all name: {problem}"),
                "name the catch-all variant in UpperCamelCase, e.g. \"Other\"",
            )
        } else {
            return unknown;
        };
        self.diags.push(
            Diagnostic::new(node.span.clone(), message)
                .entry("[catalog]")
                .help(help),
        );
        default()
    }

    /// `envelope`: where a reply carries its code, message and data.
    pub(super) fn header_envelope(&mut self, h: &Header<'_>) -> Envelope {
        match find(h.fields, "envelope") {
            Some(node) => self.envelope(node),
            None => h
                .parent
                .map_or_else(Envelope::default, |p| p.envelope.clone()),
        }
    }

    /// `code-type`: `integer` or `string`; unset, a subset's parent's, else
    /// inferred once from the code keys (`codes`) and `success`.
    pub(super) fn header_code_type(&mut self, h: &Header<'_>, codes: &[(Key, Node)]) -> CodeType {
        let set = find(h.fields, "code-type").and_then(|node| {
            self.choice(
                node,
                "code-type",
                &[("integer", CodeType::Int), ("string", CodeType::Str)],
            )
        });
        set.or(h.parent.map(|p| p.code_type)).unwrap_or_else(|| {
            let mut keys: Vec<&Key> = codes.iter().map(|(k, _)| k).collect();
            keys.sort_by_key(|k| k.span.start);
            let (code_type, mixed) = infer_code_type(&keys, find(h.fields, "success"));
            self.diags.extend(mixed);
            code_type
        })
    }

    /// `success`: the codes that are not errors, with their spans; a subset
    /// that does not set it takes its parent's that it lists.
    pub(super) fn header_success(
        &mut self,
        h: &Header<'_>,
        codes: &[(Key, Node)],
        code_type: CodeType,
    ) -> (Vec<Code>, Vec<Span>) {
        let mut success = Vec::new();
        let mut spans = Vec::new();
        if let Some(node) = find(h.fields, "success") {
            for item in self.array(node, "[catalog]", "success") {
                if let Some(code) = self.code_value(item, code_type, "[catalog]") {
                    success.push(code);
                    spans.push(item.span.clone());
                }
            }
        } else if let Some(p) = h.parent {
            let keys: Vec<Code> = codes
                .iter()
                .filter_map(|(k, _)| parse_code(&k.name, code_type).ok())
                .collect();
            success = p
                .success
                .iter()
                .filter(|c| keys.contains(c))
                .cloned()
                .collect();
            spans = success.iter().map(|_| h.span.clone()).collect();
        }
        (success, spans)
    }

    /// `[categories.*]`, each once; a subset without any takes its parent's.
    pub(super) fn categories(
        &mut self,
        top: &[(Key, Node)],
        code_type: CodeType,
        parent: Option<&Catalog>,
    ) -> Vec<Category> {
        let Some(node) = find(top, "categories") else {
            return parent.map_or_else(Vec::new, |p| p.categories.clone());
        };
        let tables = self.table(node, "[categories]", "").unwrap_or_default();
        let mut categories = Vec::new();
        for (i, (key, node)) in tables.iter().enumerate() {
            // TOML and JSON files cannot repeat a table; derive attributes can.
            if tables[..i].iter().any(|(k, _)| k.name == key.name) {
                self.error(
                    key.span.clone(),
                    &format!("[categories.{}]", key.name),
                    format!("category `{}` is defined twice", key.name),
                    "keep one of them",
                );
            } else if let Some(category) = self.category(key, node, code_type) {
                categories.push(category);
            }
        }
        categories
    }

    /// `[codes.*]` in file order, each with the spans the validator needs.
    pub(super) fn entries(
        &mut self,
        codes: &[(Key, Node)],
        code_type: CodeType,
        lang: &str,
        declares_subset: bool,
    ) -> (Vec<Entry>, Vec<EntrySpans>) {
        let mut ordered: Vec<&(Key, Node)> = codes.iter().collect();
        ordered.sort_by_key(|(k, _)| k.span.start);
        ordered
            .into_iter()
            .filter_map(|(key, node)| self.entry(key, node, code_type, lang, declares_subset))
            .unzip()
    }
}
