//! Output formats shared by the subcommands that report to tools.

use serde::Serialize;
use std::io::Write as _;

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
    out(&format!("{text}\n"));
}

/// Writes `text` to standard output. A reader that went away
/// (`errcat diff OLD NEW | head -1`) is no failure: the rest is dropped and
/// the exit status stays the command's (`println!` would panic). Any other
/// write error ends errcat with status 2.
pub fn out(text: &str) {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("error: cannot write to standard output: {e}");
            std::process::exit(2);
        }
        _ => {}
    }
}
