// `range` in a string catalog.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/range_in_string_catalog.toml");

fn main() {}
