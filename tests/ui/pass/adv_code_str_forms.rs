// String codes are exact: "4026", "04026", "+4026" and the rest are distinct.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_code_str_forms.toml");

fn main() {
    assert_eq!(TextCode::ALL.len(), 14);
    for status in TextCode::ALL {
        assert_eq!(status.code(), status.message());
        assert_eq!(TextCode::from(status.code()), *status);
    }
    assert_eq!(TextCode::from("4026"), TextCode::Plain);
    assert_eq!(TextCode::from("04026"), TextCode::LeadingZero);
    assert_eq!(TextCode::from("+4026"), TextCode::Plus);
    assert_eq!(TextCode::from("-0"), TextCode::NegativeZero);
    assert_eq!(TextCode::from("4026 "), TextCode::TrailingSpace);
    assert_eq!(TextCode::from("004026"), TextCode::Unknown("004026".into()));
    assert_eq!(TextCode::from(" 4026"), TextCode::Unknown(" 4026".into()));
    assert_eq!(TextCode::from("16"), TextCode::Unknown("16".into()));
    assert_eq!(TextCode::from("ärger"), TextCode::Unknown("ärger".into()));
    assert!(TextCode::Plus.is_success());
    assert!(!TextCode::Plain.is_success());
    assert_eq!(TextCode::Plus.category(), Some("plus"));
    assert_eq!(TextCode::from("+1").category(), Some("plus"));
    assert_eq!(TextCode::Plain.category(), None);
    assert_eq!(text_code!("04026"), TextCode::LeadingZero);
    assert_eq!(text_code!("+4026"), TextCode::Plus);
    assert_eq!(text_code!("true"), TextCode::True);
    assert!(matches!(TextCode::from("1.5"), text_code!("1.5")));
    assert_eq!("0x10".parse::<TextCode>(), Ok(TextCode::Hex));
}
