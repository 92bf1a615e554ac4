//! Edition 2015: the runtime is declared with `extern crate`. The lints
//! of every later edition are denied, so generated code is already
//! compatible with them.
#![deny(warnings, missing_docs)]
#![deny(rust_2018_idioms, rust_2018_compatibility)]
#![deny(rust_2021_compatibility, rust_2024_compatibility)]

extern crate error_runtime;
#[cfg(test)]
extern crate serde_json;

#[path = "../../common.rs"]
pub mod common;

/// `async`, `await`, `dyn`, `try` and `gen` are plain identifiers in 2015:
/// generated code must not use them as such (nor trip the lints that
/// forbid them), and the user's names must not break it.
pub mod keywords_as_names {
    /// A module named after a 2018 keyword, beside a catalog.
    #[allow(keyword_idents)]
    pub mod async {
        ::error_runtime::include_catalog!("../../catalogs/int.toml");
    }

    /// The 2015 trait-object syntax (no `dyn`) beside generated code.
    #[allow(bare_trait_objects)]
    pub fn shown(status: &::std::fmt::Display) -> String {
        status.to_string()
    }
}

#[cfg(test)]
#[allow(keyword_idents)]
mod tests {
    use crate::keywords_as_names::async::AcmeStatus;
    use crate::keywords_as_names::{async, shown};

    #[test]
    fn edition_2015_uses() {
        assert_eq!(shown(&AcmeStatus::from(4026)), "4026: 签名不对");
        assert_eq!(async::acme_status!(-1), AcmeStatus::RecordMissing);
    }
}
