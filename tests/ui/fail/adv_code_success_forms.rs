// Floats, booleans, strings and out-of-range integers in `success`: one
// error each; `0x10` is the code 16.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_code_success_forms.toml");

fn main() {
    assert!(SuccessForm::Sixteen.is_success());
}
