// A variant named `Unknown` without `unknown = "…"` in [catalog]: collides with the catch-all.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/catch_all_collision.toml");

fn main() {}
