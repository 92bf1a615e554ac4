// [catalog] without `lang`.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/missing_lang.toml");

fn main() {}
