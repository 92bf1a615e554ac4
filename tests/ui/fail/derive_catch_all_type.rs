// One mistake: the catch-all of an integer enum must hold an `i64`.
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Acme {
    #[code(0, message = "OK")]
    Ok,
    Unknown(u32),
}

fn main() {
    let _ = Acme::Ok.message();
}
