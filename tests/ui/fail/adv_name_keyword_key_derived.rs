// Keys that give no usable variant name (`self` → `Self`, `_`): one error each.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_name_keyword_key_derived.toml");

fn main() {
    let _ = derived_name!(5);
}
