//! `derive_error_code` without the compiler: deterministic output that parses
//! as Rust items, every mistake of one enum reported in one expansion with the
//! skeleton still generated, and no panic on malformed attributes.

use error_catalog::derive_error_code;
use proc_macro2::TokenStream;
use quote::quote;

fn expand(input: TokenStream) -> String {
    derive_error_code(input, "tests/derive.rs:1:1#0")
        .into_tokens()
        .to_string()
}

/// The `compile_error!` messages of an expansion, in order.
fn errors(out: &str) -> Vec<String> {
    let file: syn::File = syn::parse_str(out).expect("the output parses as items");
    file.items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Macro(m) if m.mac.path.segments.last().unwrap().ident == "compile_error" => {
                Some(
                    syn::parse2::<syn::LitStr>(m.mac.tokens.clone())
                        .unwrap()
                        .value(),
                )
            }
            _ => None,
        })
        .collect()
}

fn has_impl(out: &str, what: &str) -> bool {
    out.replace(' ', "").contains(&what.replace(' ', ""))
}

#[test]
fn inline_output_is_deterministic_and_parses() {
    let input = quote! {
        #[catalog(lang = "en", success = [0], categories(c(range = [1, 9])))]
        enum Acme {
            #[code(0, message(en = "OK", zh-CN = "好"))] Ok,
            #[code(5, message = "five", http = 500, retryable)] Five,
            Unknown(i64),
        }
    };
    let first = expand(input.clone());
    assert_eq!(first, expand(input));
    assert!(errors(&first).is_empty(), "{:?}", errors(&first));
    assert!(has_impl(
        &first,
        "impl ::core::convert::From<::core::primitive::i64> for Acme"
    ));
    assert!(has_impl(&first, "impl ::error_runtime::ErrorCode for Acme"));
    // The user's enum and derives are not repeated.
    assert!(!first.contains("enum Acme"));
    assert!(!has_impl(&first, "impl ::core::fmt::Debug for Acme"));
}

