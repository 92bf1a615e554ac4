//! Generated code under the strictest settings.
//!
//! The catalogs are included in [`catalogs`], a module declared
//! `#![no_implicit_prelude]` that also shadows the prelude's names (`Result`,
//! `Option`, `Some`, `None`, `Ok`, `Err`, `String`, `Vec`, `Box`, `From`,
//! `Into`, `Default`, in both the type and the value namespace) and declares
//! local modules named `core`, `std`, `alloc` and `serde`. Whatever the
//! generated code names must therefore be written as an absolute path. The
//! generated items are then used inside that module too (and in a child
//! module, and from the crate root through the module path), so the
//! hygiene of the *uses* — the code-reference macros above all — is checked,
//! not just that of the definitions.
//!
//! The crate builds under `#![deny(warnings, missing_docs)]`; CI also runs
//! `cargo clippy -p hygiene --all-targets -- -D warnings -W clippy::pedantic`
//! and `cargo doc -p hygiene --no-deps` with `RUSTDOCFLAGS="-D warnings"`.
#![deny(warnings, missing_docs)]
// The generated code holds no `unsafe`: the runtime does the two tag reads.
#![forbid(unsafe_code)]

pub mod catalogs {
    //! The int, string (TOML and JSON) and subset test catalogs, included
    //! where nothing of the standard prelude is in scope and its names are taken.
    #![no_implicit_prelude]

    // ---- Shadows: unit structs live in both the type and the value namespace. ----

    /// Shadows `core::result::Result` (type) and any value named `Result`.
    pub struct Result;
    /// Shadows `core::option::Option`.
    pub struct Option;
    /// Shadows `Option::Some`, as a type and as a value/pattern.
    pub struct Some;
    /// Shadows `Option::None`.
    pub struct None;
    /// Shadows `Result::Ok`.
    pub struct Ok;
    /// Shadows `Result::Err`.
    pub struct Err;
    /// Shadows `alloc::string::String`.
    pub struct String;
    /// Shadows `alloc::vec::Vec`.
    pub struct Vec;
    /// Shadows `alloc::boxed::Box`.
    pub struct Box;
    /// Shadows the `From` trait.
    pub struct From;
    /// Shadows the `Into` trait.
    pub struct Into;
    /// Shadows the `Default` trait.
    pub struct Default;

    // The shadows are in effect in both namespaces: against the prelude's
    // items (generic types, traits, tuple constructors) this would not compile.
    const _: (
        Result,
        Option,
        Some,
        None,
        Ok,
        Err,
        String,
        Vec,
        Box,
        From,
        Into,
        Default,
    ) = (
        Result, Option, Some, None, Ok, Err, String, Vec, Box, From, Into, Default,
    );

    /// Shadows the `core` crate for relative paths (`core::…`).
    pub mod core {}
    /// Shadows the `std` crate for relative paths.
    pub mod std {}
    /// Shadows the `alloc` crate for relative paths.
    pub mod alloc {}
    /// Shadows the `serde` crate for relative paths.
    pub mod serde {}

    // ---- The catalogs (paths relative to tests/hygiene/Cargo.toml). ----

    ::error_runtime::include_catalog!("../catalogs/int.toml");
    ::error_runtime::include_catalog!("../catalogs/subset.toml");
    ::error_runtime::include_catalog!("../catalogs/str.toml");
    ::error_runtime::include_catalog!("../catalogs/str.json");
    // Adversarial free text in every doc-bearing field: none of it may become
    // a doctest or a rustdoc warning (this crate's doctests and docs run in CI).
    ::error_runtime::include_catalog!("../catalogs/adv_text.toml");

    // ---- Mappings: two seed vendors onto one target, both enums in scope. ----

