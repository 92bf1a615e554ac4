// One mistake: an empty message table (not also "no message in `en`").
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Acme {
    #[code(0, message = "OK")]
    Ok,
    #[code(1001, message())]
    System,
    Unknown(i64),
}

fn main() {
    let _ = Acme::System.message();
}
