// An invalid `lang` (not a BCP 47 tag).
error_runtime::include_catalog!("../../../../tests/ui/catalogs/invalid_lang.toml");

fn main() {}
