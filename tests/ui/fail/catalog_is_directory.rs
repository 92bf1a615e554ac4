// The path names a directory, not a catalog file.
error_runtime::include_catalog!("../../../../tests/ui/catalogs");

fn main() {}
