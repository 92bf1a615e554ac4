// An unknown field in [catalog]: `sucess` (did you mean `success`?).
error_runtime::include_catalog!("../../../../tests/ui/catalogs/unknown_catalog_field.toml");

fn main() {}
