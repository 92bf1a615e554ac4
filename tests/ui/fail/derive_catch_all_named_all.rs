// One mistake: the catch-all named like the generated `Acme::ALL`. Nothing is
// generated (each use of `ALL` would be another error), so only this is reported.
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Acme {
    #[code(0, message = "OK")]
    Ok,
    ALL(i64),
}

fn main() {
    let _ = Acme::Ok;
}
