// i64::MIN and i64::MAX are codes like any other: conversions, the
// code-reference macro (`-9223372036854775808` is two tokens) and ranges.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_code_int_extremes.toml");

fn main() {
    assert_eq!(
        ExtremeCode::ALL,
        &[ExtremeCode::Min, ExtremeCode::Max, ExtremeCode::Zero, ExtremeCode::MinusOne]
    );
    assert_eq!(ExtremeCode::from(i64::MIN), ExtremeCode::Min);
    assert_eq!(ExtremeCode::from(i64::MAX), ExtremeCode::Max);
    assert_eq!(ExtremeCode::Min.code(), i64::MIN);
    assert_eq!(i64::from(ExtremeCode::Max), i64::MAX);
    assert_eq!(ExtremeCode::from(i64::MIN + 1), ExtremeCode::Unknown(i64::MIN + 1));
    assert_eq!(ExtremeCode::from(i64::MAX - 1), ExtremeCode::Unknown(i64::MAX - 1));
    assert_eq!(extreme_code!(-9223372036854775808), ExtremeCode::Min);
    assert_eq!(extreme_code!(9223372036854775807), ExtremeCode::Max);
    assert_eq!(extreme_code!(-1), ExtremeCode::MinusOne);
    assert!(matches!(ExtremeCode::from(i64::MIN), extreme_code!(-9223372036854775808)));
    assert_eq!("-9223372036854775808".parse::<ExtremeCode>(), Ok(ExtremeCode::Min));
    assert!("9223372036854775808".parse::<ExtremeCode>().is_err());
    // success = [0x0, +0, -1, 0b0, 0o0, 9_223_372_036_854_775_807]: 0, -1 and MAX.
    assert!(ExtremeCode::Zero.is_success());
    assert!(ExtremeCode::MinusOne.is_success());
    assert!(ExtremeCode::Max.is_success());
    assert!(!ExtremeCode::Min.is_success());
    assert_eq!(ExtremeCode::Min.category(), Some("low"));
    assert_eq!(ExtremeCode::MinusOne.category(), Some("low"));
    assert_eq!(ExtremeCode::Zero.category(), None);
    assert_eq!(ExtremeCode::Max.category(), Some("high"));
    assert_eq!(ExtremeCode::from(1).category(), Some("high"));
    assert_eq!(ExtremeCode::from(i64::MIN + 1).category(), Some("low"));
}