#[test]
fn without_catch_all_try_from_replaces_from() {
    let out = expand(quote! {
        #[catalog(lang = "en")]
        enum Closed { #[code("A", message = "a")] A }
    });
    assert!(errors(&out).is_empty(), "{:?}", errors(&out));
    assert!(has_impl(
        &out,
        "impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for Closed"
    ));
    assert!(!has_impl(
        &out,
        "::core::convert::From<&::core::primitive::str> for Closed"
    ));
    assert!(has_impl(&out, "impl_serde!(try_str Closed)"));
}

#[test]
fn bound_output_tracks_the_file() {
    let out = expand(quote! {
        #[catalog(file = "../tests/catalogs/str.toml")]
        enum Bound { Success, ShortZero, GatewayTimeout, CustomerMissing, WithSpace, Unknown(Box<str>) }
    });
    assert!(errors(&out).is_empty(), "{:?}", errors(&out));
    assert!(out.contains("include_bytes"), "{out}");
    assert!(out.contains("tests/catalogs/str.toml"));
}

#[test]
fn every_mistake_is_reported_and_the_skeleton_remains() {
    let out = expand(quote! {
        #[catalog(lang = "en", sucess = [1])]
        enum Acme {
            #[code(1, message = "one")] One,
            #[code(1, message = "uno")] Uno,
            Forgotten,
            #[code(2, mesage = "two")] Two,
            #[code("3", message = "three")] Three,
            Pair(i64, i64),
            Unknown(u8),
        }
    });
    let errors = errors(&out);
    let expected = [
        "has no #[code]",
        "unknown #[catalog] key `sucess`",
        "unknown #[code] key `mesage`",
        "code of the wrong type",
        "must be a unit variant",
        "duplicate code 1: variant `One` has it too",
        "so its field must be `i64`",
    ];
    for e in expected {
        assert!(errors.iter().any(|m| m.contains(e)), "{e} in {errors:#?}");
    }
    assert_eq!(errors.len(), expected.len(), "{errors:#?}");
    // Every variant still has an index: the generated matches stay exhaustive.
    for v in ["Uno", "Forgotten", "Three", "Pair", "Unknown"] {
        assert!(has_impl(&out, &format!("Self::{v} {{ .. }}")), "{v}");
    }
    assert!(has_impl(&out, "impl ::error_runtime::ErrorCode for Acme"));
}

#[test]
fn bound_disagreement_is_one_error_naming_all() {
    let out = expand(quote! {
        #[catalog(file = "../tests/catalogs/str.toml", lang = "en")]
        enum Bound { Success, Extra, #[code("X", message = "x")] ShortZero, Unknown(String) }
    });
    let errors = errors(&out);
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert!(errors[0].contains("`lang` comes from the catalog file"));
    assert!(errors[1].contains("`ShortZero` takes its code from the catalog file"));
    assert!(errors[2].contains("variants not in the file: `Extra`"));
    assert!(errors[2].contains(
        "codes of the file without a variant: `GatewayTimeout` (\"GW_CODE_012\"), `CustomerMissing` (\"CU_001\"), `WithSpace` (\"with space\")"
    ));
}

#[test]
fn malformed_input_is_an_error_never_a_panic() {
    let cases = [
        quote!(
            struct S;
        ),
        quote!(union U { a: u8 }),
        quote!(
            enum E {}
        ),
        quote!(
            enum E<T> {
                A(T),
            }
        ),
        quote!(
            enum E {
                A,
            }
        ),
        quote!(
            #[catalog]
            enum E {
                A,
            }
        ),
        quote!(
            #[catalog = "x"]
            enum E {
                A,
            }
        ),
        quote!(
            #[catalog(lang = en)]
            enum E {
                #[code(1, message = "a")]
                A,
            }
        ),
        quote!(
            #[catalog(lang = "en",,)]
            enum E {
                #[code(1)]
                A,
            }
        ),
        quote!(
            #[catalog(lang = "xx-!")]
            enum E {
                #[code(1, message = "a")]
                A,
            }
        ),
        quote!(
            #[catalog(file)]
            enum E {
                A,
            }
        ),
        quote!(
            #[catalog(file = 1)]
            enum E {
                A,
            }
        ),
        quote!(
            #[catalog(file = "a.toml", file = "b.toml")]
            enum E {
                A,
            }
        ),
        quote!(
            #[catalog(file = "../tests/catalogs/missing.toml")]
            enum E {
                A,
            }
        ),
        quote!(
            #[catalog(lang = "en")]
            enum E {
                #[code]
                A,
            }
        ),
        quote!(
            #[catalog(lang = "en")]
            enum E {
                #[code()]
                A,
            }
        ),
        quote!(
            #[catalog(lang = "en")]
            enum E {
                #[code(-)]
                A,
            }
        ),
        quote!(
            #[catalog(lang = "en")]
            enum E {
                #[code(message = "a")]
                A,
            }
        ),
        quote!(
            #[catalog(lang = "en")]
            enum E {
                #[code(1.5, message = "a")]
                A,
            }
        ),
        quote!(
            #[catalog(lang = "en")]
            enum E {
                #[code(99999999999999999999, message = "a")]
                A,
            }
        ),
        quote!(
            #[catalog(lang = "en")]
            enum E {
                #[code(1, message(en(x)))]
                A,
            }
        ),
        quote!(
            #[catalog(lang = "en")]
            enum E {
                #[code(1, message = "a")]
                #[code(2)]
                A,
            }
        ),
        quote!(
            #[catalog(lang = "en")]
            enum E {
                #[code(1, message = "a")]
                A,
                #[code(2, message = "b")]
                B(i64),
            }
        ),
        quote!(
            #[catalog(lang = "en")]
            enum E {
                #[code(1, message = "a")]
                ALL,
            }
        ),
        quote!(
            #[catalog(lang = "en")]
            enum Type {
                #[code(1, message = "a")]
                A,
            }
        ),
        quote!(
            #[catalog(lang = "en", placeholders = "java")]
            enum E {
                #[code(1, message = "{")]
                A,
            }
        ),
        quote!(
            #[catalog(file = "../tests/catalogs/str.toml")]
            enum Type {
                Success,
                ShortZero,
                GatewayTimeout,
                CustomerMissing,
                WithSpace,
            }
        ),
        quote!(
            #[catalog(lang = "en")]
            #[code(1, message = "a")]
            enum E {
                #[code(1, message = "a")]
                A,
            }
        ),
        quote!(
            #[catalog(lang = "en")]
            enum E {
                #[catalog(lang = "en")]
                #[code(1, message = "a")]
                A,
            }
        ),
        quote!(not an item),
    ];
    for case in cases {
        let shown = case.to_string();
        let out = expand(case);
        assert!(!errors(&out).is_empty(), "no error for {shown}");
    }
}

#[test]
fn catch_all_only_enum_compiles_to_an_empty_catalog() {
    let out = expand(quote! {
        #[catalog(lang = "en")]
        enum Nothing { Unknown(i64) }
    });
    assert!(errors(&out).is_empty(), "{:?}", errors(&out));
    assert!(has_impl(&out, "pub const ALL: &'static [Self] = &[];"));
}

#[test]
fn catch_all_only_string_enum_is_an_empty_string_catalog() {
    let out = expand(quote! {
        #[catalog(lang = "en")]
        enum Nothing { Unknown(String) }
    });
    assert!(errors(&out).is_empty(), "{:?}", errors(&out));
    assert!(has_impl(
        &out,
        "impl ::core::convert::From<&::core::primitive::str> for Nothing"
    ));
}

#[test]
fn raw_identifiers_are_the_names_without_r_hash() {
    let out = expand(quote! {
        #[catalog(lang = "en")]
        enum r#Acme { #[code(1, message = "a")] r#Type, r#Unknown(i64) }
    });
    assert!(errors(&out).is_empty(), "{:?}", errors(&out));
    assert!(has_impl(&out, "impl ::error_runtime::ErrorCode for Acme"));
    assert!(has_impl(&out, "Acme::Type"));
    // A keyword variant is reported, yet still matched (written raw again).
    let out = expand(quote! {
        #[catalog(lang = "en")]
        enum Acme { #[code(1, message = "a")] A, #[code(2, message = "b")] r#type, r#match(i64) }
    });
    assert_eq!(errors(&out).len(), 1, "{:?}", errors(&out));
    assert!(has_impl(&out, "Self::r#type { .. }"));
    assert!(has_impl(&out, "Self::r#match(raw)"));
}

/// Each input holds one mistake: it gets exactly one error, which says this.
#[test]
fn one_mistake_one_error() {
    let cases = [
        (
            quote!(#[catalog(fiel = "x.toml")] enum E { A, B, Unknown(i64) }),
            "unknown #[catalog] key `fiel`\n  help: did you mean `file`?",
        ),
        (
            quote!(#[catalog(path = "catalogs/x.json")] enum E { A, B }),
            "unknown #[catalog] key `path`\n  help: did you mean `file`?",
        ),
        (
            quote!(#[catalog(lang = "en")] enum E { A, B, Unknown(i64) }),
            "no variant of `E` has a #[code]",
        ),
        (
            quote!(#[catalog(lang = "en")] enum E { #[code(1, message())] A }),
            "`message` is an empty table: it gives no text\n  help: give the vendor's text in `en`",
        ),
        (
            quote!(#[catalog(lang = "en", categories(a(range = [1, 2]), b(range = [3, 4])))]
                enum E { #[code(1, message = "a", category = "a", category = "b")] A }),
            "field `category` is given twice",
        ),
        (
            quote!(#[catalog(lang = "en")] #[catalog(lang = "fr")] enum E { #[code(1, message = "a")] A }),
            "field `lang` is given twice",
        ),
        (
            quote!(#[catalog(lang = "en", categories(a(range = [1, 2]), a(range = [3, 4])))]
                enum E { #[code(1, message = "a")] A }),
            "category `a` is defined twice",
        ),
        (
            quote!(#[catalog(lang = "en")] enum E { #[code(true, message = "a")] A }),
            "the code of `A` must be an integer or a string literal, found a boolean",
        ),
        (
            quote!(#[catalog(lang = "en")] enum E { #[code(1, message = "a", key = 5)] A }),
            "`key` must be a string, found an integer",
        ),
        (
            quote!(#[catalog(lang = "en")] enum E { #[code(1, message = "a")] A, Unknown(String) }),
            "its field must be `i64`: the codes of `E` are integers (the first, on `A`, is 1)\n  help: write `Unknown(i64)`, or write every code as a string literal",
        ),
        (
            quote!(#[catalog(lang = "en")] enum E { #[code("1", message = "a")] A, Unknown(i64) }),
            "its field must be `String` or `Box<str>`: the codes of `E` are strings (the first, on `A`, is \"1\")\n  help: write `Unknown(String)`, or write every code as an integer literal",
        ),
        (
            quote!(#[catalog(file = "../tests/catalogs/str.toml")]
                enum E { Success, ShortZero, GatewayTimeout, CustomerMissing, WithSpace, Unknown(i64) }),
            "the codes of ../tests/catalogs/str.toml are strings\n  help: write `Unknown(String)`",
        ),
        (
            quote!(#[catalog(lang = "en")] enum E { #[code(1, message = "a" "b", http = 404)] A }),
            "expected `,`",
        ),
        (
            quote!(#[catalog(lang = "en", success = [1 2])] enum E { #[code(1, message = "a")] A }),
            "expected `,`",
        ),
        (
            quote!(#[catalog(lang = "en")] enum E { #[code(1, message = "a")] A, ALL(i64) }),
            "the catch-all `ALL` collides with the generated `E::ALL`",
        ),
        (
            quote!(#[catalog(lang = "en")] enum E { #[code(1, message = "a")] r#type, Unknown(i64) }),
            "invalid variant name: `type` is a Rust keyword\n  help: use an ASCII UpperCamelCase name such as `Type`",
        ),
        (
            quote!(#[catalog(lang = "en")] enum E { #[code(1, message = "a")] A = 1, B = 2 }),
            "variant `B` has no #[code] (its discriminant is not read as the code)",
        ),
    ];
    for (case, expected) in cases {
        let shown = case.to_string();
        let errors = errors(&expand(case));
        assert_eq!(errors.len(), 1, "{shown}: {errors:#?}");
        assert!(errors[0].contains(expected), "{shown}: {errors:#?}");
    }
}

/// A variant may be named like an associated item of an implemented trait
/// (`TryFrom::Error`, `FromStr::Err`, `ErrorCode::Code`): the generated code
/// names those items qualified, since `Self::Err` would be ambiguous.
#[test]
fn associated_items_are_qualified_against_variants_of_that_name() {
    for input in [
        quote! {
            #[catalog(lang = "en")]
            enum E { #[code(1, message = "a")] Code, #[code(2, message = "b")] Err, #[code(3, message = "c")] Error }
        },
        quote! {
            #[catalog(lang = "en")]
            enum E { #[code("a", message = "a")] Code, #[code("b", message = "b")] Err, #[code("c", message = "c")] Error }
        },
    ] {
        let out = expand(input);
        assert!(errors(&out).is_empty(), "{:?}", errors(&out));
        let compact = out.replace(' ', "");
        // `Self::Err` also finds `Self::Error`; variants are written `E::Err`.
        for ambiguous in ["Self::Code", "Self::Err"] {
            assert!(!compact.contains(ambiguous), "{ambiguous} in {out}");
        }
    }
}

/// An enum name that is reported (a keyword, not UpperCamelCase) still gets
/// its impls, written raw where needed, so that its uses add no errors.
#[test]
fn an_invalid_enum_name_is_one_error_and_the_impls_remain() {
    let out = expand(quote! {
        #[catalog(lang = "en")]
        enum r#try { #[code(1, message = "a")] One, Unknown(i64) }
    });
    assert_eq!(errors(&out).len(), 1, "{:?}", errors(&out));
    assert!(errors(&out)[0].contains("`try` is a Rust keyword"));
    assert!(has_impl(&out, "impl ::error_runtime::ErrorCode for r#try"));
    assert!(has_impl(&out, "r#try::One"));
    let out = expand(quote! {
        #[catalog(lang = "en")]
        enum acme { #[code(1, message = "a")] One, Unknown(i64) }
    });
    assert_eq!(errors(&out).len(), 1, "{:?}", errors(&out));
    assert!(has_impl(&out, "impl ::error_runtime::ErrorCode for acme"));
}
