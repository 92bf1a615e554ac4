// A JSON syntax error (a trailing comma).
error_runtime::include_catalog!("../../../../tests/ui/catalogs/json_syntax_error.json");

fn main() {}
