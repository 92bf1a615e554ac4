// `gateway_code!("GW_CODE_014")` in a string catalog: the error names the
// catalog and the nearest codes.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/code_ref_str.json");

fn main() {
    let ok = gateway_code!("GW_CODE_012");
    let _ = ok;
    let _ = gateway_code!("GW_CODE_014");
}
