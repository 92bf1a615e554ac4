// A misspelt field of [mapping] (did you mean `default`?), and no cascade from the missing default.
// The conversion is still generated: its use below adds no error.
mod vendor {
    error_runtime::include_catalog!("../../../../catalogs/ebet.toml");
}
mod payment {
    error_runtime::include_catalog!("../../../../catalogs/mappings/payment.toml");
}
use payment::PaymentError;
use vendor::EbetStatus;

error_runtime::include_mapping!("../../../../tests/ui/mappings/map_unknown_field.toml");

fn main() {
    let _ = PaymentError::from(EbetStatus::Success);
}
