// One mistake: the derive is for enums.
#[derive(error_runtime::ErrorCode)]
#[catalog(lang = "en")]
struct Acme {
    code: i64,
}

fn main() {}
