// A mapping included in a function body, the enums from outside it: the impl
// is a non-local definition, which `warnings` would deny unless allowed.
#![deny(warnings)]

mod vendor {
    error_runtime::include_catalog!("../../../../catalogs/ebet.toml");
}
mod payment {
    error_runtime::include_catalog!("../../../../catalogs/mappings/payment.toml");
}
use payment::PaymentError;
use vendor::EbetStatus;

fn main() {
    error_runtime::include_mapping!("../../../../catalogs/mappings/ebet_to_payment.toml");
    assert_eq!(
        PaymentError::from(EbetStatus::InvalidSignature),
        PaymentError::AuthFailed
    );
}
