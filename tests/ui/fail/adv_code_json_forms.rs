// The same code forms in a JSON catalog, and JSON numbers that are not
// integers in `success` (`4026.0`; `-0` is the integer 0, not a code here).
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_code_json_forms.json");

fn main() {
    assert_eq!(json_form!(4026), JsonForm::Plain);
}
