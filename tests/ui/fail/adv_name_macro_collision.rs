// Two catalogs in one module whose code-reference macros have the same name
// (`HttpStatus` and `HTTPStatus` are both `http_status!`). Each include is
// valid alone, so this is rustc's error for the second re-export; in two
// modules they are fine (`tests/ui/pass/adv_name_same_macro.rs`).
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_name_http_status.toml");
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_name_http_status_upper.toml");

fn main() {}
