//! The `counterclaim` binary: parse the command line, run, map the outcome to an exit code.

use std::process::ExitCode;

use clap::Parser;
use counterclaim::app::{run, Outcome};
use counterclaim::cli::Cli;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::Differences) => ExitCode::from(1),
        Err(err) => {
            if counterclaim::app::is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("counterclaim: {err:#}");
            ExitCode::from(2)
        }
    }
}
