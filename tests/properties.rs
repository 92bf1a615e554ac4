//! Property tests of the generated conversions: total, lossless and consistent
//! with each other, for every `i64` and every string, plus the serde round trip
//! and the lookup tables of random catalogs.
//!
//! The integer catalog is tests/catalogs/int.toml (`AcmeStatus`: negative,
//! `i64::MIN`/`i64::MAX` codes, a renamed catch-all `Other`); the string catalog
//! is tests/catalogs/str.toml (`GatewayCode`: `"0000"` and `"00000"` are
//! different codes, one code holds a space).

mod acme {
    error_runtime::include_catalog!("tests/catalogs/int.toml");
}
mod gateway {
    error_runtime::include_catalog!("tests/catalogs/str.toml");
}

use acme::AcmeStatus;
use gateway::GatewayCode;
use proptest::prelude::*;
use proptest::test_runner::Config;

/// Every code of the integer catalog, from `ALL`.
fn acme_codes() -> Vec<i64> {
    AcmeStatus::ALL.iter().map(AcmeStatus::code).collect()
}

/// Every code of the string catalog, from `ALL`.
fn gateway_codes() -> Vec<String> {
    GatewayCode::ALL
        .iter()
        .map(|c| c.code().to_owned())
        .collect()
}

/// Any `i64`, with the catalog's codes, their neighbours and small numbers
/// drawn often enough that both the known and the unknown side are exercised.
fn int_code() -> impl Strategy<Value = i64> {
    prop_oneof![
        3 => any::<i64>(),
        2 => prop::sample::select(acme_codes()),
        2 => (prop::sample::select(acme_codes()), -3_i64..=3)
            .prop_map(|(code, delta)| code.wrapping_add(delta)),
        1 => -10_000_i64..10_000,
        1 => Just(i64::MIN),
        1 => Just(i64::MAX),
    ]
}

/// Any string: any Unicode (control characters and NUL included), digit
/// strings like `"0000"`/`"00000"`, prefix-shaped codes, the catalog's codes
/// and near misses of them (padding, case).
fn str_code() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => any::<String>(),
        2 => prop::collection::vec(any::<char>(), 0..12).prop_map(String::from_iter),
        2 => "[0-9]{0,8}",
        1 => "(GW|CU|gw)_[A-Z0-9_]{0,12}",
        2 => prop::sample::select(gateway_codes()),
        2 => (
            prop::sample::select(gateway_codes()),
            "[ 0_a\\x00\u{a0}]{0,2}",
            "[ 0_a\\t]{0,2}",
            any::<bool>(),
        )
            .prop_map(|(code, before, after, lower)| {
                let text = format!("{before}{code}{after}");
                if lower {
                    text.to_lowercase()
                } else {
                    text
                }
            }),
    ]
}

