// Two mistakes in values, read by the catalog's own schema reader.
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en", placeholders = "jav")]
enum Acme {
    #[code(0, message = "OK", http = "200")]
    Ok,
    Unknown(i64),
}

fn main() {
    let _ = Acme::Ok.http_status();
}
