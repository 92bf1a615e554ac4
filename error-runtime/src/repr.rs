//! The two reads of a generated enum's `u32` tag. They are the only `unsafe`
//! code that generated enums use, and they live here, in the runtime, so that
//! a crate under `#![forbid(unsafe_code)]` (or `deny`) can include catalogs:
//! neither the macro's output nor `error-build`'s file holds `unsafe`.
//!
//! Both are sound only for an enum that `include_catalog!` (or `error-build`)
//! generated: `#[repr(u32)]`, implicit discriminants `0..N` on its `N` unit
//! variants, then the catch-all (discriminant `N`), as `error-catalog` writes it.

/// `fn __error_code_index(&self) -> usize` for an enum of `$n` known
/// variants: the variant's position in `ALL`, read from its tag (one load
/// instead of a `match` with an arm per code).
#[doc(hidden)]
#[macro_export]
macro_rules! __repr_index_fn {
    ($n:literal) => {
        /// The variant's position in `ALL`; the catch-all comes last.
        #[inline]
        fn __error_code_index(&self) -> ::core::primitive::usize {
            // SAFETY: a `repr(u32)` enum is a `repr(C)` union of `repr(C)`
            // structs that each start with the `u32` tag (RFC 2195), and
            // the generated enum's tags are the positions `0..=$n` (the
            // catch-all's is `$n`). Stating that range drops the bounds
            // check from every table lookup by the index (`message()` is
            // then the same loads as a `match`).
            unsafe {
                let tag = *::core::ptr::from_ref(self).cast::<::core::primitive::u32>();
                ::core::hint::assert_unchecked(tag <= $n);
                tag as ::core::primitive::usize
            }
        }
    };
}

/// The value of `ALL` for the generated enum `$ty` with `$n` known variants,
/// written as their tags in a static: as `$n` variant values, rustc would
/// validate the constant in O(n²) (it finds each value's variant by a linear
/// search of the discriminants). A union is not validated, and `ALL` points
/// into a static, which const validation does not enter.
#[doc(hidden)]
#[macro_export]
macro_rules! __repr_all {
    ($ty:ident, $n:literal) => {{
        const WORDS: ::core::primitive::usize = ::core::mem::size_of::<$ty>() / 4;
        #[repr(C)]
        union Tags {
            tags: [[::core::primitive::u32; WORDS]; $n],
            all: ::core::mem::ManuallyDrop<[$ty; $n]>,
        }
        static TAGS: Tags = Tags {
            tags: {
                let mut tags = [[0; WORDS]; $n];
                let mut tag: ::core::primitive::u32 = 0;
                while tag < $n {
                    tags[tag as ::core::primitive::usize][0] = tag;
                    tag += 1;
                }
                tags
            },
        };
        // SAFETY: each element is the tag of a unit variant (0..$n, the
        // known variants), at the tag's offset, with the enum's size and
        // alignment; the other bytes of a unit variant are padding.
        unsafe { &*(&raw const TAGS.all).cast::<[$ty; $n]>() }
    }};
}
