// One mistake: no Clone derive; rustc reports each bound of the trait that needs it.
#[derive(Debug, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Acme {
    #[code(0, message = "OK")]
    Ok,
    Unknown(i64),
}

fn main() {}
