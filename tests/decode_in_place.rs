//! `error_runtime::decode` reads a success reply's `data` in place when the
//! code comes first, and skips it to decode afterwards when it comes later:
//! both ways must give the same answer, and whatever follows the data read
//! in place (a repeated key, trailing bytes, a cut body) must still count.
//!
//! `AcmeStatus` (tests/catalogs/int.toml): envelope `status`/`msg`/`payload`,
//! success codes 0 and 200.

use error_runtime::{decode, ErrorKind, Malformed};
use serde::{Deserialize, Deserializer};
use serde_json::Value;

mod acme {
    error_runtime::include_catalog!("tests/catalogs/int.toml");
}
use acme::AcmeStatus;

/// The answer as comparable text: the data, or the error's parts.
fn answer(body: &str) -> String {
    match decode::<Value, AcmeStatus>(body.as_bytes()) {
        Ok(data) => format!("Ok({data})"),
        Err(e) => format!(
            "{:?} {:?} {:?} {:?} {}",
            e.kind(),
            e.code(),
            e.raw_code(),
            e.server_message(),
            e.data_error().is_some()
        ),
    }
}

#[test]
fn data_before_or_after_the_code_reads_alike() {
    for data in [
        "null",
        "7",
        "-0.5e3",
        r#""text \u00e9""#,
        "[]",
        r#"{"a": [1, {"b": null}], "c": "d"}"#,
        "[[[[[[[[1]]]]]]]]",
    ] {
        let before = answer(&format!(
            r#"{{"payload": {data}, "status": 0, "msg": "m"}}"#
        ));
        let after = answer(&format!(
            r#"{{"status": 0, "msg": "m", "payload": {data}}}"#
        ));
        assert_eq!(before, after, "{data}");
        assert!(after.starts_with("Ok("), "{data}: {after}");
    }
}

#[test]
fn what_follows_data_read_in_place_still_counts() {
    let payload = r#"{"status": 0, "payload": {"a": 1}"#;
    for (rest, why) in [
        (
            r#", "payload": 2}"#,
            Malformed::DuplicateKey { field: "payload" },
        ),
        ("}  garbage", Malformed::TrailingData { offset: 36 }),
        (
            r#", "x": tru}"#,
            Malformed::Syntax {
                offset: 43,
                expected: "`true`, `false` or `null`",
            },
        ),
        (", ", Malformed::Truncated),
    ] {
        let body = format!("{payload}{rest}");
        let e = decode::<Value, AcmeStatus>(body.as_bytes()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Malformed(why), "{body}");
        assert_eq!(e.code(), Some(&AcmeStatus::Ok), "{body}");
    }
    // A repeated code after the data: which one the server meant is unknown.
    let e =
        decode::<Value, AcmeStatus>(br#"{"status": 0, "payload": 1, "status": 4026}"#).unwrap_err();
    assert_eq!(
        e.kind(),
        ErrorKind::Malformed(Malformed::DuplicateKey { field: "status" })
    );
    assert_eq!(e.code(), None);
}

#[test]
fn data_that_does_not_decode_in_place_is_explained() {
    #[derive(Debug, Deserialize)]
    #[allow(dead_code)] // Only whether it decodes matters.
    struct Balance {
        balance: f64,
    }
    // The wrong shape: a data error, as when the data came first.
    for body in [
        r#"{"status": 0, "payload": {"balance": "x"}}"#,
        r#"{"payload": {"balance": "x"}, "status": 0}"#,
    ] {
        let e = decode::<Balance, AcmeStatus>(body.as_bytes()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Data, "{body}");
        assert_eq!(e.code(), Some(&AcmeStatus::Ok));
    }
    // Broken JSON inside the data: a malformed body, the code kept.
    let e =
        decode::<Balance, AcmeStatus>(br#"{"status": 0, "payload": {"balance": 1,}}"#).unwrap_err();
    assert!(matches!(
        e.kind(),
        ErrorKind::Malformed(Malformed::Syntax { .. })
    ));
    assert_eq!(e.code(), Some(&AcmeStatus::Ok));
    // A cut number at the end of the body is not a whole value.
    let e = decode::<Value, AcmeStatus>(br#"{"status": 0, "payload": 12"#).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Malformed(Malformed::Truncated));
}

/// A `Deserialize` that reads nothing from the deserializer.
#[derive(Debug, PartialEq)]
struct ReadsNothing;

impl<'de> Deserialize<'de> for ReadsNothing {
    fn deserialize<D: Deserializer<'de>>(_: D) -> Result<Self, D::Error> {
        Ok(ReadsNothing)
    }
}

#[test]
fn a_deserialize_that_reads_nothing_does_not_lose_the_data() {
    // serde_json refuses it (the data is left unread), wherever the data is.
    for body in [
        r#"{"status": 0, "payload": {"a": 1}}"#,
        r#"{"payload": {"a": 1}, "status": 0}"#,
    ] {
        let e = decode::<ReadsNothing, AcmeStatus>(body.as_bytes()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Data, "{body}");
    }
}
