//! The macro that defines a generated enum with its tag reads admits no
//! attribute that changes the enum's layout.
#![forbid(unsafe_code)]

error_runtime::__private::catalog_enum! {
    [Clone, Copy] [i64] [0]
    #[repr(u8)]
    pub enum Small {
        #[doc = "A"] #[doc = ""] A,
    }
    #[doc = "The catch-all."] Unknown;
    #[doc = "Every variant."] ALL;
}

fn main() {}
