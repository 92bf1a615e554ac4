// Including a catalog with a deprecated entry and deriving an enum with a
// deprecated variant compile without a warning under deny(deprecated); each
// use of the deprecated variant in user code is one error: by name, and
// through the code-reference macro, which expands to the variant at the use.
#![deny(deprecated)]

mod acme {
    error_runtime::include_catalog!("../../../../tests/catalogs/int.toml");
}
use acme::{acme_status, AcmeStatus};

#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Legacy {
    #[code(1, message = "Current")]
    Current,
    #[deprecated = "use 1"]
    #[code(2, message = "Retired")]
    Retired,
    Unknown(i64),
}

fn main() {
    let _ = AcmeStatus::LegacyError;
    let _ = acme_status!(5000);
    let _ = Legacy::Retired;
    let _ = (Legacy::Current, Legacy::Unknown(3), acme_status!(0));
}
