//! The body every edition crate compiles under its own edition: the test
//! catalogs included, enums derived (inline and bound), the code-reference
//! macros as expressions and patterns, and serde. Written in the subset of
//! Rust that all four editions read alike: absolute paths (`::error_runtime`,
//! which a 2015 crate declares with `extern crate`), `crate::` for local items.

/// The integer catalog and its subset.
pub mod acme {
    ::error_runtime::include_catalog!("../../catalogs/int.toml");
    ::error_runtime::include_catalog!("../../catalogs/subset.toml");
}

/// The string catalog.
pub mod gateway {
    ::error_runtime::include_catalog!("../../catalogs/str.toml");
}

/// Hand-written enums with `#[derive(ErrorCode)]`.
pub mod derived {
    /// Inline codes with a catch-all.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::error_runtime::ErrorCode)]
    #[catalog(lang = "en", success = [0])]
    pub enum Inline {
        /// Success.
        #[code(0, message = "OK")]
        Ok,
        /// A retryable failure.
        #[code(1001, message = "Busy", http = 503, retryable)]
        Busy,
        /// Any other code.
        Unknown(i64),
    }

    /// Bound to the string catalog.
    #[derive(Debug, Clone, PartialEq, Eq, ::error_runtime::ErrorCode)]
    #[catalog(file = "../../catalogs/str.toml")]
    pub enum Bound {
        /// `00000`.
        Success,
        /// `0000`.
        ShortZero,
        /// `GW_CODE_012`.
        GatewayTimeout,
        /// `CU_001`.
        CustomerMissing,
        /// `with space`.
        WithSpace,
        /// Any other code.
        Unknown(String),
    }
}

use self::acme::{acme_reply, acme_status, AcmeReply, AcmeStatus};
use self::derived::{bound, inline, Bound, Inline};
use self::gateway::{gateway_code, GatewayCode};

/// An integer code classified with the code-reference macros in patterns.
pub fn classify(code: i64) -> &'static str {
    match AcmeStatus::from(code) {
        acme_status!(0) | acme_status!(200) => "success",
        acme_status!(-1) => "missing",
        acme_status!(4026) => "signature",
        AcmeStatus::Other(_) => "other",
        _ => "known",
    }
}

/// The subset: `TryFrom` its parent, its macro as a pattern.
pub fn reply(code: i64) -> Option<&'static str> {
    // `TryFrom` is in the prelude from 2021 on only.
    match <AcmeReply as ::std::convert::TryFrom<AcmeStatus>>::try_from(AcmeStatus::from(code)) {
        Ok(acme_reply!(4026)) => Some("signature"),
        Ok(other) => Some(other.name()),
        Err(_) => None,
    }
}

/// A string code classified by pattern.
pub fn classify_str(code: &str) -> &'static str {
    match GatewayCode::from(code) {
        gateway_code!("00000") => "success",
        gateway_code!("GW_CODE_012") => "timeout",
        GatewayCode::Unknown(_) => "unknown",
        _ => "known",
    }
}

/// The derived enums' macros as patterns.
pub fn classify_derived(code: i64, text: &str) -> (&'static str, bool) {
    let inline = match Inline::from(code) {
        inline!(0) => "ok",
        inline!(1001) => "busy",
        _ => "other",
    };
    let timeout = matches!(Bound::from(text), bound!("GW_CODE_012"));
    (inline, timeout)
}

#[cfg(test)]
mod tests {
    use super::*;
    use error_runtime::ErrorCode;

    #[test]
    fn integer_catalog() {
        assert_eq!(classify(0), "success");
        assert_eq!(classify(-1), "missing");
        assert_eq!(classify(4026), "signature");
        assert_eq!(classify(1001), "known");
        assert_eq!(classify(77), "other");
        let status = acme_status!(4026);
        assert_eq!(status.code(), 4026);
        assert_eq!(status.message_in("en_US"), "Invalid signature");
        assert_eq!(AcmeStatus::from(9999), AcmeStatus::Other(9999));
        assert_eq!(i64::from(acme_status!(-1)), -1);
        assert_eq!(<AcmeStatus as ErrorCode>::CATALOG, "AcmeStatus");
        assert_eq!(reply(4026), Some("signature"));
        assert_eq!(reply(1001), Some("SystemBusy"));
        assert_eq!(reply(200), None);
        assert_eq!(AcmeStatus::from(AcmeReply::SystemBusy), acme_status!(1001));
    }

    #[test]
    fn string_catalog() {
        assert_eq!(classify_str("00000"), "success");
        assert_eq!(classify_str("GW_CODE_012"), "timeout");
        assert_eq!(classify_str("0000"), "known");
        assert_eq!(classify_str("nope"), "unknown");
        assert_eq!(
            gateway_code!("GW_CODE_012").render(&[&3000]),
            "Gateway timed out after 3000 ms"
        );
        assert_eq!(
            "CU_001".parse::<GatewayCode>(),
            Ok(GatewayCode::CustomerMissing)
        );
    }

    #[test]
    fn derived_enums() {
        assert_eq!(classify_derived(0, "GW_CODE_012"), ("ok", true));
        assert_eq!(classify_derived(1001, "00000"), ("busy", false));
        assert_eq!(classify_derived(5, "x"), ("other", false));
        assert!(inline!(1001).is_retryable());
        assert_eq!(inline!(1001).http_status(), Some(503));
        assert_eq!(Bound::from("x"), Bound::Unknown("x".to_owned()));
        assert_eq!(bound!("00000").message(), "Success");
    }

    #[test]
    fn serde_is_the_bare_code() {
        assert_eq!(
            ::serde_json::to_string(&acme_status!(4026)).unwrap(),
            "4026"
        );
        assert_eq!(
            ::serde_json::from_str::<AcmeStatus>("\"-1\"").unwrap(),
            acme_status!(-1)
        );
        assert_eq!(
            ::serde_json::to_string(&gateway_code!("0000")).unwrap(),
            "\"0000\""
        );
        assert_eq!(
            ::serde_json::from_str::<Inline>("7").unwrap(),
            Inline::Unknown(7)
        );
        assert_eq!(
            ::serde_json::from_str::<Bound>("\"00000\"").unwrap(),
            Bound::Success
        );
    }
}
