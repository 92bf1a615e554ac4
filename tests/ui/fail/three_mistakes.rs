// Three mistakes in one catalog (undefined success code, HTTP status 700, lowercase variant name): all reported at once.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/three_mistakes.toml");

fn main() {}
