// The derive on enums named like keywords capitalised: every one whose
// snake_case is a keyword or reserved word in some edition is one error at
// its name; the methods are still generated. (Weak keywords are fine:
// `tests/ui/pass/adv_name_weak_keyword_macros.rs`.)
macro_rules! enums {
    ($($name:ident)*) => {$(
        #[derive(Debug, Clone, Copy, PartialEq, error_runtime::ErrorCode)]
        #[catalog(lang = "en")]
        enum $name {
            #[code(1, message = "one")]
            One,
            Unknown(i64),
        }
        const _: i64 = 0;
    )*
    fn used() -> usize { 0 $(+ $name::ALL.len() + $name::One.code() as usize)* }
    };
}

enums!(Crate Super Async Await Dyn Gen Try Box Macro Yield Abstract Become Do Final Override Priv Typeof Unsized Virtual Static);

fn main() {
    let _ = used();
}
