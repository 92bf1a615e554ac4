// Catalog files as a demanding user has them: a path with spaces, a path
// through `..`, a UTF-8 byte-order mark (TOML and JSON; a BOM inside a
// string is text), CRLF line endings (TOML and JSON).
mod spaced {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/with space/adv file.toml");
}
mod dotted {
    error_runtime::include_catalog!(
        "../../../../tests/ui/catalogs/with space/../../catalogs/./with space/adv file.toml"
    );
}
mod bom_toml {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_file_bom.toml");
}
mod bom_json {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_file_bom.json");
}
mod crlf_toml {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_file_crlf.toml");
}
mod crlf_json {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_file_crlf.json");
}

fn main() {
    assert_eq!(
        spaced::SpacedPath::One.message(),
        "found through a path with spaces"
    );
    assert_eq!(dotted::SpacedPath::from(1_i64), dotted::SpacedPath::One);
    assert_eq!(
        bom_toml::BomToml::One.message(),
        "\u{feff}only the file's first BOM is dropped"
    );
    assert_eq!(bom_json::BomJson::One.message(), "read past a byte-order mark");
    // TOML reads a multi-line string's line breaks as "\n", whatever the file has.
    assert_eq!(crlf_toml::CrlfToml::One.message(), "first line\nsecond line");
    assert_eq!(crlf_toml::CrlfToml::Two.message(), "an escaped \r\n stays CRLF");
    assert_eq!(crlf_json::CrlfJson::One.message(), "a\r\nb");
}
