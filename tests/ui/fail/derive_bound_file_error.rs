// One mistake, in the file: reported as include_catalog! reports it (file:line:col).
#[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
#[catalog(file = "../../../../tests/ui/catalogs/misspelt_message.toml")]
enum Acme {
    InvalidSignature,
    Unknown(i64),
}

fn main() {}
