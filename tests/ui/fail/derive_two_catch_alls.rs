// One mistake: two tuple variants claim the unknown codes.
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Acme {
    #[code(0, message = "OK")]
    Ok,
    Unknown(i64),
    Other(i64),
}

fn main() {
    let _ = (Acme::from(5_i64), Acme::Other(1).code());
}
