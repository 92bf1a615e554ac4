// An HTTP status outside 100–599.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/http_out_of_range.toml");

fn main() {}
