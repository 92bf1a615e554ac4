// One mistake: no #[catalog] attribute.
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
enum Acme {
    Ok,
    Unknown(i64),
}

fn main() {}
