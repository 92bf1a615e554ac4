// [catalog] without `name`.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/missing_name.toml");

fn main() {}
