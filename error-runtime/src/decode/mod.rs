//! Decoding a vendor's reply (feature `json`): untrusted bytes in, the
//! payload or a typed [`ApiError`] out, never a panic.
//!
//! The top-level object is scanned once by hand (no recursion, whatever the
//! nesting); only a success reply's `data` goes through `serde_json`, so a huge
//! or hostile `data` in an error reply costs a skip and never hides the code.
//! When the code comes before `data` and is a success, `serde_json` reads
//! `data` where it stands and the scan goes on after it: one pass. Anything
//! that goes wrong there (a `data` that does not fit `T`, broken JSON in it)
//! has it skipped and decoded alone after the scan, as when `data` comes
//! first, so the answer never depends on the order of the members.
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

use serde::Deserialize;

pub use error::{ApiError, ErrorKind, Malformed, ValueKind};

use crate::{CodeValue, Envelope, ErrorCode};
use scan::{Scan, Value};

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
/// # Cost
///
/// What `serde_json::from_slice::<T>` on `data` alone costs, plus a scan of
/// the envelope's few other bytes, when the code comes before `data` (as
/// vendors write it): once the code is known to be a success, `data` is
/// deserialized in place, one pass over the body. A `data` before the code
/// is skipped (its syntax checked) and deserialized after the scan: two
/// passes over it. An error reply's `data` is skipped, never deserialized,
/// and the error is one allocation when the code's text and the server's
/// message are short (64 bytes together). `BENCHMARKS.md` has the figures
/// against `serde_json::from_slice` of the whole envelope.
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
    // The code as read for the in-place decision, kept for the answer. Two
    // plain variables: a cached `(Result<E, Malformed>, bool)` is packed at
    // odd offsets, and copying it out cost store-forwarding stalls.
    let (mut known, mut known_raw) = (None, false);
    let mut data = None;
    let mut scan = Scan::default();
    scan::scan(body, envelope, &mut scan, &mut |scan: &Scan, at: usize| {
        // Only a success reply's `data` is read, and only once its code is known.
        let value = scan.code.as_ref().filter(|_| !scan.code_repeated)?;
        let (Ok(code), keep_raw) = read_code::<E>(body, value, envelope.code) else {
            return None;
        };
        let success = code.is_success();
        (known, known_raw) = (Some(code), keep_raw);
        if !success {
            return None;
        }
        let mut stream = serde_json::Deserializer::from_slice(&body[at..]).into_iter();
        // A failure is explained later by decoding the skipped value alone.
        let decoded = stream.next()?.ok()?;
        let end = at + stream.byte_offset();
        // A `Deserialize` that read nothing has not read the value.
        if end == at {
            return None;
        }
        data = Some(decoded);
        Some(end)
    });
    let reply = Reply { body, scan: &scan };
    let Some(value) = (scan.code.as_ref()).filter(|_| !scan.code_repeated && scan.error.is_none())
    else {
        return Err(reply.unusable(envelope.code));
    };
    let (code, keep_raw) = match known {
        Some(code) => (code, known_raw),
        None => match read_code::<E>(body, value, envelope.code) {
            (Ok(code), keep_raw) => (code, keep_raw),
            _ => return Err(reply.unusable(envelope.code)),
        },
    };
    if !code.is_success() {
        return Err(reply.error(ErrorKind::Vendor, Some(code), keep_raw));
    }
    if scan.data_repeated {
        let why = Malformed::DuplicateKey {
            field: envelope.data,
        };
        return Err(reply.malformed(why, Some(code), keep_raw));
    }
    if let Some(data) = data {
        return Ok(data);
    }
    let data: &[u8] = scan.data.as_ref().map_or(b"null", |d| match d.kind {
        // A string member's range is its contents; serde_json needs the quotes.
        ValueKind::String => &body[d.range.start - 1..=d.range.end],
        _ => &body[d.range.clone()],
    });
    serde_json::from_slice(data).map_err(|error| {
        reply
            .error(ErrorKind::Data, Some(code), keep_raw)
            .with_data_error(error)
            .with_body(body)
    })
}

/// A scanned reply, for the errors made from it: the server's message and
/// the code's text are only turned into strings when an error keeps them.
struct Reply<'a> {
    body: &'a [u8],
    scan: &'a Scan,
}

impl Reply<'_> {
    /// An error keeping the code (if any), its text if `keep_raw`, and the
    /// server's message.
    fn error<E: ErrorCode>(&self, kind: ErrorKind, code: Option<E>, keep_raw: bool) -> ApiError<E> {
        let text = |value: &Value| value.utf8(self.body);
        let raw_code = self.scan.code.as_ref().filter(|_| keep_raw).map(text);
        let server_message = self.scan.message().map(text);
        ApiError::new(kind, code, raw_code.as_deref(), server_message.as_deref())
    }

    /// The error for a reply without one usable code, or with a syntax
    /// error: that comes first (it may be why the code is missing), and a
    /// code read before it is kept.
    #[cold]
    fn unusable<E: ErrorCode>(&self, field: &'static str) -> ApiError<E> {
        let (code, keep_raw) = match &self.scan.code {
            _ if self.scan.code_repeated => (Err(Malformed::DuplicateKey { field }), false),
            None => (Err(Malformed::MissingCode { field }), false),
            Some(value) => read_code::<E>(self.body, value, field),
        };
        match (self.scan.error, code) {
            (Some(why), code) => self.malformed(why, code.ok(), keep_raw),
            (None, Err(why)) => self.malformed(why, None, keep_raw),
            // Not called for a usable code without a syntax error; were it,
            // that code would be the vendor's answer.
            (None, Ok(code)) => self.error(ErrorKind::Vendor, Some(code), keep_raw),
        }
    }

    /// [`error`](Self::error) for a malformed body, keeping its start.
    fn malformed<E: ErrorCode>(
        &self,
        why: Malformed,
        code: Option<E>,
        keep_raw: bool,
    ) -> ApiError<E> {
        self.error(why.into(), code, keep_raw).with_body(self.body)
    }
}

/// The code member as `E` (or why it is not usable), and whether an error
/// keeps its text: when it is not a plain JSON integer, or `E` cannot hold it.
fn read_code<E: ErrorCode>(
    body: &[u8],
    value: &Value,
    field: &'static str,
) -> (Result<E, Malformed>, bool) {
    let text = match value.kind {
        ValueKind::String | ValueKind::Number => value.text(body),
        found => return (Err(Malformed::CodeType { field, found }), false),
    };
    // `i64::from_str` takes no fraction or exponent, and fails beyond i64.
    let int = text.parse::<i64>().ok();
    let plain = value.kind == ValueKind::Number && int.is_some();
    let code = match <E::Code<'_> as CodeValue>::from_reply(int, &text) {
        None => Err(Malformed::InvalidCode),
        Some(code) => E::try_from_code(code).ok_or(Malformed::UnknownCode),
    };
    // A code the enum cannot hold keeps its text even when it was plain.
    let keep_raw = !plain || code.is_err();
    (code, keep_raw)
}
