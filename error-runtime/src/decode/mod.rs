//! Decoding a vendor's reply (feature `json`): untrusted bytes in, the
//! payload or a typed [`ApiError`] out, never a panic.
//!
//! The top-level object is scanned once by hand (no recursion, whatever the
//! nesting); only a success reply's `data` goes through `serde_json`, so a huge
//! or hostile `data` in an error reply costs a skip and never hides the code.
//!
//! How codes are read:
//! - a JSON integer in `i64` range is the code;
//! - any other number (`4026.0`, `1e20`, `99999999999999999999`) keeps its
//!   text in [`ApiError::raw_code`]; an integer catalog cannot hold it
//!   ([`Malformed::InvalidCode`]);
//! - a string is accepted too: for an integer catalog it is read as
//!   `i64::from_str` reads it (`"4026"`, `"04026"`, `"+4026"` are 4026), with its
//!   text kept in `raw_code`;
//! - for a string catalog the code is the string, or a number's JSON text
//!   (`500` is the code `"500"`).
//!
//! The server's message is the first of the envelope's message fields that
//! holds a string; escapes are decoded, invalid UTF-8 becomes U+FFFD. A
//! repeated message field counts once (its first string); a repeated code field is
//! an error, as is a repeated `data` field in a success reply.

mod error;
mod scan;
mod text;

use alloc::string::{String, ToString};
use serde::Deserialize;

pub use error::{ApiError, ErrorKind, Malformed, ValueKind};

use crate::{CodeValue, Envelope, ErrorCode};
use scan::Value;

/// Decodes a vendor's reply with the envelope field names of `E`'s catalog
/// (`[catalog.envelope]`): `Ok(data)` when the code is one of the catalog's
/// success codes, else an [`ApiError`] keeping the typed code and the
/// server's message.
///
/// A success reply without `data`, or with `"data": null`, decodes for a `T`
/// that accepts `null`: `()`, `Option<_>`, `serde_json::Value`. `T` may
/// borrow from `body`.
///
/// `body` is anything that is bytes: `&[u8]`, `&Vec<u8>`, `&str`, `&String`,
/// a byte-string literal, or an HTTP client's body type (`&bytes::Bytes`).
/// The turbofish names the payload and the catalog only:
/// `decode::<Wallet, PayWalletCode>(&body)`.
///
/// # Errors
///
/// An [`ApiError`] whose [`kind`](ApiError::kind) is [`ErrorKind::Vendor`]
/// for a code that is not a success, [`ErrorKind::Data`] when a success
/// reply's `data` does not decode into `T`, and [`ErrorKind::Malformed`] for
/// a body that is not an envelope with one usable code. Never panics.
///
/// ```
/// mod wallet {
///     error_runtime::include_catalog!("catalogs/pay_wallet.toml");
/// }
/// use wallet::{pay_wallet_code, PayWalletCode};
/// use error_runtime::ErrorKind;
///
/// #[derive(Debug, serde::Deserialize)]
/// struct Wallet {
///     #[serde(rename = "walletId")]
///     id: String,
/// }
///
/// let ok = br#"{"code": 0, "message": "suucess", "data": {"walletId": "w_8812"}}"#;
/// let wallet: Wallet = error_runtime::decode::<_, PayWalletCode>(ok).unwrap();
/// assert_eq!(wallet.id, "w_8812");
///
/// let err = br#"{"code": "10001", "message": "no such wallet", "data": null}"#;
/// let e = error_runtime::decode::<Wallet, PayWalletCode>(err).unwrap_err();
/// assert_eq!(e.kind(), ErrorKind::Vendor);
/// assert_eq!(e.code(), Some(&pay_wallet_code!(10001)));
/// assert_eq!(e.raw_code(), Some("10001"));
/// assert_eq!(e.server_message(), Some("no such wallet"));
/// assert_eq!(e.vendor_message(), Some("对应id的钱包对象不存在"));
///
/// // A body read as text decodes the same.
/// let text: String = String::from_utf8_lossy(err).into_owned();
/// let e = error_runtime::decode::<Wallet, PayWalletCode>(&text).unwrap_err();
/// assert_eq!(e.code(), Some(&pay_wallet_code!(10001)));
/// ```
pub fn decode<'de, T, E>(body: &'de (impl AsRef<[u8]> + ?Sized)) -> Result<T, ApiError<E>>
where
    T: Deserialize<'de>,
    E: ErrorCode,
{
    decode_with(body, &E::ENVELOPE)
}

