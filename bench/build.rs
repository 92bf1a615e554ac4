//! Writes into `OUT_DIR`, deterministically (fixed-seed PRNG), the synthetic
//! catalogs and, for each benchmarked catalog, a module with the generated
//! enum (`include_catalog!` of the TOML file) and its competitors: a plain
//! `match`, num_enum / strum derives, a `phf` map, and the pairs that the
//! benchmark loads into `HashMap`s; plus the 1,024-lookup input mix.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Lookups per benchmark iteration.
const LOOKUPS: usize = 1024;

/// splitmix64: tiny, fast, and the same sequence on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut x = self.0;
        x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        x ^ (x >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Code {
    Int(i64),
    Str(String),
}

impl Code {
    fn lit(&self) -> String {
        match self {
            Code::Int(c) => format!("{c}_i64"),
            Code::Str(s) => format!("{s:?}"),
        }
    }
}

/// One benchmarked catalog.
struct Catalog {
    /// Module name, also the benchmark group's suffix.
    module: &'static str,
    /// The generated enum's name.
    ty: String,
    /// The TOML file `include_catalog!` reads (absolute).
    path: PathBuf,
    codes: Vec<Code>,
    inputs: Vec<Code>,
}

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("manifest"));
    let catalogs = manifest.join("../catalogs");
    let mut all = Vec::new();

    // Shipped seed catalogs.
    for (module, file) in [
        ("ebet", "ebet.toml"),
        ("mm_gateway", "multimarkets_gateway.toml"),
        ("mm_customer", "multimarkets_customer.toml"),
    ] {
        let path = catalogs.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let (ty, codes) = read_shipped(&path);
        let mut rng = Rng(seed(module));
        let inputs = mix(&mut rng, &codes, |rng| near_miss(rng, &codes));
        all.push(Catalog {
            module,
            ty,
            path,
            codes,
            inputs,
        });
    }

    // Synthetic catalogs.
    for (module, n, kind) in [
        ("int40", 40, Kind::Ebet),
        ("int250", 250, Kind::Sparse),
        ("int10k", 10_000, Kind::Sparse),
        ("str200", 200, Kind::Str),
        ("str5000", 5000, Kind::Str),
    ] {
        let mut rng = Rng(seed(module));
        let mut set = BTreeSet::new();
        while set.len() < n {
            set.insert(kind.code(&mut rng));
        }
        // Catalog order is not sorted order: shuffle deterministically.
        let mut codes: Vec<Code> = set.into_iter().collect();
        for i in (1..codes.len()).rev() {
            codes.swap(i, rng.below(i as u64 + 1) as usize);
        }
        let known: BTreeSet<Code> = codes.iter().cloned().collect();
        let inputs = mix(&mut rng, &codes, |rng| loop {
            let code = kind.code(rng);
            if !known.contains(&code) {
                break code;
            }
        });
        let ty = format!("Bench{}", camel(module));
        let path = out.join(format!("{module}.toml"));
        std::fs::write(&path, toml(&ty, &codes)).expect("write catalog");
        all.push(Catalog {
            module,
            ty,
            path,
            codes,
            inputs,
        });
    }

    let mut rs = String::new();
    for c in &all {
        rs.push_str(&module(c));
    }
    std::fs::write(out.join("catalogs.rs"), rs).expect("write catalogs.rs");
    println!("cargo:rerun-if-changed=build.rs");
}

