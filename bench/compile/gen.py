#!/usr/bin/env python3
"""Deterministic generator for bench/compile-time.sh.

gen.py OUT_DIR N REPO writes, under OUT_DIR:
  catalog.toml    N sparse integer codes, messages in en and zh-CN, HTTP statuses
  ours/           a crate that includes it with error_runtime::include_catalog!
  plain/          the same API written by hand as plain `match`es
  derives/        the same API through num_enum (FromPrimitive, catch_all) + strum
  empty/          `ours` without the macro call (the expansion-time baseline)
The codes, names and texts depend only on N (a fixed linear congruential
generator), so every run measures the same crates.
"""
import os
import sys

WORDS = ["account", "amount", "balance", "card", "channel", "currency", "device",
         "order", "payment", "record", "request", "session", "signature", "token",
         "transfer", "user", "wallet", "limit", "merchant", "refund"]
STATES = ["invalid", "missing", "expired", "locked", "duplicate", "unknown",
          "rejected", "pending", "frozen", "closed"]
ZH = "账户金额余额卡渠道货币设备订单支付记录请求会话签名令牌转账用户钱包限额商户退款无效缺失过期锁定重复未知拒绝处理冻结关闭"
HTTP = [400, 401, 403, 404, 409, 422, 429, 500, 502, 503]


def lcg(seed):
    state = seed
    while True:
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        yield state >> 33


def catalog(n):
    rnd = lcg(n)
    codes = set()
    while len(codes) < n:
        # Sparse: n codes spread over 0..100·n, as vendors number by area.
        codes.add(next(rnd) % (100 * n))
    entries = []
    for i, code in enumerate(sorted(codes)):
        w, s = WORDS[next(rnd) % len(WORDS)], STATES[next(rnd) % len(STATES)]
        name = f"{w.capitalize()}{s.capitalize()}{i}"
        en = f"The {w} is {s} (case {i})"
        zh = "".join(ZH[next(rnd) % len(ZH)] for _ in range(6)) + str(i)
        http = HTTP[next(rnd) % len(HTTP)]
        entries.append((code, name, en, zh, http))
    return entries


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def manifest(name, deps):
    return (f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
            f'[lib]\npath = "lib.rs"\n\n[dependencies]\n{deps}\n[workspace]\n')


def toml_catalog(entries):
    out = ['[catalog]\nname = "Vendor"\nlang = "en"\nplaceholders = "none"\nsuccess = []\n']
    for code, name, en, zh, http in entries:
        out.append(f'\n[codes.{code}]\nname = "{name}"\n'
                   f'message = {{ en = "{en}", zh-CN = "{zh}" }}\nhttp = {http}\n')
    return "".join(out)


