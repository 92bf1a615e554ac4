//! `error_runtime::decode` against what a user would write instead:
//! `serde_json::from_slice::<Envelope<C, T>>` with a typed code and `data`,
//! then `Status::from(code)` (`serde_envelope`). Three replies: a ~60-byte
//! error reply, a one-order success and a 10,000-order success of 1.1 MB;
//! for an integer catalog (`EbetStatus`, success 200) and a string one
//! (`GatewayStatus`, success `"SUCCESS"`). For the 1.1 MB replies
//! `serde_data` is serde_json parsing the `data` bytes alone: one pass over
//! them, the floor of any envelope decoder.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use error_runtime::ErrorCode;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::hint::black_box;
use std::time::Duration;

mod ebet {
    error_runtime::include_catalog!("../catalogs/ebet.toml");
}
mod gateway {
    error_runtime::include_catalog!("catalogs/gateway.toml");
}
use ebet::EbetStatus;
use gateway::GatewayStatus;

/// One order of a trading or payment API: about 110 bytes of JSON.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Order {
    order_id: String,
    user_id: String,
    amount: f64,
    status: String,
    created_at: u64,
    items: u32,
}

fn order(i: u64) -> Order {
    Order {
        order_id: format!("ORD{i:07}"),
        user_id: format!("u_{:05}", i * 7919 % 100_000),
        amount: (i * 3701 % 1_000_000) as f64 / 100.0,
        status: ["PAID", "PENDING", "REFUNDED"][(i % 3) as usize].into(),
        created_at: 1_748_736_000_000 + i * 1337,
        items: (i % 9 + 1) as u32,
    }
}

/// The envelope as a user declares it, generic over the code's type.
#[derive(Deserialize)]
struct Envelope<C, T> {
    code: C,
    message: Option<String>,
    data: Option<T>,
}

/// What the naive decoder returns for a reply that is not a success.
#[derive(Debug)]
#[allow(dead_code)] // Read only through `Debug` and `black_box`.
enum NaiveError<E> {
    Json(serde_json::Error),
    Vendor(E, Option<String>),
    NoData(E),
}

/// `serde_json::from_slice` of the whole envelope, then the code's variant.
fn naive<C, T, E>(body: &[u8], to_status: impl Fn(C) -> E) -> Result<T, NaiveError<E>>
where
    C: DeserializeOwned,
    T: DeserializeOwned,
    E: ErrorCode,
{
    let reply: Envelope<C, T> = serde_json::from_slice(body).map_err(NaiveError::Json)?;
    let status = to_status(reply.code);
    if !status.is_success() {
        return Err(NaiveError::Vendor(status, reply.message));
    }
    reply.data.ok_or(NaiveError::NoData(status))
}

fn naive_int<T: DeserializeOwned>(body: &[u8]) -> Result<T, NaiveError<EbetStatus>> {
    naive(body, |code: i64| EbetStatus::from(code))
}

fn naive_str<T: DeserializeOwned>(body: &[u8]) -> Result<T, NaiveError<GatewayStatus>> {
    naive(body, |code: String| GatewayStatus::from(code.as_str()))
}

/// The payloads of one catalog: its code's JSON text for success and error.
struct Replies {
    error: Vec<u8>,
    order: Vec<u8>,
    orders: Vec<u8>,
    orders_data: Vec<u8>,
}

fn replies(success: &str, error: &str) -> Replies {
    let reply = |data: &str| format!(r#"{{"code":{success},"message":"OK","data":{data}}}"#);
    let one = serde_json::to_string(&order(1)).unwrap();
    let all: Vec<Order> = (0..10_000).map(order).collect();
    let all = serde_json::to_string(&all).unwrap();
    Replies {
        error: format!(r#"{{"code":{error},"message":"Invalid signature","data":null}}"#).into(),
        order: reply(&one).into(),
        orders: reply(&all).into(),
        orders_data: all.into(),
    }
}

/// Checks that both decoders read `body` alike, so that neither is timed on
/// a failure path by mistake.
fn same<T: PartialEq + std::fmt::Debug, E: ErrorCode>(
    ours: Result<T, error_runtime::ApiError<E>>,
    naive: Result<T, NaiveError<E>>,
) {
    match (ours, naive) {
        (Ok(a), Ok(b)) => assert_eq!(a, b),
        (Err(a), Err(NaiveError::Vendor(code, _))) => assert_eq!(a.code(), Some(&code)),
        (a, b) => panic!("decode gave {a:?}, serde_json {b:?}"),
    }
}

/// `decode` and the naive decoder on `body`; with `data`, also serde_json
/// on those bytes alone.
fn compare<T, E>(
    c: &mut Criterion,
    name: &str,
    (body, data): (&[u8], Option<&[u8]>),
    naive: Naive<T, E>,
) where
    T: DeserializeOwned + PartialEq + std::fmt::Debug,
    E: ErrorCode,
{
    same(error_runtime::decode::<T, E>(body), naive(body));
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(body.len() as u64));
    if body.len() > 100_000 {
        g.sample_size(30).measurement_time(Duration::from_secs(8));
    }
    g.bench_function("ours", |b| {
        b.iter(|| black_box(error_runtime::decode::<T, E>(black_box(body))))
    });
    g.bench_function("serde_envelope", |b| {
        b.iter(|| black_box(naive(black_box(body))))
    });
    if let Some(data) = data {
        g.bench_function("serde_data", |b| {
            b.iter(|| black_box(serde_json::from_slice::<T>(black_box(data))))
        });
    }
    g.finish();
}

type Naive<T, E> = fn(&[u8]) -> Result<T, NaiveError<E>>;

/// The three replies of one catalog, from its success and error codes' JSON.
fn catalog<E: ErrorCode>(
    c: &mut Criterion,
    name: &str,
    (success, error): (&str, &str),
    naive_one: Naive<Order, E>,
    naive_all: Naive<Vec<Order>, E>,
) {
    let r = replies(success, error);
    compare(c, &format!("{name}/error"), (&r.error, None), naive_one);
    compare(c, &format!("{name}/order"), (&r.order, None), naive_one);
    let big = (&r.orders[..], Some(&r.orders_data[..]));
    compare(c, &format!("{name}/orders_1mb"), big, naive_all);
}

fn decode(c: &mut Criterion) {
    catalog::<EbetStatus>(c, "decode_int", ("200", "4026"), naive_int, naive_int);
    let codes = (r#""SUCCESS""#, r#""GGATEWAY_CODE_012""#);
    catalog::<GatewayStatus>(c, "decode_str", codes, naive_str, naive_str);
}

criterion_group!(benches, decode);
criterion_main!(benches);
