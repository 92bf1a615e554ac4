// `#[catalog(inherent = false)]`: the derive emits the `ErrorCode` trait's
// methods and no inherent ones, so the enum's own `code`, `name` and `ALL`
// do not clash with them.
use error_runtime::ErrorCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, error_runtime::ErrorCode)]
#[catalog(lang = "en", success = [0], inherent = false)]
enum Acme {
    #[code(0, message = "OK")]
    Ok,
    #[code(1001, message = "System error")]
    System,
    Unknown(i64),
}

impl Acme {
    const ALL: [&'static str; 1] = ["the enum's own"];

    fn code(&self) -> &'static str {
        "the enum's own code"
    }

    fn name(self) -> u8 {
        7
    }
}

fn main() {
    assert_eq!(Acme::System.code(), "the enum's own code");
    assert_eq!(Acme::System.name(), 7);
    assert_eq!(Acme::ALL, ["the enum's own"]);
    assert_eq!(ErrorCode::code(&Acme::System), 1001);
    assert_eq!(ErrorCode::name(&Acme::System), "System");
    assert_eq!(<Acme as ErrorCode>::ALL, &[Acme::Ok, Acme::System]);
    assert_eq!(Acme::from(1001_i64), Acme::System);
    assert_eq!(Acme::System.to_string(), "1001: System error");
    // The serde impl calls the code through the trait, not the enum's own
    // `code()` (which returns a `&str` here): it compiles, and is `Serialize`.
    fn serializable<T: error_runtime::__private::serde::Serialize>(_: &T) {}
    serializable(&Acme::System);
    assert!(ErrorCode::is_success(&Acme::Unknown(0)));
}
