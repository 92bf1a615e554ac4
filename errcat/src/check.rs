//! `errcat check` (placeholder: being written on its own branch).

use std::process::ExitCode;

/// Arguments of `errcat check`.
#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> ExitCode {
    eprintln!("errcat check: not built yet");
    ExitCode::from(2)
}
