// Non-ASCII keys are strings like any other: kept as written.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_name_non_ascii_keys.toml");

fn main() {
    assert_eq!(NonAsciiKeys::InvalidSignature.key(), Some("签名错误"));
    assert_eq!(NonAsciiKeys::Aerger.key(), Some("Ärger"));
    assert_eq!(NonAsciiKeys::Aerger.message_in("de"), "Ärger");
    assert_eq!(NonAsciiKeys::RightToLeft.key(), Some("مرحبا\u{200f}"));
    assert_eq!(non_ascii_keys!(4).key(), Some("👍"));
    assert_eq!(NonAsciiKeys::from(4).name(), "ThumbsUp");
}
