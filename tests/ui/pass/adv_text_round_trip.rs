// Every adversarial text of tests/catalogs/adv_text.toml (the catalog the
// hygiene crate documents) comes back from message(), render() and
// message_in() byte for byte: quotes, backslashes, CR/LF, NUL, comment and
// raw-string delimiters, braces, direction controls, zero-width and astral
// characters, code fences, Markdown, HTML, URLs.
error_runtime::include_catalog!("../../../../tests/catalogs/adv_text.toml");

const EXPECTED: &[(i64, &str)] = &[
    (1, "He said \"no\", 'yes' and `maybe`"),
    (2, r#"C:\path\to\file \n is not a newline, \\ \u0041 \" \x00"#),
    (3, "line one\nline two\r\nline three\rline four\ttabbed\u{b}vertical\u{c}feed"),
    (4, "before\0after\0"),
    (5, "*/ /* // /// //! /** */ end */ <!-- -->"),
    (6, "#[doc = \"x\"] \"# r#\"raw\"# r##\"more\"## #![deny(warnings)] } { fn main() {} ]; )"),
    (7, "{} {0} {{ }} {name} {:?} %s %d %%"),
    (8, "\u{202e}evil\u{202c} \u{202d}lro\u{202c} \u{2066}isolate\u{2069} \u{200f}rlm \u{200e}lrm \u{61c}alm"),
    (9, "zero\u{200b}width\u{200c}non\u{200d}joiner\u{2060}word\u{feff}bom\u{ad}shy"),
    (10, "😀 👨\u{200d}👩\u{200d}👧 𝄞 \u{1f4a9} \u{10ffff} \u{fffd}"),
    (11, "```rust\npanic!()\n```"),
    (12, "    assert!(false);\n\n    panic!(\"indented\");"),
    (13, "[foo] [`Bar`] [crate::baz] [x][y] [^note] <html> <b>tag</b> <!-- https://example.com/x?y=1 www.example.com user@example.com &nbsp; &#42;"),
    (14, "# not a heading"),
    (15, "English ```rust\npanic!()\n```"),
    (16, "  leading and trailing  \n"),
    (17, "\u{1}\u{7}\u{1b}[31mred\u{1b}[0m\u{7f}\u{85}\u{9f}"),
    (18, " "),
    (19, "line\u{2028}separator\u{2029}paragraph\u{85}next line"),
];

fn main() {
    assert_eq!(AdvTextStatus::ALL.len(), EXPECTED.len());
    for &(code, text) in EXPECTED {
        let status = AdvTextStatus::from(code);
        assert!(status.is_known(), "{code}");
        assert_eq!(status.message(), text, "{code}");
        assert_eq!(status.message_in("en"), text, "{code}");
        // placeholders = "none": braces and percent signs are text.
        assert_eq!(status.arity(), 0, "{code}");
        assert_eq!(status.render(&[]), text, "{code}");
        assert_eq!(status.render(&[&"ignored"]), text, "{code}");
    }
    let multilingual = AdvTextStatus::from(15_i64);
    assert_eq!(multilingual.message_in("zh-CN"), "中文 [链接] <标签>\n    缩进");
    assert_eq!(multilingual.message_in("zh_CN"), "中文 [链接] <标签>\n    缩进");
    assert_eq!(multilingual.message_in("ar"), "\u{202b}عربي\u{202c}");
    assert_eq!(multilingual.render_in("ar", &[]), "\u{202b}عربي\u{202c}");
    let blocks = AdvTextStatus::from(14_i64);
    assert_eq!(blocks.key(), Some("`key` with ``ticks`` and\nnewline"));
}
