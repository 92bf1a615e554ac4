// One mistake: include_catalog!'s `crate = …` takes a path, not a string
// (the other mistakes of the option: error-catalog's expand unit tests).
error_runtime::include_catalog!("../../../../tests/catalogs/int.toml", crate = "errs");

fn main() {}
