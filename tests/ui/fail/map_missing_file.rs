// A mapping file that does not exist. Without it the two enums are unknown,
// so no conversion is generated.
error_runtime::include_mapping!("../../../../tests/ui/mappings/nope.toml");

fn main() {}
