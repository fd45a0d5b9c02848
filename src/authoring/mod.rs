//! Tools for rule authors: `counterclaim rules check | test | explain | schema | init`.
//!
//! Responsible for: helping people who edit `rules/*.yaml` see whether a rule set is valid, what
//! its examples give, and why a sentence got its side. Sits above the pipeline (it runs it on
//! example sentences) and below the command line; loading and checking rule files themselves is
//! [`crate::rules`]' job.

pub mod check;
pub mod examples;
pub mod explain;
pub mod init;
pub mod run;
pub mod schema;
