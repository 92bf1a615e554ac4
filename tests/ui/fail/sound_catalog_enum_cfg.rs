//! The macro that defines a generated enum with its tag reads admits no
//! attribute that removes a variant (the tags are the positions).
#![forbid(unsafe_code)]

error_runtime::__private::catalog_enum! {
    int
    pub enum Small {
        A,
        #[cfg(any())]
        B,
        C,
    }
    Unknown;
    ALL;
}

fn main() {}
