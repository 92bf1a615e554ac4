//! Typed vendor error codes.
//!
//! Payment, gaming and trading APIs document their error codes as a table on
//! a web page. Write that table as a catalog file (TOML or JSON, see
//! [`_guide::catalog`]) and [`include_catalog!`] turns it, at compile time,
//! into an enum that knows every code and message, keeps any unknown code the
//! server sends, and makes a wrong code reference a compile error. Every
//! generated enum implements [`ErrorCode`], so generic code takes any
//! catalog; [`decode`] reads a vendor's reply (untrusted bytes) into its
//! payload or a typed [`ApiError`]; [`include_mapping!`] turns a mapping
//! file into a checked `From` conversion from a vendor's enum to your own.
//!
//! ```
//! mod ebet {
//!     // The path is relative to your crate's Cargo.toml.
//!     error_runtime::include_catalog!("catalogs/ebet.toml"); // `EbetStatus`, `ebet_status!`
//! }
//! use ebet::{ebet_status, EbetStatus};
//! use error_runtime::ErrorCode;
//!
//! let status = EbetStatus::from(4026_i64); // total: never fails
//! assert_eq!(status, ebet_status!(4026)); // ebet_status!(4099) does not compile
//! assert_eq!(status.message(), "签名不对"); // the vendor's own text
//! assert_eq!(status.message_in("en_US"), "Invalid signature");
//! assert_eq!(EbetStatus::from(9999_i64), EbetStatus::Unknown(9999)); // raw code kept
//!
//! fn log_line<E: ErrorCode>(e: &E) -> String {
//!     format!("[{}] {}", E::CATALOG, e.message_in("en"))
//! }
//! assert_eq!(log_line(&status), "[EbetStatus] Invalid signature");
//! ```
//!
//! # The catch-all holding a known code
//!
//! `Unknown(code)` keeps a code the catalog does not define, and it stays
//! constructible from any code, so a value can also be built holding one the
//! catalog defines. Such a value is that code's variant in every respect but
//! `match`: `==`, `Hash` and every method (`message`, `name`, `is_success`,
//! `is_known`, …) answer as `from(code)` does, and a serde round trip gives
//! that variant. A `match` (and `Debug`) sees the variant as built;
//! `from(value.code())` gives the named one.
//!
//! ```
//! # mod ebet { error_runtime::include_catalog!("../catalogs/ebet.toml"); }
//! # use ebet::EbetStatus;
//! let held = EbetStatus::Unknown(4026);
//! assert_eq!(held, EbetStatus::InvalidSignature);
//! assert_eq!(held.message_in("en"), "Invalid signature");
//! assert!(EbetStatus::Unknown(200).is_success() && held.is_known());
//! assert!(matches!(held, EbetStatus::Unknown(_)));
//! assert!(matches!(EbetStatus::from(held.code()), EbetStatus::InvalidSignature));
//! ```
//!
//! [`derive@ErrorCode`] gives an enum written by hand the same API, its codes
//! written inline or taken from a catalog file (`#[catalog(file = "…")]`).
//!
//! **The manual is [`_guide`]**: the catalog schema ([`_guide::catalog`]),
//! what is generated and how to import the code-reference macro
//! ([`_guide::generated`]), the derive ([`_guide::derive`]), decoding
//! ([`_guide::decoding`]), the `build.rs` API ([`_guide::build_script`]) and
//! what a catalog mistake reports ([`_guide::mistakes`]).
//!
//! This crate is `no_std` with `alloc`. Features (both default): `serde`,
//! serde impls for generated enums (as the bare code); `json`, [`decode`] and
//! [`ApiError`] (`serde_json` without std).
#![no_std]
#![deny(missing_docs)]

extern crate alloc;

pub mod _guide;
mod code;
#[cfg(feature = "json")]
mod decode;
mod lang;
mod probe;
mod render;
mod repr;
#[cfg(feature = "serde")]
mod serde_impl;
mod unknown;

