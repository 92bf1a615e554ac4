//! Catalogs that set no `code-type` and whose codes read as strings
//! (`error_runtime::_guide::catalog`, "Integer or string codes"): the
//! SQLSTATE-like and zero-padded shapes compile as string catalogs.

mod sql {
    error_runtime::include_catalog!("tests/catalogs/sqlstate.toml");
    error_runtime::include_catalog!("tests/catalogs/zero_padded.toml");
}
use error_runtime::ErrorCode;
use sql::{padded_code, sql_state, PaddedCode, SqlState};

#[test]
fn sqlstate_codes_are_strings() {
    assert_eq!(SqlState::from("40P01"), SqlState::DeadlockDetected);
    assert_eq!(SqlState::from("08000"), sql_state!("08000"));
    assert_eq!(SqlState::SuccessfulCompletion.code(), "00000");
    assert!(SqlState::from("00000").is_success());
    assert_eq!(SqlState::from("0"), SqlState::Unknown("0".into()));
    assert_eq!(<SqlState as ErrorCode>::ALL.len(), 6);
}

#[test]
fn zero_padded_codes_keep_their_width() {
    assert_eq!(PaddedCode::from("0001"), padded_code!("0001"));
    assert_eq!(PaddedCode::Pending.code(), "0001");
    assert_eq!(PaddedCode::from("1"), PaddedCode::Unknown("1".into()));
    assert!(PaddedCode::Ok.is_success() && !PaddedCode::SystemBusy.is_success());
}
