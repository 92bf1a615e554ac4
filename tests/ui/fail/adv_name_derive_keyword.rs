// The derive on a lowercase keyword enum (`r#try`) and on raw keyword and
// non-ASCII variants: one error each at the name; the rest still compiles.
#![allow(non_camel_case_types, mixed_script_confusables, uncommon_codepoints)]

#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum r#try {
    #[code(1, message = "one")]
    One,
    Unknown(i64),
}

#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Acme {
    #[code(1, message = "async")]
    r#async,
    #[code(2, message = "gen")]
    r#gen,
    #[code(3, message = "Ärger")]
    Ärger,
    #[code(4, message = "ok")]
    Ok,
    r#yield(i64),
}

fn main() {
    let _ = (r#try::One.code(), Acme::r#gen.code(), Acme::from(9), acme!(4));
}
