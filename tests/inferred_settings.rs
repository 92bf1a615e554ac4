//! Settings a catalog leaves out and its contents settle
//! (`error_runtime::_guide::catalog`): codes that read as strings without
//! `code-type` (the SQLSTATE-like and zero-padded shapes compile as string
//! catalogs), and placeholders without `placeholders` (the style the
//! messages evidently use, never a literal `{0}`).

mod sql {
    error_runtime::include_catalog!("tests/catalogs/sqlstate.toml");
    error_runtime::include_catalog!("tests/catalogs/zero_padded.toml");
}
mod texts {
    error_runtime::include_catalog!("tests/catalogs/placeholders_evident.toml");
    error_runtime::include_catalog!("tests/catalogs/placeholders_printf.json");
}
use error_runtime::ErrorCode;
use sql::{padded_code, sql_state, PaddedCode, SqlState};
use texts::{LumaPayCode, PrintfCode};

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

#[test]
fn java_placeholders_are_filled_without_the_setting() {
    let failed = LumaPayCode::PaymentFailed;
    assert_eq!(failed.arity(), 1);
    assert_eq!(
        failed.render(&[&"card declined"]),
        "Payment failed: card declined"
    );
    assert_eq!(failed.render_in("es", &[&7]), "Pago fallido: 7");
    assert_eq!(
        LumaPayCode::Limit.render(&[&5, &30]),
        "Limit 5 exceeded, retry in 30 s"
    );
    // Text without placeholders is as written (the apostrophe too).
    assert_eq!(LumaPayCode::Done.render(&[]), "100% done, can't stop");
    assert_eq!(failed.message(), "Payment failed: {0}");
}

#[test]
fn printf_placeholders_are_filled_without_the_setting() {
    let missing = PrintfCode::Missing;
    assert_eq!(missing.arity(), 2);
    assert_eq!(missing.render(&[&"id", &50]), "Field id is missing (50%)");
}
