// `ALL` as the catch-all and as a variant: one error each.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_name_catch_all_all.toml");

fn main() {
    assert_eq!(CatchAllAll::ALL, &[CatchAllAll::All]);
    assert_eq!(CatchAllAll::from(1), CatchAllAll::Unknown(1));
}
