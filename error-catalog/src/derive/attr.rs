//! The derive's attribute arguments read into the catalog's document tree
//! ([`crate::value`]), so that the schema reader and the validator of catalog
//! files check them too. Tree positions are indexes into [`Spans`], which
//! turns them back into token spans for the diagnostics.
//!
//! ```text
//! args  := (item ("," item)*)? ","?
//! item  := key ("=" value | "(" args ")")?        a bare key is `= true`
//! key   := IDENT ("-" (IDENT | INT))*              `zh-CN`, `es-419`
//! value := STRING | INT | "-" INT | BOOL | FLOAT | "[" (value ("," value)*)? ","? "]"
//! ```

use crate::value::{Int, Key, Node, Span as At, Value};
use proc_macro2::{Span, TokenTree};
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::{bracketed, parenthesized, token, Ident, Lit, LitInt, Token};

/// The token spans behind tree positions: position `i..i + 1` is `spans[i]`.
/// Positions grow in source order, so sorting by them keeps declaration order.
#[derive(Default)]
pub(super) struct Spans {
    spans: Vec<Span>,
    /// Positions of values that could not be read (already reported): the
    /// reader's complaints about them would repeat the mistake.
    broken: Vec<usize>,
}

impl Spans {
    pub(super) fn add(&mut self, span: Span) -> At {
        self.spans.push(span);
        self.spans.len() - 1..self.spans.len()
    }

    pub(super) fn get(&self, at: &At) -> Option<Span> {
        self.spans.get(at.start).copied()
    }

    pub(super) fn mark_broken(&mut self, at: &At) {
        self.broken.push(at.start);
    }

    pub(super) fn is_broken(&self, at: &At) -> bool {
        self.broken.contains(&at.start)
    }
}

/// Reads `args` (see the module docs). A value that cannot be read is reported
/// in `errors` and kept as a value no field accepts, marked broken, so that its
/// field does not also count as missing.
pub(super) fn items(
    input: ParseStream<'_>,
    spans: &mut Spans,
    errors: &mut Vec<syn::Error>,
) -> Vec<(Key, Node)> {
    let mut out = Vec::new();
    while !input.is_empty() {
        match item(input, spans, errors) {
            Ok(item) => out.push(item),
            // Not even a key: nothing to keep.
            Err(error) => {
                errors.push(error);
                skip_value(input);
            }
        }
        if input.is_empty() {
            break;
        }
        if let Err(error) = input.parse::<Token![,]>() {
            // Junk after an item (`message = "a" "b"`): reported here, and
            // skipped so that the next item is still read.
            errors.push(error);
            skip_value(input);
            if input.parse::<Token![,]>().is_err() {
                break;
            }
        }
    }
    out
}

fn item(
    input: ParseStream<'_>,
    spans: &mut Spans,
    errors: &mut Vec<syn::Error>,
) -> syn::Result<(Key, Node)> {
    let key = key(input, spans)?;
    let node = if input.peek(Token![=]) {
        input.parse::<Token![=]>()?;
        match value(input, spans) {
            Ok(node) => node,
            Err(error) => {
                // The key was written: keep it with a value no field accepts.
                errors.push(error);
                skip_value(input);
                let at = spans.add(key_span(spans, &key));
                spans.mark_broken(&at);
                Node {
                    span: at,
                    value: Value::Datetime,
                }
            }
        }
    } else if input.peek(token::Paren) {
        let content;
        parenthesized!(content in input);
        Node {
            span: key.span.clone(),
            value: Value::Table(items(&content, spans, errors)),
        }
    } else {
        Node {
            span: key.span.clone(),
            value: Value::Bool(true),
        }
    };
    Ok((key, node))
}

fn key_span(spans: &Spans, key: &Key) -> Span {
    spans.get(&key.span).unwrap_or_else(Span::call_site)
}

/// Skips the tokens of an unreadable item or value, up to the next `,`.
fn skip_value(input: ParseStream<'_>) {
    let _ = input.step(|cursor| {
        let mut rest = *cursor;
        while let Some((tt, next)) = rest.token_tree() {
            if matches!(&tt, TokenTree::Punct(p) if p.as_char() == ',') {
                break;
            }
            rest = next;
        }
        Ok(((), rest))
    });
}

/// Skips every token left in `input`.
fn skip_rest(input: ParseStream<'_>) {
    let _ = input.step(|cursor| {
        let mut rest = *cursor;
        while let Some((_, next)) = rest.token_tree() {
            rest = next;
        }
        Ok(((), rest))
    });
}

fn key(input: ParseStream<'_>, spans: &mut Spans) -> syn::Result<Key> {
    let first = input.call(Ident::parse_any)?;
    let mut name = first.unraw().to_string();
    while input.peek(Token![-]) {
        input.parse::<Token![-]>()?;
        name.push('-');
        if input.peek(LitInt) {
            name.push_str(&input.parse::<LitInt>()?.to_string());
        } else {
            name.push_str(&input.call(Ident::parse_any)?.unraw().to_string());
        }
    }
    Ok(Key {
        name,
        span: spans.add(first.span()),
    })
}

/// One value; see the module docs.
pub(super) fn value(input: ParseStream<'_>, spans: &mut Spans) -> syn::Result<Node> {
    if input.peek(token::Bracket) {
        let content;
        let bracket = bracketed!(content in input);
        let span = spans.add(bracket.span.join());
        let mut items = Vec::new();
        let list = (|| {
            while !content.is_empty() {
                items.push(value(&content, spans)?);
                if content.is_empty() {
                    break;
                }
                content.parse::<Token![,]>()?;
            }
            Ok(())
        })();
        if let Err(error) = list {
            // Left unread, the rest would be a second "unexpected token" error.
            skip_rest(&content);
            return Err(error);
        }
        return Ok(Node {
            span,
            value: Value::Array(items),
        });
    }
    if input.peek(Token![-]) {
        let minus = input.parse::<Token![-]>()?;
        let lit: LitInt = input.parse()?;
        return Ok(Node {
            span: spans.add(minus.span),
            value: Value::Int(int(format!("-{}", lit.base10_digits()))),
        });
    }
    let lit: Lit = input.parse().map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected a value: a string, an integer, a boolean or a [list]",
        )
    })?;
    let value = match &lit {
        Lit::Str(s) => Value::Str(s.value()),
        Lit::Int(i) => Value::Int(int(i.base10_digits().to_owned())),
        Lit::Bool(b) => Value::Bool(b.value),
        Lit::Float(f) => Value::Float(f.base10_digits().to_owned()),
        _ => {
            return Err(syn::Error::new(
                lit.span(),
                "expected a string, an integer, a boolean or a [list]",
            ))
        }
    };
    Ok(Node {
        span: spans.add(lit.span()),
        value,
    })
}

fn int(text: String) -> Int {
    match text.parse() {
        Ok(v) => Int::Fits(v),
        Err(_) => Int::Overflow(text),
    }
}
