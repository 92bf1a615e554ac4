//! Mappings from one catalog's codes onto another's: a vendor's codes onto
//! the user's own vocabulary, checked against both catalogs and turned into
//! a total `impl From<Vendor> for Target`.
//!
//! ```toml
//! [mapping]
//! from = "ebet.toml"          # the vendor catalog, relative to this file
//! to = "payment.toml"         # the target catalog, relative to this file
//! default = "VendorFailure"   # target of the vendor codes no rule covers
//! unknown = "VendorUnknown"   # target of codes the vendor catalog lacks (else `default`)
//! doc = "…"                   # optional, added to the impl's documentation
//!
//! [mapping.categories]        # by the vendor code's category
//! auth = "AuthFailed"
//!
//! [mapping.codes]             # by vendor code: beats a category rule, which beats `default`
//! 4026 = "InvalidCredentials"
//! 209 = { to = "Ok", allow-success-mismatch = true }
//! ```
//!
//! The pipeline is the catalog's: [`load()`] reads the file into the spanned
//! tree, reads the `[mapping]` table (`read`), loads both catalogs with
//! [`crate::load::load`], checks every rule against them
//! (`resolve`, all mistakes collected), and [`generate()`] writes the `impl`.
//!
//! Decisions: a target is a variant name, or a code of the target catalog (an
//! integer, or in a string catalog a string that names no variant). Integer
//! vendor codes are keys read by value (`04026` is `4026`, and so mapped
//! twice next to it). A rule's success check covers every code it maps:
//! a success code must map to a success target and any other code to a
//! non-success one; codes the vendor catalog does not define are never
//! success, so `unknown` (or `default` without `unknown`) must not be one.

mod generate;
mod read;
mod resolve;

pub use generate::generate;

use crate::diagnostic::{Diagnostic, Located, SourceFile, MAPPING_DOCS, SCHEMA_DOCS};
use crate::generate::Output;
use crate::model::Catalog;
use crate::value::{Node, Span};
use crate::{json, load, toml_doc};
use proc_macro2::TokenStream;
use resolve::Side;
use std::path::{Path, PathBuf};

/// Which rule sends a vendor code to its target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    /// A `[mapping.codes]` rule.
    Code,
    /// A `[mapping.categories]` rule, for the named category.
    Category(String),
    /// `default`.
    Default,
    /// `unknown` (codes the vendor catalog does not define).
    Unknown,
    /// No rule: a mistake, reported.
    Uncovered,
}

/// Where one vendor code (or the vendor's unknown codes) goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    /// Index of the target variant in the target catalog's entries; `None`
    /// when the rule has a mistake (reported).
    pub target: Option<usize>,
    /// The rule that decides it.
    pub rule: Rule,
}

impl Route {
    fn new(target: Option<usize>, rule: Rule) -> Self {
        Route { target, rule }
    }
}

/// A mapping with both catalogs, as complete as its mistakes allow.
#[derive(Clone, Debug)]
pub struct Mapping {
    /// The mapping file's path as the user wrote it.
    pub display_path: String,
    /// The `doc` of `[mapping]`.
    pub doc: Option<String>,
    /// The vendor catalog.
    pub from: Catalog,
    /// The target catalog.
    pub to: Catalog,
    /// One route per vendor code, parallel to `from.entries`; empty when the
    /// vendor catalog has mistakes (reported).
    pub routes: Vec<Route>,
    /// Where the codes the vendor catalog does not define go.
    pub unknown: Route,
}

/// The vendor codes by the kind of rule that maps them, each a list of
/// indexes into the vendor catalog's entries, in catalog order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Mapped by a `[mapping.codes]` rule.
    pub by_code: Vec<usize>,
    /// Mapped by a `[mapping.categories]` rule.
    pub by_category: Vec<usize>,
    /// Mapped by `default`: after a vendor update, its new codes are here
    /// unless a category rule takes them.
    pub by_default: Vec<usize>,
}

impl Mapping {
    /// How the vendor's codes are mapped.
    pub fn coverage(&self) -> Coverage {
        let mut by = Coverage::default();
        for (i, route) in self.routes.iter().enumerate() {
            match route.rule {
                Rule::Code => by.by_code.push(i),
                Rule::Category(_) => by.by_category.push(i),
                Rule::Default => by.by_default.push(i),
                Rule::Unknown | Rule::Uncovered => {}
            }
        }
        by
    }
}

/// A catalog a mapping names, as loaded.
struct Named {
    catalog: Catalog,
    /// Its path as shown in messages.
    shown: String,
    /// Whether it loaded without mistakes.
    clean: bool,
}

