//! Every item `include_catalog!` emits, for an integer catalog.

mod acme {
    error_runtime::include_catalog!("tests/catalogs/int.toml");
    error_runtime::include_catalog!("tests/catalogs/subset.toml");
}
use acme::{AcmeReply, AcmeStatus};

#[test]
fn smoke() {
    assert_eq!(AcmeStatus::from(4026_i64), AcmeStatus::InvalidSignature);
}
