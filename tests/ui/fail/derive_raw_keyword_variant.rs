// One mistake: `r#type` is a valid Rust variant but not a catalog name (ASCII
// UpperCamelCase); the error suggests `Type` and the rest still compiles.
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
#[allow(non_camel_case_types)]
enum Acme {
    #[code(0, message = "OK")]
    Ok,
    #[code(1, message = "Wrong type")]
    r#type,
    Unknown(i64),
}

fn main() {
    let _ = (Acme::r#type.code(), Acme::from(1_i64), Acme::Ok.message());
}
