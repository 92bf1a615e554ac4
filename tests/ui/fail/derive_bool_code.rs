// One mistake: a boolean as the code.
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Acme {
    #[code(0, message = "OK")]
    Ok,
    #[code(true, message = "System error")]
    System,
    Unknown(i64),
}

fn main() {
    let _ = Acme::System.message();
}
