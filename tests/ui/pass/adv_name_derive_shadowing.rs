// `#[derive(ErrorCode)]` on enums without a catch-all (so `TryFrom` with its
// `Error` type) whose variants are named like the associated items of the
// implemented traits: `Error`, `Err`, `Code`. Keys are keywords, written as
// strings; enum names are prelude names.
mod int {
    #[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
    #[catalog(lang = "en")]
    pub enum Result {
        #[code(0, message = "ok", key = "self")]
        Ok,
        #[code(1, message = "error", key = "Self")]
        Error,
        #[code(2, message = "err", key = "_")]
        Err,
        #[code(3, message = "code", key = "type")]
        Code,
    }
}

mod text {
    #[derive(Debug, Clone, PartialEq, error_runtime::ErrorCode)]
    #[catalog(lang = "en")]
    pub enum String {
        #[code("self", message = "error", key = "crate")]
        Error,
        #[code("Self", message = "err", key = "super")]
        Err,
        #[code("type", message = "code", key = "gen")]
        Code,
    }
}

fn main() {
    use std::convert::TryFrom;
    assert_eq!(int::Result::try_from(1), Ok(int::Result::Error));
    assert_eq!(int::Result::try_from(2), Ok(int::Result::Err));
    assert!(int::Result::try_from(4).is_err());
    assert_eq!("3".parse::<int::Result>(), Ok(int::Result::Code));
    assert_eq!(int::Result::Ok.key(), Some("self"));
    assert_eq!(int::Result::Error.key(), Some("Self"));
    assert_eq!(int::Result::Err.key(), Some("_"));
    assert_eq!(int::Result::Code.key(), Some("type"));
    {
        // The macros expand to `Result::…`/`String::…`: the enum must be in
        // scope by its name (documented), here over the prelude's.
        use int::Result;
        use text::String;
        assert_eq!(int::result!(3), Result::Code);
        assert_eq!(text::string!("self"), String::Error);
    }
    assert_eq!(<int::Result as error_runtime::ErrorCode>::try_from_code(2), Some(int::Result::Err));

    assert_eq!(text::String::try_from("Self"), Ok(text::String::Err));
    assert_eq!(text::String::try_from("type".to_owned()), Ok(text::String::Code));
    assert!(text::String::try_from("SELF").is_err());
    assert_eq!("self".parse::<text::String>(), Ok(text::String::Error));
    assert_eq!(text::String::Code.key(), Some("gen"));
    assert_eq!(
        <text::String as error_runtime::ErrorCode>::try_from_code("type"),
        Some(text::String::Code)
    );
}
