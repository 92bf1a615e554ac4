// An invalid variant name: `timeout` does not start with a capital.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/invalid_name_lowercase.toml");

fn main() {}
