//! Properties of `error_runtime::decode` on untrusted input: arbitrary bytes
//! and arbitrary JSON values never panic and always give a consistent answer;
//! for JSON, the answer is the one serde_json's own reading implies (an
//! oracle); and a code in a well-formed envelope, among any other members in
//! any order, is always recovered with its message.
//!
//! `AcmeStatus` (tests/catalogs/int.toml): envelope `status`/`msg`/`payload`,
//! success codes 0 and 200. `GatewayCode` (tests/catalogs/str.toml): a string
//! catalog with the default envelope.

mod acme {
    error_runtime::include_catalog!("tests/catalogs/int.toml");
}
mod gateway {
    error_runtime::include_catalog!("tests/catalogs/str.toml");
}

use acme::AcmeStatus;
use error_runtime::{decode, ApiError, ErrorCode, ErrorKind, Malformed, ValueKind};
use gateway::GatewayCode;
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{Map, Value};

/// What every answer must satisfy, whatever the input.
fn check_consistent<E: ErrorCode>(body: &[u8], result: &Result<Value, ApiError<E>>) {
    let Err(e) = result else { return };
    match e.kind() {
        ErrorKind::Vendor => {
            let code = e.code().expect("a vendor error has a code");
            assert!(!code.is_success());
            assert_eq!(e.body(), None);
        }
        ErrorKind::Data => {
            assert!(e.code().expect("a data error has a code").is_success());
            assert!(e.data_error().is_some());
        }
        ErrorKind::Malformed(_) => {
            let kept = e.body().expect("a malformed reply keeps the body's start");
            // At most 256 bytes of the body, each at most one character.
            assert!(kept.chars().count() <= 256.min(body.len()), "{kept:?}");
        }
        kind => panic!("unexpected kind {kind:?}"),
    }
    // Display and Debug never panic either.
    let _ = (e.to_string(), format!("{e:?}"));
}

