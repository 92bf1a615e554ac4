// An enum named `Option` whose catch-all is `Result` and whose variants are
// named like prelude items, the generated code's statics and traits; included
// in a module that also declares `core`, `std`, `alloc` and `error_runtime`.
// Everything generated must still resolve (absolute paths only); the macro
// call itself is written `::error_runtime::…` because of the local module.
mod vendor {
    #![allow(dead_code)]
    pub mod core {}
    pub mod std {}
    pub mod alloc {}
    pub mod error_runtime {}
    ::error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_name_shadowing.toml");

    pub fn inside() {
        // Used where the generated names are in scope, the macro too.
        assert_eq!(option!(4), Option::Option);
        assert!(::core::matches!(Option::from(0), option!(0)));
    }
}

use vendor::Option as Vendor;

fn main() {
    vendor::inside();
    assert_eq!(Vendor::ALL.len(), 39);
    for (i, status) in Vendor::ALL.iter().enumerate() {
        assert_eq!(status.code(), i as i64);
        assert_eq!(Vendor::from(i as i64), *status);
        assert_eq!(status.to_string(), format!("{i}: {}", status.message()));
    }
    assert_eq!(Vendor::Ok.name(), "Ok");
    assert!(Vendor::Ok.is_success());
    assert!(!Vendor::Err.is_success());
    assert_eq!(Vendor::None.code(), 3);
    assert_eq!(Vendor::Some.message(), "Some");
    assert_eq!(Vendor::Option.message(), "the enum's own name");
    assert_eq!(Vendor::All.code(), 23);
    assert_eq!(Vendor::FACTS.name(), "FACTS");
    assert_eq!(Vendor::TEMPLATES.code(), 22);
    assert_eq!(Vendor::from(99), Vendor::Result(99));
    assert_eq!(format!("{:?}", Vendor::from(99)), "Result(99)");
    assert_eq!(format!("{:?}", Vendor::Debug), "Debug");
    assert_eq!("5".parse::<Vendor>(), Ok(Vendor::String));
    assert_eq!(i64::from(Vendor::Str), 34);
    {
        // The macro expands to `Option::…`: the enum must be in scope by its
        // name (documented), here over the prelude's `Option`.
        use vendor::Option;
        assert_eq!(vendor::option!(2), Option::Some);
    }
    assert_eq!(Vendor::Code.code(), 24);
    assert_eq!(Vendor::Err.code(), 1);
    assert_eq!(Vendor::Error.code(), 35);
    assert_eq!(Vendor::LANG.message(), "LANG");
    assert_eq!(<Vendor as error_runtime::ErrorCode>::LANG, "en");
    assert_eq!(<Vendor as error_runtime::ErrorCode>::CATALOG, "Option");
    fn generic<E: error_runtime::ErrorCode>(e: &E) -> &'static str {
        e.name()
    }
    assert_eq!(generic(&Vendor::ErrorCode), "ErrorCode");
}
