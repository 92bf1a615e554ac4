//! Generates a few shipped catalogs (integer, string, a subset and its
//! parent) with the build.rs API; a mistake in one fails the build with the
//! macro's messages.

fn main() -> Result<(), error_build::Error> {
    for catalog in [
        "../../catalogs/ebet.toml",
        "../../catalogs/ebet_reply.toml",
        "../../catalogs/upay_biz.toml",
        "../../catalogs/multimarkets_gateway.toml",
    ] {
        error_build::compile(catalog)?;
    }
    Ok(())
}
