//! JSON string contents → text, lossily: a sloppy server's message must still
//! read, so invalid UTF-8 and broken escapes never fail.

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;

/// The text of a JSON string's contents (the bytes between the quotes).
/// Escapes are decoded; a lone surrogate becomes U+FFFD, an unknown or cut
/// escape stays as written, invalid UTF-8 becomes U+FFFD.
pub(super) fn unescape(raw: &[u8]) -> Cow<'_, str> {
    if !raw.contains(&b'\\') {
        return lossy(raw);
    }
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while let Some(&byte) = raw.get(i) {
        i += 1;
        if byte != b'\\' {
            out.push(byte);
            continue;
        }
        let Some(&escape) = raw.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        let simple = match escape {
            b'"' => Some(b'"'),
            b'\\' => Some(b'\\'),
            b'/' => Some(b'/'),
            b'b' => Some(0x08),
            b'f' => Some(0x0c),
            b'n' => Some(b'\n'),
            b'r' => Some(b'\r'),
            b't' => Some(b'\t'),
            _ => None,
        };
        if let Some(decoded) = simple {
            out.push(decoded);
            continue;
        }
        if escape != b'u' {
            out.extend_from_slice(&[b'\\', escape]);
            continue;
        }
        let Some(unit) = hex4(raw, i) else {
            out.extend_from_slice(b"\\u");
            continue;
        };
        i += 4;
        let c = match unit {
            0xD800..=0xDBFF => match low_surrogate(raw, i) {
                Some(low) => {
                    i += 6;
                    let scalar = 0x10000 + ((u32::from(unit) - 0xD800) << 10) + (low - 0xDC00);
                    char::from_u32(scalar).unwrap_or(char::REPLACEMENT_CHARACTER)
                }
                None => char::REPLACEMENT_CHARACTER,
            },
            _ => char::from_u32(u32::from(unit)).unwrap_or(char::REPLACEMENT_CHARACTER),
        };
        out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
    }
    match String::from_utf8(out) {
        Ok(text) => Cow::Owned(text),
        Err(error) => Cow::Owned(String::from_utf8_lossy(error.as_bytes()).into_owned()),
    }
}

/// `bytes` as text, invalid UTF-8 replaced: `str::from_utf8` first, whose
/// ASCII fast path `String::from_utf8_lossy` lacks.
pub(super) fn lossy(bytes: &[u8]) -> Cow<'_, str> {
    match core::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(bytes),
    }
}

/// The four hex digits at `raw[at..at + 4]` as a UTF-16 code unit.
fn hex4(raw: &[u8], at: usize) -> Option<u16> {
    let digits = raw.get(at..at.checked_add(4)?)?;
    // `from_str_radix` would also take a sign.
    if !digits.iter().all(u8::is_ascii_hexdigit) {
        return None;
    }
    u16::from_str_radix(core::str::from_utf8(digits).ok()?, 16).ok()
}

/// A `\uDC00`–`\uDFFF` escape at `raw[at..]`, completing a surrogate pair.
fn low_surrogate(raw: &[u8], at: usize) -> Option<u32> {
    if raw.get(at..at.checked_add(2)?)? != b"\\u" {
        return None;
    }
    let unit = hex4(raw, at + 2)?;
    (0xDC00..=0xDFFF).contains(&unit).then_some(u32::from(unit))
}

#[cfg(test)]
mod tests {
    use super::unescape;

    #[test]
    fn escapes() {
        assert_eq!(unescape(br"plain"), "plain");
        assert_eq!(unescape(br#"a\"b\\c\/d\n\t"#), "a\"b\\c/d\n\t");
        assert_eq!(unescape(br"\u7b7e\u540d"), "签名");
        assert_eq!(unescape(br"\ud83d\ude00!"), "😀!");
        assert_eq!(unescape(br"\ud83d!"), "\u{FFFD}!");
        assert_eq!(unescape(br"\ude00"), "\u{FFFD}");
        assert_eq!(unescape(br"\q\u12"), "\\q\\u12");
        assert_eq!(unescape(b"ok \xff\\n"), "ok \u{FFFD}\n");
        assert_eq!(unescape(b"\xe7\xad"), "\u{FFFD}");
    }
}
