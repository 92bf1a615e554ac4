// The code-reference macro of an empty catalog: every code is unknown, and
// there are no nearest codes to suggest.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_empty_int.toml");
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_empty_str.toml");

fn main() {
    let _ = empty_int!(0);
    let _ = empty_str!("");
}
