// A 1 MiB message (generated at test time into target/tmp by tests/ui.rs:
// see tests/ui/adv_big.rs) compiles and comes back byte for byte.
#[allow(dead_code)]
#[path = "../adv_big.rs"]
mod adv_big;

error_runtime::include_catalog!("../../../tmp/adv_big_message.toml");

fn main() {
    let huge = AdvBigMessage::Huge;
    assert_eq!(huge.message().len(), adv_big::MESSAGE_BYTES);
    assert!(huge.message() == adv_big::big_message());
    assert!(huge.render(&[&"arg"]) == adv_big::big_message());
}
