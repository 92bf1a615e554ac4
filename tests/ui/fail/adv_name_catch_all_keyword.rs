// The catch-all named `Self`: one error; the default name `Unknown` is used.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_name_catch_all_keyword.toml");

fn main() {
    assert_eq!(CatchAllKeyword::from(2), CatchAllKeyword::Unknown(2));
}
