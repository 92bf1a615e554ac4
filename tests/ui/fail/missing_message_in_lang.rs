// A message only in `en` while the catalog's own `lang` is `zh-CN`.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/missing_message_in_lang.toml");

fn main() {}
