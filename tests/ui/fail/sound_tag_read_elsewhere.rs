//! The tag read of generated enums is not an exported macro that safe code
//! could attach to another type (it read out of bounds here).
#![forbid(unsafe_code)]

enum Small {
    A,
    B,
    C,
}

impl Small {
    error_runtime::__private::repr_index_fn!(1);
}

fn main() {
    let _ = (Small::A, Small::B, Small::C);
}
