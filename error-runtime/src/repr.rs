//! The generated enum's definition together with the two reads of its `u32`
//! tag. They are the only `unsafe` code that generated enums use, and they
//! live here, in the runtime, so that a crate under `#![forbid(unsafe_code)]`
//! (or `deny`) can include catalogs: neither the macro's output nor
//! `error-build`'s file holds `unsafe`.
//!
//! Sound by construction, whatever safe code calls the macro with: the macro
//! writes the enum itself and attaches the reads to that enum only. The enum
//! is `#[repr(u32)]` and takes no other attribute but `#[doc]`, so every
//! value starts with its `u32` tag (RFC 2195). Each variant before the
//! catch-all is matched as `#[doc = …] #[NAME = …] Name,`: a unit variant
//! with an implicit discriminant (an attribute of that form can only
//! document or deprecate it).
//! So the tags are `0..N` for those, `N` for the catch-all, which the macro
//! writes last; `N` is read from a catch-all value at compile time.
//!
//! The fixed shape is what keeps the macro fast: a variant matched with
//! optional or repeated attributes (nested repetitions) costs macro_rules
//! seconds on a catalog of ten thousand codes; this one costs as much as
//! passing the tokens through.

/// Defines a generated enum and its tag reads:
///
/// ```text
/// catalog_enum! {
///     [DERIVES] [CATCH-ALL PAYLOAD TYPE] [A VALUE OF IT]
///     #[doc = EXPR]*                  // a literal or a `concat!`
///     pub enum Name {
///         (#[doc = "…"] #[deprecated = "…"] Variant,)*   // or #[doc = ""]
///     }
///     #[doc = "…"] Unknown;           // the catch-all, last in the enum
///     #[doc = "…"] ALL;               // the docs of `Name::ALL`
/// }
/// ```
///
/// It emits the enum, `Name::ALL` (every unit variant in order) and the
/// private `fn __error_code_tag(&self) -> usize`, the variant's position:
/// `0..N` for the unit variants, `N` for the catch-all.
#[doc(hidden)]
#[macro_export]
macro_rules! __catalog_enum {
    (
        [$($derive:tt)*] [$raw:ty] [$zero:expr]
        $(#[doc = $doc:expr])*
        pub enum $name:ident {
            $( #[doc = $vdoc:tt] #[$mark:ident = $note:tt] $variant:ident, )*
        }
        #[doc = $udoc:tt] $unknown:ident;
        #[doc = $adoc:tt] ALL;
    ) => {
        $(#[doc = $doc])*
        #[derive($($derive)*)]
        #[repr(u32)]
        // Serde's impls go through `From<i64>`/`From<&str>`, so the tag
        // read needs no invariant they could break (clippy's lint is about
        // that).
        #[allow(clippy::unsafe_derive_deserialize, clippy::doc_markdown)]
        pub enum $name {
            $( #[doc = $vdoc] #[$mark = $note] $variant, )*
            #[doc = $udoc] $unknown($raw),
        }

        #[allow(deprecated)]
        impl $name {
            /// The catch-all's tag: the number of unit variants before it.
            const __ERROR_CODE_CATCH_ALL: ::core::primitive::u32 = {
                let value = ::core::mem::ManuallyDrop::new($name::$unknown($zero));
                // SAFETY: as in `__error_code_tag`; `value` is initialised.
                unsafe { *(&raw const value).cast::<::core::primitive::u32>() }
            };

            #[doc = $adoc]
            pub const ALL: &'static [Self] = {
                // As tags in a static, not as `N` variant values: rustc would
                // validate such a constant in O(N²) (it finds each value's
                // variant by a linear search of the discriminants). A union
                // is not validated, and a static is not entered.
                const N: ::core::primitive::usize = $name::__ERROR_CODE_CATCH_ALL as ::core::primitive::usize;
                const WORDS: ::core::primitive::usize = ::core::mem::size_of::<$name>() / 4;
                #[repr(C)]
                union Tags {
                    tags: [[::core::primitive::u32; WORDS]; N],
                    all: ::core::mem::ManuallyDrop<[$name; N]>,
                }
                static TAGS: Tags = Tags {
                    tags: {
                        let mut tags = [[0; WORDS]; N];
                        let mut tag = 0;
                        while tag < N {
                            tags[tag][0] = tag as ::core::primitive::u32;
                            tag += 1;
                        }
                        tags
                    },
                };
                // SAFETY: the enum above has the unit variants `0..N` (the
                // catch-all's tag is `N`, and implicit discriminants count
                // up from 0), so each element is a unit variant's tag
                // at the tag's offset, with the enum's size (a multiple of
                // its alignment, at least the tag's 4) and alignment (the
                // union's); a unit variant's other bytes are padding.
                unsafe { &*(&raw const TAGS.all).cast::<[$name; N]>() }
            };

            /// The variant's position: `0..N` in `ALL`, `N` for the catch-all.
            #[inline]
            fn __error_code_tag(&self) -> ::core::primitive::usize {
                // SAFETY: a `repr(u32)` enum is a `repr(C)` union of
                // `repr(C)` structs that each start with the `u32` tag
                // (RFC 2195), and the enum above has no other `repr`.
                let tag = unsafe { *::core::ptr::from_ref(self).cast::<::core::primitive::u32>() };
                tag as ::core::primitive::usize
            }
        }
    };
}
