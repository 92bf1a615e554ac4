//! Generated code in a `#![no_std]` crate with `alloc`: it names nothing of
//! `std` (strings come from the runtime's `alloc` re-export). `.ci/run`
//! builds it alone, without the runtime's default features and with each.
#![cfg_attr(not(test), no_std)]
#![deny(warnings, missing_docs)]

extern crate alloc;

use alloc::string::String;

/// The integer and string test catalogs.
pub mod catalogs {
    error_runtime::include_catalog!("../catalogs/int.toml");
    error_runtime::include_catalog!("../catalogs/subset.toml");
    error_runtime::include_catalog!("../catalogs/str.toml");
}

/// Two seed vendors mapped onto one target catalog.
pub mod mapped {
    error_runtime::include_catalog!("../../catalogs/ebet.toml");
    error_runtime::include_catalog!("../../catalogs/multimarkets_gateway.toml");
    error_runtime::include_catalog!("../../catalogs/mappings/payment.toml");
    error_runtime::include_mapping!("../../catalogs/mappings/ebet_to_payment.toml");
    error_runtime::include_mapping!("../../catalogs/mappings/multimarkets_to_payment.toml");
}

/// Inline codes with a catch-all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, error_runtime::ErrorCode)]
#[catalog(lang = "en", placeholders = "java")]
pub enum Derived {
    /// Busy.
    #[code(1, message = "Busy for {0} s")]
    Busy,
    /// Any other code.
    Unknown(i64),
}

/// Bound to the string catalog, with a `Box<str>` catch-all.
#[derive(Debug, Clone, PartialEq, error_runtime::ErrorCode)]
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
    Unknown(alloc::boxed::Box<str>),
}

/// A rendered message in `lang`, through the generated methods alone.
pub fn describe(code: i64, lang: &str) -> String {
    use catalogs::{acme_status, AcmeStatus};
    match AcmeStatus::from(code) {
        acme_status!(1003) => AcmeStatus::ParamMissing.render_in(lang, &[&"id"]),
        other => String::from(other.message_in(lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use catalogs::{gateway_code, GatewayCode};

    #[test]
    fn generated_items_work_without_std() {
        assert_eq!(describe(1003, "en"), "Parameter id can't be empty");
        assert_eq!(describe(4026, "zh"), "签名不对");
        assert_eq!(derived!(1).render(&[&3]), "Busy for 3 s");
        assert_eq!(Derived::from(2), Derived::Unknown(2));
        assert_eq!(Bound::from("x"), Bound::Unknown("x".into()));
        assert_eq!(GatewayCode::from("00000"), gateway_code!("00000"));
        use mapped::{EbetStatus, MultiMarketsGatewayCode, PaymentError};
        assert_eq!(
            PaymentError::from(EbetStatus::from(4026)),
            PaymentError::AuthFailed
        );
        let gateway = MultiMarketsGatewayCode::from("G500");
        assert_eq!(
            PaymentError::from(gateway),
            PaymentError::ServiceUnavailable
        );
    }
}
