//! Generated code under the strictest lints users set: `.ci/run` also runs
//! `cargo clippy -p strict -- -D warnings -W clippy::pedantic`. The
//! [`shadowed`] module includes the catalogs where every primitive type name
//! is taken by a user item, so generated code must name them
//! `::core::primitive::*`; [`deprecated`] derives an enum with a deprecated
//! variant, which must not warn until user code names it.
#![forbid(unsafe_code)]
#![deny(warnings, missing_docs, unused_qualifications, clippy::pedantic)]

/// The integer, subset and string test catalogs and derived enums, among
/// user items named like the primitive types.
#[allow(non_camel_case_types, dead_code)]
pub mod shadowed {
    /// Shadows `str`.
    pub struct str;
    /// Shadows `bool`.
    pub struct bool;
    /// Shadows `i64`.
    pub type i64 = ();
    /// Shadows `u8`.
    pub type u8 = ();
    /// Shadows `u16`.
    pub type u16 = ();
    /// Shadows `u32`.
    pub type u32 = ();
    /// Shadows `u64`.
    pub type u64 = ();
    /// Shadows `usize`.
    pub type usize = ();

    error_runtime::include_catalog!("../catalogs/int.toml");
    error_runtime::include_catalog!("../catalogs/subset.toml");
    error_runtime::include_catalog!("../catalogs/str.toml");

    /// Inline integer codes with a catch-all.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, error_runtime::ErrorCode)]
    #[catalog(lang = "en", success = [0], categories(common(range = [1, 9])))]
    pub enum Inline {
        /// Success.
        #[code(0, message = "OK")]
        Ok,
        /// Busy.
        #[code(1, message = "Busy", http = 503, retryable, key = "busy")]
        Busy,
        /// Any other code.
        Unknown(core::primitive::i64),
    }

    /// Inline string codes without a catch-all.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, error_runtime::ErrorCode)]
    #[catalog(lang = "en", categories(gateway(prefix = "GW_")))]
    pub enum Closed {
        /// A timeout.
        #[code("GW_1", message = "Timed out")]
        Timeout,
        /// A refusal.
        #[code("E2", message = "Refused")]
        Refused,
    }

    /// Bound to the string catalog.
    #[derive(Debug, Clone, PartialEq, Eq, error_runtime::ErrorCode)]
    #[catalog(file = "../catalogs/str.toml")]
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
        Unknown(Box<core::primitive::str>),
    }
}

/// A derived enum with a deprecated variant: deriving does not warn.
pub mod deprecated {
    /// Codes of a vendor that retired one.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, error_runtime::ErrorCode)]
    #[catalog(lang = "en")]
    pub enum Legacy {
        /// The current code.
        #[code(1, message = "Current")]
        Current,
        /// The retired code.
        #[deprecated = "use 1"]
        #[code(2, message = "Retired")]
        Retired,
        /// Any other code.
        Unknown(i64),
    }
}

use shadowed::{acme_reply, acme_status, bound, closed, gateway_code, inline};
use shadowed::{AcmeReply, AcmeStatus, Bound, Closed, GatewayCode, Inline};

/// Every catalog through its conversions and code-reference macros.
#[must_use]
pub fn classify(code: i64, text: &str) -> [&'static str; 5] {
    let int = match AcmeStatus::from(code) {
        acme_status!(4026) => "signature",
        AcmeStatus::Other(_) => "other",
        _ => "known",
    };
    let reply = match AcmeReply::try_from(AcmeStatus::from(code)) {
        Ok(acme_reply!(0)) => "ok",
        Ok(_) => "reply",
        Err(_) => "not a reply",
    };
    let string = match GatewayCode::from(text) {
        gateway_code!("GW_CODE_012") => "timeout",
        GatewayCode::Unknown(_) => "unknown",
        _ => "known",
    };
    let derived = match (Inline::from(code), Closed::try_from(text)) {
        (inline!(1), _) => "busy",
        (_, Ok(closed!("GW_1"))) => "closed timeout",
        _ => "neither",
    };
    let bound = if Bound::from(text) == bound!("00000") {
        "success"
    } else {
        "not success"
    };
    [int, reply, string, derived, bound]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_code_works_among_shadowed_primitives() {
        assert_eq!(
            classify(4026, "GW_CODE_012"),
            ["signature", "reply", "timeout", "neither", "not success"]
        );
        assert_eq!(
            classify(0, "00000"),
            ["known", "ok", "known", "neither", "success"]
        );
        assert_eq!(
            classify(1, "GW_1"),
            ["other", "not a reply", "unknown", "busy", "not success"]
        );
        assert_eq!(Inline::Busy.category(), Some("common"));
        assert_eq!(Closed::Timeout.category(), Some("gateway"));
        assert_eq!(acme_status!(1003).render(&[&"x"]), "参数 x 不能为空");
    }

    #[test]
    #[allow(deprecated)]
    fn deprecated_variants_still_work() {
        use deprecated::Legacy;
        assert_eq!(Legacy::from(2), Legacy::Retired);
        assert_eq!(Legacy::Retired.code(), 2);
        assert_eq!(AcmeStatus::from(5000), AcmeStatus::LegacyError);
    }
}
