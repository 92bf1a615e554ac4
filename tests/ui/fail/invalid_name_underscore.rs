// An invalid variant name: `Invalid_Signature` contains an underscore.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/invalid_name_underscore.toml");

fn main() {}
