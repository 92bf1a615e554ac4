// Files that are not UTF-8: UTF-16 with its byte-order mark (what "Unicode"
// means in Windows editors) is named as such; Latin-1 points at the first
// byte that is not UTF-8 (line 3). (TOML not UTF-8: not_utf8.rs.)
mod utf16 {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_file_utf16.toml");
}
mod latin1 {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_file_latin1.json");
}

fn main() {}