/// The outcome of loading a mapping file.
#[derive(Clone, Debug, Default)]
pub struct LoadedMapping {
    /// The mapping; `None` when the file or either catalog could not be read.
    pub mapping: Option<Mapping>,
    /// The mapping file's mistakes, each at its `file:line:col`; a catalog
    /// with mistakes is one of them, at the `from` or `to` naming it.
    pub diagnostics: Vec<Located>,
    /// The catalogs' own mistakes (what `include_catalog!` reports for them).
    pub catalog_diagnostics: Vec<Located>,
    /// Every file read (the mapping, both catalogs, their parents), for
    /// rebuild tracking.
    pub files: Vec<PathBuf>,
}

/// Whether the file at `path` is a mapping (a document with a `[mapping]`
/// table) rather than a catalog. A TOML file with a syntax error is one when
/// a line starts a `[mapping]` table, so its error is reported as a mapping's.
pub fn is_mapping(path: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(path) else {
        return false;
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if is_json(path) {
        return json::parse(text).is_ok_and(|root| root.get("mapping").is_some());
    }
    match toml_doc::parse(text) {
        Ok(root) => root.get("mapping").is_some(),
        Err(_) => text.lines().any(|line| {
            let line = line.trim_start();
            line.starts_with("[mapping]") || line.starts_with("[mapping.")
        }),
    }
}

fn is_json(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "json")
}

/// Loads and checks the mapping at `path`, shown as `display`.
pub fn load(path: &Path, display: &str) -> LoadedMapping {
    let mut out = LoadedMapping {
        files: vec![path.to_path_buf()],
        ..LoadedMapping::default()
    };
    let mut file = SourceFile {
        path: if display.is_empty() {
            "\"\"".to_owned()
        } else {
            display.to_owned()
        },
        text: String::new(),
    };
    file.text = match read_text(path, display) {
        Ok(text) => text,
        Err(diagnostic) => {
            out.diagnostics.push(file.locate(&diagnostic));
            return out;
        }
    };
    let mut diags = Vec::new();
    let tree = if is_json(path) {
        json::parse(&file.text).map_err(|e| {
            e.help(format!(
                "fix the JSON syntax; {MAPPING_DOCS} has the schema"
            ))
        })
    } else {
        // The TOML reader's help names the catalog reference: this file's is
        // the mapping reference.
        toml_doc::parse(&file.text).map_err(|mut d| {
            d.help = d.help.map(|h| h.replace(SCHEMA_DOCS, MAPPING_DOCS));
            d
        })
    };
    if let Ok(root) = tree.map_err(|d| diags.push(d)) {
        out.mapping = out.check(&root, path, display, &mut diags);
    }
    diags.sort_by_key(|d| d.span.as_ref().map(|s| s.start));
    out.diagnostics.extend(diags.iter().map(|d| file.locate(d)));
    out
}

