// Code-reference macros of the same name in different modules (and one
// catalog included twice) do not clash: the exported macros' hidden names
// differ by path and call site.
mod a {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_name_http_status.toml");
}
mod b {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_name_http_status_upper.toml");
}
mod c {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_name_http_status.toml");
}

fn main() {
    {
        use a::HttpStatus;
        assert_eq!(a::http_status!(200), HttpStatus::Ok);
    }
    {
        use b::HTTPStatus;
        assert_eq!(b::http_status!(404), HTTPStatus::NotFound);
    }
    {
        use c::HttpStatus;
        assert_eq!(c::http_status!(200), HttpStatus::Ok);
        assert_eq!(HttpStatus::from(404), HttpStatus::Unknown(404));
    }
}
