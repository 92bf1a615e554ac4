// An unknown field in [codes.*]: `retriable` (did you mean `retryable`?).
error_runtime::include_catalog!("../../../../tests/ui/catalogs/unknown_code_field.toml");

fn main() {}