impl LoadedMapping {
    fn check(
        &mut self,
        root: &Node,
        path: &Path,
        display: &str,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Mapping> {
        let raw = read::read(root, diags);
        let mut side = |written: &Option<(String, Span)>, what: &str, diags: &mut Vec<_>| {
            let (rel, span) = written.as_ref()?;
            self.catalog(path, display, rel, span, what, diags)
        };
        let from = side(&raw.from, "vendor", diags);
        let to = side(&raw.to, "target", diags);
        let (mut from_ok, to_ok) = (
            from.as_ref().filter(|c| c.clean),
            to.as_ref().filter(|c| c.clean),
        );
        // `impl From<T> for T` would clash with core's: nothing is generated.
        let onto_itself =
            matches!((&from, &to), (Some(f), Some(t)) if f.catalog.name == t.catalog.name);
        if let (true, Some(t), Some((_, span))) = (onto_itself, to_ok, &raw.to) {
            diags.push(
                Diagnostic::new(
                    span.clone(),
                    format!(
                        "`to` is the vendor catalog's enum `{}` itself",
                        t.catalog.name
                    ),
                )
                .entry("[mapping]")
                .help(
                    "map onto another catalog (your own codes); a type converts to itself already",
                ),
            );
            from_ok = None;
        }
        let resolved = resolve::resolve(
            &raw,
            from_ok.map(side_of).as_ref(),
            to_ok.map(side_of).as_ref(),
            diags,
        );
        let (from, to) = (from?.catalog, to?.catalog);
        if onto_itself {
            return None;
        }
        Some(Mapping {
            display_path: display.to_owned(),
            doc: raw.doc,
            from,
            to,
            routes: resolved.routes,
            unknown: resolved.unknown,
        })
    }

    /// Loads the catalog the mapping names `rel` (when it has a model). Its
    /// mistakes are one diagnostic of the mapping, at `span`.
    fn catalog(
        &mut self,
        path: &Path,
        display: &str,
        rel: &str,
        span: &Span,
        what: &str,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Named> {
        let dir = |p: &Path| p.parent().unwrap_or(Path::new("")).join(rel);
        let shown = tidy(&dir(Path::new(display)));
        let loaded = load::load(&dir(path), &shown);
        self.files.extend(loaded.files);
        let Some(first) = loaded.diagnostics.first() else {
            return loaded.catalog.map(|catalog| Named {
                catalog,
                shown,
                clean: true,
            });
        };
        // A file that cannot be read is the mapping's one mistake (its path);
        // a catalog with mistakes keeps them for `errcat check` to list.
        let diagnostic = if loaded.catalog.is_none() && first.line.is_none() {
            Diagnostic::new(
                span.clone(),
                format!(
                    "the {what} catalog `{rel}` could not be loaded: {}",
                    first.message
                ),
            )
            .help("the path is relative to the mapping file")
        } else {
            let first = Located {
                help: None,
                ..first.clone()
            };
            Diagnostic::new(
                span.clone(),
                format!(
                    "the {what} catalog has {} mistake(s), the first: {first}",
                    loaded.diagnostics.len()
                ),
            )
            .help(format!(
                "fix the catalog first (`errcat check {shown}` lists every mistake)"
            ))
        };
        diags.push(diagnostic.entry("[mapping]"));
        if loaded.catalog.is_some() {
            self.catalog_diagnostics.extend(loaded.diagnostics);
        }
        loaded.catalog.map(|catalog| Named {
            catalog,
            shown,
            clean: false,
        })
    }
}

/// `a/b/../c` as `a/c`, for showing a path (`..` after `..` is kept).
fn tidy(path: &Path) -> String {
    use std::path::Component;
    let mut out: Vec<Component<'_>> = Vec::new();
    for c in path.components() {
        match (c, out.last()) {
            (Component::CurDir, _) => {}
            (Component::ParentDir, Some(Component::Normal(_))) => {
                out.pop();
            }
            _ => out.push(c),
        }
    }
    out.iter()
        .collect::<PathBuf>()
        .to_string_lossy()
        .into_owned()
}

fn side_of(named: &Named) -> Side<'_> {
    Side::new(&named.catalog, &named.shown)
}

/// The mapping file's text, or the one reason it cannot be read.
fn read_text(path: &Path, display: &str) -> Result<String, Diagnostic> {
    let fail = |message: String, help: &str| Err(Diagnostic::file(message).help(help));
    if display.is_empty() || path.is_dir() {
        return fail(
            "the path does not name a mapping file".into(),
            "name a .toml or .json file, relative to the including crate's CARGO_MANIFEST_DIR",
        );
    }
    if !matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("toml" | "json")
    ) {
        return fail(
            "unsupported mapping format".into(),
            "use a .toml or .json file",
        );
    }
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            return fail(
                format!("cannot read the mapping file: {error}"),
                "paths are relative to the including crate's CARGO_MANIFEST_DIR",
            )
        }
    };
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned()),
        Err(_) => fail(
            "the mapping file is not UTF-8".into(),
            "save the file as UTF-8",
        ),
    }
}

const USAGE: &str = "include_mapping! takes the mapping file's path relative to the crate's Cargo.toml: include_mapping!(\"catalogs/ebet_to_payment.toml\")";

/// Expands `include_mapping!("PATH")`, the path relative to the invoking
/// crate's `CARGO_MANIFEST_DIR`: one `compile_error!` per mistake of the
/// mapping, then the `impl From` (whenever both catalogs could be read, so a
/// mistake adds no error where the conversion is used).
pub fn include_mapping(input: TokenStream) -> Output {
    let lit = match syn::parse2::<syn::LitStr>(input) {
        Ok(lit) => lit,
        Err(e) => return Output::of_error(e.span(), USAGE),
    };
    let Some(manifest_dir) = std::env::var_os("CARGO_MANIFEST_DIR") else {
        return Output::of_error(
            lit.span(),
            "CARGO_MANIFEST_DIR is not set: include_mapping! must be compiled by cargo",
        );
    };
    let path = lit.value();
    let loaded = load(&Path::new(&manifest_dir).join(&path), &path);
    let mut out = Output::default();
    for located in &loaded.diagnostics {
        out.error(lit.span(), &located.to_string());
    }
    if let Some(mapping) = &loaded.mapping {
        let tracked: Vec<PathBuf> = loaded
            .files
            .iter()
            .filter(|f| f.is_file())
            .cloned()
            .collect();
        out.append(generate(mapping, &tracked));
    }
    out
}
