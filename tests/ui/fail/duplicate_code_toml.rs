// A TOML table `[codes.4026]` written twice: TOML itself forbids the repeat.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/duplicate_code_toml.toml");

fn main() {}
