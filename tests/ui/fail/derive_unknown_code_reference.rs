// One mistake: the derived enum's code-reference macro given a code it lacks.
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Acme {
    #[code(4025, message = "Bad parameters")]
    BadParams,
    #[code(4026, message = "Invalid signature")]
    InvalidSignature,
    Unknown(i64),
}

fn main() {
    let _ = acme!(4027);
}
