//! Filling placeholders. Templates are parsed when the catalog is compiled,
//! so rendering is concatenation.

use alloc::string::String;
use core::fmt::{self, Write};

/// A piece of a message template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Literal text.
    Lit(&'static str),
    /// Argument `.0`, written as `.1` (kept when the argument is missing).
    Arg(usize, &'static str),
}

/// Concatenates `pieces`, writing `args[i]` for argument `i`.
pub fn render(pieces: &[Piece], args: &[&dyn fmt::Display]) -> String {
    let mut out = String::new();
    for piece in pieces {
        match *piece {
            Piece::Lit(text) => out.push_str(text),
            Piece::Arg(index, raw) => match args.get(index) {
                // Writing to a String cannot fail; a Display impl that errors leaves a partial value.
                Some(arg) => {
                    let _ = write!(out, "{arg}");
                }
                None => out.push_str(raw),
            },
        }
    }
    out
}
