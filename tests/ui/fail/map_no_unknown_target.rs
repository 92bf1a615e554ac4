// Every vendor code covered, but no target for the codes the vendor does not define.
// The conversion is still generated: its use below adds no error.
mod vendor {
    error_runtime::include_catalog!("../../../../catalogs/multimarkets_gateway.toml");
}
mod payment {
    error_runtime::include_catalog!("../../../../catalogs/mappings/payment.toml");
}
use payment::PaymentError;
use vendor::MultiMarketsGatewayCode;

error_runtime::include_mapping!("../../../../tests/ui/mappings/map_no_unknown_target.toml");

fn main() {
    let _ = PaymentError::from(MultiMarketsGatewayCode::SystemAbnormality);
}
