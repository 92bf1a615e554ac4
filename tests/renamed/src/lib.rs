//! A crate that knows the runtime only as `errs` (renamed in Cargo.toml):
//! the macros find the name in the manifest, or are told it with `crate = …`.
#![deny(warnings, missing_docs)]

/// Found in Cargo.toml: no option.
pub mod detected {
    errs::include_catalog!("../catalogs/int.toml");
}

/// Named explicitly.
pub mod explicit {
    errs::include_catalog!("../catalogs/str.toml", crate = errs);
}

/// Derived inline, the crate named explicitly (serde's `crate = "…"` form).
#[derive(Debug, Clone, Copy, PartialEq, errs::ErrorCode)]
#[catalog(crate = "errs", lang = "en", success = [0])]
pub enum Inline {
    /// Success.
    #[code(0, message = "OK")]
    Ok,
    /// Busy.
    #[code(1001, message = "Busy", retryable)]
    Busy,
    /// Any other code.
    Unknown(i64),
}

/// Derived and bound to a file, the crate found in Cargo.toml.
#[derive(Debug, Clone, PartialEq, errs::ErrorCode)]
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
    Unknown(String),
}

/// The code-reference macros as patterns, through the shared trait.
pub fn summary<E: errs::ErrorCode>(status: &E) -> String {
    format!("{} {}", E::CATALOG, status.name())
}

/// Classifies a code with the macros of the detected and derived enums.
pub fn classify(code: i64) -> &'static str {
    use detected::{acme_status, AcmeStatus};
    match (AcmeStatus::from(code), Inline::from(code)) {
        (acme_status!(4026), _) => "signature",
        (_, inline!(1001)) => "busy",
        (AcmeStatus::Other(_), Inline::Unknown(_)) => "unknown",
        _ => "known",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use detected::{acme_status, AcmeStatus};
    use explicit::{gateway_code, GatewayCode};

    #[test]
    fn everything_works_under_the_renamed_crate() {
        assert_eq!(classify(4026), "signature");
        assert_eq!(classify(1001), "busy");
        assert_eq!(classify(77), "unknown");
        assert_eq!(classify(0), "known");
        assert_eq!(summary(&acme_status!(-1)), "AcmeStatus RecordMissing");
        assert_eq!(summary(&gateway_code!("0000")), "GatewayCode ShortZero");
        assert_eq!(summary(&Bound::from("CU_001")), "Bound CustomerMissing");
        assert_eq!(bound!("with space"), Bound::WithSpace);
        assert!(inline!(1001).is_retryable());
        assert_eq!(serde_json::to_string(&AcmeStatus::from(5)).unwrap(), "5");
        assert_eq!(
            serde_json::from_str::<GatewayCode>("\"x\"").unwrap(),
            GatewayCode::Unknown("x".into())
        );
        assert_eq!(
            errs::decode::<(), AcmeStatus>(br#"{"status":4026}"#)
                .unwrap_err()
                .code(),
            Some(&acme_status!(4026))
        );
    }
}
