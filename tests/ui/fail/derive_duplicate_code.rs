// One mistake: two variants share code 1001.
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Acme {
    #[code(1001, message = "System error")]
    System,
    #[code(1001, message = "System busy")]
    Busy,
    Unknown(i64),
}

fn main() {
    // The skeleton keeps `Busy` usable: no cascade.
    let _ = (Acme::Busy.message(), Acme::from(1001_i64), acme!(1001));
}