pub use code::{CodeValue, Envelope, ErrorCode};
#[cfg(feature = "json")]
pub use decode::{decode, decode_with, ApiError, ErrorKind, Malformed, ValueKind};
/// Generates an error-code enum from a catalog file.
///
/// `include_catalog!("PATH")` reads the TOML or JSON catalog at `PATH`,
/// relative to the including crate's `CARGO_MANIFEST_DIR` (the directory of
/// its `Cargo.toml`), and emits, in the calling module, the enum named by the
/// catalog's `[catalog] name`, its methods and trait impls, and its
/// code-reference macro (`ebet_status!` for `EbetStatus`). Editing the
/// catalog rebuilds the crate. A catalog mistake is a compile error naming
/// `file:line:col`, the entry and the fix ([`_guide::mistakes`]).
///
/// The schema is [`_guide::catalog`]; everything generated, and every
/// decision it follows, is [`_guide::generated`].
///
/// ```
/// mod ebet {
///     error_runtime::include_catalog!("catalogs/ebet.toml");
/// }
/// // The enum and its code-reference macro are items of that module:
/// // import both (from another crate: `use that_crate::ebet::{…}`).
/// use ebet::{ebet_status, EbetStatus};
///
/// let status = EbetStatus::from(4026_i64);
/// match status {
///     ebet_status!(200) => unreachable!(),
///     ebet_status!(4026) => assert_eq!(status.message_in("en"), "Invalid signature"),
///     _ => unreachable!(),
/// }
/// assert_eq!(EbetStatus::from(-7_i64), EbetStatus::Unknown(-7));
/// assert!(EbetStatus::from(200_i64).is_success());
/// ```
///
/// String catalogs work alike (`code() -> &str`, `From<&str>`), and the
/// runtime crate may be named (`crate = errs`) where a renamed dependency
/// cannot be found in `Cargo.toml`:
///
/// ```
/// mod gateway {
///     error_runtime::include_catalog!("catalogs/multimarkets_gateway.toml", crate = error_runtime);
/// }
/// use gateway::{multi_markets_gateway_code, MultiMarketsGatewayCode};
///
/// let code = MultiMarketsGatewayCode::from("G500");
/// assert_eq!(code, multi_markets_gateway_code!("G500"));
/// assert_eq!(code.code(), "G500");
/// assert_eq!(code.category(), Some("system"));
/// assert_eq!(MultiMarketsGatewayCode::from("NEW"), MultiMarketsGatewayCode::Unknown("NEW".into()));
/// ```
pub use error_macros::include_catalog;

/// Derives [`ErrorCode`] and everything [`include_catalog!`] generates
/// except the enum, for an enum written by hand.
///
/// The decisions are in [`_guide::derive`]; the keys and values are a catalog
/// file's ([`_guide::catalog`]).
///
/// Inline form: the codes on the variants.
///
/// ```
/// use error_runtime::ErrorCode; // the trait and the derive
///
/// #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCode)]
/// #[catalog(lang = "en", success = [0], placeholders = "java",
///           categories(request(range = [1000, 1999], doc = "Bad requests")))]
/// enum Acme {
///     #[code(0, message = "OK")]
///     Ok,
///     #[code(1001, message(en = "System error", zh-CN = "系统错误"), http = 500, retryable)]
///     System,
///     #[code(1002, message = "Field {0} is missing", key = "missing_field")]
///     MissingField,
///     Unknown(i64), // optional catch-all
/// }
///
/// assert_eq!(Acme::from(1001_i64), Acme::System);
/// assert_eq!(Acme::System.message_in("zh"), "系统错误");
/// assert_eq!(Acme::MissingField.render(&[&"email"]), "Field email is missing");
/// assert_eq!(Acme::MissingField.category(), Some("request"));
/// assert_eq!(Acme::from(7_i64), Acme::Unknown(7));
/// assert!(Acme::Ok.is_success() && Acme::System.is_retryable());
/// assert_eq!(acme!(1002), Acme::MissingField); // its code-reference macro
/// assert_eq!(Acme::CATALOG, "Acme");
/// ```
///
/// Bound form: the variants are the names of a catalog file (relative to
/// `CARGO_MANIFEST_DIR`), one to one; a variant the file lacks, or a code
/// without a variant, is a compile error. Without a catch-all, `TryFrom`
/// replaces `From`:
///
/// ```
/// use error_runtime::{ErrorCode, UnknownCode};
///
/// #[derive(Debug, Clone, Copy, PartialEq, ErrorCode)]
/// #[catalog(file = "catalogs/pay_wallet_http.toml")]
/// enum WalletHttp {
/// #   Ok, BadRequest, Unauthorized, RequestFailed, Forbidden, InternalServerError,
/// #   BadGateway, ServiceUnavailable, GatewayTimeout,
///     NotFound,
///     // … one unit variant per code of the file
/// }
///
/// assert_eq!(WalletHttp::try_from(404_i64), Ok(WalletHttp::NotFound));
/// let unknown: UnknownCode<i64> = WalletHttp::try_from(418_i64).unwrap_err();
/// assert_eq!((unknown.catalog(), *unknown.code()), ("WalletHttp", 418));
/// assert_eq!(WalletHttp::NotFound.http_status(), Some(404));
/// ```
///
/// Attribute grammar:
///
/// ```text
/// #[catalog(file = "PATH")]                                  bound form: nothing else
/// #[catalog(lang = "TAG"                                     required (inline form)
///           , success = [CODE, …]                            codes meaning success
///           , placeholders = "none" | "java" | "printf"      default: what the messages use
///           , envelope(code = "…", message = ["…", …], data = "…")
///           , categories(NAME(range = [LO, HI] | prefix = "…", doc = "…"), …)
///           , inherent = false                               no inherent methods (_guide::derive)
///           , crate = "PATH")]                               the runtime, if renamed
/// #[code(CODE                                                integer or string literal, first
///        , message = "TEXT" | message(TAG = "TEXT", …)       TAG as `en`, `zh-CN`, `es-419`
///        , key = "…", http = STATUS, retryable | retryable = BOOL, category = "NAME")]
/// ```
pub use error_macros::ErrorCode;

