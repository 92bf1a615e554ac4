// Variant names colliding with the catch-all `Other`: one error each.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_name_catch_all.toml");

fn main() {
    assert_eq!(CatchAllName::from(9), CatchAllName::Other(9));
    let _ = catch_all_name!(4);
}
