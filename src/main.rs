//! The `ddm-reader` binary: parses the command line and hands it to the library.

use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = ddm_reader::cli::Cli::from_process();
    ddm_reader::cli::run(cli)
}
