// A catalog that is not UTF-8 is an error naming the offending byte, never a panic.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/not_utf8.toml");

fn main() {}