/// [`decode`] with the envelope's field names given here, for a vendor
/// whose catalog does not set them.
///
/// # Errors
///
/// As [`decode`].
///
/// ```
/// mod ebet {
///     error_runtime::include_catalog!("catalogs/ebet.toml");
/// }
/// use error_runtime::{decode_with, Envelope};
///
/// const REPLY: Envelope = Envelope { code: "status", message: &["msg"], data: "data" };
/// let e = decode_with::<(), ebet::EbetStatus>(br#"{"status": 4026, "msg": "sign error"}"#, &REPLY)
///     .unwrap_err();
/// assert_eq!(e.to_string(), r#"EbetStatus 4026: 签名不对; server: "sign error""#);
/// ```
pub fn decode_with<'de, T, E>(
    body: &'de (impl AsRef<[u8]> + ?Sized),
    envelope: &Envelope,
) -> Result<T, ApiError<E>>
where
    T: Deserialize<'de>,
    E: ErrorCode,
{
    let body: &'de [u8] = body.as_ref();
    let scan = scan::scan(body, envelope);
    let server_message = scan
        .message()
        .map(|m| text::unescape(&body[m.range.clone()]).into_owned());
    let (code, raw_code) = match &scan.code {
        _ if scan.code_repeated => (
            Err(Malformed::DuplicateKey {
                field: envelope.code,
            }),
            None,
        ),
        None => (
            Err(Malformed::MissingCode {
                field: envelope.code,
            }),
            None,
        ),
        Some(value) => read_code::<E>(body, value, envelope.code),
    };
    // A syntax error comes first: it may be why the code is missing; a code
    // read before it is kept.
    let code = match (scan.error, code) {
        (None, Ok(code)) => code,
        (Some(why), code) => {
            let error = ApiError::new(why.into(), code.ok(), raw_code, server_message);
            return Err(error.with_body(body));
        }
        (None, Err(why)) => {
            let error = ApiError::new(why.into(), None, raw_code, server_message);
            return Err(error.with_body(body));
        }
    };
    if !code.is_success() {
        return Err(ApiError::new(
            ErrorKind::Vendor,
            Some(code),
            raw_code,
            server_message,
        ));
    }
    if scan.data_repeated {
        let why = Malformed::DuplicateKey {
            field: envelope.data,
        };
        let error = ApiError::new(why.into(), Some(code), raw_code, server_message);
        return Err(error.with_body(body));
    }
    let data: &[u8] = scan.data.as_ref().map_or(b"null", |d| match d.kind {
        // A string member's range is its contents; serde_json needs the quotes.
        ValueKind::String => &body[d.range.start - 1..=d.range.end],
        _ => &body[d.range.clone()],
    });
    serde_json::from_slice(data).map_err(|error| {
        ApiError::new(ErrorKind::Data, Some(code), raw_code, server_message)
            .with_data_error(error)
            .with_body(body)
    })
}

/// The code member as `E` (or why it is not usable), and its text when it
/// is not a plain JSON integer.
fn read_code<E: ErrorCode>(
    body: &[u8],
    value: &Value,
    field: &'static str,
) -> (Result<E, Malformed>, Option<String>) {
    let raw = &body[value.range.clone()];
    let text = match value.kind {
        ValueKind::String => text::unescape(raw),
        // The scanner checked the number's grammar: ASCII.
        ValueKind::Number => String::from_utf8_lossy(raw),
        found => return (Err(Malformed::CodeType { field, found }), None),
    };
    // `i64::from_str` takes no fraction or exponent, and fails beyond i64.
    let int = text.parse::<i64>().ok();
    let plain = value.kind == ValueKind::Number && int.is_some();
    let code = match <E::Code<'_> as CodeValue>::from_reply(int, &text) {
        None => Err(Malformed::InvalidCode),
        Some(code) => E::try_from_code(code).ok_or(Malformed::UnknownCode),
    };
    // A code the enum cannot hold keeps its text even when it was plain.
    let raw_code = (!plain || code.is_err()).then(|| text.to_string());
    (code, raw_code)
}
