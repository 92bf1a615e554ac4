// The enum named `Self`: one error, nothing else generated.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_name_keyword_enum_self.toml");

fn main() {}
