// A category the catalog does not define (did you mean `card`?).
error_runtime::include_catalog!("../../../../tests/ui/catalogs/undefined_category.toml");

fn main() {}
