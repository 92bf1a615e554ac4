// One mistake: a string code among integer codes.
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Acme {
    #[code(0, message = "OK")]
    Ok,
    #[code("1001", message = "System error")]
    System,
    Unknown(i64),
}

fn main() {
    let _ = (Acme::System.code(), Acme::from(0_i64));
}
