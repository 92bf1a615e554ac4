// render() fills placeholders around adversarial text and inserts the
// arguments verbatim: an argument that looks like a placeholder, a quote, a
// NUL or a line break is not interpreted again.
mod java {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_text_java.toml");
}
mod printf {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_text_printf.toml");
}

fn main() {
    let fill = java::AdvJava::Fill;
    assert_eq!(fill.arity(), 2);
    assert_eq!(
        fill.message(),
        "It''s {0}: */ \"{1}\" '{literal}' \0\n{0}"
    );
    assert_eq!(
        fill.render(&[&"{1}\0", &"a\"b\nc"]),
        "It's {1}\0: */ \"a\"b\nc\" {literal} \0\n{1}\0"
    );
    assert_eq!(fill.render_in("zh-CN", &[&"%s", &'}']), "} 和 %s ```rust");

    let fill = printf::AdvPrintf::Fill;
    assert_eq!(fill.arity(), 3);
    assert_eq!(fill.message(), "%s took %d ms %% {0} \\n \r\n%s");
    assert_eq!(
        fill.render(&[&"%d", &-1, &"{0}\r"]),
        "%d took -1 ms % {0} \\n \r\n{0}\r"
    );
}
