// One mistake: a value of the wrong type, found by the catalog's own schema reader.
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Acme {
    #[code(0, message = "OK", http = "200")]
    Ok,
    Unknown(i64),
}

fn main() {
    let _ = Acme::Ok.http_status();
}