    ::error_runtime::include_catalog!("../../catalogs/ebet.toml");
    ::error_runtime::include_catalog!("../../catalogs/multimarkets_gateway.toml");
    ::error_runtime::include_catalog!("../../catalogs/mappings/payment.toml");
    ::error_runtime::include_mapping!("../../catalogs/mappings/ebet_to_payment.toml");
    ::error_runtime::include_mapping!("../../catalogs/mappings/multimarkets_to_payment.toml");

    // ---- Hand-written enums with #[derive(ErrorCode)]: inline and bound. ----

    /// Inline integer codes with a catch-all.
    #[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::marker::Copy,
        ::core::cmp::PartialEq,
        ::core::cmp::Eq,
        ::core::hash::Hash,
        ::error_runtime::ErrorCode,
    )]
    #[catalog(lang = "en", success = [0], placeholders = "java", categories(common(range = [1000, 1999])))]
    pub enum DerivedInt {
        /// Success.
        #[code(0, message(en = "OK", zh-CN = "成功"))]
        Ok,
        /// A retryable failure.
        #[code(
            1001,
            message = "Busy, retry in {0} s",
            http = 503,
            retryable,
            key = "busy"
        )]
        Busy,
        /// A negative code.
        #[code(-1, message = "Missing")]
        Missing,
        /// Codes the enum does not define.
        Other(i64),
    }

    /// Inline string codes without a catch-all: `TryFrom` instead of `From`.
    #[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::marker::Copy,
        ::core::cmp::PartialEq,
        ::error_runtime::ErrorCode,
    )]
    #[catalog(
        lang = "en",
        placeholders = "printf",
        categories(gateway(prefix = "GW_"))
    )]
    pub enum DerivedStr {
        /// A timeout.
        #[code("GW_1", message = "Timed out after %d ms")]
        Timeout,
        /// A refusal.
        #[code("E2", message = "Refused")]
        Refused,
    }

    /// Bound to the string test catalog, with a `Box<str>` catch-all.
    #[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::cmp::PartialEq,
        ::core::cmp::Eq,
        ::error_runtime::ErrorCode,
    )]
    #[catalog(file = "../catalogs/str.toml")]
    pub enum DerivedBound {
        /// `00000`.
        Success,
        /// `0000`.
        ShortZero,
        /// `GW_CODE_012`.
        GatewayTimeout,
        /// `CU_001`.
        CustomerMissing,
        /// `with space`.
        WithSpace,
        /// Codes the catalog does not define.
        Unknown(::std::boxed::Box<str>),
    }

    /// Bound to the integer test catalog, without a catch-all.
    #[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::marker::Copy,
        ::core::cmp::PartialEq,
        ::error_runtime::ErrorCode,
    )]
    #[catalog(file = "../catalogs/int.toml")]
    pub enum DerivedBoundInt {
        /// `0`.
        Ok,
        /// `200`.
        Done,
        /// `-1`.
        RecordMissing,
        /// `i64::MIN`.
        Min,
        /// `i64::MAX`.
        Max,
        /// `1001`.
        SystemBusy,
        /// `1002`.
        Unknown,
        /// `1003`.
        ParamMissing,
        /// `4026`.
        InvalidSignature,
        /// `4100`.
        CardLimit,
        /// `5000`.
        LegacyError,
    }

    /// The derived enums through their conversions and code-reference macros.
    #[must_use]
    pub fn derived(code: i64, text: &str) -> (&'static str, bool, bool, ::std::string::String) {
        let int = match <DerivedInt as ::core::convert::From<i64>>::from(code) {
            derived_int!(0) => "ok",
            derived_int!(-1) => "missing",
            derived_int!(1001) => "busy",
            DerivedInt::Other(_) => "other",
        };
        let closed = <DerivedStr as ::core::convert::TryFrom<&str>>::try_from(text);
        let closed_ok = ::core::matches!(closed, ::core::result::Result::Ok(derived_str!("GW_1")));
        let bound = <DerivedBound as ::core::convert::From<&str>>::from(text);
        let bound_int = <DerivedBoundInt as ::core::convert::TryFrom<i64>>::try_from(code);
        let known = bound.is_known() || ::core::result::Result::is_ok(&bound_int);
        (int, closed_ok, known, derived_int!(1001).render(&[&5]))
    }

    // ---- Uses, in the same module: nothing but absolute paths and generated names. ----

    /// An integer code through `From<i64>`, classified with the code-reference
    /// macro in patterns (negative and extreme codes included).
    #[must_use]
    pub fn classify(code: i64) -> &'static str {
        match <AcmeStatus as ::core::convert::From<i64>>::from(code) {
            acme_status!(0) | acme_status!(200) => "success",
            acme_status!(-1) => "missing",
            acme_status!(-9223372036854775808) => "min",
            acme_status!(9223372036854775807) => "max",
            acme_status!(4026) => "signature",
            AcmeStatus::Other(_) => "other",
            _ => "known",
        }
    }

    /// The code-reference macro as an expression, then `code()` and both
    /// directions of the `i64` conversion.
    #[must_use]
    pub fn round_trip() -> (i64, i64, bool) {
        let status: AcmeStatus = acme_status!(4026);
        let back = <AcmeStatus as ::core::convert::From<i64>>::from(status.code());
        let raw = <i64 as ::core::convert::From<AcmeStatus>>::from(acme_status!(-1));
        (status.code(), raw, back == status)
    }

    /// `message_in` with a language fallback, and `render`/`render_in` with
    /// Java placeholders.
    #[must_use]
    pub fn texts() -> (&'static str, ::std::string::String, ::std::string::String) {
        let missing = acme_status!(1003);
        let card = <AcmeStatus as ::core::convert::From<i64>>::from(4100);
        (
            acme_status!(4026).message_in("en_US"),
            missing.render(&[&"user_id"]),
            card.render_in("en", &[&"*1234", &500]),
        )
    }

    /// A string code through `From<&str>` and `FromStr`, classified with the
    /// string catalog's code-reference macro in patterns (by reference: the
    /// string enum is not `Copy`).
    #[must_use]
    pub fn classify_str(code: &str) -> &'static str {
        let by_from = <GatewayCode as ::core::convert::From<&str>>::from(code);
        let by_parse = match <GatewayCode as ::core::str::FromStr>::from_str(code) {
            ::core::result::Result::Ok(parsed) => parsed,
            ::core::result::Result::Err(never) => match never {},
        };
        if by_from != by_parse {
            return "disagree";
        }
        if ::core::matches!(by_from, gateway_code!("with space")) {
            return "space";
        }
        match &by_from {
            gateway_code!("00000") => "success",
            gateway_code!("0000") => "short zero",
            gateway_code!("GW_CODE_012") => "timeout",
            GatewayCode::Unknown(_) => "unknown",
            _ => "known",
        }
    }

    /// String codes: the macro as an expression, `code()`, `render` with printf
    /// placeholders, the conversion to the runtime's `String` and back, and the
    /// JSON twin.
    #[must_use]
    pub fn str_uses() -> (::std::string::String, ::std::string::String, bool) {
        let timeout: GatewayCode = gateway_code!("GW_CODE_012");
        let owned = <::std::string::String as ::core::convert::From<GatewayCode>>::from(
            ::core::clone::Clone::clone(&timeout),
        );
        let again = <GatewayCode as ::core::convert::From<::std::string::String>>::from(owned);
        let twin: GatewayCodeJson = gateway_code_json!("GW_CODE_012");
        let same = again == timeout && twin.code() == timeout.code();
        (
            ::std::string::ToString::to_string(timeout.code()),
            timeout.render(&[&3000]),
            same,
        )
    }

    /// The subset: its macro in a pattern and as an expression, `From<Subset>
    /// for Parent` and `TryFrom<Parent> for Subset`.
    #[must_use]
    pub fn subset(code: i64) -> ::core::option::Option<&'static str> {
        let parent = <AcmeStatus as ::core::convert::From<i64>>::from(code);
        match <AcmeReply as ::core::convert::TryFrom<AcmeStatus>>::try_from(parent) {
            ::core::result::Result::Ok(reply) => {
                let up = <AcmeStatus as ::core::convert::From<AcmeReply>>::from(reply);
                ::core::debug_assert!(up == parent);
                ::core::option::Option::Some(match reply {
                    acme_reply!(0) => "ok",
                    acme_reply!(4026) => reply.message_in("en"),
                    _ => reply.name(),
                })
            }
            ::core::result::Result::Err(_) => ::core::option::Option::None,
        }
    }

    /// The subset's macro as an expression.
    #[must_use]
    pub fn subset_busy() -> AcmeReply {
        acme_reply!(1001)
    }

    /// Both vendors' codes through the mappings' `From` impls, and `Into`.
    #[must_use]
    pub fn mapped(ebet: i64, multimarkets: &str) -> (PaymentError, PaymentError) {
        let vendor = <EbetStatus as ::core::convert::From<i64>>::from(ebet);
        let gateway = <MultiMarketsGatewayCode as ::core::convert::From<&str>>::from(multimarkets);
        (
            <PaymentError as ::core::convert::From<EbetStatus>>::from(vendor),
            ::core::convert::Into::into(gateway),
        )
    }

    /// Generic code over the shared trait, fed every catalog.
    #[must_use]
    pub fn catalog_names() -> [&'static str; 4] {
        fn name<E: ::error_runtime::ErrorCode>() -> &'static str {
            E::CATALOG
        }
        [
            name::<AcmeStatus>(),
            name::<AcmeReply>(),
            name::<GatewayCode>(),
            name::<GatewayCodeJson>(),
        ]
    }

    pub mod nested {
        //! A child module (inheriting `no_implicit_prelude` and the shadows)
        //! reaching the generated items through `super::`.

        use super::{acme_status, gateway_code, AcmeStatus, GatewayCode};

        /// `is_known` and the macro in a pattern, in a child module.
        #[must_use]
        pub fn known(code: i64) -> bool {
            let status = <AcmeStatus as ::core::convert::From<i64>>::from(code);
            match status {
                acme_status!(1001) => true,
                other => other.is_known(),
            }
        }

        /// The string macro as an expression, in a child module.
        #[must_use]
        pub fn success() -> GatewayCode {
            gateway_code!("00000")
        }
    }
}

