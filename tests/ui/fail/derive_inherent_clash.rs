// By default the derive emits inherent methods: one the enum already has
// is a "duplicate definitions" error, whose fix is `inherent = false`.
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Acme {
    #[code(0, message = "OK")]
    Ok,
    Unknown(i64),
}

impl Acme {
    fn code(&self) -> &'static str {
        "the enum's own code"
    }
}

fn main() {}
