//! `error_runtime::decode` on arbitrary bytes, for an integer catalog
//! (`EbetStatus`: default envelope, success code 200) and a string catalog
//! (`MultiMarketsGatewayCode`). Besides never panicking, every answer must be
//! consistent: a vendor error has a non-success code, a malformed reply keeps
//! at most 256 bytes of the body.
#![no_main]

use error_runtime::{decode, ApiError, ErrorCode, ErrorKind};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

mod ebet {
    error_runtime::include_catalog!("../catalogs/ebet.toml");
}
mod mm {
    error_runtime::include_catalog!("../catalogs/multimarkets_gateway.toml");
}

fn check<E: ErrorCode>(result: Result<Value, ApiError<E>>) {
    let Err(e) = result else { return };
    match e.kind() {
        ErrorKind::Vendor => assert!(!e.code().expect("vendor errors have a code").is_success()),
        ErrorKind::Data => assert!(e.code().expect("data errors have a code").is_success()),
        ErrorKind::Malformed(_) => {
            let kept = e.body().expect("malformed replies keep the body's start");
            assert!(kept.chars().count() <= 256);
        }
        _ => {}
    }
    let _ = (
        e.to_string(),
        format!("{e:?}"),
        e.raw_code(),
        e.server_message(),
    );
}

fuzz_target!(|body: &[u8]| {
    check(decode::<Value, ebet::EbetStatus>(body));
    check(decode::<Value, mm::MultiMarketsGatewayCode>(body));
});
