// CRLF line endings (and wide characters before the mistake) do not shift
// positions: the TOML mistake is at 9:1, the JSON one (a trailing comma) at 5:3.
mod toml {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_file_crlf_error.toml");
}
mod json {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_file_crlf_error.json");
}

fn main() {}
