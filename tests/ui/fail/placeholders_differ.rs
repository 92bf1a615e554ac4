// Java placeholders that differ between languages (`{0}` vs `{0} {1}`).
error_runtime::include_catalog!("../../../../tests/ui/catalogs/placeholders_differ.toml");

fn main() {}
