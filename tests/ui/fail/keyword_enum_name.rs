// One mistake: the enum's code-reference macro would be `type!`, a keyword.
// The enum is still generated (without the macro), so using it adds no error.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/keyword_enum_name.toml");

fn main() {
    let _ = (Type::One.code(), Type::from(2).message());
}
