// One mistake: the enum and the file disagree both ways (one error names all).
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(file = "../../../../tests/ui/catalogs/derive_bound.toml")]
enum Acme {
    Ok,
    InvalidSignatur,
    Extra,
    Unknown(i64),
}

fn main() {
    let _ = (Acme::Ok.message(), Acme::Extra.code(), Acme::from(4026_i64));
}
