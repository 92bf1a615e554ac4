// Non-ASCII, confusable and zero-width variant names: one error each.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_name_non_ascii.toml");

fn main() {
    let _ = non_ascii_name!(8);
}
