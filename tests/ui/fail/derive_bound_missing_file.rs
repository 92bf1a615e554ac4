// One mistake: the bound file does not exist. The generated methods are still
// there (every variant takes the catch-all's facts), so using them adds no error.
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(file = "catalogs/no_such_file.toml")]
enum Acme {
    InvalidSignature,
    Unknown(i64),
}

fn main() {
    let _ = (Acme::InvalidSignature.code(), Acme::from(4026).message());
    let _ = matches!(Acme::from(1), Acme::Unknown(_));
}