/// Any JSON value, with keys biased towards the envelope's field names.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("JSON has no NaN or infinity", |f| f.is_finite())
            .prop_map(Value::from),
        prop_oneof![any::<String>(), "-?[0-9]{1,21}", Just("200".to_string())]
            .prop_map(Value::from),
    ];
    let key = prop_oneof![
        3 => Just("status".to_string()),
        2 => Just("msg".to_string()),
        2 => Just("payload".to_string()),
        3 => any::<String>(),
    ];
    leaf.prop_recursive(6, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..8)
                .prop_map(|members| Value::Object(members.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// What decoding `value` must give, from serde_json's own reading of it.
fn check_against_oracle(value: &Value, result: &Result<Value, ApiError<AcmeStatus>>) {
    let Value::Object(members) = value else {
        let Err(e) = result else {
            panic!("{value} decoded")
        };
        assert!(matches!(
            e.kind(),
            ErrorKind::Malformed(Malformed::NotAnObject(_))
        ));
        return;
    };
    let message = members.get("msg").and_then(Value::as_str);
    let (int, raw) = match members.get("status") {
        None => {
            let e = result.as_ref().unwrap_err();
            assert_eq!(
                e.kind(),
                ErrorKind::Malformed(Malformed::MissingCode { field: "status" })
            );
            assert_eq!(e.server_message(), message);
            return;
        }
        Some(Value::Number(n)) => (n.as_i64(), (!n.is_i64()).then(|| n.to_string())),
        Some(Value::String(s)) => (s.parse::<i64>().ok(), Some(s.clone())),
        Some(other) => {
            let e = result.as_ref().unwrap_err();
            let ErrorKind::Malformed(Malformed::CodeType { found, .. }) = e.kind() else {
                panic!("{other} as the code gave {e}")
            };
            assert_ne!(found, ValueKind::Number);
            assert_ne!(found, ValueKind::String);
            return;
        }
    };
    let Some(int) = int else {
        let e = result.as_ref().unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Malformed(Malformed::InvalidCode));
        assert_eq!(e.raw_code(), raw.as_deref());
        assert_eq!(e.server_message(), message);
        return;
    };
    let code = AcmeStatus::from(int);
    match result {
        Ok(data) => {
            assert!(code.is_success());
            assert_eq!(
                *data,
                reread(members.get("payload").unwrap_or(&Value::Null))
            );
        }
        Err(e) => {
            assert!(!code.is_success(), "{e}");
            assert_eq!(e.kind(), ErrorKind::Vendor);
            assert_eq!(e.code(), Some(&code));
            assert_eq!(e.raw_code(), raw.as_deref());
            assert_eq!(e.server_message(), message);
        }
    }
}

/// `value` as serde_json reads it back: without its `float_roundtrip`
/// feature, a float's last bit may change on the way.
fn reread(value: &Value) -> Value {
    serde_json::from_str(&value.to_string()).unwrap()
}

/// A member that is not part of the envelope.
fn other_member() -> impl Strategy<Value = (String, Value)> {
    (
        any::<String>().prop_filter("not an envelope field", |k| {
            !["status", "msg", "payload", "code", "message", "data"].contains(&k.as_str())
        }),
        json_value(),
    )
}

proptest! {
    #![proptest_config(Config::with_cases(512))]

    #[test]
    fn arbitrary_bytes_never_panic(body in prop::collection::vec(any::<u8>(), 0..256)) {
        check_consistent(&body, &decode::<Value, AcmeStatus>(&body));
        check_consistent(&body, &decode::<Value, GatewayCode>(&body));
    }

    /// Bytes that look like JSON: brackets, quotes, digits and the field names.
    #[test]
    fn json_like_bytes_never_panic(
        parts in prop::collection::vec(
            prop_oneof![
                Just("{"), Just("}"), Just("["), Just("]"), Just(","), Just(":"), Just("\""),
                Just("\\"), Just("\"status\""), Just("\"msg\""), Just("\"payload\""),
                Just("0"), Just("4026"), Just("-"), Just("1e9"), Just("null"), Just(" "),
                Just("\u{feff}"), Just("\u{7b7e}"), Just("\\u00"),
            ],
            0..48,
        )
    ) {
        let body = parts.concat();
        check_consistent(body.as_bytes(), &decode::<Value, AcmeStatus>(body.as_bytes()));
    }

    #[test]
    fn arbitrary_json_decodes_as_serde_json_reads_it(value in json_value(), pretty: bool) {
        let body = if pretty {
            serde_json::to_vec_pretty(&value).unwrap()
        } else {
            serde_json::to_vec(&value).unwrap()
        };
        let result = decode::<Value, AcmeStatus>(&body);
        check_consistent(&body, &result);
        check_against_oracle(&value, &result);
        check_consistent(&body, &decode::<Value, GatewayCode>(&body));
    }

    #[test]
    fn a_code_in_a_well_formed_envelope_is_recovered(
        code in any::<i64>(),
        as_string: bool,
        message in any::<String>(),
        data in json_value(),
        others in prop::collection::vec(other_member(), 0..6),
        order in any::<prop::sample::Index>(),
    ) {
        let sent = if as_string { Value::from(code.to_string()) } else { Value::from(code) };
        let mut members: Vec<(String, Value)> = others;
        members.push(("msg".into(), Value::from(message.clone())));
        members.push(("payload".into(), data.clone()));
        members.insert(order.index(members.len() + 1), ("status".into(), sent));
        // Written by hand so that the members keep this order.
        let body = format!(
            "{{{}}}",
            members
                .iter()
                .map(|(k, v)| format!("{}:{v}", Value::from(k.as_str())))
                .collect::<Vec<_>>()
                .join(",")
        );
        let expected = AcmeStatus::from(code);
        match decode::<Value, AcmeStatus>(body.as_bytes()) {
            Ok(got) => {
                prop_assert!(expected.is_success());
                prop_assert_eq!(got, reread(&data));
            }
            Err(e) => {
                prop_assert_eq!(e.kind(), ErrorKind::Vendor);
                prop_assert_eq!(e.code(), Some(&expected));
                prop_assert_eq!(e.server_message(), Some(message.as_str()));
            }
        }
    }

    #[test]
    fn a_string_code_is_recovered(code in any::<String>(), message in any::<String>()) {
        let body = serde_json::json!({"code": code, "message": message}).to_string();
        let e = decode::<Value, GatewayCode>(body.as_bytes());
        let expected = GatewayCode::from(code.as_str());
        if expected.is_success() {
            prop_assert!(e.is_ok());
        } else {
            let e = e.unwrap_err();
            prop_assert_eq!(e.code(), Some(&expected));
            prop_assert_eq!(e.raw_code(), Some(code.as_str()));
            prop_assert_eq!(e.server_message(), Some(message.as_str()));
        }
    }

    /// Invalid UTF-8 in the message costs neither the code nor the readable text.
    #[test]
    fn invalid_utf8_in_the_message_is_read_lossily(
        code in any::<i64>(),
        message in prop::collection::vec(any::<u8>().prop_filter("no quote or backslash", |b| *b != b'"' && *b != b'\\'), 0..64),
    ) {
        let mut body = format!(r#"{{"status": {code}, "msg": ""#).into_bytes();
        body.extend_from_slice(&message);
        body.extend_from_slice(br#"", "payload": null}"#);
        let expected = AcmeStatus::from(code);
        if let Err(e) = decode::<Value, AcmeStatus>(&body) {
            prop_assert_eq!(e.code(), Some(&expected));
            let lossy = String::from_utf8_lossy(&message);
            prop_assert_eq!(e.server_message(), Some(&*lossy));
        } else {
            prop_assert!(expected.is_success());
        }
    }
}
