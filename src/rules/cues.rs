//! `cues:` and `agentless:` — the words that report speech, and where their speaker stands.
//!
//! What it matches: speech and reporting verbs and phrases ("said", "according to", "was claimed
//! by", "vowing") outside quotation marks. `speaker` says where the speaker is: `before` the cue
//! ("Gusev wrote"), `after` it ("according to civic chiefs"), or the `subject` of the clause the
//! cue ends ("Starmer visited Kyiv, vowing that..."). `agentless` phrases report speech with no
//! speaker ("it was said", "reportedly") and never attribute.
//! Why it matters: side comes from who makes the statement, and the cue is what ties a
//! statement to its maker rather than to every country it mentions.
//! Example:
//! ```yaml
//! cues:
//!   - id: said
//!     forms: [say, says, said]
//!     speaker: before
//!     inverted: true        # "..., said Andriy Kovalenko"
//! ```
//! Fields: `id`, `forms`, `speaker` (before, after, subject), `inverted` (the speaker may also
//! follow: "says Ukraine"), `needs_quote` (only next to a quotation: "Gusev continued"),
//! `ends_clause` (only where its clause ends: "Tass went further."),
//! `recipient` (the phrase after the cue is who was told: "told AFP"), `idiom` (its words claim
//! nothing: the "struck" of "struck a different note" is no strike), `quoted_by` (the words
//! before the speaker name the outlet quoting them: "TASS quoted a source as saying"), `checks`
//! (the speaker checks others' claims: "could not independently verify"), `continues` (the
//! speaker spoke before: "he added"), `complements` (words that complete the cue: the "as" of
//! "described the strike as retaliation" opens no clause), `silent` (the speaker kept silent:
//! "has not commented"; no pronoun goes on from them), `examples`, `note`.

use serde::{Deserialize, Serialize};

use super::diag::Diagnostic;
use super::examples::Example;
use super::lexicon::{PhraseSet, PhraseSetBuilder};
use super::Loaded;

/// Where the speaker of a cue stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerPosition {
    /// "X said".
    Before,
    /// "according to X", "was claimed by X".
    After,
    /// The subject of the clause: "X visited Kyiv, vowing that ...".
    Subject,
}

/// One speech cue as written in YAML.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CueRule {
    /// Stable id (`said`).
    pub id: String,
    /// The words or phrases (`say`, `says`, `said`, `according to`).
    pub forms: Vec<String>,
    /// Where the speaker stands.
    pub speaker: SpeakerPosition,
    /// The speaker may also follow the cue ("..., says Ukraine").
    #[serde(default)]
    pub inverted: bool,
    /// Only a cue next to a quotation ("Gusev continued" after a quote, not "troops continued").
    #[serde(default)]
    pub needs_quote: bool,
    /// Only where its sentence ends right after it, or a colon or quotation follows ("Tass went
    /// further."): "troops went further into the forest" is a movement, not a claim, and in
    /// "went further, saying" the participle attributes.
    #[serde(default)]
    pub ends_clause: bool,
    /// The phrase after the cue is who was told ("told AFP"); an anonymous source takes the
    /// side of a national outlet it told.
    #[serde(default)]
    pub recipient: bool,
    /// The phrase after the cue only passes the words on ("a spokesman for the navy cited by
    /// TASS said"): the phrase right before the cue speaks when it has a side of its own, and
    /// the relaying outlet gives the side only when it has none.
    #[serde(default)]
    pub relay: bool,
    /// A participle that adds a further claim ("..., adding that troops were advancing on
    /// Kupiansk"): the clause it opens is a statement of its own, by the same speaker.
    #[serde(default)]
    pub separate: bool,
    /// An idiom for speaking whose words would otherwise read as a claim ("struck a different
    /// note" is no strike): its words are kept out of the statement's claims.
    #[serde(default)]
    pub idiom: bool,
    /// The words before the speaker phrase name who quotes it ("RIA Novosti quoted a source in
    /// the emergency services as saying"): a national outlet's side counts when the quoted
    /// speaker has none, as for an anonymous source that told it something.
    #[serde(default)]
    pub quoted_by: bool,
    /// The speaker checks what others claim ("The Kyiv Independent could not independently
    /// verify the ministry's claims"): a news outlet doing so speaks as an outside checker, and
    /// its country lends the sentence no side of the war.
    #[serde(default)]
    pub checks: bool,
    /// The speaker goes on from words of their own before ("He added that ..."): a pronoun
    /// speaker is someone who spoke shortly before, not a person named since who did not
    /// ("Putin has not commented. He added" is not Putin).
    #[serde(default)]
    pub continues: bool,
    /// Its speaker kept silent ("has not commented"): the statement is theirs, but they said
    /// nothing a pronoun after a `continues` cue could go on from ("Putin has not commented. He
    /// added" is not Putin).
    #[serde(default)]
    pub silent: bool,
    /// Words that complete the cue ("as" for "described the strike as retaliation"): after it,
    /// with no comma between, they open no clause of another speaker, so in "Moscow describes the
    /// strikes as retaliation, the think tank said" the think tank reports Moscow's words.
    #[serde(default)]
    pub complements: Vec<String>,
    /// Sentences this cue must attribute.
    #[serde(default)]
    pub examples: Vec<Example>,
    /// Free text for rule authors.
    #[serde(default)]
    pub note: Option<String>,
}

