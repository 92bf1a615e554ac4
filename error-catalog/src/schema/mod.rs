//! The fields of catalog and mapping files, as one table: the reader's lists
//! of known fields (unknown-field errors and their did-you-mean) are read
//! from it, and `errcat schema` writes the editors' JSON Schema from it, so
//! the two cannot drift apart.
//!
//! Each [`Field`] says where it may appear ([`Table`]), the JSON type of its
//! value ([`Type`]: closed sets, ranges and patterns included), whether the
//! schema requires it, and the hover text an editor shows (`description`,
//! with an `example`). The descriptions of the catalog's tables are the
//! "meaning" column of the catalog guide (`error_runtime::_guide::catalog`);
//! a test keeps the two equal.

mod fields;

pub use fields::{CATALOG, CATALOG_FILE, CATEGORY, CODE, ENVELOPE, MAPPING, MAPPING_FILE, RULE};

/// One table of a catalog or mapping file and the fields it may hold.
#[derive(Clone, Copy, Debug)]
pub struct Table {
    /// The table as a user writes it: `[codes.CODE]`.
    pub title: &'static str,
    /// What the table is, for the schema's hover text.
    pub description: &'static str,
    /// Every field it may hold, in the order the guide lists them.
    pub fields: &'static [Field],
    /// Fields of which the table must set exactly one (`range`, `prefix`).
    pub exactly_one: &'static [&'static str],
}

/// One field of a table.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    /// The key as written: `retryable`.
    pub name: &'static str,
    /// Its value's type and constraints.
    pub ty: Type,
    /// Whether every file must set it. Fields that are required only in
    /// some files (`lang` outside subsets, a code's `message`) are not: the
    /// schema cannot tell, `errcat check` and the macro can.
    pub required: bool,
    /// What it means (the guide's "meaning" column).
    pub description: &'static str,
    /// The field as a user writes it in TOML: `http = 401`.
    pub example: &'static str,
}

/// The value a field takes, as a JSON Schema can state it.
#[derive(Clone, Copy, Debug)]
pub enum Type {
    /// Any string.
    String,
    /// A string matching a regular expression (a language tag).
    Pattern(&'static str),
    /// An ASCII UpperCamelCase name ([`NAME_PATTERN`]) other than the
    /// reserved ones given.
    Name(&'static [&'static str]),
    /// `true` or `false`.
    Bool,
    /// An integer in an inclusive range.
    Integer(i64, i64),
    /// One of a closed set of strings.
    OneOf(&'static [&'static str]),
    /// An array of codes (all integers, or all strings).
    Codes,
    /// `[low, high]`: two integers.
    Bounds,
    /// A string, or a table from language tag to string (a code's `message`).
    Text,
    /// A string, or `true`/`false` (`deprecated`).
    StringOrBool,
    /// A string, or an array of strings tried in order.
    StringOrStrings,
    /// An array of strings.
    Strings,
    /// A table of the given fields.
    Table(&'static Table),
    /// A table of tables: keys chosen by the user (codes, category names),
    /// each value a table of the given fields.
    TableOf(&'static Table),
    /// A variant name or a code of the target catalog.
    NameOrCode,
    /// A mapping's target: a variant name, a code, or a [`RULE`] table.
    Target,
    /// A table from vendor codes or category names to targets.
    Targets,
}

/// The pattern of variant and enum names: ASCII UpperCamelCase.
pub const NAME_PATTERN: &str = "^[A-Z][A-Za-z0-9]*$";

/// Names an enum may not take: `Self`, the one keyword that fits the
/// name pattern.
pub const ENUM_RESERVED: &[&str] = &["Self"];

/// Names a variant or the catch-all may not take: `Self`, and the
/// generated constant `ALL`.
pub const VARIANT_RESERVED: &[&str] = &["Self", "ALL"];

/// The pattern of a BCP 47 language tag as the reader takes it (`zh-CN`,
/// `zh_cn`, `en`): a 2–8 letter language, then subtags of 1–8 letters or
/// digits joined by `-` or `_`.
pub const LANG_PATTERN: &str = "^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$";

/// The pattern of an integer code as a key: canonical decimal `i64`.
pub const INT_CODE_PATTERN: &str = "^(0|-?[1-9][0-9]{0,18})$";

/// The key a catalog or mapping file may set for the editor's schema (JSON
/// files, and TOML files that prefer it to Taplo's `#:schema` comment); the
/// readers accept it anywhere at the top level and ignore it.
pub const SCHEMA_KEY: &str = "$schema";

/// The names of `fields`, as the reader's lists of known fields.
pub(crate) const fn names<const N: usize>(fields: &[Field]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = fields[i].name;
        i += 1;
    }
    out
}

/// Known fields of each table, for the readers.
pub(crate) mod known {
    use super::{
        names, CATALOG, CATALOG_FILE, CATEGORY, CODE, ENVELOPE, MAPPING, MAPPING_FILE, RULE,
    };

    pub(crate) const CATALOG_FILE_FIELDS: &[&str] =
        &names::<{ CATALOG_FILE.fields.len() }>(CATALOG_FILE.fields);
    pub(crate) const CATALOG_FIELDS: &[&str] = &names::<{ CATALOG.fields.len() }>(CATALOG.fields);
    pub(crate) const ENVELOPE_FIELDS: &[&str] =
        &names::<{ ENVELOPE.fields.len() }>(ENVELOPE.fields);
    pub(crate) const CATEGORY_FIELDS: &[&str] =
        &names::<{ CATEGORY.fields.len() }>(CATEGORY.fields);
    pub(crate) const CODE_FIELDS: &[&str] = &names::<{ CODE.fields.len() }>(CODE.fields);
    pub(crate) const MAPPING_FILE_FIELDS: &[&str] =
        &names::<{ MAPPING_FILE.fields.len() }>(MAPPING_FILE.fields);
    pub(crate) const MAPPING_FIELDS: &[&str] = &names::<{ MAPPING.fields.len() }>(MAPPING.fields);
    pub(crate) const RULE_FIELDS: &[&str] = &names::<{ RULE.fields.len() }>(RULE.fields);
}

#[cfg(test)]
mod tests {
    use super::VARIANT_RESERVED;
    use crate::names::camel_case_problem;
    use crate::names::GENERATED_ITEMS;

    #[test]
    fn reserved_names_are_the_readers() {
        for item in GENERATED_ITEMS {
            assert!(VARIANT_RESERVED.contains(item), "{item} is generated");
        }
        assert!(camel_case_problem("Self").is_some());
    }
}
