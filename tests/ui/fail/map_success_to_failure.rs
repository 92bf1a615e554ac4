// A vendor success code mapped to a target that is not a success.
// The conversion is still generated: its use below adds no error.
mod vendor {
    error_runtime::include_catalog!("../../../../catalogs/ebet.toml");
}
mod payment {
    error_runtime::include_catalog!("../../../../catalogs/mappings/payment.toml");
}
use payment::PaymentError;
use vendor::EbetStatus;

error_runtime::include_mapping!("../../../../tests/ui/mappings/map_success_to_failure.toml");

fn main() {
    let _ = PaymentError::from(EbetStatus::Success);
}
