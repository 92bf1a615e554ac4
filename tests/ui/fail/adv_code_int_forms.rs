// Codes that are not canonical decimal i64 in an integer catalog: one error
// per entry (`04026` also duplicates 4026; `-0` is 0 written non-canonically).
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_code_int_forms.toml");

fn main() {
    assert_eq!(int_form!(4026), IntForm::Plain);
}
