//! The texts an `ApiError` keeps, the code's as sent and the server's
//! message: kept in the error's own allocation up to 64 bytes together and
//! in one of their own beyond, read back the same either way, whatever the
//! message holds (ASCII, other UTF-8, escapes, invalid UTF-8).

use error_runtime::{decode, ApiError, ErrorKind};

mod gateway {
    error_runtime::include_catalog!("tests/catalogs/str.toml");
}
use gateway::GatewayCode;

fn err(body: &[u8]) -> ApiError<GatewayCode> {
    decode::<(), GatewayCode>(body).unwrap_err()
}

/// A reply with `code` and `message` written by serde_json (escaped where JSON must).
fn reply(code: &str, message: &str) -> Vec<u8> {
    serde_json::json!({ "code": code, "message": message, "data": null })
        .to_string()
        .into_bytes()
}

#[test]
fn texts_on_both_sides_of_the_inline_bound_read_back_whole() {
    let messages = [
        "",
        "a",
        "Invalid signature",
        "签名不对",
        "tab\there \"quoted\" \\ /",
    ];
    for code in ["", "GW_CODE_012", "GW_NOT_IN_THE_CATALOG_0123456789"] {
        for message in messages {
            for pad in 0..70 {
                let message = format!("{message}{}", "x".repeat(pad));
                let e = err(&reply(code, &message));
                assert_eq!(e.kind(), ErrorKind::Vendor);
                assert_eq!(
                    e.raw_code(),
                    Some(code),
                    "code {code:?}, message {message:?}"
                );
                assert_eq!(e.server_message(), Some(message.as_str()));
            }
        }
    }
}

#[test]
fn a_message_that_is_not_utf8_as_sent_is_kept_decoded() {
    let cases: [(&[u8], &str); 4] = [
        (br#""\u7b7e\u540d""#, "签名"),
        (b"\"bad \xff byte\"", "bad \u{FFFD} byte"),
        (b"\"cut \xe7\xad\"", "cut \u{FFFD}"),
        (
            br#""\ud83d\ude00 and a lone \ud83d""#,
            "😀 and a lone \u{FFFD}",
        ),
    ];
    for (message, text) in cases {
        let mut body = br#"{"code":"GW_CODE_012","message":"#.to_vec();
        body.extend_from_slice(message);
        body.push(b'}');
        let e = err(&body);
        assert_eq!(e.server_message(), Some(text));
        assert_eq!(e.raw_code(), Some("GW_CODE_012"));
    }
}

#[test]
fn an_escaped_code_is_kept_as_its_text() {
    let e = err(br#"{"code":"GW_CODE_\u0030\u00312","message":"m"}"#);
    assert_eq!(e.raw_code(), Some("GW_CODE_012"));
    assert_eq!(e.code(), Some(&GatewayCode::GatewayTimeout));
}
