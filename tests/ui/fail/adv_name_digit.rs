// Names starting with a digit, in every position: one error each.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_name_digit.toml");

fn main() {}
