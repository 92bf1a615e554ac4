// `{0}` and `%s` in one catalog without `placeholders`: one error, and the
// enum is still generated (its use below adds nothing).
error_runtime::include_catalog!("../../../../tests/ui/catalogs/placeholders_mixed.toml");

fn main() {
    let _ = AcmeStatus::PaymentFailed.render(&[&1]);
}
