// The code-reference macro in pattern position: an unknown code is the same
// catalog error as in expression position, not a syntax error.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/code_ref_int.toml");

fn main() {
    let status = AcmeStatus::from(4026_i64);
    match status {
        acme_status!(4026) => {}
        acme_status!(4027) => {}
        _ => {}
    }
}
