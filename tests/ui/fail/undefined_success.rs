// A success code the catalog does not define.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/undefined_success.toml");

fn main() {}