/// Maps a vendor's codes onto your own: a checked, total
/// `impl From<VendorEnum> for YourEnum`.
///
/// Every vendor speaks its own codes for the same events ("invalid
/// signature" is eBET's `4026`, a wallet's `sign_error`); the code that
/// handles them speaks yours. A mapping file says which vendor code becomes
/// which of your codes, and `include_mapping!("PATH")` checks it against both
/// catalogs at compile time and emits the conversion. `PATH` is relative to
/// the crate's `Cargo.toml`; place the call where both enums are in scope
/// (both catalogs included, or imported with `use`). Editing the mapping or
/// either catalog rebuilds the crate.
///
/// ```
/// mod vendor {
///     error_runtime::include_catalog!("catalogs/ebet.toml"); // EbetStatus
/// }
/// mod ours {
///     error_runtime::include_catalog!("catalogs/mappings/payment.toml"); // PaymentError
/// }
/// use ours::PaymentError;
/// use vendor::EbetStatus;
///
/// error_runtime::include_mapping!("catalogs/mappings/ebet_to_payment.toml");
///
/// // A code rule, `4026 = "AuthFailed"`:
/// assert_eq!(PaymentError::from(EbetStatus::InvalidSignature), PaymentError::AuthFailed);
/// // No rule names 5001: `default = "VendorFailure"`.
/// assert_eq!(PaymentError::from(EbetStatus::TopUpFailed), PaymentError::VendorFailure);
/// // A code eBET does not define: `unknown = "VendorUnknown"`.
/// let unknown: PaymentError = EbetStatus::from(9999_i64).into();
/// assert_eq!(unknown, PaymentError::VendorUnknown);
/// ```
///
/// # The mapping file
///
/// TOML (or JSON of the same structure), one `[mapping]` table:
///
/// ```toml
/// [mapping]
/// from = "../ebet.toml"          # the vendor catalog, relative to this file
/// to = "payment.toml"            # the target catalog (any catalog), relative to this file
/// default = "VendorFailure"      # the target of every vendor code no rule below covers
/// unknown = "VendorUnknown"      # optional: the target of codes the vendor catalog does
///                                # not define (without it: `default`)
/// doc = "eBET → PaymentError."   # optional: added to the impl's documentation
///
/// [mapping.categories]           # optional: by the vendor code's category
/// auth = "AuthFailed"
///
/// [mapping.codes]                # optional: by vendor code
/// 4026 = "AuthFailed"            # a target by name…
/// -1 = 2002                      # …or by its code
/// 209 = { to = "Ok", allow-success-mismatch = true }
/// ```
///
/// # `[mapping]`
///
/// | field | type | meaning |
/// | --- | --- | --- |
/// | `from` | string, **required** | The vendor catalog, relative to this file. |
/// | `to` | string, **required** | The target catalog (any catalog), relative to this file. |
/// | `default` | target | The target (variant name or code) of every vendor code no rule covers. |
/// | `unknown` | target | The target of codes the vendor catalog does not define (without it: `default`). |
/// | `doc` | string | Added to the conversion's documentation. |
/// | `categories` | table of targets | Rules by the vendor code's category: category name = target. |
/// | `codes` | table of targets | Rules by vendor code (they beat category rules): code = target. |
///
/// A target is a variant name or a code, or a rule table:
///
/// | field | type | meaning |
/// | --- | --- | --- |
/// | `to` | string or integer, **required** | The target: a variant name, or a code of the target catalog. |
/// | `allow-success-mismatch` | bool | Allows a success code to map to a target that is not a success, or the reverse. |
///
/// Editors complete and check these fields with the JSON Schema
/// `catalogs/schema/mapping.schema.json` (`errcat schema mapping`): see
/// [the catalog guide](crate::_guide::catalog#editor-support).
///
/// A vendor code goes to its `[mapping.codes]` rule, else to its category's
/// rule, else to `default`. Keys of `[mapping.codes]` are the vendor's codes
/// (`"GGATEWAY_CODE_001"` for string codes; integer keys are read by value,
/// so `04026` is `4026`). A target is a variant name of the target catalog,
/// or one of its codes: an integer, or in a string catalog a string that
/// names no variant. The catch-all (`Unknown`) is no target: it holds a raw
/// code of its own catalog.
///
/// # What is checked
///
/// Each mistake is one compile error at the call, naming the mapping file's
/// `file:line:col`, the rule and the fix; the conversion is still generated
/// when both catalogs could be read, so its uses add no errors:
///
/// - a vendor code or category the vendor catalog lacks, a target the
///   target catalog lacks (each with did-you-mean or the nearest codes);
/// - a vendor code mapped twice;
/// - without `default`: the vendor codes no rule covers (up to 10 listed,
///   and the count), and no target for the codes the vendor does not define;
/// - success must stay success: a vendor success code mapped to a target
///   that is not a success code, or a failure mapped to a success, unless
///   the rule is written `{ to = "…", allow-success-mismatch = true }`
///   (codes the vendor does not define are failures, so `unknown` may not be
///   a success either);
/// - a missing or unreadable file (the mapping's, or a catalog it names: a
///   catalog with mistakes is one error, `errcat check` lists them), a
///   syntax error, an unknown field (with did-you-mean), a value of the wrong type.
///
/// `errcat check MAPPING` runs the same checks and prints the coverage (codes
/// mapped by code, by category and by `default`, each code that falls to
/// `default` listed: after a vendor update, its new codes show up there);
/// `errcat doc MAPPING` prints the mapping as a Markdown table.
///
/// # What is generated
///
/// `impl ::core::convert::From<Vendor> for Target`: one `match` over the
/// vendor's variants (codes with the same target share an arm), the
/// catch-all going to the `unknown` target. It uses `::core` only, so it
/// works in `no_std` crates and under `#![no_implicit_prelude]`.
#[doc(inline)]
pub use error_macros::include_mapping;
pub use lang::match_language;
pub use unknown::UnknownCode;

/// The repository README's tour, run as a doctest so that it stays true.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeTour;

/// Support for generated code; not a public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::lang::lang_index;
    pub use crate::render::{render, Piece};
    pub use alloc::string::String;
    pub use error_macros::__unknown_code as unknown_code;

    #[cfg(feature = "serde")]
    pub use crate::serde_impl::{deserialize_i64, deserialize_string};
    #[cfg(feature = "serde")]
    pub use serde;

    pub use crate::__catalog_enum as catalog_enum;
    pub use crate::__impl_serde as impl_serde;

    pub use crate::probe::{probe_i64, probe_str};
}

/// Without the `serde` feature, generated enums get no serde impls.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($($any:tt)*) => {};
}
