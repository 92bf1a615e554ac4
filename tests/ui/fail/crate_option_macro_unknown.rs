// One mistake: a misspelt include_catalog! option.
error_runtime::include_catalog!("../../../../tests/catalogs/int.toml", krate = errs);

fn main() {}
