// A non-integer code in an integer catalog.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/non_integer_code.toml");

fn main() {}
