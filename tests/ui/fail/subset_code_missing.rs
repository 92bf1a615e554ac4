// A subset catalog lists a code its parent lacks. The parent is included too,
// as a subset's conversions name the parent's enum.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/subset_parent.toml");
error_runtime::include_catalog!("../../../../tests/ui/catalogs/subset_code_missing.toml");

fn main() {}
