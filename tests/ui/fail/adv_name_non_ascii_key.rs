// A key with non-ASCII letters gives no variant name: `name` is required.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_name_non_ascii_key.toml");

fn main() {
    assert_eq!(non_ascii_key!(1).key(), Some("签名错误"));
    assert_eq!(NonAsciiKey::SignError.code(), 4);
}
