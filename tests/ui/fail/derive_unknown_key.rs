// One mistake: a misspelt #[code] key gets a did-you-mean (and no second
// "no message" error); #[catalog] keys: derive_misspelt_lang.rs.
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en", success = [0])]
enum Acme {
    #[code(0, message = "OK")]
    Ok,
    #[code(1001, mesage = "System error", http = 500)]
    System,
    Unknown(i64),
}

fn main() {
    let _ = (Acme::System.http_status(), Acme::Ok.is_success());
}
