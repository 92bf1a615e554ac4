// One mistake: the enum's code-reference macro would be `type!`, a keyword.
// The methods are still generated, so using them adds no error.
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Type {
    #[code(1, message = "one")]
    One,
    Unknown(i64),
}

fn main() {
    let _ = (Type::One.code(), Type::from(2).message());
}
