//! Reading a catalog from disk: path → text → tree → model, including a
//! subset's parent, with every problem rendered as `file:line:col: …`.

use crate::diagnostic::{Diagnostic, Located, SourceFile, SCHEMA_DOCS};
use crate::model::Catalog;
use crate::value::{Node, Span};
use crate::{json, parse, toml_doc, validate};
use std::path::{Path, PathBuf};

/// How deep `subset-of` chains may go (a cycle is caught before this).
const MAX_SUBSET_DEPTH: usize = 8;

/// The outcome of loading a catalog.
#[derive(Clone, Debug, Default)]
pub struct Loaded {
    /// The model, as complete as the mistakes allow; `None` when not even the
    /// enum's name could be read.
    pub catalog: Option<Catalog>,
    /// Every mistake, in file order; each renders (`Display`) as the macro
    /// reports it: `path:line:col: [entry]: message`, then the help line.
    pub diagnostics: Vec<Located>,
    /// Every file read (the catalog and its parents), for rebuild tracking.
    pub files: Vec<PathBuf>,
}

impl Loaded {
    /// Every mistake rendered, one after another (an empty string for a
    /// clean catalog).
    pub fn rendered(&self) -> String {
        let rendered: Vec<String> = self.diagnostics.iter().map(ToString::to_string).collect();
        rendered.join("\n")
    }

    fn report(&mut self, located: Located) {
        self.diagnostics.push(located);
    }
}

/// Loads the catalog at `path`; `display` is how the path is shown in messages.
pub fn load(path: &Path, display: &str) -> Loaded {
    let mut loaded = Loaded::default();
    // The root is on the chain too, so a catalog naming itself in `subset-of` is a loop.
    let mut chain = vec![path.canonicalize().unwrap_or_else(|_| path.to_path_buf())];
    loaded.catalog = load_into(path, display, &mut loaded, &mut chain);
    loaded
}

/// Parses catalog text directly (no file system), `display` naming it; a
/// subset catalog cannot be resolved this way and reports that.
pub fn load_str(text: &str, display: &str, is_json: bool) -> Loaded {
    let mut loaded = Loaded::default();
    loaded.catalog = from_text(text, display, is_json, &mut loaded, |root, diags, _| {
        if let Some((_, span)) = parse::subset_of(root) {
            diags.push(
                Diagnostic::new(span, "a subset catalog needs its parent's file")
                    .entry("[catalog]")
                    .help("load the subset from a file so `subset-of` can be resolved"),
            );
        }
        None
    });
    loaded
}

fn load_into(
    path: &Path,
    display: &str,
    loaded: &mut Loaded,
    chain: &mut Vec<PathBuf>,
) -> Option<Catalog> {
    loaded.files.push(path.to_path_buf());
    let (text, is_json) = read_file(path, display, loaded)?;
    from_text(&text, display, is_json, loaded, |root, diags, loaded| {
        let (parent_path, span) = parse::subset_of(root)?;
        load_parent(path, display, &parent_path, span, diags, loaded, chain)
    })
}

/// The catalog file's text, and whether it is JSON; each reason it cannot
/// be read is one error about the file.
fn read_file(path: &Path, display: &str, loaded: &mut Loaded) -> Option<(String, bool)> {
    let file_error = |loaded: &mut Loaded, message: String, help: &str| {
        loaded.report(
            SourceFile {
                path: display.to_owned(),
                text: String::new(),
            }
            .locate(&Diagnostic::file(message).help(help)),
        );
    };
    if display.is_empty() {
        // Joined to the crate's directory, "" would name that directory.
        loaded.report(
            SourceFile {
                path: "\"\"".to_owned(),
                text: String::new(),
            }
            .locate(&Diagnostic::file("the catalog path is empty").help(
                "name a .toml or .json file, relative to the including crate's CARGO_MANIFEST_DIR",
            )),
        );
        return None;
    }
    if path.is_dir() {
        file_error(
            loaded,
            "is a directory, not a catalog file".into(),
            "name a .toml or .json file",
        );
        return None;
    }
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            let (message, help) = not_found(path, display);
            file_error(loaded, message, &help);
            return None;
        }
        Err(error) => {
            file_error(
                loaded,
                format!("cannot read the catalog: {error}"),
                "paths are relative to the including crate's CARGO_MANIFEST_DIR",
            );
            return None;
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            loaded.report(not_utf8(&error, display));
            return None;
        }
    };
    match path.extension().and_then(|e| e.to_str()) {
        Some("json") => Some((text, true)),
        Some("toml") => Some((text, false)),
        _ => {
            file_error(
                loaded,
                "unsupported catalog format".into(),
                "use a .toml or .json file",
            );
            None
        }
    }
}

