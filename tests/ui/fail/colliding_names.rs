// Variant names that collide after case conversion (`HttpError` vs `HTTPError`).
error_runtime::include_catalog!("../../../../tests/ui/catalogs/colliding_names.toml");

fn main() {}
