// Enum names whose code-reference macro is a weak (contextual) keyword or a
// built-in macro's name are accepted and the macros work: `union!`, `raw!`,
// `safe!`, `auto!`, `default!`, `macro_rules!`, and, written `self::…!` in
// the including module, `matches!` and `format!`.
macro_rules! enums {
    ($($module:ident $name:ident $mac:ident)*) => {$(
        mod $module {
            #[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
            #[catalog(lang = "en")]
            pub enum $name {
                #[code(1, message = "one")]
                One,
                Unknown(i64),
            }
        }
    )*};
}

enums!(u Union union r Raw raw s Safe safe a Auto auto d Default default f Format format);

mod m {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_name_macro_macro_rules.toml");

    pub fn inside() {
        assert_eq!(macro_rules!(1), MacroRules::One);
    }
}

mod t {
    error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_name_matches.toml");

    pub fn inside() {
        // Named like a prelude macro: unqualified `matches!` is ambiguous in
        // this module (rustc E0659 says so); `self::` names the catalog's.
        assert_eq!(self::matches!(1), Matches::One);
        assert!(::core::matches!(Matches::from(1), self::matches!(1)));
    }
}

fn main() {
    use {a::Auto, d::Default, f::Format, r::Raw, s::Safe, u::Union};
    assert_eq!(u::union!(1), Union::One);
    assert_eq!(r::raw!(1), Raw::One);
    assert_eq!(s::safe!(1), Safe::One);
    assert_eq!(a::auto!(1), Auto::One);
    assert_eq!(d::default!(1), Default::One);
    assert_eq!(f::format!(1), Format::One);
    assert_eq!(Union::from(2), Union::Unknown(2));
    m::inside();
    {
        use m::MacroRules;
        assert_eq!(m::macro_rules!(1), MacroRules::One);
    }
    t::inside();
    // Outside its module the prelude's `matches!` is untouched.
    assert!(matches!(Some(1), Some(_)));
}
