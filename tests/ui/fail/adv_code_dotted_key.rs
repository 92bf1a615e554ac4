// A float-looking code key is a dotted TOML key: `5` is an unknown field of
// code 1 (one error).
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_code_dotted_key.toml");

fn main() {
    assert_eq!(dotted_key!(1), DottedKey::One);
}
