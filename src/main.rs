//! The `counterclaim` binary: parse the command line, run, map the outcome to an exit code.

use std::process::ExitCode;

use clap::Parser;
use counterclaim::app::{run, Outcome};
use counterclaim::cli::Cli;

/// mimalloc instead of the system allocator: the pipeline makes many small, short-lived
/// allocations in worker threads and hands statements to the main thread, a pattern where glibc's
/// per-thread arenas fragment and keep memory (see BENCHMARKS.md for the figures).
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::Differences) => ExitCode::from(1),
        Err(err) => {
            if counterclaim::app::is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            match err.downcast_ref::<counterclaim::rules::diag::RuleErrors>() {
                // the rule author's view: each problem with its line and a caret
                Some(rules) => {
                    for d in &rules.diagnostics {
                        eprintln!("{}", d.render());
                    }
                    let n = rules.errors().count();
                    eprintln!(
                        "counterclaim: invalid rules: {n} error{}",
                        if n == 1 { "" } else { "s" }
                    );
                }
                None => eprintln!("counterclaim: {err:#}"),
            }
            ExitCode::from(2)
        }
    }
}
