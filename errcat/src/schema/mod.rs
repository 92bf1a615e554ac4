//! `errcat schema`: the JSON Schemas (draft 2020-12) of catalog files and of
//! mapping files, written from `error_catalog::schema`, the table of fields
//! the catalog reader takes its known fields from.
//!
//! Two schemas, not one: a file names its own (`#:schema
//! ./catalog.schema.json` or `"$schema"`), so completion offers only the
//! fields of its kind, and a typo is reported as an unknown field of that
//! table rather than as "matches none of the alternatives". Taplo's
//! association by file name could not tell the two kinds apart anyway: both
//! are `*.toml`.
//!
//! The schemas use only keywords editors act on (`type`, `enum`, `pattern`,
//! `minimum`/`maximum`, `properties`, `required`, `additionalProperties`,
//! `propertyNames`, `items`, `anyOf`/`oneOf`, `if`/`then`), all inline, so
//! hover text and completion work in Even Better TOML, VS Code and
//! JetBrains alike.

mod json;

use error_catalog::schema::{
    Field, Table, Type, CATALOG_FILE, INT_CODE_PATTERN, LANG_PATTERN, MAPPING_FILE, NAME_PATTERN,
    RULE,
};
use json::Json;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `errcat schema`.
#[derive(clap::Args)]
#[command(after_help = "\
Editors: a TOML catalog whose first line is `#:schema ./catalog.schema.json` \
gets completion, hover docs and typo marks in VS Code with Even Better TOML \
(Taplo); a JSON one takes `\"$schema\": \"./catalog.schema.json\"` (VS Code, \
JetBrains). The readers accept and ignore a `$schema` key.

Refresh the committed schemas: errcat schema --out-dir catalogs/schema")]
pub struct Args {
    /// Which schema to print.
    #[arg(value_enum, default_value_t = Kind::Catalog, conflicts_with = "out_dir")]
    kind: Kind,
    /// Write both, as DIR/catalog.schema.json and DIR/mapping.schema.json.
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
}

/// The kind of file a schema describes.
#[derive(Clone, Copy, clap::ValueEnum)]
enum Kind {
    /// Catalog files (`include_catalog!`).
    Catalog,
    /// Mapping files (`include_mapping!`).
    Mapping,
}

