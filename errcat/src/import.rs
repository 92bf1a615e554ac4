//! `errcat import` (placeholder: being written on its own branch).

use std::process::ExitCode;

/// Arguments of `errcat import`.
#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> ExitCode {
    eprintln!("errcat import: not built yet");
    ExitCode::from(2)
}
