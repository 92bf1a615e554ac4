// One mistake: `key` given a number instead of the vendor's symbolic name.
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Acme {
    #[code(0, message = "OK")]
    Ok,
    #[code(1001, message = "System error", key = 5)]
    System,
    Unknown(i64),
}

fn main() {
    let _ = Acme::System.key();
}
