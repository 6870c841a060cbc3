//! The `ddm-reader` binary: parses the command line and hands it to the library.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = ddm_reader::cli::Cli::parse();
    ddm_reader::cli::run(cli)
}
