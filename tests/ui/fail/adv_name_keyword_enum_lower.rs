// The enum named `type`: one error.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_name_keyword_enum_lower.toml");

fn main() {}
