//! `errcat diff` (placeholder: being written on its own branch).

use std::process::ExitCode;

/// Arguments of `errcat diff`.
#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> ExitCode {
    eprintln!("errcat diff: not built yet");
    ExitCode::from(2)
}
