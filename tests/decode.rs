//! `error_runtime::decode`: every bad input of issue 5 (empty body, HTML, an
//! array, codes of the wrong type, missing fields, duplicate keys, numbers
//! beyond i64 and floats, `data` nested 100,000 deep, invalid UTF-8 in the
//! message, a byte-order mark, trailing garbage), and a round trip of every
//! code of every seed catalog through its own envelope.
//!
//! `AcmeStatus` (tests/catalogs/int.toml) has the envelope `status`/`msg`/`payload`
//! and success codes 0 and 200; `EbetStatus` the default `code`/`message`|`msg`/`data`.

use error_runtime::{decode, decode_with, ApiError, Envelope, ErrorCode, ErrorKind};
use error_runtime::{Malformed, ValueKind};
use serde::Deserialize;
use serde_json::{json, Value};

mod acme {
    error_runtime::include_catalog!("tests/catalogs/int.toml");
}
mod gateway {
    error_runtime::include_catalog!("tests/catalogs/str.toml");
}
mod ebet {
    error_runtime::include_catalog!("catalogs/ebet.toml");
    error_runtime::include_catalog!("catalogs/ebet_reply.toml");
}
mod ebet_client {
    error_runtime::include_catalog!("catalogs/ebet_client.toml");
}
mod upay {
    error_runtime::include_catalog!("catalogs/upay_http.toml");
    error_runtime::include_catalog!("catalogs/upay_biz.toml");
}
mod mm {
    error_runtime::include_catalog!("catalogs/multimarkets_gateway.toml");
    error_runtime::include_catalog!("catalogs/multimarkets_customer.toml");
}
mod wallet {
    error_runtime::include_catalog!("catalogs/pay_wallet.toml");
    error_runtime::include_catalog!("catalogs/pay_wallet_http.toml");
}
mod card {
    error_runtime::include_catalog!("catalogs/card_issuing.toml");
}

use acme::AcmeStatus;
use ebet::EbetStatus;
use gateway::GatewayCode;

/// Decodes into `Value`, expecting an error.
fn err<E: ErrorCode>(body: &[u8]) -> ApiError<E> {
    match decode::<Value, E>(body) {
        Ok(data) => panic!("{:?} decoded to Ok({data})", String::from_utf8_lossy(body)),
        Err(e) => e,
    }
}

fn acme(body: &str) -> ApiError<AcmeStatus> {
    err(body.as_bytes())
}

fn malformed<E: ErrorCode>(e: &ApiError<E>) -> Malformed {
    match e.kind() {
        ErrorKind::Malformed(why) => why,
        kind => panic!("expected a malformed reply, got {kind:?}: {e}"),
    }
}

#[derive(Debug, Deserialize, PartialEq)]
struct Balance {
    balance: f64,
}

// ---- well-formed replies ----------------------------------------------------

#[test]
fn success_gives_the_data() {
    let body = br#"{"status": 200, "msg": "done", "payload": {"balance": 12.5}}"#;
    assert_eq!(
        decode::<Balance, AcmeStatus>(body).unwrap(),
        Balance { balance: 12.5 }
    );
    // Members in any order; other members ignored.
    let body = br#"{"payload": {"balance": 1}, "trace": [1, {"a": null}], "status": 0}"#;
    assert_eq!(
        decode::<Balance, AcmeStatus>(body).unwrap(),
        Balance { balance: 1.0 }
    );
}

#[test]
fn any_bytes_type_is_a_body() {
    let text = String::from(r#"{"status": 200, "payload": {"balance": 2}}"#);
    let expected = Balance { balance: 2.0 };
    assert_eq!(decode::<Balance, AcmeStatus>(&text).unwrap(), expected);
    assert_eq!(
        decode::<Balance, AcmeStatus>(text.as_str()).unwrap(),
        expected
    );
    let bytes: Vec<u8> = text.clone().into_bytes();
    assert_eq!(decode::<Balance, AcmeStatus>(&bytes).unwrap(), expected);
    assert_eq!(decode::<Balance, AcmeStatus>(&bytes[..]).unwrap(), expected);
    let e = decode_with::<(), AcmeStatus>(
        &text,
        &Envelope {
            code: "payload",
            ..AcmeStatus::ENVELOPE
        },
    )
    .unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::Malformed(_)), "{e}");
}

