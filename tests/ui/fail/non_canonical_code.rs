// `04026` next to `4026`: reported as non-canonical and as a duplicate of 4026.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/non_canonical_code.toml");

fn main() {}
