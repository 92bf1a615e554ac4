// One mistake: #[catalog(crate = "…")] that is not a Rust path (a package
// name with `-`); the enum is still generated, so its uses add no error.
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(crate = "error-runtime", lang = "en")]
enum Acme {
    #[code(0, message = "OK")]
    Ok,
    Unknown(i64),
}

fn main() {
    let _ = Acme::Ok.code();
}