#[test]
fn absent_or_null_data_decodes_for_unit_and_option() {
    for body in [
        r#"{"status": 0}"#,
        r#"{"status": 0, "payload": null}"#,
        r#"{"status": 0, "msg": "ok"}"#,
    ] {
        decode::<(), AcmeStatus>(body.as_bytes()).unwrap();
        assert_eq!(
            decode::<Option<Balance>, AcmeStatus>(body.as_bytes()).unwrap(),
            None
        );
        assert_eq!(
            decode::<Value, AcmeStatus>(body.as_bytes()).unwrap(),
            Value::Null
        );
    }
}

#[test]
fn data_may_borrow_from_the_body() {
    #[derive(Deserialize)]
    struct Token<'a> {
        token: &'a str,
    }
    let body = br#"{"status": 0, "payload": {"token": "eyJ"}}"#;
    let token: Token<'_> = decode::<_, AcmeStatus>(body).unwrap();
    assert_eq!(token.token, "eyJ");
    // A string `data` is handed to serde_json with its quotes.
    let body = br#"{"status": 0, "payload": "plain"}"#;
    assert_eq!(decode::<&str, AcmeStatus>(body).unwrap(), "plain");
}

#[test]
fn an_error_code_keeps_code_and_both_messages() {
    let e = acme(r#"{"status": 4026, "msg": "sign error", "payload": null}"#);
    assert_eq!(e.kind(), ErrorKind::Vendor);
    assert_eq!(e.code(), Some(&AcmeStatus::InvalidSignature));
    assert_eq!(e.raw_code(), None);
    assert_eq!(e.server_message(), Some("sign error"));
    assert_eq!(e.vendor_message(), Some("签名不对"));
    assert_eq!(
        e.code().map(|c| c.message_in("en")),
        Some("Invalid signature")
    );
    assert_eq!(e.body(), None);
    assert_eq!(
        e.to_string(),
        r#"AcmeStatus 4026: 签名不对; server: "sign error""#
    );
    assert!(std::error::Error::source(&e).is_none());
    assert_eq!(e.into_code(), Some(AcmeStatus::InvalidSignature));
}

#[test]
fn a_code_the_catalog_lacks_is_kept() {
    let e = acme(r#"{"status": 7301, "msg": "new"}"#);
    assert_eq!(e.kind(), ErrorKind::Vendor);
    assert_eq!(e.code(), Some(&AcmeStatus::Other(7301)));
    assert_eq!(e.vendor_message(), None);
    assert_eq!(
        e.to_string(),
        r#"AcmeStatus 7301: unknown AcmeStatus code; server: "new""#
    );
}

#[test]
fn extreme_codes() {
    let e = acme(r#"{"status": -9223372036854775808}"#);
    assert_eq!((e.code(), e.raw_code()), (Some(&AcmeStatus::Min), None));
    let e = acme(r#"{"status": 9223372036854775807}"#);
    assert_eq!((e.code(), e.raw_code()), (Some(&AcmeStatus::Max), None));
    // `-0` is the integer 0, a success.
    decode::<(), AcmeStatus>(br#"{"status": -0}"#).unwrap();
}

#[test]
fn numeric_strings_are_codes() {
    for (text, raw) in [
        (r#""4026""#, "4026"),
        (r#""04026""#, "04026"),
        (r#""+4026""#, "+4026"),
    ] {
        let e = acme(&format!(r#"{{"status": {text}, "msg": "m"}}"#));
        assert_eq!(e.kind(), ErrorKind::Vendor, "{text}");
        assert_eq!(e.code(), Some(&AcmeStatus::InvalidSignature), "{text}");
        assert_eq!(e.raw_code(), Some(raw));
    }
    // A success code sent as a string is a success.
    decode::<(), AcmeStatus>(br#"{"status": "200"}"#).unwrap();
}

#[test]
fn string_catalogs_take_strings_and_numbers_as_text() {
    let body = br#"{"code": "00000", "data": [1, 2]}"#;
    assert_eq!(decode::<Vec<u8>, GatewayCode>(body).unwrap(), vec![1, 2]);
    let e = err::<GatewayCode>(br#"{"code": "0000", "msg": "m"}"#);
    assert_eq!(e.code(), Some(&GatewayCode::ShortZero));
    assert_eq!(e.raw_code(), Some("0000"));
    // A number's JSON text is the code.
    let e = err::<GatewayCode>(br#"{"code": 500}"#);
    assert_eq!(e.kind(), ErrorKind::Vendor);
    assert_eq!(e.code(), Some(&GatewayCode::Unknown("500".into())));
    let e = err::<GatewayCode>(br#"{"code": 1e20}"#);
    assert_eq!(e.code(), Some(&GatewayCode::Unknown("1e20".into())));
    assert_eq!(e.raw_code(), Some("1e20"));
    // Escapes in the code are decoded.
    let e = err::<GatewayCode>(br#"{"code": "with\u0020space"}"#);
    assert_eq!(e.code(), Some(&GatewayCode::WithSpace));
}

#[test]
fn message_fields_are_tried_in_order() {
    // EbetStatus has the default envelope: `message`, then `msg`.
    let e = err::<EbetStatus>(br#"{"code": 4026, "msg": "from msg"}"#);
    assert_eq!(e.server_message(), Some("from msg"));
    let e = err::<EbetStatus>(br#"{"msg": "second", "code": 4026, "message": "first"}"#);
    assert_eq!(e.server_message(), Some("first"));
    // A field that is not a string does not count.
    let e = err::<EbetStatus>(br#"{"code": 4026, "message": null, "msg": "text"}"#);
    assert_eq!(e.server_message(), Some("text"));
    let e = err::<EbetStatus>(br#"{"code": 4026, "message": {"en": "x"}}"#);
    assert_eq!(e.server_message(), None);
    // A repeated message field: the first string counts.
    let e = err::<EbetStatus>(br#"{"code": 4026, "message": "a", "message": "b"}"#);
    assert_eq!(e.server_message(), Some("a"));
    let e = err::<EbetStatus>(br#"{"code": 4026, "message": null, "message": "real"}"#);
    assert_eq!(e.server_message(), Some("real"));
    let e = err::<EbetStatus>(br#"{"code": 4026, "msg": 1, "msg": "real", "msg": "later"}"#);
    assert_eq!(e.server_message(), Some("real"));
}

#[test]
fn messages_decode_escapes() {
    let e = err::<EbetStatus>(br#"{"code": 4026, "message": "\u7b7e\u540d \"x\"\n\ud83d\ude00"}"#);
    assert_eq!(e.server_message(), Some("签名 \"x\"\n😀"));
    // A broken escape stays as written.
    let e = err::<EbetStatus>(br#"{"code": 4026, "message": "bad \q \u12"}"#);
    assert_eq!(e.server_message(), Some(r"bad \q \u12"));
}

#[test]
fn escaped_keys_match() {
    let e = acme(r#"{"st\u0061tus": 4026, "m\u0073g": "m"}"#);
    assert_eq!(e.code(), Some(&AcmeStatus::InvalidSignature));
    assert_eq!(e.server_message(), Some("m"));
}

#[test]
fn decode_with_an_envelope_of_its_own() {
    const REPLY: Envelope = Envelope {
        code: "err",
        message: &["detail", "error_description"],
        data: "result",
    };
    let ok = decode_with::<u32, EbetStatus>(br#"{"err": 200, "result": 7}"#, &REPLY).unwrap();
    assert_eq!(ok, 7);
    let e = decode_with::<u32, EbetStatus>(
        br#"{"err": 4026, "error_description": "sign", "code": 200}"#,
        &REPLY,
    )
    .unwrap_err();
    assert_eq!(e.code(), Some(&EbetStatus::InvalidSignature));
    assert_eq!(e.server_message(), Some("sign"));
}

// ---- bad input ----------------------------------------------------------------

#[test]
fn empty_body() {
    for body in ["", " \r\n\t", "\u{feff}"] {
        let e = acme(body);
        assert_eq!(malformed(&e), Malformed::Empty);
        assert_eq!(e.code(), None);
        assert_eq!(e.body(), Some(body));
    }
    assert_eq!(
        acme("").to_string(),
        r#"malformed AcmeStatus reply: the body is empty; body: """#
    );
}

#[test]
fn html_error_page() {
    let page = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    let e = acme(page);
    assert_eq!(
        malformed(&e),
        Malformed::Syntax {
            offset: 0,
            expected: "a JSON object"
        }
    );
    assert_eq!((e.code(), e.server_message()), (None, None));
    assert_eq!(e.body(), Some(page));
    assert_eq!(
        e.to_string(),
        format!("malformed AcmeStatus reply: not JSON: expected a JSON object at byte 0; body: {page:?}")
    );
}

#[test]
fn json_that_is_not_an_object() {
    for (body, kind) in [
        (r#"[{"status": 4026}]"#, ValueKind::Array),
        (r#""4026""#, ValueKind::String),
        ("4026", ValueKind::Number),
        ("null", ValueKind::Null),
        ("true", ValueKind::Bool),
    ] {
        let e = acme(body);
        assert_eq!(malformed(&e), Malformed::NotAnObject(kind), "{body}");
        assert_eq!(e.code(), None);
    }
}

#[test]
fn code_of_the_wrong_type() {
    for (code, found) in [
        ("true", ValueKind::Bool),
        ("null", ValueKind::Null),
        ("{}", ValueKind::Object),
        (r#"{"status": 4026}"#, ValueKind::Object),
        ("[4026]", ValueKind::Array),
    ] {
        let e = acme(&format!(r#"{{"status": {code}, "msg": "kept"}}"#));
        assert_eq!(
            malformed(&e),
            Malformed::CodeType {
                field: "status",
                found
            },
            "{code}"
        );
        assert_eq!(e.code(), None);
        assert_eq!(e.server_message(), Some("kept"), "{code}");
    }
}

#[test]
fn missing_fields() {
    let e = acme(r#"{"msg": "no code here", "payload": {"balance": 1}}"#);
    assert_eq!(malformed(&e), Malformed::MissingCode { field: "status" });
    assert_eq!(e.server_message(), Some("no code here"));
    let e = acme("{}");
    assert_eq!(malformed(&e), Malformed::MissingCode { field: "status" });
    // The catalog's own field names count, not the usual ones.
    let e = acme(r#"{"code": 0, "data": {}}"#);
    assert_eq!(malformed(&e), Malformed::MissingCode { field: "status" });
    // No message: fine.
    let e = acme(r#"{"status": 1001}"#);
    assert_eq!((e.kind(), e.server_message()), (ErrorKind::Vendor, None));
    // Success without the data the type needs: a data error, code kept.
    let e = decode::<Balance, AcmeStatus>(br#"{"status": 0, "msg": "ok"}"#).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Data);
    assert_eq!(e.code(), Some(&AcmeStatus::Ok));
    assert!(e.data_error().is_some());
    assert!(std::error::Error::source(&e).is_some());
    assert!(
        e.to_string().starts_with(
            r#"AcmeStatus 0: 成功; server: "ok"; data did not decode: invalid type: null"#
        ),
        "{e}"
    );
}

#[test]
fn data_of_the_wrong_shape() {
    let e = decode::<Balance, AcmeStatus>(br#"{"status": 0, "payload": {"balance": "x"}}"#)
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Data);
    assert_eq!(e.code(), Some(&AcmeStatus::Ok));
    assert!(e.body().unwrap().contains(r#""balance": "x""#));
}

#[test]
fn duplicate_code_keys_are_ambiguous() {
    for body in [
        r#"{"status": 0, "msg": "which?", "status": 4026}"#,
        r#"{"status": 4026, "msg": "which?", "status": 4026}"#,
        r#"{"status": 4026, "msg": "which?", "st\u0061tus": 0}"#,
    ] {
        let e = acme(body);
        assert_eq!(
            malformed(&e),
            Malformed::DuplicateKey { field: "status" },
            "{body}"
        );
        assert_eq!(e.code(), None);
        assert_eq!(e.server_message(), Some("which?"));
    }
}

#[test]
fn duplicate_data_matters_only_on_success() {
    let e = acme(r#"{"status": 0, "payload": 1, "payload": 2}"#);
    assert_eq!(malformed(&e), Malformed::DuplicateKey { field: "payload" });
    assert_eq!(e.code(), Some(&AcmeStatus::Ok));
    let e = acme(r#"{"status": 4026, "payload": 1, "payload": 2}"#);
    assert_eq!(e.kind(), ErrorKind::Vendor);
}

#[test]
fn numbers_beyond_i64_and_floats() {
    for number in [
        "99999999999999999999",
        "9223372036854775808",
        "-9223372036854775809",
        "1e20",
        "4026.0",
        "4.026e3",
        "-0.5",
    ] {
        let e = acme(&format!(r#"{{"status": {number}, "msg": "m"}}"#));
        assert_eq!(malformed(&e), Malformed::InvalidCode, "{number}");
        assert_eq!(e.code(), None);
        assert_eq!(e.raw_code(), Some(number));
        assert_eq!(e.server_message(), Some("m"));
    }
    assert_eq!(
        acme(r#"{"status": 1e20}"#).to_string(),
        r#"malformed AcmeStatus reply: the code is not one the catalog can hold; code "1e20"; body: "{\"status\": 1e20}""#
    );
    // Strings that are not decimal integers, for an integer catalog.
    for text in ["OK", " 4026", "4026 ", "", "0x10", "99999999999999999999"] {
        let e = acme(&format!(r#"{{"status": "{text}"}}"#));
        assert_eq!(malformed(&e), Malformed::InvalidCode, "{text:?}");
        assert_eq!(e.raw_code(), Some(text));
    }
}

/// `[` × depth, then `]` × depth (or not closed).
fn nested(depth: usize, closed: bool) -> String {
    let mut s = "[".repeat(depth);
    if closed {
        s.push_str(&"]".repeat(depth));
    }
    s
}

#[test]
fn data_nested_100_000_deep() {
    let deep = nested(100_000, true);
    // An error reply: the code is read, `data` only skipped.
    let e = acme(&format!(
        r#"{{"payload": {deep}, "status": 4026, "msg": "m"}}"#
    ));
    assert_eq!(e.kind(), ErrorKind::Vendor);
    assert_eq!(e.code(), Some(&AcmeStatus::InvalidSignature));
    assert_eq!(e.server_message(), Some("m"));
    // Objects too, in a member the envelope does not name.
    let objects = format!("{}1{}", r#"{"a":"#.repeat(100_000), "}".repeat(100_000));
    let e = acme(&format!(r#"{{"status": 4026, "x": {objects}}}"#));
    assert_eq!(e.code(), Some(&AcmeStatus::InvalidSignature));
    // A success reply: serde_json's depth limit refuses it; the code is kept.
    let e = acme(&format!(r#"{{"status": 0, "payload": {deep}}}"#));
    assert_eq!(e.kind(), ErrorKind::Data);
    assert_eq!(e.code(), Some(&AcmeStatus::Ok));
    assert!(e.body().unwrap().len() <= 256);
    // Never closed: the body is cut, the code read before it kept.
    let e = acme(&format!(
        r#"{{"status": 4026, "payload": {}"#,
        nested(100_000, false)
    ));
    assert_eq!(malformed(&e), Malformed::Truncated);
    assert_eq!(e.code(), Some(&AcmeStatus::InvalidSignature));
    // Closed by the wrong bracket.
    let e = acme(r#"{"status": 4026, "payload": [[1}]]}"#);
    assert_eq!(
        malformed(&e),
        Malformed::Syntax {
            offset: 31,
            expected: "`,` or `]`"
        }
    );
    assert_eq!(e.code(), Some(&AcmeStatus::InvalidSignature));
}

#[test]
fn invalid_utf8_in_the_message() {
    let mut body = br#"{"status": 4026, "msg": "sign "#.to_vec();
    body.extend_from_slice(b"\xff\xfe error \xe7\xad\xbe\xe5\x90"); // 签 + a cut 名
    body.extend_from_slice(br#"", "payload": null}"#);
    let e = err::<AcmeStatus>(&body);
    assert_eq!(e.kind(), ErrorKind::Vendor);
    assert_eq!(e.code(), Some(&AcmeStatus::InvalidSignature));
    assert_eq!(
        e.server_message(),
        Some("sign \u{FFFD}\u{FFFD} error 签\u{FFFD}")
    );
    // Invalid UTF-8 elsewhere, outside `data`, is skipped too.
    let e = err::<AcmeStatus>(b"{\"status\": 1001, \"n\xffote\": \"\xc0\"}");
    assert_eq!(e.code(), Some(&AcmeStatus::SystemBusy));
}

#[test]
fn byte_order_mark() {
    let body = "\u{feff}{\"status\": 200, \"payload\": {\"balance\": 2}}";
    assert_eq!(
        decode::<Balance, AcmeStatus>(body.as_bytes()).unwrap(),
        Balance { balance: 2.0 }
    );
    let e = acme("\u{feff}{\"status\": 4026}");
    assert_eq!(e.code(), Some(&AcmeStatus::InvalidSignature));
    // Only at the start.
    let e = acme(" \u{feff}{\"status\": 4026}");
    assert!(matches!(malformed(&e), Malformed::Syntax { offset: 1, .. }));
}

#[test]
fn trailing_garbage() {
    let e = acme(r#"{"status": 4026, "msg": "m"}<!-- cached -->"#);
    assert_eq!(malformed(&e), Malformed::TrailingData { offset: 28 });
    assert_eq!(e.code(), Some(&AcmeStatus::InvalidSignature));
    assert_eq!(e.server_message(), Some("m"));
    assert_eq!(
        e.to_string(),
        r#"malformed AcmeStatus reply: more data after the JSON object, from byte 28; code 4026: 签名不对; server: "m"; body: "{\"status\": 4026, \"msg\": \"m\"}<!-- cached -->""#
    );
    // A second object (two replies glued together) is garbage too, even on success.
    let e = acme(r#"{"status": 0}{"status": 0}"#);
    assert_eq!(malformed(&e), Malformed::TrailingData { offset: 13 });
    assert_eq!(e.code(), Some(&AcmeStatus::Ok));
    // Whitespace is not.
    decode::<(), AcmeStatus>(b"\n{\"status\": 0}\r\n\t ").unwrap();
}

#[test]
fn cut_bodies_keep_what_was_read() {
    let full = r#"{"status": 4026, "msg": "sign error", "payload": {"a": [1, 2]}}"#;
    for cut in 1..full.len() {
        let e = acme(&full[..cut]);
        let why = malformed(&e);
        assert!(
            matches!(why, Malformed::Truncated | Malformed::MissingCode { .. }),
            "{cut}: {why:?}"
        );
        // The code once something follows its number: `40` may be a cut `4026`.
        if cut > r#"{"status": 4026"#.len() {
            assert_eq!(e.code(), Some(&AcmeStatus::InvalidSignature), "{cut}");
        } else {
            assert_eq!(e.code(), None, "{cut}");
        }
        if cut > r#"{"status": 4026, "msg": "sign error""#.len() {
            assert_eq!(e.server_message(), Some("sign error"), "{cut}");
        }
    }
}

#[test]
fn syntax_errors_name_the_byte() {
    for (body, offset, expected) in [
        (r#"{"status" 4026}"#, 10, "`:`"),
        (r#"{status: 4026}"#, 1, "a key in double quotes"),
        (r#"{"status": 4026,}"#, 16, "a key in double quotes"),
        (r#"{"status": 04026}"#, 12, "`,` or `}`"),
        (r#"{"status": +1}"#, 11, "a JSON value"),
        (r#"{"status": 1.}"#, 13, "a digit"),
        (
            r#"{"status": 4026, "x": tru}"#,
            25,
            "`true`, `false` or `null`",
        ),
        (r#"{"status": 4026, "x": [1 2]}"#, 25, "`,` or `]`"),
        (r#"{"status": 4026, "x": {"a" 1}}"#, 27, "`:`"),
    ] {
        let e = acme(body);
        assert_eq!(
            malformed(&e),
            Malformed::Syntax { offset, expected },
            "{body}"
        );
    }
}

#[test]
fn a_malformed_body_is_kept_bounded() {
    let page = "错".repeat(1000); // 3 bytes each: 256 falls inside a character
    let e = acme(&page);
    let kept = e.body().unwrap();
    assert_eq!(kept, "错".repeat(85));
    assert!(e.to_string().ends_with("… (3000 bytes)"), "{e}");
    // Invalid bytes are kept as U+FFFD (3 bytes each): still marked as cut.
    let e = err::<AcmeStatus>(&[0xFF; 300]);
    assert_eq!(e.body().unwrap(), "\u{FFFD}".repeat(256));
    assert!(e.to_string().ends_with("… (300 bytes)"), "{e}");
    // A whole body is not.
    let e = err::<AcmeStatus>(&[0xFF; 10]);
    assert!(
        e.to_string()
            .ends_with(&format!("{:?}", "\u{FFFD}".repeat(10))),
        "{e}"
    );
}

#[test]
fn error_is_small_and_an_error() {
    fn is_error<T: std::error::Error + Send + Sync + 'static>() {}
    is_error::<ApiError<AcmeStatus>>();
    is_error::<ApiError<GatewayCode>>();
    assert_eq!(
        std::mem::size_of::<ApiError<GatewayCode>>(),
        std::mem::size_of::<usize>()
    );
}

// ---- an enum without a catch-all --------------------------------------------

/// A hand-written enum with no variant for codes it does not know.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Closed {
    Ok,
    Denied,
}

impl std::fmt::Display for Closed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code(), self.message())
    }
}

impl ErrorCode for Closed {
    type Code<'a> = i64;
    const CATALOG: &'static str = "Closed";
    const LANG: &'static str = "en";
    const LANGUAGES: &'static [&'static str] = &["en"];
    const ALL: &'static [Self] = &[Closed::Ok, Closed::Denied];
    const ENVELOPE: Envelope = Envelope {
        code: "code",
        message: &["message"],
        data: "data",
    };
    fn code(&self) -> i64 {
        match self {
            Closed::Ok => 0,
            Closed::Denied => 1,
        }
    }
    fn try_from_code(code: i64) -> Option<Self> {
        match code {
            0 => Some(Closed::Ok),
            1 => Some(Closed::Denied),
            _ => None,
        }
    }
    fn message(&self) -> &'static str {
        match self {
            Closed::Ok => "OK",
            Closed::Denied => "Denied",
        }
    }
    fn message_in(&self, _lang: &str) -> &'static str {
        self.message()
    }
    fn name(&self) -> &'static str {
        self.message()
    }
    fn key(&self) -> Option<&'static str> {
        None
    }
    fn is_success(&self) -> bool {
        *self == Closed::Ok
    }
    fn is_known(&self) -> bool {
        true
    }
    fn http_status(&self) -> Option<u16> {
        None
    }
    fn is_retryable(&self) -> bool {
        false
    }
    fn category(&self) -> Option<&'static str> {
        None
    }
    fn arity(&self) -> usize {
        0
    }
    fn render_in(&self, _lang: &str, _args: &[&dyn std::fmt::Display]) -> String {
        self.message().into()
    }
}

#[test]
fn a_code_an_enum_without_catch_all_lacks() {
    let e = err::<Closed>(br#"{"code": 7, "message": "new"}"#);
    assert_eq!(malformed(&e), Malformed::UnknownCode);
    assert_eq!(e.code(), None);
    assert_eq!(e.raw_code(), Some("7"));
    assert_eq!(e.server_message(), Some("new"));
    let e = err::<Closed>(br#"{"code": 1}"#);
    assert_eq!(
        (e.kind(), e.code()),
        (ErrorKind::Vendor, Some(&Closed::Denied))
    );
}

// ---- every seed catalog, through its own envelope ---------------------------

/// Sends every code of `E` in `E`'s envelope, as the bare code and as a
/// string, with a message and data, and checks what comes back.
fn round_trip<E: ErrorCode + serde::Serialize>() -> usize {
    let env = E::ENVELOPE;
    for code in E::ALL {
        let bare = serde_json::to_value(code).unwrap();
        let text = Value::String(code.code().to_string());
        for (sent, field) in [
            (&bare, env.message[0]),
            (&text, *env.message.last().unwrap()),
        ] {
            let mut reply = serde_json::Map::new();
            reply.insert(env.code.into(), sent.clone());
            reply.insert(field.into(), json!("server text ✓"));
            reply.insert(env.data.into(), json!({"id": 7, "deep": [[[]]]}));
            let body = serde_json::to_vec(&reply).unwrap();
            match decode::<Value, E>(&body) {
                Ok(data) => {
                    assert!(code.is_success(), "{code:?} decoded as success");
                    assert_eq!(data, json!({"id": 7, "deep": [[[]]]}));
                }
                Err(e) => {
                    assert!(!code.is_success(), "{code:?}: {e}");
                    assert_eq!(e.kind(), ErrorKind::Vendor, "{e}");
                    assert_eq!(e.code(), Some(code));
                    assert_eq!(e.server_message(), Some("server text ✓"));
                    assert_eq!(e.vendor_message(), Some(code.message()));
                    let raw = sent.as_str().map(str::to_owned);
                    assert_eq!(e.raw_code(), raw.as_deref());
                }
            }
        }
    }
    E::ALL.len()
}

#[test]
fn every_seed_catalog_round_trips_its_envelope() {
    let codes = round_trip::<EbetStatus>()
        + round_trip::<ebet::EbetReplyStatus>()
        + round_trip::<ebet_client::EbetClientError>()
        + round_trip::<upay::UpayHttpStatus>()
        + round_trip::<upay::UpayBizCode>()
        + round_trip::<mm::MultiMarketsGatewayCode>()
        + round_trip::<mm::MultiMarketsCustomerCode>()
        + round_trip::<wallet::PayWalletCode>()
        + round_trip::<wallet::PayWalletHttpStatus>()
        + round_trip::<card::CardIssuingCode>();
    assert_eq!(codes, 636, "catalogs/README.md counts 636 codes");
}

#[test]
fn the_seed_docs_own_examples() {
    // seeds/003 prints these two bodies verbatim.
    let ok = b"{\n    \"code\": 0,\n    \"message\": \"suucess\",\n    \"data\": {}\n}";
    assert_eq!(
        decode::<Value, wallet::PayWalletCode>(ok).unwrap(),
        json!({})
    );
    let failed = b"{\n    \"code\": -1,\n    \"message\": \"failed\",\n    \"data\": null\n}";
    let e = err::<wallet::PayWalletCode>(failed);
    assert_eq!(e.code(), Some(&wallet::PayWalletCode::Unknown));
    assert_eq!(e.server_message(), Some("failed"));
    assert_eq!(
        e.vendor_message(),
        Some("未知错误,请联系管理员或者开发人员")
    );
    // seeds/004: `code = 0` means success; the doc names no other field.
    decode::<(), card::CardIssuingCode>(br#"{"code": 0}"#).unwrap();
    let e = err::<card::CardIssuingCode>(
        br#"{"code": 1009, "message": "Operation too frequent, please try again later"}"#,
    );
    assert!(e.code().unwrap().is_retryable());
}
