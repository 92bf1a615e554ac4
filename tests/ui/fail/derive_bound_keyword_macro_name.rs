// One mistake: bound to a file, the enum's code-reference macro would be
// `type!`, a keyword. The methods are still generated.
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(file = "../../../../tests/ui/catalogs/derive_bound.toml")]
enum Type {
    Ok,
    BadParams,
    InvalidSignature,
    Unknown(i64),
}

fn main() {
    let _ = (Type::Ok.code(), Type::from(4026_i64).message());
}
