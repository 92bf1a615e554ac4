// Paths that name no catalog file: a missing file in a directory with a
// space, the including crate's own directory (the empty path), a `..` path
// that leaves the file system's structure behind, a file without a .toml or
// .json extension. (A directory by name: catalog_is_directory.rs.)
mod missing {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/with space/missing file.toml");
}
mod empty_path {
    error_runtime::include_catalog!("");
}
mod dotted {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_file_bom.toml/../adv_file_bom.toml");
}
mod no_extension {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_file_no_extension");
}

fn main() {}