fn seed(name: &str) -> u64 {
    name.bytes().fold(0x6a09_e667_f3bc_c908, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[derive(Clone, Copy)]
enum Kind {
    /// eBET-like: small codes clustered in a few hundreds and thousands.
    Ebet,
    /// Sparse codes over a wide range, some negative.
    Sparse,
    /// Vendor-shaped string codes.
    Str,
}

const WORDS: &[&str] = &[
    "INVALID",
    "TOKEN",
    "EXPIRED",
    "ACCOUNT",
    "ORDER",
    "PAYMENT",
    "DECLINED",
    "LIMIT",
    "EXCEEDED",
    "USER",
    "NOT",
    "FOUND",
    "DUPLICATE",
    "REQUEST",
    "SIGNATURE",
    "CURRENCY",
    "BALANCE",
    "INSUFFICIENT",
    "CHANNEL",
    "CLOSED",
    "LOCKED",
    "TIMEOUT",
    "SYSTEM",
    "BUSY",
    "PARAM",
    "MISSING",
    "FORMAT",
    "ERROR",
    "MERCHANT",
    "CARD",
    "RISK",
    "REJECTED",
    "AMOUNT",
    "TOO",
    "SMALL",
    "LARGE",
    "BET",
    "GAME",
    "SESSION",
    "WALLET",
];

const PREFIXES: &[&str] = &["GGATEWAY_CODE_", "USCUSTOMER_API_", "ERR_", "BIZ.", "E"];

impl Kind {
    fn code(self, rng: &mut Rng) -> Code {
        match self {
            Kind::Ebet => {
                let base = *rng.pick(&[-10, 0, 200, 400, 500, 4000, 4020, 5000]);
                Code::Int(base + rng.range(0, 60))
            }
            Kind::Sparse => Code::Int(rng.range(-1_000_000, 100_000_000)),
            Kind::Str => Code::Str(match rng.below(4) {
                0 => {
                    let words = 2 + rng.below(3);
                    let parts: Vec<&str> = (0..words).map(|_| *rng.pick(WORDS)).collect();
                    parts.join("_")
                }
                1 => format!("{}{:03}", rng.pick(PREFIXES), rng.below(1000)),
                2 => format!("E{}", 1000 + rng.below(90_000)),
                _ => format!(
                    "{}.{}",
                    rng.pick(WORDS).to_lowercase(),
                    rng.pick(WORDS).to_lowercase()
                ),
            }),
        }
    }
}

/// An unknown code shaped like the known ones: a known code with its last
/// character changed, or for integers a nearby value.
fn near_miss(rng: &mut Rng, codes: &[Code]) -> Code {
    loop {
        let candidate = match rng.pick(codes) {
            Code::Int(c) => Code::Int(c + rng.range(-50, 50)),
            Code::Str(s) => {
                let mut s = s.clone();
                s.pop();
                s.push(*rng.pick(&['0', '7', '9', 'X', 'Z', '_']));
                if rng.below(4) == 0 {
                    s.push('1');
                }
                Code::Str(s)
            }
        };
        if !codes.contains(&candidate) {
            return candidate;
        }
    }
}

/// 80% known codes (uniformly), 20% unknown, in random order.
fn mix(rng: &mut Rng, codes: &[Code], mut unknown: impl FnMut(&mut Rng) -> Code) -> Vec<Code> {
    (0..LOOKUPS)
        .map(|_| {
            if rng.below(10) < 8 {
                rng.pick(codes).clone()
            } else {
                unknown(rng)
            }
        })
        .collect()
}

/// The enum name and codes of a shipped catalog (its `[catalog] name` and
/// `[codes.X]` headers: enough for the benchmark, no TOML parser needed).
fn read_shipped(path: &Path) -> (String, Vec<Code>) {
    let text = std::fs::read_to_string(path).expect("read catalog");
    let mut name = None;
    let mut codes = Vec::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("[codes.") {
            let key = rest.trim_end_matches(']');
            codes.push(match key.strip_prefix('"') {
                Some(s) => Code::Str(s.trim_end_matches('"').to_owned()),
                None => Code::Int(key.parse().expect("integer code")),
            });
        } else if let Some(rest) = line.strip_prefix("name = \"") {
            name.get_or_insert_with(|| rest.trim_end_matches('"').to_owned());
        }
    }
    (name.expect("catalog name"), codes)
}

fn camel(module: &str) -> String {
    let mut s = module.to_owned();
    s[..1].make_ascii_uppercase();
    s
}

fn toml(ty: &str, codes: &[Code]) -> String {
    let string = matches!(codes[0], Code::Str(_));
    let mut s = format!("[catalog]\nname = \"{ty}\"\nlang = \"en\"\n");
    if string {
        s.push_str("code-type = \"string\"\n");
    }
    for (i, code) in codes.iter().enumerate() {
        let key = match code {
            Code::Int(c) => c.to_string(),
            Code::Str(c) => format!("{c:?}"),
        };
        writeln!(
            s,
            "\n[codes.{key}]\nname = \"V{i}\"\nmessage = \"Message {i}\""
        )
        .unwrap();
    }
    s
}

/// The module of one catalog: ours, the competitors, and the inputs, each
/// lookup in an `#[inline(never)]` function so that it is a real call.
fn module(c: &Catalog) -> String {
    let Catalog {
        module,
        ty,
        path,
        codes,
        inputs,
    } = c;
    let n = codes.len();
    let is_int = matches!(codes[0], Code::Int(_));
    let mut m = String::new();
    let variants: String = (0..n).map(|i| format!("V{i},")).collect();
    writeln!(m, "/// `{}`: {n} codes.", path.display()).unwrap();
    writeln!(m, "pub mod {module} {{").unwrap();
    writeln!(
        m,
        "::error_runtime::include_catalog!({:?});",
        path.to_str().unwrap()
    )
    .unwrap();
    writeln!(m, "pub use {ty} as Ours;").unwrap();
    let (code_ty, raw_ty, plain_derive) = if is_int {
        ("i64", "i64", "Clone, Copy, PartialEq, Eq, Debug")
    } else {
        ("&str", "String", "Clone, PartialEq, Eq, Debug")
    };
    writeln!(
        m,
        "#[derive({plain_derive})] pub enum Plain {{ {variants} Unknown({raw_ty}) }}"
    )
    .unwrap();

    // code → variant
    let arms: String = codes
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{} => Plain::V{i},", c.lit().trim_end_matches("_i64")))
        .collect();
    let other = if is_int { "other" } else { "other.to_owned()" };
    writeln!(m, "#[inline(never)] pub fn plain(code: {code_ty}) -> Plain {{ match code {{ {arms} other => Plain::Unknown({other}) }} }}").unwrap();
    writeln!(
        m,
        "#[inline(never)] pub fn ours(code: {code_ty}) -> Ours {{ Ours::from(code) }}"
    )
    .unwrap();
    writeln!(
        m,
        "#[inline(never)] pub fn floor(code: {code_ty}) -> {code_ty} {{ code }}"
    )
    .unwrap();
    if is_int {
        let mut phf = phf_codegen::Map::new();
        for (i, c) in codes.iter().enumerate() {
            let Code::Int(k) = c else { unreachable!() };
            phf.entry(*k, format!("Plain::V{i}"));
        }
        writeln!(
            m,
            "pub static PHF: ::phf::Map<i64, Plain> = {};",
            phf.build()
        )
        .unwrap();
        writeln!(m, "#[inline(never)] pub fn phf(code: i64) -> Plain {{ match PHF.get(&code) {{ Some(v) => *v, None => Plain::Unknown(code) }} }}").unwrap();
        let discr: String = codes
            .iter()
            .enumerate()
            .map(|(i, c)| format!("V{i} = {},", c.lit().trim_end_matches("_i64")))
            .collect();
        writeln!(m, "#[derive(Clone, Copy, PartialEq, Eq, Debug, ::num_enum::FromPrimitive)] #[repr(i64)] pub enum Num {{ {discr} #[num_enum(catch_all)] Unknown(i64) }}").unwrap();
        writeln!(m, "#[inline(never)] pub fn num_enum(code: i64) -> Num {{ <Num as ::num_enum::FromPrimitive>::from_primitive(code) }}").unwrap();
    } else {
        let strs: Vec<&str> = codes
            .iter()
            .map(|c| match c {
                Code::Str(s) => s.as_str(),
                Code::Int(_) => unreachable!(),
            })
            .collect();
        let mut phf = phf_codegen::Map::new();
        for (i, s) in strs.iter().enumerate() {
            phf.entry(*s, format!("Plain::V{i}"));
        }
        writeln!(
            m,
            "pub static PHF: ::phf::Map<&'static str, Plain> = {};",
            phf.build()
        )
        .unwrap();
        writeln!(m, "#[inline(never)] pub fn phf(code: &str) -> Plain {{ match PHF.get(code) {{ Some(v) => v.clone(), None => Plain::Unknown(code.to_owned()) }} }}").unwrap();
        // The floor plus what every total conversion must do: copy an
        // unknown text into a `String` (and drop it).
        let known: BTreeSet<&str> = strs.iter().copied().collect();
        let flags: String = inputs
            .iter()
            .map(|c| match c {
                Code::Str(s) => format!("{},", known.contains(s.as_str())),
                Code::Int(_) => unreachable!(),
            })
            .collect();
        writeln!(m, "pub static KNOWN: [bool; {LOOKUPS}] = [{flags}];").unwrap();
        // The known/unknown decision alone (the generated enum's private
        // lookup, in scope here): no variant is built, no text kept.
        writeln!(m, "#[inline(never)] pub fn ours_lookup(code: &str) -> Option<usize> {{ Ours::__error_code_lookup(code) }}").unwrap();
        writeln!(m, "#[inline(never)] pub fn floor_alloc((code, known): (&str, bool)) -> Option<String> {{ if known {{ None }} else {{ Some(code.to_owned()) }} }}").unwrap();
        // The same without an allocation: the unknown text (up to 23 bytes
        // here) copied into a value of three words, as an inline catch-all
        // would hold it.
        writeln!(m, "#[inline(always)] fn word(s: &[u8], at: usize) -> u64 {{ u64::from_le_bytes(*s[at..].first_chunk::<8>().unwrap()) }}").unwrap();
        writeln!(m, "#[inline(always)] fn half(s: &[u8], at: usize) -> u64 {{ u64::from(u32::from_le_bytes(*s[at..].first_chunk::<4>().unwrap())) }}").unwrap();
        writeln!(m, "#[inline(never)] pub fn floor_inline((code, known): (&str, bool)) -> Option<[u64; 3]> {{ let (s, n) = (code.as_bytes(), code.len()); if known || n > 23 {{ None }} else if n >= 16 {{ Some([word(s, 0), word(s, 8), word(s, n - 8) >> (8 * (24 - n)) | (n as u64) << 56]) }} else if n >= 8 {{ Some([word(s, 0), word(s, n - 8) >> (8 * (16 - n)), (n as u64) << 56]) }} else if n >= 4 {{ Some([half(s, 0) | (half(s, n - 4) >> (8 * (8 - n))) << 32, 0, (n as u64) << 56]) }} else {{ Some([s.iter().rev().fold(0, |w, &b| w << 8 | u64::from(b)), 0, (n as u64) << 56]) }} }}").unwrap();
        let serialized: String = strs
            .iter()
            .enumerate()
            .map(|(i, s)| format!("#[strum(serialize = {s:?})] V{i},"))
            .collect();
        for (name, attr) in [("Strum", ""), ("StrumPhf", "#[strum(use_phf)]")] {
            writeln!(m, "#[derive(Clone, PartialEq, Eq, Debug, ::strum::EnumString)] {attr} pub enum {name} {{ {serialized} #[strum(default)] Unknown(String) }}").unwrap();
        }
        // With `default`, parsing never fails: the error arm is never taken.
        for (f, name) in [("strum", "Strum"), ("strum_phf", "StrumPhf")] {
            writeln!(m, "#[inline(never)] pub fn {f}(code: &str) -> {name} {{ match <{name} as ::core::str::FromStr>::from_str(code) {{ Ok(v) => v, Err(_) => {name}::Unknown(String::new()) }} }}").unwrap();
        }
    }
    let (key_ty, key, found, own) = if is_int {
        ("i64", "&code", "*v", "code")
    } else {
        ("&'static str", "code", "v.clone()", "code.to_owned()")
    };
    for (f, map) in [
        ("std_map", "::std::collections::HashMap"),
        ("fx_map", "::rustc_hash::FxHashMap"),
    ] {
        writeln!(m, "#[inline(never)] pub fn {f}(map: &{map}<{key_ty}, Plain>, code: {code_ty}) -> Plain {{ match map.get({key}) {{ Some(v) => {found}, None => Plain::Unknown({own}) }} }}").unwrap();
    }
    let pairs: String = codes
        .iter()
        .enumerate()
        .map(|(i, c)| format!("({}, Plain::V{i}),", c.lit()))
        .collect();
    writeln!(
        m,
        "pub static PAIRS: [({code_ty}, Plain); {n}] = [{pairs}];"
    )
    .unwrap();

    // variant → code / message
    let code_ret = if is_int { "i64" } else { "&str" };
    let code_arms: String = codes
        .iter()
        .enumerate()
        .map(|(i, c)| format!("Plain::V{i} => {},", c.lit()))
        .collect();
    let raw = if is_int { "*raw" } else { "raw" };
    writeln!(m, "#[inline(never)] pub fn plain_code(v: &Plain) -> {code_ret} {{ match v {{ {code_arms} Plain::Unknown(raw) => {raw} }} }}").unwrap();
    let message_arms: String = (0..n)
        .map(|i| format!("Plain::V{i} => \"Message {i}\","))
        .collect();
    writeln!(m, "#[inline(never)] pub fn plain_message(v: &Plain) -> &'static str {{ match v {{ {message_arms} Plain::Unknown(_) => \"Unknown code\" }} }}").unwrap();
    writeln!(
        m,
        "#[inline(never)] pub fn ours_code(v: &Ours) -> {code_ret} {{ v.code() }}"
    )
    .unwrap();
    writeln!(
        m,
        "#[inline(never)] pub fn ours_message(v: &Ours) -> &'static str {{ v.message() }}"
    )
    .unwrap();
    writeln!(
        m,
        "#[inline(never)] pub fn ours_eq((a, b): (&Ours, &Ours)) -> bool {{ a == b }}"
    )
    .unwrap();
    writeln!(
        m,
        "#[inline(never)] pub fn plain_eq((a, b): (&Plain, &Plain)) -> bool {{ a == b }}"
    )
    .unwrap();

    let inputs: String = inputs.iter().map(|c| format!("{},", c.lit())).collect();
    writeln!(m, "pub static INPUTS: [{code_ty}; {LOOKUPS}] = [{inputs}];").unwrap();
    writeln!(m, "}}").unwrap();
    m
}