/// The generated items reached from outside the including module, by path.
pub mod outside {
    // The macros name the enum, so it must be in scope where they are used.
    use crate::catalogs::{self, AcmeStatus, GatewayCode};

    /// The code-reference macro through the module path.
    #[must_use]
    pub fn is_signature(status: AcmeStatus) -> bool {
        matches!(status, catalogs::acme_status!(4026))
    }

    /// The string code-reference macro through the crate path.
    #[must_use]
    pub fn timeout() -> GatewayCode {
        crate::catalogs::gateway_code!("GW_CODE_012")
    }
}

/// Catalogs included and enums derived inside a function body, where the
/// exported code-reference macro is a non-local definition (denied by
/// `warnings` unless the generated code allows it).
pub mod local {
    /// The code of `4026` through a catalog included in this function.
    #[must_use]
    pub fn included() -> i64 {
        ::error_runtime::include_catalog!("../catalogs/int.toml");
        acme_status!(4026).code()
    }

    /// The code of a variant of an enum derived in this function.
    #[must_use]
    pub fn derived() -> i64 {
        /// A local enum.
        #[derive(Debug, Clone, PartialEq, ::error_runtime::ErrorCode)]
        #[catalog(lang = "en")]
        enum Local {
            /// One.
            #[code(1, message = "one")]
            One,
            /// Anything else.
            Unknown(i64),
        }
        local!(1).code() + Local::from(2).code()
    }
}

