// The code-reference macro takes a code as the catalog writes it: `0x10`,
// `016`, `+16`, `16i64` and `"16"` are not the code 16 of an integer catalog.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_code_success_forms.toml");

fn main() {
    let _ = success_form!(16);
    let _ = success_form!(0x10);
    let _ = success_form!(+16);
    let _ = success_form!(16i64);
    let _ = success_form!("16");
}
