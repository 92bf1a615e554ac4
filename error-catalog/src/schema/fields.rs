//! The table itself: every field of catalog and mapping files. The
//! descriptions of `[catalog]`, `[catalog.envelope]`, `[categories.NAME]`
//! and `[codes.CODE]` are the catalog guide's "meaning" column, with its
//! links written as plain text.

use super::{Field, Table, Type, ENUM_RESERVED, LANG_PATTERN, SCHEMA_KEY, VARIANT_RESERVED};

const fn field(
    name: &'static str,
    ty: Type,
    description: &'static str,
    example: &'static str,
) -> Field {
    Field {
        name,
        ty,
        required: false,
        description,
        example,
    }
}

const fn required(
    name: &'static str,
    ty: Type,
    description: &'static str,
    example: &'static str,
) -> Field {
    Field {
        required: true,
        ..field(name, ty, description, example)
    }
}

const SCHEMA_FIELD: Field = field(
    SCHEMA_KEY,
    Type::String,
    "The JSON Schema of this file, for editors; the reader ignores it. In TOML, Taplo (Even Better TOML) also reads a first line `#:schema ./catalog.schema.json`.",
    "\"$schema\" = \"./catalog.schema.json\"",
);

/// A catalog file's top level.
pub const CATALOG_FILE: Table = Table {
    title: "a catalog file",
    description: "A vendor's table of error codes, which `include_catalog!` turns into an enum: a [catalog] table, optional [catalog.envelope] and [categories.*] tables, one [codes.CODE] table per code.",
    fields: &[
        required(
            "catalog",
            Type::Table(&CATALOG),
            "The catalog's settings: the enum's name, the vendor texts' language, success codes.",
            "[catalog]",
        ),
        field(
            "categories",
            Type::TableOf(&CATEGORY),
            "Named code ranges (integer codes) or prefixes (string codes): `category()` of a code.",
            "[categories.auth]",
        ),
        field(
            "codes",
            Type::TableOf(&CODE),
            "One table per code, the code itself as the key: decimal for integer catalogs (a leading `-` allowed), any text for string catalogs.",
            "[codes.4026]",
        ),
        SCHEMA_FIELD,
    ],
    exactly_one: &[],
};

/// `[catalog]`.
pub const CATALOG: Table = Table {
    title: "[catalog]",
    description: "The catalog's settings.",
    fields: &[
        required(
            "name",
            Type::Name(ENUM_RESERVED),
            "The enum's name, UpperCamelCase (`EbetStatus`). The code-reference macro is its snake_case (`ebet_status!`).",
            "name = \"EbetStatus\"",
        ),
        field(
            "lang",
            Type::Pattern(LANG_PATTERN),
            "BCP 47 tag of the vendor's own texts (`\"zh-CN\"`, `\"en\"`). Every code needs a message in this language.",
            "lang = \"zh-CN\"",
        ),
        field("doc", Type::String, "Doc comment of the enum.", "doc = \"Status codes in every eBET response.\""),
        field(
            "source",
            Type::String,
            "Provenance: the vendor doc's title and table.",
            "source = \"eBET状态码, table 1\"",
        ),
        field(
            "success",
            Type::Codes,
            "Codes that mean success (`is_success()`, and `decode` gives `Ok(data)` for them). Each must be a code of the catalog.",
            "success = [200]",
        ),
        field(
            "placeholders",
            Type::OneOf(&["none", "java", "printf"]),
            "How messages mark arguments for `render`: `{0}` (java), `%s` (printf) or none (the guide's Placeholders section).",
            "placeholders = \"java\"",
        ),
        field(
            "unknown",
            Type::Name(VARIANT_RESERVED),
            "Name of the catch-all variant that keeps a raw code the catalog does not list. If a code of the vendor is itself named `Unknown`, set `unknown = \"Other\"`.",
            "unknown = \"Other\"",
        ),
        field(
            "code-type",
            Type::OneOf(&["integer", "string"]),
            "Whether codes are `i64` or exact strings (the guide's Integer or string codes section).",
            "code-type = \"string\"",
        ),
        field(
            "subset-of",
            Type::String,
            "Path, relative to this file, of the parent catalog (the guide's Subset catalogs section).",
            "subset-of = \"ebet.toml\"",
        ),
        field(
            "envelope",
            Type::Table(&ENVELOPE),
            "The field names of the vendor's reply envelope, which `decode` reads replies with (the guide's `[catalog.envelope]` section).",
            "[catalog.envelope]",
        ),
    ],
    exactly_one: &[],
};

/// `[catalog.envelope]`.
pub const ENVELOPE: Table = Table {
    title: "[catalog.envelope]",
    description: "The field names of the vendor's reply envelope (`{\"code\": …, \"message\": …, \"data\": …}`).",
    fields: &[
        field(
            "code",
            Type::String,
            "Field holding the code (e.g. `\"status\"`).",
            "code = \"status\"",
        ),
        field(
            "message",
            Type::StringOrStrings,
            "Field holding the server's message; an array of names is tried in order.",
            "message = [\"msg\", \"message\"]",
        ),
        field("data", Type::String, "Field holding the payload.", "data = \"result\""),
    ],
    exactly_one: &[],
};

