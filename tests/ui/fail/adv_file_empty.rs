// Files with nothing in them: empty, only whitespace (CR, tabs), only
// comments. One error each, at the start of the file or the end of the
// whitespace.
mod empty_toml {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_file_empty.toml");
}
mod empty_json {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_file_empty.json");
}
mod whitespace_toml {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_file_whitespace.toml");
}
mod whitespace_json {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_file_whitespace.json");
}
mod comments_toml {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_file_comments.toml");
}

fn main() {}
