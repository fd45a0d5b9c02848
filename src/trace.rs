//! The reasoning behind an answer, written only when someone will read it.
//!
//! Every stage notes why it chose a speaker, a side or a place, for `rules explain`. No other
//! command shows those notes, and formatting them for every statement of a corpus cost several
//! per cent of a `statements` run, so a [`Trace`] takes its lines as closures and only calls them
//! while a [`Recording`] is alive on the current thread. Answers never depend on the trace.

use std::cell::Cell;

thread_local! {
    static RECORDING: Cell<bool> = const { Cell::new(false) };
}

/// While this lives, traces on the current thread are written (see the module documentation).
/// `rules explain` holds one while it runs the stages.
#[must_use = "traces are recorded only while the guard lives"]
pub struct Recording {
    before: bool,
}

impl Recording {
    /// Start recording traces on this thread.
    pub fn start() -> Recording {
        Recording {
            before: RECORDING.with(|r| r.replace(true)),
        }
    }
}

impl Drop for Recording {
    fn drop(&mut self) {
        RECORDING.with(|r| r.set(self.before));
    }
}

fn recording() -> bool {
    RECORDING.with(Cell::get)
}

/// Human-readable reasoning lines, in order; empty unless recorded.
///
/// Boxed, and absent until a line is recorded: every statement carries a trace and `compare`
/// holds hundreds of thousands of statements, all with empty traces, so it takes one pointer
/// (eight bytes) where a `Vec` took twenty-four.
#[derive(Debug, Clone, Default)]
#[allow(clippy::box_collection)] // the box is the point: a pointer in every statement, not a `Vec`
pub struct Trace(Option<Box<Vec<String>>>);

impl PartialEq for Trace {
    fn eq(&self, other: &Trace) -> bool {
        self.lines() == other.lines()
    }
}

impl Eq for Trace {}

impl Trace {
    /// A trace of one line.
    pub fn line(text: impl FnOnce() -> String) -> Trace {
        let mut t = Trace::default();
        t.add(text);
        t
    }

    /// Add a line at the end.
    pub fn add(&mut self, text: impl FnOnce() -> String) {
        if recording() {
            self.0.get_or_insert_default().push(text());
        }
    }

    /// Add a line at the start.
    pub fn add_first(&mut self, text: impl FnOnce() -> String) {
        if recording() {
            self.0.get_or_insert_default().insert(0, text());
        }
    }

    /// Move the lines of `other` to the end of this one.
    pub fn append(&mut self, other: &mut Trace) {
        match (&mut self.0, other.0.take()) {
            (Some(lines), Some(mut more)) => lines.append(&mut more),
            (mine, more) => *mine = mine.take().or(more),
        }
    }

    /// The lines.
    pub fn lines(&self) -> &[String] {
        self.0.as_deref().map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_written_only_while_recording() {
        let mut t = Trace::line(|| unreachable!("not recording: never formatted"));
        t.add(|| unreachable!());
        assert!(t.lines().is_empty());
        {
            let _on = Recording::start();
            t.add(|| "second".into());
            t.add_first(|| "first".into());
            let mut more = Trace::line(|| "third".into());
            t.append(&mut more);
        }
        t.add(|| unreachable!("the guard is gone"));
        assert_eq!(t.lines(), ["first", "second", "third"]);
    }

    #[test]
    fn issue_6_an_empty_trace_is_one_pointer() {
        // every statement `compare` keeps carries one
        assert_eq!(std::mem::size_of::<Trace>(), std::mem::size_of::<usize>());
        let mut empty = Trace::default();
        empty.append(&mut Trace::default());
        assert_eq!(empty, Trace::default());
        let mut recorded = Trace::default();
        {
            let _on = Recording::start();
            recorded.append(&mut Trace::line(|| "only".into()));
        }
        assert_eq!(recorded.lines(), ["only"]);
    }
}
