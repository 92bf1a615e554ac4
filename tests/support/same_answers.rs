//! Two values that must answer every method of the shared trait alike: a
//! derived enum's variant and `include_catalog!`'s, a catch-all holding a
//! known code and that code's variant.

use error_runtime::ErrorCode;

/// `a` and `b` answer every `ErrorCode` method alike, `Display` included.
pub fn assert_same_answers<A: ErrorCode, B: ErrorCode>(a: &A, b: &B) {
    let args: [&dyn core::fmt::Display; 3] = [&"x", &42, &"z"];
    assert_eq!(a.code().to_string(), b.code().to_string());
    assert_eq!(a.name(), b.name());
    assert_eq!(a.to_string(), b.to_string());
    assert_eq!(a.message(), b.message());
    for lang in A::LANGUAGES.iter().chain(&["en_US", "zh", "xx"]) {
        assert_eq!(
            a.message_in(lang),
            b.message_in(lang),
            "{} in {lang}",
            a.name()
        );
        assert_eq!(a.render_in(lang, &args), b.render_in(lang, &args));
    }
    assert_eq!(a.key(), b.key());
    assert_eq!(a.is_success(), b.is_success());
    assert_eq!(a.is_known(), b.is_known());
    assert_eq!(a.http_status(), b.http_status());
    assert_eq!(a.is_retryable(), b.is_retryable());
    assert_eq!(a.category(), b.category());
    assert_eq!(a.arity(), b.arity());
    assert_eq!(a.render(&args), b.render(&args));
}
