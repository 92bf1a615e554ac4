// One mistake: the catch-all of a string enum holds a `String` or `Box<str>`.
#[derive(Debug, Clone, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Acme {
    #[code("OK", message = "OK")]
    Ok,
    Unknown(&'static str),
}

fn main() {
    let _ = Acme::Ok.message();
}
