// One mistake: `lang` misspelt (one error, not also "missing `lang`").
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lnag = "en")]
enum Acme {
    #[code(0, message = "OK")]
    Ok,
    Unknown(i64),
}

fn main() {
    let _ = Acme::Ok.message();
}
