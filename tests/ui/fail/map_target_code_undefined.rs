// A target code the target catalog does not define (nearest codes suggested).
// The conversion is still generated: its use below adds no error.
mod vendor {
    error_runtime::include_catalog!("../../../../catalogs/ebet.toml");
}
mod payment {
    error_runtime::include_catalog!("../../../../catalogs/mappings/payment.toml");
}
use payment::PaymentError;
use vendor::EbetStatus;

error_runtime::include_mapping!("../../../../tests/ui/mappings/map_target_code_undefined.toml");

fn main() {
    let _ = PaymentError::from(EbetStatus::Success);
}
