//! The macro that defines a generated enum with its tag reads admits no
//! attribute that changes the enum's layout.
#![forbid(unsafe_code)]

error_runtime::__private::catalog_enum! {
    int
    #[repr(u8)]
    pub enum Small {
        A,
        B,
    }
    Unknown;
    ALL;
}

fn main() {}
