// A malformed Java placeholder (`{0` not closed).
error_runtime::include_catalog!("../../../../tests/ui/catalogs/malformed_placeholder.toml");

fn main() {}