fn config() -> Config {
    Config {
        cases: 2048,
        // Leave no regression files behind in the repository; a failure prints
        // the minimal input, which belongs in a unit test.
        failure_persistence: None,
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn every_i64_is_kept_exactly(x in int_code()) {
        let status = AcmeStatus::from(x);
        prop_assert_eq!(status.code(), x);
        prop_assert_eq!(i64::from(status), x);
        prop_assert_eq!(AcmeStatus::from(i64::from(status)), status);
        prop_assert_eq!(status.is_known(), acme_codes().contains(&x));
        if !status.is_known() {
            prop_assert_eq!(status, AcmeStatus::Other(x));
        }
        prop_assert_eq!(status.to_string(), format!("{}: {}", x, status.message()));
    }

    #[test]
    fn parsing_a_decimal_agrees_with_from_i64(x in int_code()) {
        prop_assert_eq!(format!("{x}").parse::<AcmeStatus>(), Ok(AcmeStatus::from(x)));
    }

    #[test]
    fn parsing_any_string_agrees_with_i64_parsing(s in str_code()) {
        prop_assert_eq!(s.parse::<AcmeStatus>(), s.parse::<i64>().map(AcmeStatus::from));
    }

    #[test]
    fn every_string_is_kept_exactly(s in str_code()) {
        let code = GatewayCode::from(s.as_str());
        prop_assert_eq!(code.code(), s.as_str());
        prop_assert_eq!(code.is_known(), gateway_codes().contains(&s));
        if !code.is_known() {
            prop_assert_eq!(&code, &GatewayCode::Unknown(s.clone()));
        }
        prop_assert_eq!(GatewayCode::from(code.code()), code.clone());
        prop_assert_eq!(GatewayCode::from(s.clone()), code.clone());
        prop_assert_eq!(String::from(code), s);
    }

    #[test]
    fn from_str_agrees_with_from_str_ref(s in str_code()) {
        prop_assert_eq!(s.parse::<GatewayCode>(), Ok(GatewayCode::from(s.as_str())));
    }

    #[test]
    fn serde_json_round_trip_of_integer_codes(x in int_code()) {
        let status = AcmeStatus::from(x);
        let json = serde_json::to_string(&status).unwrap();
        prop_assert_eq!(&json, &x.to_string());
        prop_assert_eq!(serde_json::from_str::<AcmeStatus>(&json).unwrap(), status);
        // A code sent as a numeric string is accepted too.
        prop_assert_eq!(serde_json::from_str::<AcmeStatus>(&format!("\"{x}\"")).unwrap(), status);
    }

    #[test]
    fn serde_json_round_trip_of_string_codes(s in str_code()) {
        let code = GatewayCode::from(s.as_str());
        let json = serde_json::to_string(&code).unwrap();
        prop_assert_eq!(&json, &serde_json::to_string(&s).unwrap());
        prop_assert_eq!(serde_json::from_str::<GatewayCode>(&json).unwrap(), code);
    }

    #[test]
    fn a_string_catalog_keeps_an_integer_as_its_decimal_text(x in int_code()) {
        let json = x.to_string();
        prop_assert_eq!(
            serde_json::from_str::<GatewayCode>(&json).unwrap(),
            GatewayCode::from(json.as_str())
        );
    }
}

proptest! {
    #![proptest_config(Config { cases: 256, ..config() })]

    /// Random catalogs, small (single-level tables) to large (displaced):
    /// every code has a slot of its own, and an empty slot's filler hashes
    /// elsewhere, so looking up any other code finds no match.
    #[test]
    fn integer_tables_are_perfect(
        codes in prop::collection::btree_set(prop_oneof![any::<i64>(), -500_i64..5000], 0..3000),
        others in prop::collection::vec(any::<i64>(), 64),
    ) {
        let codes: Vec<i64> = codes.into_iter().collect();
        let table = error_catalog::__unstable::hash::int_table(&codes).unwrap();
        let found = |code: i64| {
            let slot = table.slot(error_catalog::__unstable::hash::hash_i64(code));
            table.slots[slot].filter(|&i| codes[i as usize] == code)
        };
        for (i, &code) in codes.iter().enumerate() {
            prop_assert_eq!(found(code), Some(i as u32));
        }
        for other in others.into_iter().filter(|c| !codes.contains(c)) {
            prop_assert_eq!(found(other), None);
        }
        for (slot, entry) in table.slots.iter().enumerate() {
            if entry.is_none() {
                let filler = error_catalog::__unstable::hash::int_filler(&table, slot);
                prop_assert_ne!(table.slot(error_catalog::__unstable::hash::hash_i64(filler)), slot);
            }
        }
    }

    /// The same for string catalogs, with codes that share their length and
    /// first and last 8 bytes (the full hash) drawn often.
    #[test]
    fn string_tables_are_perfect(
        codes in prop::collection::btree_set(
            prop_oneof![str_code(), "ACCOUNT_[a-c]{1,3}_LOCKED!!", "[A-Z_]{0,20}"],
            0..600,
        ),
    ) {
        let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
        let table = error_catalog::__unstable::hash::str_table(&codes).unwrap();
        let mut seen = vec![false; table.slots.len()];
        for (i, code) in codes.iter().enumerate() {
            let slot = table.slot(error_catalog::__unstable::hash::hash_code_str(code, table.seed, table.full));
            prop_assert_eq!(table.slots[slot], Some(i as u32));
            prop_assert!(!std::mem::replace(&mut seen[slot], true));
        }
    }
}

#[test]
fn every_known_variant_maps_back_from_its_code() {
    assert!(!AcmeStatus::ALL.is_empty());
    for &v in AcmeStatus::ALL {
        assert_eq!(AcmeStatus::from(v.code()), v, "{}", v.name());
        assert!(v.is_known());
    }
    assert!(!GatewayCode::ALL.is_empty());
    for v in GatewayCode::ALL {
        assert_eq!(&GatewayCode::from(v.code()), v, "{}", v.name());
        assert!(v.is_known());
    }
}

#[test]
fn the_codes_are_distinct() {
    let mut ints = acme_codes();
    ints.sort_unstable();
    ints.dedup();
    assert_eq!(ints.len(), AcmeStatus::ALL.len());
    let mut strings = gateway_codes();
    strings.sort_unstable();
    strings.dedup();
    assert_eq!(strings.len(), GatewayCode::ALL.len());
}

/// Long codes sharing their length and first and last 8 bytes (so the table
/// hashes every word), of 16 to 40 bytes: every byte of a code matters.
#[derive(Debug, Clone, PartialEq, Eq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum LongCodes {
    #[code("ACCOUNT_aaaa_FROZEN_ZZ", message = "a")]
    A,
    #[code("ACCOUNT_bbbb_FROZEN_ZZ", message = "b")]
    B,
    #[code("ACCOUNT_aaaa_bbbb_cccc_dddd_FROZEN_ZZ", message = "c")]
    C,
    #[code("ACCOUNT_aaaa_bbbb_cccc_dddx_FROZEN_ZZ", message = "d")]
    D,
    #[code("ACCOUNT_aaaa_bbbb_cccc_dddd_eeee_ffff", message = "e")]
    E,
    #[code("0123456789abcdef", message = "f")]
    F,
    #[code("0123456789abcdef0123456789abcdef01234567", message = "g")]
    G,
    Unknown(String),
}

fn long_code() -> impl Strategy<Value = String> {
    let codes: Vec<String> = LongCodes::ALL.iter().map(|c| c.code().to_owned()).collect();
    prop_oneof![
        1 => prop::sample::select(codes.clone()),
        3 => (prop::sample::select(codes), any::<prop::sample::Index>(), "[a-z_Z0]")
            .prop_map(|(code, at, c)| {
                let at = at.index(code.len());
                format!("{}{c}{}", &code[..at], &code[at + 1..])
            }),
        1 => "[A-Za-z_0-9]{14,42}",
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn long_codes_match_exactly(s in long_code()) {
        let expected = LongCodes::ALL.iter().find(|c| c.code() == s).cloned();
        let got = LongCodes::from(s.as_str());
        match expected {
            Some(known) => prop_assert_eq!(got, known),
            None => prop_assert_eq!(got, LongCodes::Unknown(s)),
        }
    }
}
