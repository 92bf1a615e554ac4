//! Generated enums exercised where the runtime's `unsafe` runs: the tag
//! read behind every method and the `ALL` built from tags, for an integer and
//! a string catalog (the catch-all holding a `String`). `.ci/run` runs this
//! under Miri, which reports any read of a wrong layout or of padding.

mod catalogs {
    error_runtime::include_catalog!("../catalogs/ebet.toml");
    error_runtime::include_catalog!("../catalogs/multimarkets_gateway.toml");
}
use catalogs::{EbetStatus, MultiMarketsGatewayCode};
use error_runtime::ErrorCode;

fn walk<E: ErrorCode>(unknown: E) {
    for (i, known) in E::ALL.iter().enumerate() {
        assert_eq!(E::try_from_code(known.code()).as_ref(), Some(known));
        assert!(known.is_known());
        assert_eq!(E::ALL[i].name(), known.name());
        let _ = (known.message(), known.render(&[&i]), known.category());
    }
    assert!(!unknown.is_known());
    assert_eq!(unknown.message(), unknown.clone().message());
}

#[test]
fn integer_catalog() {
    assert_eq!(EbetStatus::ALL.len(), 35);
    walk(EbetStatus::Unknown(9999));
    assert_eq!(EbetStatus::Unknown(4026), EbetStatus::InvalidSignature);
    assert!(EbetStatus::from(200_i64).is_success());
}

#[test]
fn string_catalog() {
    walk(MultiMarketsGatewayCode::from("no such code"));
    let all = MultiMarketsGatewayCode::ALL;
    let held = MultiMarketsGatewayCode::Unknown(all[all.len() - 1].code().into());
    assert_eq!(held, all[all.len() - 1]);
    assert_eq!(held.name(), all[all.len() - 1].name());
}
