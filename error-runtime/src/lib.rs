//! Typed vendor error codes.
//!
//! [`include_catalog!`] turns a catalog file (a vendor's error-code table as
//! TOML or JSON) into an enum at compile time; every generated enum implements
//! [`ErrorCode`], so generic code can take any catalog. [`include_mapping!`]
//! turns a mapping file into a checked `From` conversion from a vendor's enum
//! to your own. `decode` reads a
//! vendor's reply (untrusted bytes) into its payload or a typed `ApiError`.
//! This crate is `no_std` with `alloc`.
//!
//! Features (both default): `serde`, serde impls for generated enums (as the
//! bare code); `json`, `decode` and `ApiError` (`serde_json` without std).
//!
//! ```
//! mod ebet {
//!     // The path is relative to the including crate's Cargo.toml.
//!     error_runtime::include_catalog!("../catalogs/ebet.toml"); // `EbetStatus`, `ebet_status!`
//! }
//! use ebet::{ebet_status, EbetStatus};
//! use error_runtime::ErrorCode;
//!
//! let status = EbetStatus::from(4026_i64);
//! assert_eq!(status, ebet_status!(4026));
//! assert_eq!(status.message(), "签名不对");
//! assert_eq!(status.message_in("en_US"), "Invalid signature");
//! assert_eq!(EbetStatus::from(9999_i64), EbetStatus::Unknown(9999));
//!
//! fn log_line<E: ErrorCode>(e: &E) -> String {
//!     format!("[{}] {}", E::CATALOG, e.message_in("en"))
//! }
//! assert_eq!(log_line(&status), "[EbetStatus] Invalid signature");
//! ```
//!
//! [`derive@ErrorCode`] gives an enum written by hand the same API, its codes
//! written inline or taken from a catalog file (`#[catalog(file = "…")]`):
//!
//! ```
//! #[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
//! #[catalog(lang = "en", success = [0])]
//! enum Acme {
//!     #[code(0, message = "OK")]
//!     Ok,
//!     #[code(1001, message(en = "System error", zh-CN = "系统错误"), http = 500, retryable)]
//!     System,
//!     Unknown(i64),
//! }
//!
//! assert_eq!(Acme::from(1001_i64), Acme::System);
//! assert_eq!(Acme::System.message_in("zh"), "系统错误");
//! assert_eq!(Acme::from(7_i64), Acme::Unknown(7));
//! assert!(Acme::Ok.is_success() && Acme::System.is_retryable());
//! ```
#![no_std]
#![deny(missing_docs)]

extern crate alloc;

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
///     error_runtime::include_catalog!("../catalogs/ebet.toml"); // EbetStatus
/// }
/// mod ours {
///     error_runtime::include_catalog!("../catalogs/mappings/payment.toml"); // PaymentError
/// }
/// use ours::PaymentError;
/// use vendor::EbetStatus;
///
/// error_runtime::include_mapping!("../catalogs/mappings/ebet_to_payment.toml");
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
pub use error_macros::{include_catalog, ErrorCode};
pub use lang::match_language;
pub use unknown::UnknownCode;

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

    pub use crate::__impl_serde as impl_serde;
    pub use crate::{__repr_all as repr_all, __repr_index_fn as repr_index_fn};

    pub use crate::probe::{edges, hash_i64, hash_str, middle, probe_i64, probe_str};
}

/// Without the `serde` feature, generated enums get no serde impls.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($($any:tt)*) => {};
}
