// A success `default`: the failure codes it covers and the codes eBET does not define.
// The conversion is still generated: its use below adds no error.
mod vendor {
    error_runtime::include_catalog!("../../../../catalogs/ebet.toml");
}
mod payment {
    error_runtime::include_catalog!("../../../../catalogs/mappings/payment.toml");
}
use payment::PaymentError;
use vendor::EbetStatus;

error_runtime::include_mapping!("../../../../tests/ui/mappings/map_default_success.toml");

fn main() {
    let _ = PaymentError::from(EbetStatus::Success);
}
