// A TOML syntax error.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/toml_syntax_error.toml");

fn main() {}
