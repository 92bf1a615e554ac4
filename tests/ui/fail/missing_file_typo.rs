// A misspelt catalog path: the error says where the file was looked for and
// names the catalog file of that directory it most likely means.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/http_out_of_rang.toml");

fn main() {}
