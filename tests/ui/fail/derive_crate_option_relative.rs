// One mistake: a `crate` path relative to the module, which would mean
// something else wherever the code-reference macro is used.
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en", crate = "self::rt")]
enum Acme {
    #[code(0, message = "OK")]
    Ok,
    Unknown(i64),
}

fn main() {
    let _ = Acme::Ok.code();
}
