// Integer and string codes mixed without `code-type`: one error, not one per code.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/mixed_code_types.toml");

fn main() {
    // The enum is generated (as a string catalog): no cascade here.
    let _ = MixedCode::from("E01");
}
