// A misspelt `message` is one error (unknown field, did you mean `message`?),
// not also "no message in the catalog's language".
error_runtime::include_catalog!("../../../../tests/ui/catalogs/misspelt_message.toml");

fn main() {}
