//! A progress bar on standard error for runs over a large corpus, so a user knows a run over
//! months of coverage is moving and how long it has left.
//!
//! It appears only when standard error is a terminal, `-q` is not given, and the run has lasted
//! a second: short runs, pipes, files and CI logs never see it. It is cleared when the run ends,
//! so it never mixes with messages or with a table printed to the same terminal.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long a run lasts before the bar appears.
const DELAY: Duration = Duration::from_secs(1);

/// Progress over a known number of articles.
#[derive(Debug)]
pub struct Progress {
    bar: ProgressBar,
    wanted: bool,
    shown: bool,
    started: Instant,
}

/// Whether a bar may be drawn at all: never with `-q`, never into a pipe or a file.
pub fn wanted(quiet: bool, stderr_is_terminal: bool) -> bool {
    !quiet && stderr_is_terminal
}

impl Progress {
    /// A bar over `articles` articles, hidden until the run has lasted [`DELAY`].
    pub fn new(articles: usize, quiet: bool) -> Self {
        let bar = ProgressBar::with_draw_target(Some(articles as u64), ProgressDrawTarget::hidden());
        if let Ok(style) = ProgressStyle::with_template(
            "{spinner} {bar:30} {pos}/{len} articles  {per_sec}  {elapsed} (about {eta} left)",
        ) {
            bar.set_style(style);
        }
        Progress {
            bar,
            wanted: wanted(quiet, std::io::stderr().is_terminal()),
            shown: false,
            started: Instant::now(),
        }
    }

    /// One more article done (read, analysed, or refused).
    pub fn advance(&mut self) {
        self.bar.inc(1);
        if self.wanted && !self.shown && self.started.elapsed() >= DELAY {
            self.shown = true;
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }

    /// Whether the bar has been drawn.
    pub fn shown(&self) -> bool {
        self.shown
    }

    /// Take the bar off the terminal.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_with_quiet_or_into_a_pipe() {
        assert!(wanted(false, true));
        assert!(!wanted(true, true));
        assert!(!wanted(false, false));
        assert!(!wanted(true, false));
    }

    #[test]
    fn a_short_run_draws_nothing() {
        let mut p = Progress::new(3, false);
        for _ in 0..3 {
            p.advance();
        }
        assert!(!p.shown());
        p.finish();
    }
}
