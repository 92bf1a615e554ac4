// A variant named `Self` (a Rust keyword).
error_runtime::include_catalog!("../../../../tests/ui/catalogs/keyword_name.toml");

fn main() {}