/// Exit status: 0, or 1 when a file could not be written.
pub fn run(args: Args) -> ExitCode {
    let Some(dir) = args.out_dir else {
        crate::output::out(&schema(args.kind));
        return ExitCode::SUCCESS;
    };
    for (kind, file) in [
        (Kind::Catalog, "catalog.schema.json"),
        (Kind::Mapping, "mapping.schema.json"),
    ] {
        let path = dir.join(file);
        if let Err(e) = std::fs::write(&path, schema(kind)) {
            eprintln!("errcat schema: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        eprintln!("errcat schema: wrote {}", path.display());
    }
    ExitCode::SUCCESS
}

/// The schema of `kind`, as committed.
fn schema(kind: Kind) -> String {
    let (title, file, only_checked) = match kind {
        Kind::Catalog => ("error-codes catalog", &CATALOG_FILE, CATALOG_ONLY_CHECKED),
        Kind::Mapping => ("error-codes mapping", &MAPPING_FILE, MAPPING_ONLY_CHECKED),
    };
    let mut root = vec![
        (
            "$schema",
            Json::str("https://json-schema.org/draft/2020-12/schema"),
        ),
        ("title", Json::str(title)),
        (
            "description",
            Json::str(format!("{}\n\n{only_checked}", file.description)),
        ),
    ];
    root.extend(
        object(file)
            .into_iter()
            .filter(|(k, _)| *k != "description"),
    );
    if let Kind::Catalog = kind {
        root.push(("allOf", code_type_rules()));
    }
    Json::Object(root).render()
}

/// What a schema cannot say about catalogs: checked by the macro and
/// `errcat check` only.
const CATALOG_ONLY_CHECKED: &str = "Checked by `errcat check` and the macro, not by this schema: \
codes unique after normalisation (`4026` and `04026`); when `code-type` is not set, each code's form \
against the code type the catalog's codes make, and `range` or `prefix` against it; `name` given or \
derivable from `key`; variant names unique (also ignoring case and underscores) and not the \
catch-all's; the enum's macro name not a Rust keyword; `lang` set (outside subsets) and a message in \
it for every code; placeholders well formed and the same in every language of a code; `success` \
codes and `category` names defined in the catalog; `range` low <= high; a subset's codes present in \
its parent and its names and messages agreeing with the parent's.";

/// What a schema cannot say about mapping files.
const MAPPING_ONLY_CHECKED: &str = "Checked by `errcat check` and `include_mapping!`, not by this \
schema: both catalogs exist and are valid; vendor codes and categories are defined in the vendor \
catalog and targets in the target catalog; no vendor code is mapped twice (`04026` is `4026`); every \
vendor code is covered (else `default` is needed); a success code maps to a success target and any \
other code to a non-success one, unless the rule allows the mismatch.";

/// An object schema's keywords.
type Keywords = Vec<(&'static str, Json)>;

/// A table: its fields, the required ones, nothing else.
fn object(table: &Table) -> Keywords {
    let mut out = vec![
        ("description", Json::str(table.description)),
        ("type", Json::str("object")),
        (
            "properties",
            Json::Object(table.fields.iter().map(|f| (f.name, property(f))).collect()),
        ),
    ];
    let required: Vec<&str> = table
        .fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.name)
        .collect();
    if !required.is_empty() {
        out.push(("required", Json::strs(&required)));
    }
    if !table.exactly_one.is_empty() {
        let choices = table
            .exactly_one
            .iter()
            .map(|name| Json::Object(vec![("required", Json::strs(&[name]))]));
        out.push(("oneOf", Json::Array(choices.collect())));
    }
    out.push(("additionalProperties", Json::Bool(false)));
    out
}

/// A field: its hover text (meaning and example), then its type (a
/// table's own description gives way to the field's).
fn property(field: &Field) -> Json {
    let description = format!("{}\n\nExample: {}", field.description, field.example);
    let mut out = vec![("description", Json::str(description))];
    out.extend(
        value(field.ty)
            .into_iter()
            .filter(|(k, _)| *k != "description"),
    );
    Json::Object(out)
}

/// The schema of a value of type `ty`.
fn value(ty: Type) -> Keywords {
    let typed = |name: &str| ("type", Json::str(name));
    let types = |names: &[&str]| ("type", Json::strs(names));
    let strings = || Json::Object(vec![typed("string")]);
    match ty {
        Type::String => vec![typed("string")],
        Type::Pattern(pattern) => vec![typed("string"), ("pattern", Json::str(pattern))],
        Type::Name(reserved) => vec![
            typed("string"),
            ("pattern", Json::str(NAME_PATTERN)),
            ("not", Json::Object(vec![("enum", Json::strs(reserved))])),
        ],
        Type::Bool => vec![typed("boolean")],
        Type::Integer(lo, hi) => vec![
            typed("integer"),
            ("minimum", Json::Int(lo)),
            ("maximum", Json::Int(hi)),
        ],
        Type::OneOf(values) => vec![typed("string"), ("enum", Json::strs(values))],
        Type::Codes => vec![
            typed("array"),
            (
                "anyOf",
                Json::Array(vec![
                    Json::Object(vec![("items", Json::Object(vec![typed("integer")]))]),
                    Json::Object(vec![("items", strings())]),
                ]),
            ),
        ],
        Type::Bounds => vec![
            typed("array"),
            ("items", Json::Object(vec![typed("integer")])),
            ("minItems", Json::Int(2)),
            ("maxItems", Json::Int(2)),
        ],
        Type::Text => vec![
            types(&["string", "object"]),
            ("minProperties", Json::Int(1)),
            (
                "propertyNames",
                Json::Object(vec![("pattern", Json::str(LANG_PATTERN))]),
            ),
            ("additionalProperties", strings()),
        ],
        Type::StringOrBool => vec![types(&["string", "boolean"])],
        Type::StringOrStrings => vec![types(&["string", "array"]), ("items", strings())],
        Type::Strings => vec![typed("array"), ("items", strings())],
        Type::Table(table) => object(table),
        Type::TableOf(table) => vec![
            typed("object"),
            ("additionalProperties", Json::Object(object(table))),
        ],
        Type::NameOrCode => vec![types(&["string", "integer"])],
        Type::Target => target(),
        Type::Targets => vec![
            typed("object"),
            ("additionalProperties", Json::Object(target())),
        ],
    }
}

/// A mapping's target: a name or a code, or a rule table.
fn target() -> Keywords {
    let mut out = vec![
        (
            "description",
            Json::str("A variant name or a code of the target catalog, or a rule table."),
        ),
        ("type", Json::strs(&["string", "integer", "object"])),
    ];
    out.extend(
        object(&RULE)
            .into_iter()
            .filter(|(k, _)| *k != "description" && *k != "type"),
    );
    out
}

/// With `code-type` set, the codes' form: canonical decimal keys, integer
/// `success` codes and categories by `range`; or string `success` codes and
/// categories by `prefix`.
fn code_type_rules() -> Json {
    let when = |code_type: &str| {
        Json::Object(vec![
            ("required", Json::strs(&["catalog"])),
            (
                "properties",
                Json::Object(vec![(
                    "catalog",
                    Json::Object(vec![
                        ("required", Json::strs(&["code-type"])),
                        (
                            "properties",
                            Json::Object(vec![(
                                "code-type",
                                Json::Object(vec![("const", Json::str(code_type))]),
                            )]),
                        ),
                    ]),
                )]),
            ),
        ])
    };
    let success_items = |ty: &str| {
        (
            "catalog",
            Json::Object(vec![(
                "properties",
                Json::Object(vec![(
                    "success",
                    Json::Object(vec![("items", Json::Object(vec![("type", Json::str(ty))]))]),
                )]),
            )]),
        )
    };
    let int_codes = (
        "codes",
        Json::Object(vec![(
            "propertyNames",
            Json::Object(vec![("pattern", Json::str(INT_CODE_PATTERN))]),
        )]),
    );
    // `range` groups integer codes, `prefix` string ones.
    let categories_without = |field: &'static str| {
        (
            "categories",
            Json::Object(vec![(
                "additionalProperties",
                Json::Object(vec![(
                    "properties",
                    Json::Object(vec![(field, Json::Bool(false))]),
                )]),
            )]),
        )
    };
    let rule = |code_type: &str, then: Vec<(&'static str, Json)>| {
        Json::Object(vec![
            ("if", when(code_type)),
            (
                "then",
                Json::Object(vec![("properties", Json::Object(then))]),
            ),
        ])
    };
    Json::Array(vec![
        rule(
            "integer",
            vec![
                success_items("integer"),
                int_codes,
                categories_without("prefix"),
            ],
        ),
        rule(
            "string",
            vec![success_items("string"), categories_without("range")],
        ),
    ])
}

#[cfg(test)]
mod tests {
    use super::{schema, Kind};

    #[test]
    fn every_field_has_a_description() {
        for kind in [Kind::Catalog, Kind::Mapping] {
            let text = schema(kind);
            let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
            let mut missing = Vec::new();
            walk_properties(&value, "", &mut missing);
            assert!(
                missing.is_empty(),
                "fields without a description: {missing:?}"
            );
        }
    }

    /// Collects the paths of properties that have no `description`.
    fn walk_properties(value: &serde_json::Value, path: &str, missing: &mut Vec<String>) {
        let Some(object) = value.as_object() else {
            if let Some(items) = value.as_array() {
                items.iter().for_each(|v| walk_properties(v, path, missing));
            }
            return;
        };
        // The `if`/`then` rules restate fields described above.
        let props = object.get("properties").and_then(|p| p.as_object());
        if let Some(props) = props.filter(|_| !path.contains("allOf")) {
            for (name, prop) in props {
                if prop.get("description").is_none() {
                    missing.push(format!("{path}/{name}"));
                }
            }
        }
        for (key, v) in object {
            walk_properties(v, &format!("{path}/{key}"), missing);
        }
    }
}
