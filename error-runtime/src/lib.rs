//! Typed vendor error codes.
//!
//! [`include_catalog!`] turns a catalog file (a vendor's error-code table as
//! TOML or JSON) into an enum at compile time; every generated enum implements
//! [`ErrorCode`], so generic code can take any catalog. `decode` reads a
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
pub use error_macros::{include_catalog, include_mapping, ErrorCode};
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
