// One mistake: `file` misspelt. One error with a did-you-mean, not also
// "missing `lang`" and "no #[code]" for every variant; the methods still exist.
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(fiel = "catalogs/ebet.toml")]
enum Acme {
    Success,
    InvalidSignature,
    Unknown(i64),
}

fn main() {
    let _ = (Acme::Success.message(), Acme::from(4026_i64));
}
