// A target name the target catalog does not define (did you mean `AuthFailed`?).
// The conversion is still generated: its use below adds no error.
mod vendor {
    error_runtime::include_catalog!("../../../../catalogs/ebet.toml");
}
mod payment {
    error_runtime::include_catalog!("../../../../catalogs/mappings/payment.toml");
}
use payment::PaymentError;
use vendor::EbetStatus;

error_runtime::include_mapping!("../../../../tests/ui/mappings/map_target_name_undefined.toml");

fn main() {
    let _ = PaymentError::from(EbetStatus::Success);
}
