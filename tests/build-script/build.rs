//! Generates every shipped catalog with the build.rs API; a mistake in one
//! fails the build with the macro's messages.

fn main() -> Result<(), error_build::Error> {
    for catalog in [
        "card_issuing",
        "ebet",
        "ebet_client",
        "ebet_reply",
        "multimarkets_customer",
        "multimarkets_gateway",
        "pay_wallet",
        "pay_wallet_http",
        "upay_biz",
        "upay_http",
    ] {
        error_build::compile(&format!("../../catalogs/{catalog}.toml"))?;
    }
    // Adversarial free text (also in the hygiene crate): here its docs are
    // linted like hand-written ones, so any rustdoc or clippy lint it trips fails CI.
    error_build::compile("../catalogs/adv_text.toml")?;
    Ok(())
}
