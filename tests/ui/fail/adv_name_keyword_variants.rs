// Keywords as variant names: one error each, with a usable suggestion; the
// valid variants still compile.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_name_keyword_variants.toml");

fn main() {
    let _ = (KeywordName::Type, keyword_name!(9), KeywordName::Gen.code());
}
