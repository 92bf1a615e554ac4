// An invalid variant name: `4026Error` starts with a digit.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/invalid_name_digit.toml");

fn main() {}