/// A file that is not UTF-8, at its first bad byte: everything before it is
/// text, so it still has a line:col.
fn not_utf8(error: &std::string::FromUtf8Error, display: &str) -> Located {
    let at = error.utf8_error().valid_up_to();
    let file = SourceFile {
        path: display.to_owned(),
        text: String::from_utf8_lossy(error.as_bytes()).into_owned(),
    };
    // Windows editors offer "Unicode", which is UTF-16 with a BOM.
    let utf16 = matches!(error.as_bytes(), [0xff, 0xfe, ..] | [0xfe, 0xff, ..]);
    let message = if utf16 {
        "the catalog is UTF-16 (it starts with a UTF-16 byte-order mark), not UTF-8"
    } else {
        "the catalog is not UTF-8: invalid byte here"
    };
    file.locate(
        &Diagnostic::new(at..at + 1, message)
            .help("save the file as UTF-8 (with or without a byte-order mark)"),
    )
}

/// The parent a subset names at `span` (`parent_path`, relative to the
/// subset at `path`), loaded with its own problems reported; a loop, too
/// deep a chain or a parent that failed is one error at `span`.
fn load_parent(
    path: &Path,
    display: &str,
    parent_path: &str,
    span: Span,
    diags: &mut Vec<Diagnostic>,
    loaded: &mut Loaded,
    chain: &mut Vec<PathBuf>,
) -> Option<Catalog> {
    let resolved = path.parent().unwrap_or(Path::new("")).join(parent_path);
    let shown = Path::new(display)
        .parent()
        .unwrap_or(Path::new(""))
        .join(parent_path);
    let key = resolved.canonicalize().unwrap_or_else(|_| resolved.clone());
    if chain.contains(&key) || chain.len() >= MAX_SUBSET_DEPTH {
        diags.push(
            Diagnostic::new(
                span,
                format!("`subset-of` chain loops back to `{parent_path}`"),
            )
            .entry("[catalog]")
            .help("a subset's parent must not be (a subset of) the subset itself"),
        );
        return None;
    }
    chain.push(key);
    let parent = load_into(&resolved, &shown.to_string_lossy(), loaded, chain);
    chain.pop();
    if parent.is_none() {
        diags.push(
            Diagnostic::new(span, format!("the parent catalog `{parent_path}` could not be loaded"))
                .entry("[catalog]")
                .help("fix the parent first (its errors are listed above); the path is relative to this catalog"),
        );
    }
    parent
}

/// A missing catalog: where it was looked for (the path as resolved, `..`
/// taken lexically), and the nearest catalog file of that directory.
fn not_found(path: &Path, display: &str) -> (String, String) {
    let resolved = lexical(path);
    let message = format!("no catalog file at {}", resolved.display());
    let relative = "the path is relative to the including crate's CARGO_MANIFEST_DIR";
    let Some(dir) = resolved.parent().filter(|dir| dir.is_dir()) else {
        let dir = resolved.parent().unwrap_or(Path::new(""));
        return (
            message,
            format!("{relative}; the directory {} does not exist", dir.display()),
        );
    };
    let wanted = resolved.file_name().unwrap_or_default().to_string_lossy();
    let files: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".toml") || name.ends_with(".json"))
        .collect();
    let candidates: Vec<&str> = files.iter().map(String::as_str).collect();
    let help = match crate::names::did_you_mean(&wanted, &candidates) {
        Some(near) => {
            let shown = Path::new(display).with_file_name(near);
            format!("{relative}; did you mean \"{}\"?", shown.display())
        }
        None => format!(
            "{relative}; {} holds no catalog file of a similar name",
            dir.display()
        ),
    };
    (message, help)
}

/// `a/b/../c` as `a/c`, without asking the file system (the file is missing).
fn lexical(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// Text → model, the steps shared by files and strings; `parent` resolves a
/// subset's parent (reporting its own problems) or gives `None`.
fn from_text(
    text: &str,
    display: &str,
    is_json: bool,
    loaded: &mut Loaded,
    parent: impl FnOnce(&Node, &mut Vec<Diagnostic>, &mut Loaded) -> Option<Catalog>,
) -> Option<Catalog> {
    let file = SourceFile {
        path: display.to_owned(),
        text: text.strip_prefix('\u{feff}').unwrap_or(text).to_owned(),
    };
    let mut diags = Vec::new();
    let catalog = read_tree(&file, is_json, &mut diags).and_then(|root| {
        let parent = parent(&root, &mut diags, loaded);
        model(&root, parent.as_ref(), &mut diags)
    });
    sort(&mut diags);
    for d in &diags {
        loaded.report(file.locate(d));
    }
    catalog
}

/// File-level problems first, then in the order of the text.
fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by_key(|d| d.span.as_ref().map(|s| s.start));
}

fn read_tree(file: &SourceFile, is_json: bool, diags: &mut Vec<Diagnostic>) -> Option<Node> {
    let tree = if is_json {
        json::parse(&file.text)
            .map_err(|e| e.help(format!("fix the JSON syntax; {SCHEMA_DOCS} has the schema")))
    } else {
        toml_doc::parse(&file.text)
    };
    tree.map_err(|d| diags.push(d)).ok()
}

fn model(root: &Node, parent: Option<&Catalog>, diags: &mut Vec<Diagnostic>) -> Option<Catalog> {
    let parsed = parse::parse(root, parent, diags);
    let catalog = validate::validate(parsed, parent, diags);
    (!catalog.name.is_empty()).then_some(catalog)
}
