// A catalog with one mistake still generates the enum: a program that uses the
// enum, its methods, a variant and the code-reference macro gets only the one
// catalog error, no cascade of "cannot find type" errors.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/skeleton.toml");

use error_runtime::ErrorCode;

fn describe<E: ErrorCode>(code: &E) -> bool {
    code.is_known()
}

fn main() {
    let status = AcmeStatus::from(4026_i64);
    assert_eq!(status, AcmeStatus::InvalidSignature);
    assert_eq!(status.code(), 4026);
    assert_eq!(status.message(), "Invalid signature");
    assert_eq!(status.http_status(), Some(401));
    assert!(AcmeStatus::Ok.is_success());
    assert!(describe(&status));
    match status {
        acme_status!(4026) => {}
        acme_status!(0) => {}
        AcmeStatus::Unknown(raw) => println!("{raw}"),
    }
    println!("{} {}", AcmeStatus::ALL.len(), status);
}
