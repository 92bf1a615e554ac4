// A TOML syntax error in the mapping file.
// A file that does not parse names no catalogs, so no conversion is generated
// (as a catalog with a syntax error generates no enum).
mod vendor {
    error_runtime::include_catalog!("../../../../catalogs/ebet.toml");
}
mod payment {
    error_runtime::include_catalog!("../../../../catalogs/mappings/payment.toml");
}
use payment::PaymentError;
use vendor::EbetStatus;

error_runtime::include_mapping!("../../../../tests/ui/mappings/map_syntax_error.toml");

fn main() {
    let _ = (PaymentError::Ok, EbetStatus::Success);
}
