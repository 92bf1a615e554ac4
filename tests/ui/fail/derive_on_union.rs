// One mistake: the derive is for enums.
#[derive(error_runtime::ErrorCode)]
#[catalog(lang = "en")]
union Acme {
    code: i64,
}

fn main() {}
