// A catalog file that does not exist.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/does_not_exist.toml");

fn main() {}
