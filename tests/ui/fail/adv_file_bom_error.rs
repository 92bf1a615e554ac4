// A byte-order mark is not a column: mistakes on the first line of a file
// that starts with one are reported at the column an editor shows.
mod toml {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_file_bom_error.toml");
}
mod json {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_file_bom_error.json");
}

fn main() {}
