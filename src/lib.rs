//! counterclaim reads news reports of a two-sided conflict, works out who says what in each
//! sentence, tags every statement with the side of its source, and pairs conflicting claims
//! about the same incident into side-by-side comparisons.
//!
//! The pipeline runs one way through plain types, one module per stage:
//! [`input`] → [`segment`] → [`attribute`] → [`classify`] → [`locate`] → [`pairing`] → [`report`].
//! All knowledge of the conflict is in the [`rules`]; [`pipeline`] calls the stages in order and
//! [`app`] turns a command line into a run.
#![warn(missing_docs)]

pub mod app;
pub mod attribute;
pub mod authoring;
pub mod check;
pub mod classify;
pub mod cli;
pub mod eval;
pub mod input;
pub mod intern;
pub mod lexed;
pub mod locate;
pub mod output;
pub mod pairing;
pub mod pipeline;
pub mod progress;
pub mod report;
pub mod rules;
pub mod segment;
#[cfg(test)]
mod testkit;
pub mod text;
pub mod trace;
pub mod yaml;