/// One group of agentless reporting phrases as written in YAML.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AgentlessRule {
    /// Stable id (`it-was-said`).
    pub id: String,
    /// Phrases that report without a speaker (`it was said`, `reportedly`).
    pub phrases: Vec<String>,
    /// Sentences that must stay unattributed.
    #[serde(default)]
    pub examples: Vec<Example>,
    /// Free text for rule authors.
    #[serde(default)]
    pub note: Option<String>,
}

/// A compiled cue.
#[derive(Debug, Clone)]
pub struct Cue {
    /// Stable id.
    pub id: String,
    /// Where its speaker stands.
    pub position: SpeakerPosition,
    /// Speaker may follow.
    pub inverted: bool,
    /// Only next to a quotation.
    pub needs_quote: bool,
    /// Only at the end of its clause.
    pub ends_clause: bool,
    /// The phrase after it is the recipient.
    pub recipient: bool,
    /// The phrase after it only relays what the phrase before it said.
    pub relay: bool,
    /// Opens a statement of its own.
    pub separate: bool,
    /// Its words claim nothing.
    pub idiom: bool,
    /// The words before its speaker phrase name the outlet that quotes the speaker.
    pub quoted_by: bool,
    /// Its speaker checks others' claims: an outlet's own side does not count.
    pub checks: bool,
    /// Its speaker spoke before: a pronoun is someone who did.
    pub continues: bool,
    /// Its speaker kept silent.
    pub silent: bool,
    /// Words that complete it (lowercase).
    pub complements: Vec<String>,
}

/// The compiled `cues:` and `agentless:` sections.
#[derive(Debug, Clone, Default)]
pub struct Cues {
    /// Cues in rule order.
    pub list: Vec<Cue>,
    /// All forms; payload = cue index.
    pub forms: PhraseSet,
    /// Ids of the agentless groups.
    pub agentless_ids: Vec<String>,
    /// Agentless phrases; payload = agentless group index.
    pub agentless: PhraseSet,
    /// The rule ids (`cues/<id>`) of the `silent` cues, as a statement's fired rules name them.
    pub silent_rules: Vec<String>,
}

impl Cues {
    /// Compile both sections.
    pub fn compile(cues: &[Loaded<CueRule>], agentless: &[Loaded<AgentlessRule>], diags: &mut Vec<Diagnostic>) -> Cues {
        let mut out = Cues::default();
        let mut forms = PhraseSetBuilder::default();
        for (i, item) in cues.iter().enumerate() {
            let r = &item.rule;
            if r.forms.is_empty() {
                diags.push(item.error("forms", None, "a cue needs at least one form"));
            }
            for f in &r.forms {
                if let Err(e) = forms.add(f, i as u32) {
                    diags.push(item.phrase_error("forms", "form", f, &e));
                }
            }
            out.list.push(Cue {
                id: r.id.clone(),
                position: r.speaker,
                inverted: r.inverted,
                needs_quote: r.needs_quote,
                ends_clause: r.ends_clause,
                recipient: r.recipient,
                relay: r.relay,
                separate: r.separate,
                idiom: r.idiom,
                quoted_by: r.quoted_by,
                checks: r.checks,
                continues: r.continues,
                silent: r.silent,
                complements: r.complements.iter().map(|w| w.to_lowercase()).collect(),
            });
            if r.silent {
                out.silent_rules.push(format!("cues/{}", r.id));
            }
        }
        let mut phrases = PhraseSetBuilder::default();
        for (i, item) in agentless.iter().enumerate() {
            for p in &item.rule.phrases {
                if let Err(e) = phrases.add(p, i as u32) {
                    diags.push(item.phrase_error("phrases", "phrase", p, &e));
                }
            }
            out.agentless_ids.push(item.rule.id.clone());
        }
        out.forms = forms.build();
        out.agentless = phrases.build();
        out
    }
}
