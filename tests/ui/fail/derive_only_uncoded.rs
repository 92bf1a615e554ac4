// One mistake: the only unit variant has no #[code], so no code is known; the
// generated methods must still cover it (no follow-up non-exhaustive match).
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Acme {
    Forgotten,
    Unknown(i64),
}

fn main() {
    let _ = (Acme::Forgotten.code(), Acme::Forgotten.message());
}