#[cfg(test)]
mod tests {
    use crate::catalogs::{self, nested, AcmeReply, AcmeStatus, GatewayCode};
    use crate::outside;

    #[test]
    fn mapping_uses() {
        use catalogs::PaymentError;
        assert_eq!(
            catalogs::mapped(4026, "G500"),
            (PaymentError::AuthFailed, PaymentError::ServiceUnavailable)
        );
        assert_eq!(
            catalogs::mapped(9999, "nope"),
            (PaymentError::VendorUnknown, PaymentError::VendorUnknown)
        );
    }

    #[test]
    fn integer_uses() {
        assert_eq!(catalogs::classify(0), "success");
        assert_eq!(catalogs::classify(200), "success");
        assert_eq!(catalogs::classify(-1), "missing");
        assert_eq!(catalogs::classify(i64::MIN), "min");
        assert_eq!(catalogs::classify(i64::MAX), "max");
        assert_eq!(catalogs::classify(4026), "signature");
        assert_eq!(catalogs::classify(1001), "known");
        assert_eq!(catalogs::classify(12345), "other");
        assert_eq!(catalogs::round_trip(), (4026, -1, true));
    }

    #[test]
    fn text_uses() {
        let (message, missing, card) = catalogs::texts();
        assert_eq!(message, "Invalid signature");
        assert_eq!(missing, "参数 user_id 不能为空");
        assert_eq!(card, "Card *1234 is over its limit of 500");
    }

