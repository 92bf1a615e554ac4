//! Another crate's catalogs: the code-reference macros are reached by the
//! including module's path, and expand to the enum in scope here.
#![deny(warnings, missing_docs)]

use error_runtime::ErrorCode;
use hygiene::catalogs::{acme_status, gateway_code, AcmeStatus, GatewayCode};

/// What to tell the caller about an Acme status, matching on codes.
pub fn advice(status: AcmeStatus) -> &'static str {
    match status {
        acme_status!(4026) => "check the signing key",
        hygiene::catalogs::acme_status!(-1) => "create the record first",
        s if s.is_retryable() => "retry later",
        _ => "give up",
    }
}

/// Whether a gateway code is the vendor's success code.
pub fn is_gateway_success(code: &GatewayCode) -> bool {
    *code == gateway_code!("00000")
}

/// The catalog name, through the shared trait.
pub fn catalog_of<E: ErrorCode>(_: &E) -> &'static str {
    E::CATALOG
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn macros_and_enums_work_across_crates() {
        assert_eq!(advice(AcmeStatus::from(4026)), "check the signing key");
        assert_eq!(advice(AcmeStatus::from(-1)), "create the record first");
        assert_eq!(advice(AcmeStatus::from(1001)), "retry later");
        assert_eq!(advice(AcmeStatus::from(77)), "give up");
        assert!(is_gateway_success(&GatewayCode::from("00000")));
        assert!(!is_gateway_success(&GatewayCode::from("0000")));
        assert_eq!(catalog_of(&acme_status!(0)), "AcmeStatus");
    }
}
