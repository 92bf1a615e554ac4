//! `errcat doc` (placeholder: being written on its own branch).

use std::process::ExitCode;

/// Arguments of `errcat doc`.
#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> ExitCode {
    eprintln!("errcat doc: not built yet");
    ExitCode::from(2)
}
