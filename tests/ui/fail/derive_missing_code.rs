// One mistake: a unit variant without #[code] (inline form).
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Acme {
    #[code(0, message = "OK")]
    Ok,
    Forgotten,
    Unknown(i64),
}

fn main() {
    let _ = (Acme::Forgotten.code(), Acme::Ok.message());
}
