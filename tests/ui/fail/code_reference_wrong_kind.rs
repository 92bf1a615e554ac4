// `gateway_code!(00000)` in a string catalog: the error says the codes are
// strings and how to write this one.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/code_ref_str.json");

fn main() {
    let _ = gateway_code!(00000);
}
