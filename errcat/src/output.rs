//! Output formats shared by the subcommands that report to tools.

use serde::Serialize;

/// How a report is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Text for people.
    Human,
    /// One JSON object on standard output, for tools.
    Json,
}

/// Prints `value` as pretty JSON on standard output.
pub fn print_json(value: &impl Serialize) {
    // Serializing plain structs of strings and numbers cannot fail.
    let text = serde_json::to_string_pretty(value).unwrap_or_default();
    println!("{text}");
}
