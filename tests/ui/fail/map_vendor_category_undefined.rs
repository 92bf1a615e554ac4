// A category the vendor catalog does not define (did you mean `gateway`?).
// The conversion is still generated: its use below adds no error.
mod vendor {
    error_runtime::include_catalog!("../../../../catalogs/multimarkets_gateway.toml");
}
mod payment {
    error_runtime::include_catalog!("../../../../catalogs/mappings/payment.toml");
}
use payment::PaymentError;
use vendor::MultiMarketsGatewayCode;

error_runtime::include_mapping!("../../../../tests/ui/mappings/map_vendor_category_undefined.toml");

fn main() {
    let _ = PaymentError::from(MultiMarketsGatewayCode::SystemAbnormality);
}
