// `acme_status!(4099)`: the catalog has no code 4099; the error names the
// catalog and the nearest codes.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/code_ref_int.toml");

fn main() {
    let ok = acme_status!(4026);
    let _ = ok;
    let _ = acme_status!(4099);
}
