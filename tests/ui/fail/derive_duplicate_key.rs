// One mistake: a key given twice in one #[code] (one error, at the second).
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en", categories(a(range = [1000, 1999]), b(range = [2000, 2999])))]
enum Acme {
    #[code(0, message = "OK")]
    Ok,
    #[code(1001, message = "System error", category = "a", category = "b")]
    System,
    Unknown(i64),
}

fn main() {
    let _ = Acme::System.category();
}
