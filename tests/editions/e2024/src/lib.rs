//! Edition 2024: generated code among its new rules: `gen` reserved,
//! `unsafe extern` blocks, RPIT capturing every lifetime in scope, `expr`
//! fragments matching `const {}` and `_`, tail expressions dropping their
//! temporaries before locals, and the never type's new fallback.
#![deny(warnings, missing_docs, rust_2018_idioms)]
#![deny(unsafe_op_in_unsafe_fn, missing_unsafe_on_extern)]

#[path = "../../common.rs"]
pub mod common;

use common::acme::AcmeStatus;

/// A module named with the now-reserved `gen`, holding a catalog.
pub mod r#gen {
    ::error_runtime::include_catalog!("../../catalogs/str.toml");
}

unsafe extern "C" {
    /// A foreign function declared the 2024 way, beside generated code.
    pub safe fn abs(input: i32) -> i32;
}

/// 2024 RPIT: the iterator captures `prefix`'s lifetime without `use<..>`.
pub fn known_with_prefix(prefix: &str) -> impl Iterator<Item = AcmeStatus> + '_ {
    AcmeStatus::ALL
        .iter()
        .copied()
        .filter(move |s| s.name().starts_with(prefix))
}

/// In 2024 an `expr` fragment also matches `const { … }` blocks: the
/// code-reference macros' `tt` arms are unaffected, as their call here shows.
macro_rules! code_of {
    ($e:expr) => {
        $e.code()
    };
}

/// A code computed in a `const` block and looked up through `From`.
pub fn from_const_block() -> i64 {
    code_of!(AcmeStatus::from(const { 4000 + 26 }))
}

/// A tail expression whose temporary (the `String` of `render`) is dropped
/// before the local `status` under 2024's rule.
pub fn rendered_len(code: i64) -> usize {
    let status = AcmeStatus::from(code);
    status.render(&[&"x"]).len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edition_2024_uses() {
        let names: Vec<&str> = known_with_prefix("Re").map(|s| s.name()).collect();
        assert_eq!(names, ["RecordMissing"]);
        assert_eq!(from_const_block(), 4026);
        assert_eq!(rendered_len(4026), "签名不对".len());
        use r#gen::GatewayCode;
        assert_eq!(r#gen::gateway_code!("00000"), GatewayCode::Success);
        assert_eq!(abs(-3), 3);
    }
}
