// A `from` catalog file that does not exist.
// Without the vendor catalog no conversion can be generated.
mod vendor {
    error_runtime::include_catalog!("../../../../catalogs/ebet.toml");
}
mod payment {
    error_runtime::include_catalog!("../../../../catalogs/mappings/payment.toml");
}
use payment::PaymentError;
use vendor::EbetStatus;

error_runtime::include_mapping!("../../../../tests/ui/mappings/map_missing_catalog.toml");

fn main() {
    let _ = (PaymentError::Ok, EbetStatus::Success);
}
