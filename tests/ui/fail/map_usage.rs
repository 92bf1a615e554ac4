// include_mapping! takes one string literal.
error_runtime::include_mapping!(tests / ui / mappings);

fn main() {}
