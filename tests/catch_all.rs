//! The catch-all holding a code the catalog defines is that code's variant
//! in every respect but `match`: `==`, `Hash`, every method and a serde round
//! trip agree with `from(code)`.

mod catalogs {
    error_runtime::include_catalog!("catalogs/ebet.toml");
    error_runtime::include_catalog!("tests/catalogs/str.toml");
}
use catalogs::{EbetStatus, GatewayCode};
use error_runtime::ErrorCode;
use proptest::prelude::*;
use std::collections::HashSet;
use std::hash::{BuildHasher, RandomState};

#[path = "support/same_answers.rs"]
mod same_answers;

/// `a == b`, they hash alike, and every method of `a` answers as `b`'s.
fn same<E: ErrorCode + std::hash::Hash + Eq>(a: &E, b: &E) {
    assert_eq!(a, b);
    let state = RandomState::new();
    assert_eq!(state.hash_one(a), state.hash_one(b), "{a:?} and {b:?}");
    same_answers::assert_same_answers(a, b);
}

#[test]
fn int_catch_all_of_a_known_code_is_that_variant() {
    for known in EbetStatus::ALL {
        same(&EbetStatus::Unknown(known.code()), known);
    }
    let held = EbetStatus::Unknown(4026);
    assert_eq!(held, EbetStatus::InvalidSignature);
    assert_eq!(held.name(), "InvalidSignature");
    assert!(EbetStatus::Unknown(200).is_success());
    assert!(held.is_known());
    // `match` alone sees what was built.
    assert!(matches!(held, EbetStatus::Unknown(4026)));
    let set: HashSet<EbetStatus> = [held, EbetStatus::InvalidSignature].into();
    assert_eq!(set.len(), 1);
}

#[test]
fn int_catch_alls_of_unknown_codes_compare_codes() {
    same(&EbetStatus::Unknown(9999), &EbetStatus::from(9999_i64));
    assert_ne!(EbetStatus::Unknown(9999), EbetStatus::Unknown(9998));
    assert_ne!(EbetStatus::Unknown(9999), EbetStatus::InvalidSignature);
    assert!(!EbetStatus::Unknown(9999).is_known());
    assert!(!EbetStatus::Unknown(9999).is_success());
}

#[test]
fn str_catch_all_of_a_known_code_is_that_variant() {
    for known in GatewayCode::ALL {
        same(&GatewayCode::Unknown(known.code().to_owned()), known);
    }
    assert!(GatewayCode::Unknown("00000".to_owned()).is_success());
    assert_ne!(
        GatewayCode::Unknown("00000 ".to_owned()),
        GatewayCode::Success
    );
    same(
        &GatewayCode::Unknown("nope".to_owned()),
        &GatewayCode::from("nope"),
    );
    assert_ne!(
        GatewayCode::Unknown("nope".to_owned()),
        GatewayCode::Unknown("nop".to_owned())
    );
}

#[test]
fn serde_round_trip_keeps_equality() {
    for value in [EbetStatus::Unknown(4026), EbetStatus::Unknown(9999)] {
        let text = serde_json::to_string(&value).unwrap();
        let back: EbetStatus = serde_json::from_str(&text).unwrap();
        same(&back, &value);
    }
    let value = GatewayCode::Unknown("GW_CODE_012".to_owned());
    let back: GatewayCode = serde_json::from_str(&serde_json::to_string(&value).unwrap()).unwrap();
    assert_eq!(back, GatewayCode::GatewayTimeout);
    same(&back, &value);
}

proptest! {
    #[test]
    fn any_int_code_agrees_with_from(code in prop_oneof![
        any::<i64>(),
        (0..EbetStatus::ALL.len()).prop_map(|i| EbetStatus::ALL[i].code()),
    ]) {
        same(&EbetStatus::Unknown(code), &EbetStatus::from(code));
    }

    #[test]
    fn any_str_code_agrees_with_from(code in prop_oneof![
        ".{0,12}",
        (0..GatewayCode::ALL.len()).prop_map(|i| GatewayCode::ALL[i].code().to_owned()),
    ]) {
        same(&GatewayCode::Unknown(code.clone()), &GatewayCode::from(code.as_str()));
    }
}
