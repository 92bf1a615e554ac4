// One mistake: the enum does not derive what ErrorCode needs (Clone).
#[derive(Debug, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Acme {
    #[code(0, message = "OK")]
    Ok,
    Unknown(i64),
}

fn main() {}
