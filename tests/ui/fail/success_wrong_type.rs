// A string success code in an integer catalog (wrong type).
error_runtime::include_catalog!("../../../../tests/ui/catalogs/success_wrong_type.toml");

fn main() {}
