// A misspelt field of a rule table (did you mean `allow-success-mismatch`?), and no mismatch error.
// The conversion is still generated: its use below adds no error.
mod vendor {
    error_runtime::include_catalog!("../../../../catalogs/ebet.toml");
}
mod payment {
    error_runtime::include_catalog!("../../../../catalogs/mappings/payment.toml");
}
use payment::PaymentError;
use vendor::EbetStatus;

error_runtime::include_mapping!("../../../../tests/ui/mappings/map_unknown_rule_field.toml");

fn main() {
    let _ = PaymentError::from(EbetStatus::Success);
}
