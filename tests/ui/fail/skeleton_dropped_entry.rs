// A mistake that drops one entry (an invalid variant name): the program uses
// the other variants, every generated method and the code-reference macro, and
// gets only the one catalog error.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/skeleton_dropped_entry.toml");

fn main() {
    let status = AcmeStatus::from(4026_i64);
    assert_eq!(status, acme_status!(4026));
    assert_eq!(status.code(), 4026);
    assert_eq!(status.message(), "签名不对");
    assert_eq!(status.message_in("en_US"), "Invalid signature");
    assert_eq!(status.name(), "InvalidSignature");
    assert_eq!(status.arity(), 0);
    assert_eq!(status.render(&[]), "签名不对");
    assert_eq!(AcmeStatus::from(4027_i64), AcmeStatus::Unknown(4027));
    assert_eq!(i64::from(AcmeStatus::Ok), 0);
    assert_eq!(AcmeStatus::ALL.len(), 2);
}
