// One mistake: no variant has a #[code] (one error at #[catalog], not one per variant).
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Acme {
    Ok,
    System,
    Unknown(i64),
}

fn main() {
    let _ = (Acme::Ok.code(), Acme::System.message());
}
