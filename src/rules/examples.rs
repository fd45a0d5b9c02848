//! The `examples:` every rule carries: sentences with the answer the rule must produce.
//!
//! Examples make a rule file its own test suite (`counterclaim rules test`). This module only
//! holds the shape of an example; running them lives in [`crate::rules::test`].

use serde::{Deserialize, Serialize};

/// One example sentence (or a few, for context) and what the pipeline must make of it.
///
/// Example:
/// ```yaml
/// examples:
///   - text: "“Air defence thwarted an attempt,” Moscow’s mayor said."
///     side: russian
///     speaker: Sergey Sobyanin
///     kinds: [interception]
/// ```
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// One or more sentences. Earlier sentences give context (a pronoun's antecedent, a place).
    pub text: String,
    /// A substring picking the statement to check; default: the last statement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focus: Option<String>,
    /// Expected side id, or `unattributed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub side: Option<String>,
    /// Expected speaker, as counterclaim names it (canonical name of a known source).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// Claim kinds that must all be present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kinds: Option<Vec<String>>,
    /// Claim kinds that must all be absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_kinds: Option<Vec<String>>,
    /// Expected place id of the statement (`none` for no place; `null` or no key: not checked).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Whether the rule that carries the example must fire on it (`false`: a counter-example the
    /// rule must not fire on). Default `true`.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub fires: bool,
    /// A known gap: reported, not counted as a failure.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub todo: bool,
    /// Free text for the reader of the rule file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}
