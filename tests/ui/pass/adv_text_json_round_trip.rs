// JSON escapes of adversarial text read back byte for byte: `\u0000`,
// `\r`, `\b`, `\f`, `\/`, surrogate pairs for astral characters (a lone one is
// an error: adv_text_bad_strings), raw DEL and C1 characters, raw direction
// controls; the catalog doc would be a doctest if not neutralised.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_text.json");

fn main() {
    let expected: [(i64, &str); 5] = [
        (1, "He said \"no\" \\ 'yes' / \u{8}\u{c}"),
        (2, "nul\0 cr\r lf\n tab\t esc\u{1b} del\u{7f} c1\u{85}"),
        (3, "😀 𝄞 👨\u{200d}👩\u{200d}👧 \u{10ffff}"),
        (4, "\u{202e}evil\u{202c} \u{2066}iso\u{2069} \u{200b}\u{feff}\u{ad}"),
        (5, "```rust\npanic!()\n```\n    assert!(false);\n*/ /* {} {0} %s #[doc] r#\"x\"#"),
    ];
    for (code, text) in expected {
        let status = AdvTextJson::from(code);
        assert_eq!(status.message(), text, "{code}");
        assert_eq!(status.render(&[]), text, "{code}");
    }
}
