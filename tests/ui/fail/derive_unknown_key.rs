// Two mistakes, one per attribute: misspelt keys get a did-you-mean.
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en", sucess = [0])]
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
