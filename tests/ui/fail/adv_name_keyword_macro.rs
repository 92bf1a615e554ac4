// Enum names whose code-reference macro (snake_case) would be a keyword or
// reserved word: one error each; the enums are still generated and usable.
mod a {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_name_macro_crate.toml");
}
mod b {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_name_macro_gen.toml");
}

fn main() {
    let _ = (a::Crate::One.code(), b::Gen::from(1).message());
}
