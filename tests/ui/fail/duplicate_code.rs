// Code 4026 listed twice (JSON keeps both keys, so the catalog check sees them).
error_runtime::include_catalog!("../../../../tests/ui/catalogs/duplicate_code.json");

fn main() {}
