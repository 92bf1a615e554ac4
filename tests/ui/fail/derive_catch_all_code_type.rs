// One mistake: integer codes with a string catch-all; the error is at the
// catch-all's field, says why the codes are integers, and names both fixes.
#[derive(Debug, Clone, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Acme {
    #[code(0, message = "OK")]
    Ok,
    #[code(1001, message = "System error")]
    System,
    Unknown(String),
}

fn main() {
    let _ = Acme::System.code();
}
