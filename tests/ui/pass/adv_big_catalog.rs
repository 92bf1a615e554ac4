// A catalog of 65,536 codes (generated at test time into target/tmp by
// tests/ui.rs: see tests/ui/adv_big.rs) compiles, and every code maps to its
// variant and back.
#[allow(dead_code)]
#[path = "../adv_big.rs"]
mod adv_big;

error_runtime::include_catalog!("../../../tmp/adv_big_catalog.toml");

fn main() {
    assert_eq!(AdvBigCatalog::ALL.len(), adv_big::CODES);
    for (i, status) in AdvBigCatalog::ALL.iter().enumerate() {
        let code = adv_big::code_of(i);
        assert_eq!(status.code(), code);
        assert_eq!(AdvBigCatalog::from(code), *status);
        assert_eq!(status.name(), format!("Code{i}"));
        assert_eq!(status.message(), adv_big::message_of(i));
    }
    assert_eq!(AdvBigCatalog::from(1_i64), AdvBigCatalog::Unknown(1));
    assert_eq!(adv_big_catalog!(-1000000), AdvBigCatalog::Code0);
}