/// `[categories.NAME]`.
pub const CATEGORY: Table = Table {
    title: "[categories.NAME]",
    description: "A named range (integer codes) or prefix (string codes); NAME is what `category()` returns. Exactly one of `range` and `prefix`.",
    fields: &[
        field(
            "range",
            Type::Bounds,
            "Integer catalogs: the codes `lo..=hi`.",
            "range = [1000, 1999]",
        ),
        field(
            "prefix",
            Type::String,
            "String catalogs: the codes that start with it (`\"GGATEWAY_\"`).",
            "prefix = \"GGATEWAY_\"",
        ),
        field(
            "doc",
            Type::String,
            "What the category's codes have in common.",
            "doc = \"Common, auth and PCI errors\"",
        ),
    ],
    exactly_one: &["range", "prefix"],
};

/// `[codes.CODE]`.
pub const CODE: Table = Table {
    title: "[codes.CODE]",
    description: "One code of the vendor: a variant of the enum.",
    fields: &[
        field(
            "name",
            Type::Name(VARIANT_RESERVED),
            "Variant name: ASCII UpperCamelCase `[A-Z][A-Za-z0-9]*`, unique in the catalog (also ignoring case and underscores), not the catch-all's, not `Self`, not `ALL` (the generated constant). May be omitted when `key` gives one (`sign_error` → `SignError`).",
            "name = \"InvalidSignature\"",
        ),
        field(
            "key",
            Type::String,
            "The vendor's own symbolic name (`key()`). Need not be unique.",
            "key = \"sign_error\"",
        ),
        field(
            "message",
            Type::Text,
            "The vendor's text, verbatim. A string is the text in `lang`; a table gives several languages and must hold `lang`'s. The languages of one code take the same placeholders.",
            "message = { zh-CN = \"签名不对\", en = \"Invalid signature\" }",
        ),
        field(
            "other-messages",
            Type::Strings,
            "The vendor's other texts for the same code (a doc that repeats a code with another text): kept in the variant's docs, never returned.",
            "other-messages = [\"Signature error\"]",
        ),
        field(
            "http",
            Type::Integer(100, 599),
            "HTTP status that goes with the code (`http_status()`).",
            "http = 401",
        ),
        field(
            "retryable",
            Type::Bool,
            "Whether retrying may succeed (`is_retryable()`).",
            "retryable = true",
        ),
        field(
            "category",
            Type::String,
            "Name of a `[categories.*]` entry.",
            "category = \"auth\"",
        ),
        field(
            "deprecated",
            Type::StringOrBool,
            "`#[deprecated = \"…\"]` on the variant (`true`: without a note).",
            "deprecated = \"use 4027\"",
        ),
        field("doc", Type::String, "Extra doc text for the variant.", "doc = \"Sent when the signature does not match.\""),
    ],
    exactly_one: &[],
};

/// A mapping file's top level.
pub const MAPPING_FILE: Table = Table {
    title: "a mapping file",
    description: "A mapping of one vendor catalog's codes onto a target catalog, which `include_mapping!` turns into `impl From<Vendor> for Target`: one [mapping] table.",
    fields: &[
        required(
            "mapping",
            Type::Table(&MAPPING),
            "The two catalogs and the rules that send each vendor code to a target.",
            "[mapping]",
        ),
        Field {
            example: "\"$schema\" = \"./mapping.schema.json\"",
            description: "The JSON Schema of this file, for editors; the reader ignores it. In TOML, Taplo (Even Better TOML) also reads a first line `#:schema ./mapping.schema.json`.",
            ..SCHEMA_FIELD
        },
    ],
    exactly_one: &[],
};

/// `[mapping]`.
pub const MAPPING: Table = Table {
    title: "[mapping]",
    description: "The two catalogs and the rules. A vendor code goes to its [mapping.codes] rule, else to its category's rule, else to `default`.",
    fields: &[
        required(
            "from",
            Type::String,
            "The vendor catalog, relative to this file.",
            "from = \"ebet.toml\"",
        ),
        required(
            "to",
            Type::String,
            "The target catalog (any catalog), relative to this file.",
            "to = \"payment.toml\"",
        ),
        field(
            "default",
            Type::Target,
            "The target (variant name or code) of every vendor code no rule covers.",
            "default = \"VendorFailure\"",
        ),
        field(
            "unknown",
            Type::Target,
            "The target of codes the vendor catalog does not define (without it: `default`).",
            "unknown = \"VendorUnknown\"",
        ),
        field(
            "doc",
            Type::String,
            "Added to the conversion's documentation.",
            "doc = \"eBET → PaymentError.\"",
        ),
        field(
            "categories",
            Type::Targets,
            "Rules by the vendor code's category: category name = target.",
            "[mapping.categories] auth = \"AuthFailed\"",
        ),
        field(
            "codes",
            Type::Targets,
            "Rules by vendor code (they beat category rules): code = target.",
            "[mapping.codes] 4026 = \"AuthFailed\"",
        ),
    ],
    exactly_one: &[],
};

/// A rule written as a table: `{ to = "…", allow-success-mismatch = true }`.
pub const RULE: Table = Table {
    title: "a rule",
    description:
        "A rule written as a table, to allow a success code to map to a failure or the reverse.",
    fields: &[
        required(
            "to",
            Type::NameOrCode,
            "The target: a variant name, or a code of the target catalog.",
            "to = \"Ok\"",
        ),
        field(
            "allow-success-mismatch",
            Type::Bool,
            "Allows a success code to map to a target that is not a success, or the reverse.",
            "allow-success-mismatch = true",
        ),
    ],
    exactly_one: &[],
};
