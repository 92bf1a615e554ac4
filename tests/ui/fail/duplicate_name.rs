// Two codes with the same variant name.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/duplicate_name.toml");

fn main() {}
