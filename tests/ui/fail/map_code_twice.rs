// The same vendor code mapped twice (04026 is 4026).
// The conversion is still generated: its use below adds no error.
mod vendor {
    error_runtime::include_catalog!("../../../../catalogs/ebet.toml");
}
mod payment {
    error_runtime::include_catalog!("../../../../catalogs/mappings/payment.toml");
}
use payment::PaymentError;
use vendor::EbetStatus;

error_runtime::include_mapping!("../../../../tests/ui/mappings/map_code_twice.toml");

fn main() {
    let _ = PaymentError::from(EbetStatus::Success);
}
