// An empty message table in a catalog file (not also "no message in `en`").
error_runtime::include_catalog!("../../../../tests/ui/catalogs/empty_message.toml");

fn main() {
    let _ = AcmeStatus::System.message();
}
