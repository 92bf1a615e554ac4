// An integer code out of range for i64.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/code_out_of_range.toml");

fn main() {}