    #[test]
    fn string_uses() {
        assert_eq!(catalogs::classify_str("00000"), "success");
        assert_eq!(catalogs::classify_str("0000"), "short zero");
        assert_eq!(catalogs::classify_str("GW_CODE_012"), "timeout");
        assert_eq!(catalogs::classify_str("with space"), "space");
        assert_eq!(catalogs::classify_str("CU_001"), "known");
        assert_eq!(catalogs::classify_str("000"), "unknown");
        let (code, rendered, same) = catalogs::str_uses();
        assert_eq!(code, "GW_CODE_012");
        assert_eq!(rendered, "Gateway timed out after 3000 ms");
        assert!(same);
    }

    #[test]
    fn subset_uses() {
        assert_eq!(catalogs::subset(0), Some("ok"));
        assert_eq!(catalogs::subset(4026), Some("Invalid signature"));
        assert_eq!(catalogs::subset(1001), Some("SystemBusy"));
        assert_eq!(catalogs::subset(200), None);
        assert_eq!(catalogs::subset(77), None);
        assert_eq!(catalogs::subset_busy(), AcmeReply::SystemBusy);
        assert_eq!(
            catalogs::catalog_names(),
            ["AcmeStatus", "AcmeReply", "GatewayCode", "GatewayCodeJson"]
        );
    }

    #[test]
    fn derived_uses() {
        let busy = ::std::string::String::from("Busy, retry in 5 s");
        assert_eq!(
            catalogs::derived(0, "GW_1"),
            ("ok", true, true, busy.clone())
        );
        assert_eq!(
            catalogs::derived(-1, "E2"),
            ("missing", false, true, busy.clone())
        );
        assert_eq!(
            catalogs::derived(1001, "0000"),
            ("busy", false, true, busy.clone())
        );
        assert_eq!(catalogs::derived(7, "x"), ("other", false, false, busy));
    }

    #[test]
    fn function_local_uses() {
        assert_eq!(crate::local::included(), 4026);
        assert_eq!(crate::local::derived(), 3);
    }

    #[test]
    fn nested_and_outside_uses() {
        assert!(nested::known(1001));
        assert!(nested::known(0));
        assert!(!nested::known(3));
        assert_eq!(nested::success(), GatewayCode::Success);
        assert!(outside::is_signature(AcmeStatus::InvalidSignature));
        assert!(!outside::is_signature(AcmeStatus::Ok));
        assert_eq!(outside::timeout(), GatewayCode::GatewayTimeout);
    }
}