def plain(entries, derives):
    """The hand-written API; `derives` swaps the hand-written conversions for num_enum + strum."""
    o = ["//! The API of `include_catalog!`, written by hand.\n#![allow(missing_docs)]\n"]
    if derives:
        o.append("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, num_enum::FromPrimitive, "
                 "num_enum::IntoPrimitive, strum::IntoStaticStr, strum::EnumMessage)]\n#[repr(i64)]\n")
    else:
        o.append("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\n")
    o.append("pub enum Vendor {\n")
    for code, name, en, zh, http in entries:
        if derives:
            o.append(f'    #[strum(message = "{en}", detailed_message = "{zh}")]\n    {name} = {code},\n')
        else:
            o.append(f"    {name},\n")
    if derives:
        o.append("    #[num_enum(catch_all)]\n    Unknown(i64),\n}\n\n")
    else:
        o.append("    Unknown(i64),\n}\n\n")
    o.append("impl Vendor {\n")
    if derives:
        o.append("    pub fn code(&self) -> i64 { i64::from(*self) }\n")
        o.append("    pub fn message(&self) -> &'static str {\n"
                 "        strum::EnumMessage::get_message(self).unwrap_or(\"unknown Vendor code\")\n    }\n")
        o.append("    pub fn message_in(&self, lang: &str) -> &'static str {\n"
                 "        if lang.starts_with(\"zh\") {\n"
                 "            strum::EnumMessage::get_detailed_message(self).unwrap_or(\"unknown Vendor code\")\n"
                 "        } else { self.message() }\n    }\n")
        o.append("    pub fn name(&self) -> &'static str { self.into() }\n")
    else:
        o.append("    pub fn code(&self) -> i64 {\n        match self {\n")
        o += [f"            Self::{name} => {code},\n" for code, name, *_ in entries]
        o.append("            Self::Unknown(raw) => *raw,\n        }\n    }\n")
        o.append("    pub fn message(&self) -> &'static str {\n        match self {\n")
        o += [f'            Self::{name} => "{en}",\n' for _, name, en, *_ in entries]
        o.append('            Self::Unknown(_) => "unknown Vendor code",\n        }\n    }\n')
        o.append("    pub fn message_in(&self, lang: &str) -> &'static str {\n"
                 "        if !lang.starts_with(\"zh\") {\n            return self.message();\n        }\n"
                 "        match self {\n")
        o += [f'            Self::{name} => "{zh}",\n' for _, name, _, zh, _ in entries]
        o.append('            Self::Unknown(_) => "unknown Vendor code",\n        }\n    }\n')
        o.append("    pub fn name(&self) -> &'static str {\n        match self {\n")
        o += [f'            Self::{name} => "{name}",\n' for _, name, *_ in entries]
        o.append('            Self::Unknown(_) => "Unknown",\n        }\n    }\n')
    o.append("    pub fn http_status(&self) -> Option<u16> {\n        match self {\n")
    o += [f"            Self::{name} => Some({http}),\n" for _, name, _, _, http in entries]
    o.append("            Self::Unknown(_) => None,\n        }\n    }\n")
    o.append("    pub fn is_known(&self) -> bool { !matches!(self, Self::Unknown(_)) }\n}\n\n")
    if not derives:
        o.append("impl From<i64> for Vendor {\n    fn from(code: i64) -> Self {\n        match code {\n")
        o += [f"            {code} => Self::{name},\n" for code, name, *_ in entries]
        o.append("            other => Self::Unknown(other),\n        }\n    }\n}\n\n")
        o.append("impl From<Vendor> for i64 {\n    fn from(v: Vendor) -> i64 { v.code() }\n}\n\n")
    o.append("impl std::str::FromStr for Vendor {\n    type Err = std::num::ParseIntError;\n"
             "    fn from_str(s: &str) -> Result<Self, Self::Err> { s.parse::<i64>().map(Self::from) }\n}\n\n")
    o.append("impl std::fmt::Display for Vendor {\n"
             "    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {\n"
             "        write!(f, \"{}: {}\", self.code(), self.message())\n    }\n}\n\n"
             "impl std::error::Error for Vendor {}\n")
    return "".join(o)


def main():
    out, n, repo = sys.argv[1], int(sys.argv[2]), os.path.abspath(sys.argv[3])
    entries = catalog(n)
    write(f"{out}/catalog.toml", toml_catalog(entries))
    runtime = f'error-runtime = {{ path = "{repo}/error-runtime" }}\n'
    ours = ("//! `include_catalog!` of the generated catalog.\n"
            "error_runtime::include_catalog!(\"../catalog.toml\");\n")
    write(f"{out}/ours/Cargo.toml", manifest("ours", runtime))
    write(f"{out}/ours/lib.rs", ours)
    write(f"{out}/empty/Cargo.toml", manifest("empty", runtime))
    write(f"{out}/empty/lib.rs", "//! `ours` without the macro call.\nuse error_runtime as _;\n")
    write(f"{out}/plain/Cargo.toml", manifest("plain", ""))
    write(f"{out}/plain/lib.rs", plain(entries, False))
    write(f"{out}/derives/Cargo.toml", manifest(
        "derives", 'num_enum = "0.7"\nstrum = { version = "0.27", features = ["derive"] }\n'))
    write(f"{out}/derives/lib.rs", plain(entries, True))


if __name__ == "__main__":
    main()
