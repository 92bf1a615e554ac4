//! The macro that defines a generated enum with its tag reads admits only
//! unit variants with implicit discriminants before the catch-all (`ALL` is
//! made of the tags `0..N`).
#![forbid(unsafe_code)]

error_runtime::__private::catalog_enum! {
    [Clone, Copy] [i64] [0]
    pub enum Small {
        #[doc = "A"] #[doc = ""] A,
        #[doc = "B"] #[doc = ""] B = 7,
    }
    #[doc = "The catch-all."] Unknown;
    #[doc = "Every variant."] ALL;
}

fn main() {}
