// Code forms in the derive: `0x0FBA` is 4026 (a duplicate), `-0` is 0,
// `1_000` is 1000, and a float is not a code. One error per mistake.
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Acme {
    #[code(4026, message = "decimal")]
    Decimal,
    #[code(0x0FBA, message = "hex")]
    Hex,
    #[code(-0, message = "zero")]
    Zero,
    #[code(1_000, message = "thousand")]
    Thousand,
    #[code(1.5, message = "float")]
    Float,
    #[code(-9223372036854775808, message = "min")]
    Min,
    Unknown(i64),
}

fn main() {
    assert_eq!(acme!(1000), Acme::Thousand);
    assert_eq!(acme!(0), Acme::Zero);
    assert_eq!(acme!(-9223372036854775808), Acme::Min);
}
