// Strings that cannot be read, each one error naming the character and what
// to write: a raw control character in TOML and JSON, a surrogate escape in
// TOML (never valid there), a lone surrogate escape in JSON (a pair is read:
// adv_text_json_round_trip.rs). Replacing them with U+FFFD would change the
// vendor's text without a word; an error is the honest outcome.
mod raw_toml {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_text_raw_control.toml");
}
mod raw_json {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_text_raw_control.json");
}
mod surrogate_toml {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_text_surrogate.toml");
}
mod surrogate_json {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_text_surrogate.json");
}

fn main() {}
