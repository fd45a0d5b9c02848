//! `language:` — the English of news reports: function words, abbreviations, pronouns, dates.
//!
//! What it matches: nothing on its own. It is the word lists the stages use to read sentence
//! structure (which words may sit between a speaker and "said", which words end a noun phrase,
//! which abbreviations do not end a sentence, how to read "on Thursday").
//! Why it matters: keeping them here means no English word is hard-coded in `src/`, and a rule
//! author can teach the tool a new house style ("said in a Telegram post") without a release.
//! Example: `fillers: [also, later, previously]` lets "Sobyanin previously suggested" find
//! Sobyanin as the speaker of "suggested".
//! Overlay: a `language:` section in a user's rules directory replaces only the fields it sets.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use serde::{Deserialize, Serialize};

use super::lexicon::{PhraseSet, PhraseSetBuilder};
use crate::text::normalise_phrase;

/// The `language:` section as written in YAML. Every field is optional so that an overlay can
/// set just one; the embedded default sets them all.
#[derive(Debug, Clone, Default, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LanguageRule {
    /// Words that may end with a full stop without ending the sentence (`Mr`, `Gen`, `Jan`).
    pub abbreviations: Option<Vec<String>>,
    /// A line that starts with one of these is boilerplate, never a statement (`SEE ALSO:`).
    pub boilerplate_prefixes: Option<Vec<String>>,
    /// A line that contains one of these is boilerplate (`(TagsToTranslate)`, `CLICKING HERE`).
    pub boilerplate_contains: Option<Vec<String>>,
    /// Pronouns that refer to a person (`he`, `she`).
    pub person_pronouns: Option<Vec<String>>,
    /// Pronouns that refer to a body or a group (`it`, `they`).
    pub group_pronouns: Option<Vec<String>>,
    /// Articles and other words that open a noun phrase (`the`, `a`, `its`).
    pub determiners: Option<Vec<String>>,
    /// Words after which a speech verb's form is a noun ("the claim", "its report").
    pub articles: Option<Vec<String>>,
    /// Forms of "be" that make the speech verb after them passive ("a state of emergency was
    /// declared"): the phrase before a passive verb is what was said, not who said it.
    pub passive_auxiliaries: Option<Vec<String>>,
    /// Relative pronouns: a cue right after one ("the dam, which Kyiv blamed on Russia") belongs
    /// to a relative clause and does not attribute the sentence.
    pub relative_pronouns: Option<Vec<String>>,
    /// Verbs that do not end like verbs ("came", "fell", "took"): a speaker phrase never
    /// contains one.
    pub irregular_verbs: Option<Vec<String>>,
    /// Words that count the same thing ("officers", "servicemen", "troops"): two numbers of
    /// different sides for units of one group are the same quantity.
    pub unit_groups: Option<Vec<Vec<String>>>,
    /// Words after a place that make it a front-line direction ("the Kostiantynivka sector"): the
    /// area around the place, not the place.
    pub directions: Option<Vec<String>>,
    /// Negations that cancel every claim phrase up to the end of the clause ("had not observed
    /// evidence that Russian forces had seized the town").
    pub clause_negations: Option<Vec<String>>,
    /// Nouns that refer back to the place an article is about ("the town", "the region"), with
    /// the place kind they mean.
    pub place_nouns: Option<BTreeMap<String, super::places::PlaceKind>>,
    /// Plural endings to strip when comparing units ("drones" = "drone").
    pub plural_suffixes: Option<Vec<String>>,
    /// Nouns for what a speaker said: "The statement, posted on Telegram, said" is the speaker
    /// of the statement just before.
    pub speech_nouns: Option<Vec<String>>,
    /// Words by which an outlet passes on someone else's words ("TASS, citing the Ukrainian
    /// General Staff, said"): the cited speaker speaks when it has a side of its own, so the
    /// outlet's side does not replace it.
    pub citing_words: Option<Vec<String>>,
    /// Words that open an appositive naming a member of the speakers, not the speakers
    /// themselves ("Pro-Kremlin military bloggers, including the popular Rybar channel, reported").
    pub inclusion_words: Option<Vec<String>>,
    /// Nouns that make a speaker phrase an outlet ("Ukrainian media", "Russian Telegram
    /// channels"): only an outlet's citing passes the words on; an official citing someone
    /// makes the claim their own.
    pub media_nouns: Option<Vec<String>>,
    /// Nouns for pictures ("images", "footage"): the place after them is what they show, not
    /// where they come from ("Images of Engels's airfield showed" is no Russian speaker).
    pub depiction_nouns: Option<Vec<String>>,
    /// Words after which a speaker's description turns to what they do today ("a former head of
    /// strategy at Gazprom Neft who is now a senior fellow at the Carnegie Russia Eurasia
    /// Center"): the bodies named before them were past jobs and speak for no side.
    pub present_markers: Option<Vec<String>>,
    /// Words that make one of a speaker's several descriptions a past job ("a senior fellow at
    /// the Carnegie Center and a former head of strategy at Gazprom Neft"): the body of the past
    /// job tells no side while another description names where they work today.
    pub former_markers: Option<Vec<String>>,
    /// Determiners of one more of a kind ("Another channel posted" after Rybar): the same side
    /// as the one before, not the same speaker.
    pub alternative_determiners: Option<Vec<String>>,
    /// Verbs of accusing ("to blame Russia", "accused Kyiv"): when only these name the
    /// speaker's own side as the doer, the speaker is answering the charge, not making it.
    pub accusation_verbs: Option<Vec<String>>,
    /// Adjectives whose "with" keeps the speaker phrase going ("a source familiar with the
    /// matter said"): a complement of the speaker, not a new clause.
    pub speaker_complements: Option<Vec<String>>,
    /// Nouns after which "with" keeps the speaker phrase going ("a person with knowledge of the
    /// talks said", "with direct knowledge of").
    pub knowledge_nouns: Option<Vec<String>>,
    /// Prepositions that tie a person to the body they serve ("an official with Ukraine's
    /// Security Service told AP"): after one of `speaker_nouns` they keep the speaker phrase
    /// going, where elsewhere they open a new clause ("with officials saying").
    pub membership_prepositions: Option<Vec<String>>,
    /// Finite auxiliaries: a claim noun that is also a cue form right before one is the noun
    /// ("Moscow's battlefield claims have been disputed"), since a speech verb is never followed
    /// by another finite verb.
    pub auxiliaries: Option<Vec<String>>,
    /// Nouns for one person described without a name ("One Engels resident", "a 67-year-old
    /// woman"): a `she` right after their words is that person, not someone named further back.
    pub person_nouns: Option<Vec<String>>,
    /// Words allowed between a speaker and the speech verb (`also`, `later`, `has`, `did not`).
    pub fillers: Option<Vec<String>>,
    /// Phrases that stand between a speaker and the verb as fillers do ("Kyiv has in the past
    /// repeatedly said", "the ministry, for its part, said").
    pub filler_phrases: Option<Vec<String>>,
    /// Word endings that make a word a filler when it sits before a speech verb (`ly`).
    pub filler_suffixes: Option<Vec<String>>,
    /// Words that end a speaker noun phrase (`that`, `which`, `while`, `after`).
    pub clause_words: Option<Vec<String>>,
    /// Words that look like verbs by their ending (`ed`) and therefore end a noun phrase...
    pub verb_suffixes: Option<Vec<String>>,
    /// ...unless they are one of these adjectives (`armed`, `united`, `unnamed`).
    pub participle_adjectives: Option<Vec<String>>,
    /// Prepositions that may appear inside a speaker noun phrase (`of`, `in`, `for`, `to`).
    pub np_prepositions: Option<Vec<String>>,
    /// Of those, the ones whose object tells the speaker's affiliation (`of`, `in`, `for`);
    /// "ambassador to Russia" is not Russian.
    pub affiliation_prepositions: Option<Vec<String>>,
    /// Words before which a sentence is split in two when each half has its own speaker
    /// (`while`, `as`, `whereas`).
    pub clause_breaks: Option<Vec<String>>,
    /// Prepositions after which a capital city is a place rather than a government
    /// (`in Kyiv` versus `Kyiv said`).
    pub locatives: Option<Vec<String>>,
    /// Words that make a place a reference point (`near Moscow`): the incident is somewhere in
    /// the surrounding region, not in the city itself.
    pub vicinity: Option<Vec<String>>,
    /// Words that make a country the scope of a statement rather than a target in it
    /// ("attacks across Russia" is about the whole country; "strikes against Russia" keeps the
    /// place the article is about).
    pub scope_words: Option<Vec<String>>,
    /// The definite article(s): "the region", "the plant" point back to a place or a target
    /// already in the article.
    pub definite_articles: Option<Vec<String>>,
    /// Words before a target that point back at the two places named last ("fires were recorded
    /// at both sites": the refinery and the pumping station named before).
    pub dual_determiners: Option<Vec<String>>,
    /// Words that join two names or adjectives inside one speaker phrase ("the Ukrainian and
    /// Russian governments").
    pub conjunctions: Option<Vec<String>>,
    /// Prepositions whose object owns what comes before ("the airfields of Ukraine" are
    /// Ukraine's).
    pub genitive_prepositions: Option<Vec<String>>,
    /// Words between two numbers that make the first a part of the second ("34 out of 55
    /// drones"): the counted unit comes after the second number.
    pub ratio_words: Option<Vec<String>>,
    /// Group pronouns that stand for one body ("it" is a ministry; "they" may be officials).
    pub singular_pronouns: Option<Vec<String>>,
    /// Words that may stand between a speech cue and the quotation it introduces ("said that
    /// “...”") without breaking the link.
    pub complementizers: Option<Vec<String>>,
    /// Words that join a second verb to the clause's subject ("declined to confirm the strike
    /// but said ..."): the cue after them has the subject for its speaker.
    pub coordinators: Option<Vec<String>>,
    /// Words before a place that say an attack came from there, not that it happened there
    /// ("fired from the direction of Kurakhove").
    pub origins: Option<Vec<String>>,
    /// Words that say what a base or weapon was for ("the airfield was used to launch strikes on
    /// Kharkiv"): a place shortly after them is where its attacks went, not where the statement's
    /// incident happened.
    pub purposes: Option<Vec<String>>,
    /// Nouns after which any preposition of a speaker phrase tells its affiliation ("an adviser
    /// to Ukraine's interior minister"): someone attached to a person or body speaks for it.
    pub attached_nouns: Option<Vec<String>>,
    /// Words that say a speaker travelled to the place right after them ("on a visit to
    /// Sweden"): a third country's place there is not an incident's.
    pub travels: Option<Vec<String>>,
    /// Words that set a visit beside what a speaker says ("Zelenskiy said in a video address
    /// during a visit to the western city of Ivano-Frankivsk"): where the one speaking was, in
    /// any country, is not the incident's place when the sentence has a speaker.
    pub visits_while_speaking: Option<Vec<String>>,
    /// Where a speaker spoke from: "Speaking to reporters in Kyiv" names no incident in the
    /// capital (nor in a third country); the speaker's words are about somewhere else.
    pub speaking_places: Option<Vec<String>>,
    /// Sentence openers that start a new topic ("Separately, ..."): the statement takes no
    /// place from the sentences before it.
    pub topic_shifts: Option<Vec<String>>,
    /// Determiners that make a body someone's ("its operational command"): the owner is the
    /// sentence's subject when it has one.
    pub possessive_determiners: Option<Vec<String>>,
    /// The word before the agent of a passive speech verb ("was reported by the governor").
    pub agent_prepositions: Option<Vec<String>>,
    /// Subjects that stand for the sentence before ("This was reported by ..."): the agent of
    /// their speech verb is the speaker of that sentence too.
    pub report_anaphors: Option<Vec<String>>,
    /// Labels that open a line naming the source of what follows, as Ukrainska Pravda writes
    /// ("Source: Oleh Syniehubov, Head of Kharkiv Oblast Military Administration, on Telegram").
    pub source_labels: Option<Vec<String>>,
    /// Labels before a quotation from that source ("Quote: \"The occupiers struck ...\"").
    pub quote_labels: Option<Vec<String>>,
    /// Nouns for what a side claims ("Russia's claims", "the Ukrainian version"): a denial that
    /// names them rejects that side's claims.
    pub claim_nouns: Option<Vec<String>>,
    /// Words that put a date on an earlier event, not the statement's ("damaged in a previous
    /// attack on January 8").
    pub past_markers: Option<Vec<String>>,
    /// Words that may stand between a locative and a year ("in spring 2022", "in the summer of
    /// 2023", "at the end of 2022"; months are always allowed): a place before such a year is an
    /// earlier event's.
    pub period_words: Option<Vec<String>>,
    /// Words that open a relative clause about someone ("Russia, which launched the invasion in
    /// February last year, denies ..."): a month inside it dates what the clause says of them,
    /// not the statement.
    pub relative_openers: Option<Vec<String>>,
    /// Words before which a date starts a period that runs to now ("struck repeatedly since last
    /// February"): the date is no earlier event the statement is about.
    pub period_starts: Option<Vec<String>>,
    /// Possessive determiners that refer back to a body as "it" does: a sentence opening "Its
    /// head, Matilda Bogner, said" speaks for the body named before.
    pub body_possessives: Option<Vec<String>>,
    /// Those through whom a body speaks as itself: "Its analysts said" after the ISW is the ISW
    /// ("its head" is a person of the body, who may be named).
    pub analyst_nouns: Option<Vec<String>>,
    /// Head nouns of speakers who stand outside the owner named before them ("Ukraine's allies",
    /// "Russia's partners"): other countries, to whom the owner lends no side; and people whose
    /// words are not their country's ("a Russian defector", "Ukrainian prisoners").
    pub outsider_nouns: Option<Vec<String>>,
    /// Participles that make the speaker before them the other side's captive: in "A Ukrainian
    /// soldier captured by Russian forces said" the soldier speaks, not his captors, and a
    /// captive's words are no side's.
    pub captive_participles: Option<Vec<String>>,
    /// Words that pick one of a group named before: "Ukrainian officials said ... One official
    /// said" is one of those officials, with their side.
    pub partitives: Option<Vec<String>>,
    /// Articles that bring something new in: "it published a report accusing ..." is a new
    /// report, not the statement quoted just before (which "the report" and "its report" are).
    pub indefinite_articles: Option<Vec<String>>,
    /// Words that, standing alone as the speaker, are the rest of the group that spoke or was
    /// spoken of just before: "Some Russian military bloggers questioned ... Others dismissed
    /// the figures" is the bloggers again, with their side.
    pub remainder_words: Option<Vec<String>>,
    /// Prepositions that open an absolute phrase: in "with Russian control confirmed only in the
    /// south" the participle is passive and the noun before it says nothing, while "with officials
    /// saying" still has its speakers.
    pub absolute_prepositions: Option<Vec<String>>,
    /// Possessives that point at a person: "His office declined to comment" after a governor
    /// spoke is the governor's office, with his side ("its" points at a body).
    pub person_possessives: Option<Vec<String>>,
    /// Last words of what a person goes by: "He asked to be identified only by his call sign,
    /// Lys" makes a later "Lys said" the person spoken of, with their side.
    pub name_nouns: Option<Vec<String>>,
    /// Nouns any single speaker goes by: "the official added" right after Governor Taburets or
    /// an anonymous source spoke is that one.
    pub generic_speaker_nouns: Option<Vec<String>>,
    /// Words that open a comparison's second term: "Some Russian military bloggers were more
    /// cautious than the ministry." still ends the lead-in's clause (a cue with `ends_clause`).
    pub comparison_words: Option<Vec<String>>,
    /// Nouns that make the country named right before them a topic, not an affiliation: "the
    /// Ukraine War Environmental Consequences Work Group" is no Ukrainian body.
    pub topic_nouns: Option<Vec<String>>,
    /// Nouns that, after a locative and an article ("in the area"), place what is spoken of
    /// where the place before is, whatever country an adjective points at ("struck Russian
    /// military targets in the area").
    pub area_nouns: Option<Vec<String>>,
    /// Participles that make the agent after them a checker: satellite images "reviewed by the
    /// Kyiv Independent" are the outlet checking them, an outside checker, not its country's
    /// claim.
    pub checking_participles: Option<Vec<String>>,
    /// Participles that make the agent after them the one who asked: "A Ukrainian defence
    /// official contacted by Reuters declined to comment" is the official's statement, not
    /// Reuters'.
    pub contact_participles: Option<Vec<String>>,
    /// Nouns of a country's armed forces ("the Air Force", "the General Staff", "the brigade"):
    /// named without a country in a national outlet's article, with nothing else to tell whose,
    /// they are the outlet's country's.
    pub armed_forces_nouns: Option<Vec<String>>,
    /// A title's word and the noun of the body it heads (`minister: ministry`): "Hungary's foreign
    /// minister, Peter Szijjarto, said ... The ministry said" is his ministry, on his side.
    pub title_offices: Option<BTreeMap<String, String>>,
    /// Adverbs that make the speech verb after them a habit the reporter describes, not a
    /// statement: "Kyiv rarely claims responsibility" is no claim by Kyiv.
    pub habit_adverbs: Option<Vec<String>>,
    /// Verbs that make the forces or body a relative clause names the speaker's own: "Oleksandr
    /// Tarnavskyi, who commands Ukrainian forces in the south, said" is Ukrainian, "Leonid
    /// Slutsky, who chairs the foreign affairs committee of Russia's parliament" Russian
    /// (elsewhere a demonym in such a clause names whom the speaker dealt with: "who met Russian
    /// officials").
    pub command_verbs: Option<Vec<String>>,
    /// Nouns of time: an idiom cue ending in a preposition that has one of these (or a weekday,
    /// a month or a number) just after it is the literal verb, not speech: troops "seized on
    /// the first day of the war" took something; Moscow "seized on the report" spoke.
    pub time_nouns: Option<Vec<String>>,
    /// Words that, right after a time noun, open a clause about another event: the place in "came
    /// a day after Russian forces withdrew from Snake Island" is not where the strike was.
    pub sequence_words: Option<Vec<String>>,
    /// Words that, before a time noun, say when rather than how long: "Hungary protested this
    /// week after Russia said ..." is split at "after" (two speakers), "comes a day after Rutte
    /// told MEPs" is not.
    pub time_deictics: Option<Vec<String>>,
    /// Words a claim phrase's `...` gap does not cross: in "destroyed a workshop assembling
    /// naval drones" the workshop was destroyed and the drones are what it made, so "destroyed
    /// ... drones" (an interception) must not span them.
    pub gap_breakers: Option<Vec<String>>,
    /// Words after which what a target phrase names is cargo or supplies, not a place struck:
    /// units that "abandoned their armoured vehicles and ammunition" leave no ammunition depot
    /// behind, and a target that was never hit must not keep two statements apart or title an
    /// incident.
    pub cargo_words: Option<Vec<String>>,
    /// Phrases that date a clause to the start of the war: "paratroopers were deployed around
    /// Kyiv in the first weeks of the war" is an old event's place, not where this one happened.
    pub war_start: Option<Vec<String>>,
    /// Phrases that end right before where troops went, not where anything happened: "were
    /// retreating toward Kostiantynivka", "push toward the border of the Dnipropetrovsk region".
    pub destinations: Option<Vec<String>>,
    /// Phrases that end right before the one blamed: in "to pin the deaths on Moscow" the
    /// capital is the government accused, not where anything happened.
    pub blamed_on: Option<Vec<String>>,
    /// Nouns for ships: a place name right after one names the ship ("the landing ship
    /// Novocherkassk", "the cruiser Moskva"), and so does every later mention in the article.
    pub vessel_nouns: Option<Vec<String>>,
    /// Words that cancel a claim phrase that follows within a few words (`not`, `never`).
    pub negations: Option<Vec<String>>,
    /// Words that make a claim phrase hypothetical (`could`, `would`, `may`).
    pub modals: Option<Vec<String>>,
    /// How many words before a claim phrase a negation or modal still cancels it.
    pub negation_window: Option<usize>,
    /// Spelled-out numbers (`two: 2`).
    pub number_words: Option<BTreeMap<String, u64>>,
    /// Words that count vaguely, with the least and the most they can mean (`several: [3, 9]`):
    /// "several aircraft caught fire" says fewer than "41 warplanes hit", but not fewer than
    /// "five aircraft".
    pub vague_numbers: Option<BTreeMap<String, [u64; 2]>>,
    /// Units that measure rather than count (`miles`, `km`, `days`): "400 miles" is no count.
    pub measure_units: Option<Vec<String>>,
    /// Words for the dead of a toll, which a number without a unit of its own counts when it
    /// follows them closely: "put the number of dead at about 400", "raised the death toll to
    /// 50". List them in `unit_groups` to say what they count.
    pub toll_nouns: Option<Vec<String>>,
    /// Locatives that also mark an infinitive: before a verb they are no locative ("to
    /// destabilize Ukraine" is not a place), only right before the place or a determiner.
    pub infinitive_markers: Option<Vec<String>>,
    /// Compass bearings: a place after "<bearing> of" is a point to measure from ("45 kilometres
    /// northeast of Kharkiv"), not where anything happened, when the statement names another.
    pub bearings: Option<Vec<String>>,
    /// Abbreviated titles written before a name and the title each stands for (`gov: governor`):
    /// "Tula Gov. Dmitry Milyaev" holds the title that "the governor" later refers to.
    pub title_abbreviations: Option<BTreeMap<String, String>>,
    /// Month names and abbreviations with their number (`january: 1`, `jan: 1`).
    pub months: Option<BTreeMap<String, u32>>,
    /// Weekday names with their number, Monday = 1 (`monday: 1`).
    pub weekdays: Option<BTreeMap<String, u32>>,
    /// Relative day phrases and their offset from the article date (`yesterday: -1`).
    pub relative_days: Option<BTreeMap<String, i64>>,
    /// Capitalised words that never begin a person's name (`The`, `Earlier`, `Monday`).
    pub not_names: Option<Vec<String>>,
    /// Given names, each group the spellings of one name (`[Oleksiy, Alexei, Alexey]`): a
    /// surname the rules know after a given name of another group is a namesake ("Oleksiy
    /// Kuleba" is not Dmytro Kuleba), not the source.
    pub given_names: Option<Vec<Vec<String>>>,
    /// Rivers and other features that share a place's name ("the Dnipro" is the river; the
    /// city takes no article): a place name inside one of these phrases is no place.
    pub not_places: Option<Vec<String>>,
    /// Phrases that put a statement at the time of an earlier event the article told of ("Malkov
    /// said then that debris had sparked a fire", "the General Staff said at the time"): with no
    /// date of its own, it takes the day of that event.
    pub then_phrases: Option<Vec<String>>,
    /// Phrases right after a day and month that put it in the year the text named before: "On 5
    /// December 2022, ... on 26 December that year" is 2022, not the year before publication.
    pub same_year_phrases: Option<Vec<String>>,
    /// Nouns for military formations (`group`, `brigade`): a place right before one names the
    /// formation ("the Seversk operational-tactical group"), not where anything happened.
    pub unit_nouns: Option<Vec<String>>,
    /// Lower-case words that may stand between a unit's number and its noun ("the 110th
    /// mechanised brigade"), as capitalised words do in "the 110th Mechanised Brigade".
    pub unit_adjectives: Option<Vec<String>>,
    /// Nouns for the people who speak for a body (`spokesperson`): "a spokesperson said" right
    /// after a body spoke is that body's voice.
    pub body_voices: Option<Vec<String>>,
    /// Nouns for an event (`attack`, `shelling`): "the Belgorod attack" names an event by its
    /// place; a statement that names another place, or speaks of "the city", is not there.
    pub event_nouns: Option<Vec<String>>,
    /// Nouns that make a noun phrase a plausible speaker although it names no known source
    /// (`official`, `spokesman`, `ministry`).
    pub speaker_nouns: Option<Vec<String>>,
    /// Of those, bodies that may be named without their country when the context gives it
    /// (`the defence ministry`, `the General Staff`).
    pub institution_nouns: Option<Vec<String>>,
    /// Of those, organisations that are no organ of a state (`group`, `company`): one with a
    /// capitalised name the rules do not know ("the director of Factor Group") is a private
    /// body, which takes no side from the speaker before it.
    pub company_nouns: Option<Vec<String>>,
    /// Titles of regional officials (`governor`): a place in their title stands for its region
    /// ("the Belgorod governor" speaks for the Belgorod region, not the city).
    pub regional_titles: Option<Vec<String>>,
    /// Titles of a city's officials (`mayor`): a capital in such a title ("Kyiv mayor Vitali
    /// Klitschko") is the official's own city, not a government standing for its country.
    pub city_titles: Option<Vec<String>>,
    /// Nouns for a country's ground or sky (`territory`, `airspace`): a country after "the
    /// territory of" is where something happened, as after a locative, not its government.
    pub territory_nouns: Option<Vec<String>>,
    /// Nouns for a government (`ministry`, `regime`): "the ministry in Moscow" is whose ministry,
    /// not where anything happened, though the bodies that fight are where they are ("forces in
    /// Kyiv").
    pub government_nouns: Option<Vec<String>>,
    /// Nouns whose object is a government even after a locative (`pressure`, `sanctions`):
    /// "pressure on Moscow" names no place.
    pub pressure_nouns: Option<Vec<String>>,
    /// Locatives that may name whom someone fights (`against`): after one of `fighting_words`
    /// their object is the other side, not a place ("units fighting against Ukraine").
    pub opposing_prepositions: Option<Vec<String>>,
    /// Words of fighting (`fighting`, `war`, `aggression`) that make the object of an
    /// `opposing_prepositions` word the side fought ("Russia's war against Ukraine").
    pub fighting_words: Option<Vec<String>>,
    /// Clause breaks after which a speaker's clause stands alone even when the clause before
    /// has no speaker ("Drones hit a refinery as Russia claims to have downed 71"); not "and"
    /// ("Kyiv and Moscow trade accusations") nor "after" ("a day after Rutte told").
    pub contrast_breaks: Option<Vec<String>>,
    /// Similarity (Jaro-Winkler, 0–1) above which a spelling variant matches an alias
    /// (`Andrey` for `Andriy`).
    pub fuzzy_threshold: Option<f64>,
    /// Shortest word (in characters) that fuzzy matching considers.
    pub fuzzy_min_length: Option<usize>,
    /// Normalised Levenshtein similarity (0–1) a spelling variant must also reach. Jaro-Winkler
    /// rewards a shared beginning, so on its own it would take `Podolsky` for `Podolyak`.
    pub fuzzy_edit_similarity: Option<f64>,
    /// Two statements about the same place are the same incident when their dates are at most
    /// this many days apart.
    pub date_tolerance_days: Option<i64>,
    /// The same within one article, which reports one incident over the days of its claims (a
    /// strike on Sunday, a toll on Monday, a revised toll on Tuesday); at least
    /// `date_tolerance_days`.
    pub article_date_tolerance_days: Option<i64>,
    /// How many sentences a place named in the text stays the context for later statements
    /// that name none, once the article has named places in more than one region (a place
    /// nothing competes with is never forgotten).
    pub place_memory: Option<usize>,
    /// How many words a place may stand from a target and still say where that target is: "a
    /// barracks at a prison camp ..." and a place thirty words on ("... in Mariupol") do not.
    pub target_place_window: Option<usize>,
}

/// Calls `$m!` with the name of every field of [`LanguageRule`], so overlaying and the
/// check for missing fields cannot disagree about the list.
macro_rules! language_fields {
    ($m:ident) => {
        $m!(
            abbreviations,
            scope_words,
            definite_articles,
            dual_determiners,
            conjunctions,
            genitive_prepositions,
            ratio_words,
            singular_pronouns,
            complementizers,
            coordinators,
            origins,
            purposes,
            attached_nouns,
            travels,
            visits_while_speaking,
            speaking_places,
            topic_shifts,
            possessive_determiners,
            agent_prepositions,
            report_anaphors,
            source_labels,
            quote_labels,
            claim_nouns,
            past_markers,
            period_words,
            relative_openers,
            period_starts,
            body_possessives,
            analyst_nouns,
            outsider_nouns,
            captive_participles,
            partitives,
            indefinite_articles,
            remainder_words,
            absolute_prepositions,
            person_possessives,
            name_nouns,
            generic_speaker_nouns,
            comparison_words,
            topic_nouns,
            area_nouns,
            vessel_nouns,
            blamed_on,
            habit_adverbs,
            command_verbs,
            gap_breakers,
            cargo_words,
            war_start,
            destinations,
            time_nouns,
            sequence_words,
            time_deictics,
            checking_participles,
            contact_participles,
            armed_forces_nouns,
            title_offices,
            articles,
            speech_nouns,
            citing_words,
            inclusion_words,
            media_nouns,
            depiction_nouns,
            present_markers,
            former_markers,
            alternative_determiners,
            accusation_verbs,
            speaker_complements,
            membership_prepositions,
            knowledge_nouns,
            auxiliaries,
            person_nouns,
            passive_auxiliaries,
            relative_pronouns,
            irregular_verbs,
            unit_groups,
            directions,
            clause_negations,
            place_nouns,
            plural_suffixes,
            boilerplate_prefixes,
            boilerplate_contains,
            person_pronouns,
            group_pronouns,
            determiners,
            fillers,
            filler_phrases,
            filler_suffixes,
            clause_words,
            verb_suffixes,
            participle_adjectives,
            np_prepositions,
            affiliation_prepositions,
            clause_breaks,
            locatives,
            vicinity,
            negations,
            modals,
            negation_window,
            number_words,
            vague_numbers,
            measure_units,
            toll_nouns,
            infinitive_markers,
            bearings,
            title_abbreviations,
            months,
            weekdays,
            relative_days,
            not_names,
            given_names,
            not_places,
            then_phrases,
            same_year_phrases,
            unit_nouns,
            unit_adjectives,
            body_voices,
            event_nouns,
            speaker_nouns,
            institution_nouns,
            company_nouns,
            regional_titles,
            city_titles,
            territory_nouns,
            government_nouns,
            pressure_nouns,
            opposing_prepositions,
            fighting_words,
            contrast_breaks,
            fuzzy_threshold,
            fuzzy_min_length,
            fuzzy_edit_similarity,
            date_tolerance_days,
            article_date_tolerance_days,
            place_memory,
            target_place_window
        )
    };
}

impl LanguageRule {
    /// Overlay: fields set in `other` replace those here.
    pub fn overlay(&mut self, other: LanguageRule) {
        macro_rules! take {
            ($($f:ident),*) => { $( if other.$f.is_some() { self.$f = other.$f; } )* };
        }
        language_fields!(take);
    }

    /// Names of the fields that are not set (the compiled language needs them all).
    pub fn missing(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        macro_rules! need {
            ($($f:ident),*) => { $( if self.$f.is_none() { out.push(stringify!($f)); } )* };
        }
        language_fields!(need);
        out
    }
}

/// Each phrase as its normalised words, as the text's tokens are.
fn phrase_words(phrases: &[String]) -> Vec<Vec<String>> {
    phrases
        .iter()
        .map(|p| {
            let toks = crate::text::tokenize(p, 0);
            (0..toks.len()).map(|i| toks.word(i).to_string()).collect()
        })
        .collect()
}

impl Language {
    /// Whether `w` (normalised) is an article that brings someone in rather than refers back
    /// ("a source", not "the source").
    pub fn is_indefinite_article(&self, w: &str) -> bool {
        self.articles.has(w) && !self.definite_articles.has(w)
    }

    /// Whether a capitalised word `w` (normalised) beside another is part of a person's name
    /// rather than a place's or an official's own word ("Yanushevych", not "Oblast" or
    /// "Governor"): what keeps "Yaroslav Yanushevych" from reading as a misspelt Yaroslavl.
    pub fn is_plain_name_word(&self, w: &str) -> bool {
        self.place_nouns.get(w).is_none() && !self.speaker_nouns.has(w)
    }

    /// How many tokens of one of [`Language::filler_phrases`] end right before token `end`.
    pub fn filler_phrase_before(&self, toks: &crate::text::Tokens, end: usize) -> usize {
        self.filler_phrases
            .iter()
            .find(|p| p.len() <= end && p.iter().enumerate().all(|(j, w)| toks.word(end - p.len() + j) == w))
            .map_or(0, Vec::len)
    }

    /// Whether one of [`Language::same_year_phrases`] starts at token `at` ("26 December that
    /// year").
    pub fn same_year_at(&self, toks: &crate::text::Tokens, at: usize) -> bool {
        starts_at(&self.same_year_phrases, toks, at)
    }

    /// Whether one of [`Language::then_phrases`] occurs in the tokens.
    pub fn says_then(&self, toks: &crate::text::Tokens) -> bool {
        (0..toks.len()).any(|i| self.then_ends.has(toks.word(i)) && ends_before(&self.then_phrases, toks, i + 1))
    }

    /// Whether tokens `a..b` (a place name) lie inside one of [`Language::not_places`] ("the
    /// left bank of the Dnipro").
    pub fn in_not_place(&self, toks: &crate::text::Tokens, a: usize, b: usize) -> bool {
        self.not_places.iter().any(|phrase| {
            let k = phrase.len();
            (b.saturating_sub(k)..=a).any(|start| {
                start + k >= b && start + k <= toks.len() && (0..k).all(|j| toks.word(start + j) == phrase[j])
            })
        })
    }

    /// Whether the place name ending before token `b` names a military formation: a word of
    /// [`Language::unit_nouns`] follows it ("the Seversk operational-tactical group").
    pub fn names_unit(&self, toks: &crate::text::Tokens, b: usize) -> bool {
        b < toks.len() && self.unit_nouns.has(toks.word(b))
    }

    /// Whether `w` names a time: a weekday, a month or one of [`Language::time_nouns`].
    pub fn names_time(&self, w: &str) -> bool {
        self.weekdays.contains_key(w) || self.months.get(w).is_some() || self.time_nouns.has(w)
    }

    /// Whether the place at token `a` is in a clause about another event, opened by a time noun
    /// and a sequence word with only words between ("came a day after Russian forces withdrew
    /// from Snake Island").
    pub fn in_other_event(&self, toks: &crate::text::Tokens, a: usize) -> bool {
        (1..a)
            .rev()
            .take_while(|&k| toks.toks[k].kind == crate::text::TokKind::Word)
            .any(|k| self.sequence_words.has(toks.word(k)) && self.time_nouns.has(toks.word(k - 1)))
    }

    /// Whether the time noun at token `k` measures a span ("a day after", "hours before"), not
    /// names when ("this week after").
    pub fn measures_interval(&self, toks: &crate::text::Tokens, k: usize) -> bool {
        self.time_nouns.has(toks.word(k)) && !(k > 0 && self.time_deictics.has(toks.word(k - 1)))
    }

    /// Whether the place name at tokens `a..b` names an event: a definite article before it and
    /// one of [`Language::event_nouns`] after it ("the Belgorod attack").
    pub fn names_event(&self, toks: &crate::text::Tokens, a: usize, b: usize) -> bool {
        a > 0 && b < toks.len() && self.definite_articles.has(toks.word(a - 1)) && self.event_nouns.has(toks.word(b))
    }

    /// The settings of spelling-variant matching.
    pub fn fuzzy(&self) -> super::fuzzy::FuzzyParams {
        super::fuzzy::FuzzyParams {
            threshold: self.fuzzy_threshold,
            edit_similarity: self.fuzzy_edit_similarity,
            min_len: self.fuzzy_min_length,
        }
    }
}

/// Rules a word out of a word list by its length and first byte, before any hashing.
///
/// Attribution, location and classification ask the language's word lists about nearly every
/// token, several times over, and most words are in none of them: the filter answers those
/// without hashing the word.
#[derive(Debug, Clone, Copy, Default)]
struct WordFilter {
    /// Bit `min(len, 63)` set for each word length present.
    lengths: u64,
    /// Bit `b` set for each first byte `b` present.
    first_bytes: [u64; 4],
}

impl WordFilter {
    fn add(&mut self, w: &str) {
        self.lengths |= 1 << w.len().min(63);
        if let Some(&b) = w.as_bytes().first() {
            self.first_bytes[usize::from(b >> 6)] |= 1 << (b & 63);
        }
    }

    /// False when `w` is certainly not in the list.
    fn may_have(&self, w: &str) -> bool {
        self.lengths & (1 << w.len().min(63)) != 0
            && w.as_bytes()
                .first()
                .is_none_or(|&b| self.first_bytes[usize::from(b >> 6)] & (1 << (b & 63)) != 0)
    }
}

/// A set of single normalised words.
#[derive(Debug, Clone, Default)]
pub struct WordSet {
    words: rustc_hash::FxHashSet<String>,
    filter: WordFilter,
}

impl WordSet {
    fn new(words: &[String]) -> Self {
        let mut set = WordSet::default();
        for w in words.iter().filter_map(|w| normalise_phrase(w)) {
            let w = w.trim();
            set.filter.add(w);
            set.words.insert(w.to_string());
        }
        set
    }

    /// Whether the normalised word `w` is in the set.
    pub fn has(&self, w: &str) -> bool {
        self.filter.may_have(w) && self.words.contains(w)
    }
}

/// Single words with a value each (month numbers, place nouns, number words), looked up as fast
/// as a [`WordSet`].
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    words: FxHashMap<String, V>,
    filter: WordFilter,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            words: FxHashMap::default(),
            filter: WordFilter::default(),
        }
    }
}

impl<V> WordMap<V> {
    /// The value of word `w`, if it is in the map.
    pub fn get(&self, w: &str) -> Option<&V> {
        if self.filter.may_have(w) {
            self.words.get(w)
        } else {
            None
        }
    }

    /// Whether word `w` is in the map.
    pub fn contains_key(&self, w: &str) -> bool {
        self.get(w).is_some()
    }

    /// Add word `w` (already normalised) with its value.
    pub fn insert(&mut self, w: String, v: V) {
        self.filter.add(&w);
        self.words.insert(w, v);
    }
}

impl<V> FromIterator<(String, V)> for WordMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(iter: I) -> Self {
        let mut map = WordMap::default();
        for (w, v) in iter {
            map.insert(w, v);
        }
        map
    }
}

/// The compiled language section: sets and phrase matchers built once.
#[derive(Debug, Clone, Default)]
pub struct Language {
    /// See [`LanguageRule::abbreviations`] (lower-cased, without the dot).
    pub abbreviations: WordSet,
    /// See [`LanguageRule::boilerplate_prefixes`].
    pub boilerplate_prefixes: Vec<String>,
    /// See [`LanguageRule::boilerplate_contains`].
    pub boilerplate_contains: Vec<String>,
    /// See [`LanguageRule::person_pronouns`].
    pub person_pronouns: WordSet,
    /// See [`LanguageRule::group_pronouns`].
    pub group_pronouns: WordSet,
    /// See [`LanguageRule::determiners`].
    pub determiners: WordSet,
    /// See [`LanguageRule::articles`].
    pub articles: WordSet,
    /// See [`LanguageRule::speech_nouns`].
    pub speech_nouns: WordSet,
    /// See [`LanguageRule::citing_words`].
    pub citing_words: WordSet,
    /// See [`LanguageRule::inclusion_words`].
    pub inclusion_words: WordSet,
    /// See [`LanguageRule::media_nouns`].
    pub media_nouns: WordSet,
    /// See [`LanguageRule::depiction_nouns`].
    pub depiction_nouns: WordSet,
    /// See [`LanguageRule::present_markers`].
    pub present_markers: WordSet,
    /// See [`LanguageRule::former_markers`].
    pub former_markers: WordSet,
    /// See [`LanguageRule::alternative_determiners`].
    pub alternative_determiners: WordSet,
    /// See [`LanguageRule::accusation_verbs`].
    pub accusation_verbs: WordSet,
    /// See [`LanguageRule::speaker_complements`].
    pub speaker_complements: WordSet,
    /// See [`LanguageRule::knowledge_nouns`].
    pub knowledge_nouns: WordSet,
    /// See [`LanguageRule::membership_prepositions`].
    pub membership_prepositions: WordSet,
    /// See [`LanguageRule::auxiliaries`].
    pub auxiliaries: WordSet,
    /// See [`LanguageRule::person_nouns`].
    pub person_nouns: WordSet,
    /// See [`LanguageRule::passive_auxiliaries`].
    pub passive_auxiliaries: WordSet,
    /// See [`LanguageRule::relative_pronouns`].
    pub relative_pronouns: WordSet,
    /// See [`LanguageRule::irregular_verbs`].
    pub irregular_verbs: WordSet,
    /// See [`LanguageRule::unit_groups`]: singular word -> the groups it is in, one bit each (a
    /// toll's "dead" counts soldiers and civilians alike).
    pub unit_group_of: WordMap<u64>,
    /// See [`LanguageRule::plural_suffixes`].
    pub plural_suffixes: Vec<String>,
    /// See [`LanguageRule::directions`].
    pub directions: WordSet,
    /// See [`LanguageRule::clause_negations`].
    pub clause_negations: PhraseSet,
    /// See [`LanguageRule::place_nouns`].
    pub place_nouns: WordMap<super::places::PlaceKind>,
    /// See [`LanguageRule::fillers`] (single words; multi-word fillers are matched word by word).
    pub fillers: WordSet,
    /// See [`LanguageRule::filler_suffixes`].
    pub filler_suffixes: Vec<String>,
    /// See [`LanguageRule::clause_words`].
    pub clause_words: WordSet,
    /// See [`LanguageRule::verb_suffixes`].
    pub verb_suffixes: Vec<String>,
    /// See [`LanguageRule::participle_adjectives`].
    pub participle_adjectives: WordSet,
    /// See [`LanguageRule::np_prepositions`].
    pub np_prepositions: WordSet,
    /// See [`LanguageRule::affiliation_prepositions`].
    pub affiliation_prepositions: WordSet,
    /// See [`LanguageRule::clause_breaks`].
    pub clause_breaks: WordSet,
    /// See [`LanguageRule::locatives`].
    pub locatives: WordSet,
    /// See [`LanguageRule::vicinity`].
    pub vicinity: WordSet,
    /// See [`LanguageRule::scope_words`].
    pub scope_words: WordSet,
    /// See [`LanguageRule::definite_articles`].
    pub definite_articles: WordSet,
    /// See [`LanguageRule::dual_determiners`].
    pub dual_determiners: WordSet,
    /// See [`LanguageRule::conjunctions`].
    pub conjunctions: WordSet,
    /// See [`LanguageRule::genitive_prepositions`].
    pub genitive_prepositions: WordSet,
    /// See [`LanguageRule::ratio_words`]: each as its normalised words.
    pub ratio_words: Vec<Vec<String>>,
    /// See [`LanguageRule::singular_pronouns`].
    pub singular_pronouns: WordSet,
    /// See [`LanguageRule::complementizers`].
    pub complementizers: WordSet,
    /// See [`LanguageRule::coordinators`].
    pub coordinators: WordSet,
    /// See [`LanguageRule::origins`]: each as its normalised words.
    pub origins: Vec<Vec<String>>,
    /// See [`LanguageRule::purposes`]: each as its normalised words.
    pub purposes: Vec<Vec<String>>,
    /// The last words of `purposes`: most tokens end none, and this answers them without
    /// comparing every phrase (claims and places ask at up to eight positions each).
    purpose_ends: WordSet,
    /// See [`LanguageRule::attached_nouns`].
    pub attached_nouns: WordSet,
    /// See [`LanguageRule::travels`]: each as its normalised words.
    pub travels: Vec<Vec<String>>,
    /// See [`LanguageRule::visits_while_speaking`]: each as its normalised words.
    pub visits_while_speaking: Vec<Vec<String>>,
    /// See [`LanguageRule::speaking_places`]: each as its normalised words.
    pub speaking_places: Vec<Vec<String>>,
    /// See [`LanguageRule::topic_shifts`]: each as its normalised words.
    pub topic_shifts: Vec<Vec<String>>,
    /// See [`LanguageRule::possessive_determiners`].
    pub possessive_determiners: WordSet,
    /// See [`LanguageRule::agent_prepositions`].
    pub agent_prepositions: WordSet,
    /// See [`LanguageRule::report_anaphors`].
    pub report_anaphors: WordSet,
    /// See [`LanguageRule::source_labels`].
    pub source_labels: WordSet,
    /// See [`LanguageRule::quote_labels`].
    pub quote_labels: WordSet,
    /// See [`LanguageRule::claim_nouns`].
    pub claim_nouns: WordSet,
    /// See [`LanguageRule::past_markers`].
    pub past_markers: WordSet,
    /// See [`LanguageRule::period_words`].
    pub period_words: WordSet,
    /// See [`LanguageRule::relative_openers`].
    pub relative_openers: WordSet,
    /// See [`LanguageRule::period_starts`].
    pub period_starts: WordSet,
    /// See [`LanguageRule::body_possessives`].
    pub body_possessives: WordSet,
    /// See [`LanguageRule::analyst_nouns`].
    pub analyst_nouns: WordSet,
    /// See [`LanguageRule::outsider_nouns`].
    pub outsider_nouns: WordSet,
    /// See [`LanguageRule::captive_participles`].
    pub captive_participles: WordSet,
    /// See [`LanguageRule::partitives`].
    pub partitives: WordSet,
    /// See [`LanguageRule::indefinite_articles`].
    pub indefinite_articles: WordSet,
    /// See [`LanguageRule::remainder_words`].
    pub remainder_words: WordSet,
    /// See [`LanguageRule::absolute_prepositions`].
    pub absolute_prepositions: WordSet,
    /// See [`LanguageRule::person_possessives`].
    pub person_possessives: WordSet,
    /// See [`LanguageRule::name_nouns`].
    pub name_nouns: WordSet,
    /// See [`LanguageRule::generic_speaker_nouns`].
    pub generic_speaker_nouns: WordSet,
    /// See [`LanguageRule::comparison_words`].
    pub comparison_words: WordSet,
    /// See [`LanguageRule::topic_nouns`].
    pub topic_nouns: WordSet,
    /// See [`LanguageRule::area_nouns`].
    pub area_nouns: WordSet,
    /// See [`LanguageRule::vessel_nouns`].
    pub vessel_nouns: WordSet,
    /// See [`LanguageRule::blamed_on`]: each as its normalised words.
    pub blamed_on: Vec<Vec<String>>,
    /// See [`LanguageRule::habit_adverbs`].
    pub habit_adverbs: WordSet,
    /// See [`LanguageRule::command_verbs`].
    pub command_verbs: WordSet,
    /// See [`LanguageRule::gap_breakers`].
    pub gap_breakers: WordSet,
    /// See [`LanguageRule::cargo_words`].
    pub cargo_words: WordSet,
    /// See [`LanguageRule::war_start`]: each as its normalised words.
    pub war_start: Vec<Vec<String>>,
    /// See [`LanguageRule::destinations`]: each as its normalised words.
    pub destinations: Vec<Vec<String>>,
    /// The last words of [`Language::war_start`] and [`Language::destinations`]: a word list
    /// rules most places out before any phrase is compared word by word.
    pub war_start_ends: WordSet,
    /// See [`Language::war_start_ends`].
    pub destination_ends: WordSet,
    /// See [`LanguageRule::time_nouns`].
    pub time_nouns: WordSet,
    /// See [`LanguageRule::sequence_words`].
    pub sequence_words: WordSet,
    /// See [`LanguageRule::time_deictics`].
    pub time_deictics: WordSet,
    /// See [`LanguageRule::checking_participles`].
    pub checking_participles: WordSet,
    /// See [`LanguageRule::contact_participles`].
    pub contact_participles: WordSet,
    /// See [`LanguageRule::armed_forces_nouns`].
    pub armed_forces_nouns: WordSet,
    /// See [`LanguageRule::title_offices`].
    pub title_offices: WordMap<String>,
    /// See [`LanguageRule::negations`].
    pub negations: PhraseSet,
    /// See [`LanguageRule::modals`].
    pub modals: WordSet,
    /// See [`LanguageRule::negation_window`].
    pub negation_window: usize,
    /// See [`LanguageRule::number_words`].
    pub number_words: WordMap<u64>,
    /// See [`LanguageRule::vague_numbers`].
    pub vague_numbers: WordMap<[u64; 2]>,
    /// See [`LanguageRule::measure_units`].
    pub measure_units: WordSet,
    /// See [`LanguageRule::toll_nouns`].
    pub toll_nouns: WordSet,
    /// See [`LanguageRule::infinitive_markers`].
    pub infinitive_markers: WordSet,
    /// See [`LanguageRule::bearings`].
    pub bearings: WordSet,
    /// See [`LanguageRule::title_abbreviations`].
    pub title_abbreviations: WordMap<String>,
    /// See [`LanguageRule::months`].
    pub months: WordMap<u32>,
    /// See [`LanguageRule::weekdays`].
    pub weekdays: WordMap<u32>,
    /// Relative day phrases; payload indexes [`Language::relative_offsets`].
    pub relative_days: PhraseSet,
    /// Day offsets of [`Language::relative_days`], by payload.
    pub relative_offsets: Vec<i64>,
    /// See [`LanguageRule::not_names`].
    pub not_names: WordSet,
    /// See [`LanguageRule::given_names`]: spelling -> group.
    pub given_name_group: WordMap<usize>,
    /// See [`LanguageRule::not_places`]: each phrase as its normalised words.
    pub not_places: Vec<Vec<String>>,
    /// See [`LanguageRule::then_phrases`]: each phrase as its normalised words.
    pub then_phrases: Vec<Vec<String>>,
    /// See [`LanguageRule::same_year_phrases`]: each phrase as its normalised words.
    pub same_year_phrases: Vec<Vec<String>>,
    /// The last words of [`Language::then_phrases`]: a token that is none of them ends none.
    pub then_ends: WordSet,
    /// See [`LanguageRule::filler_phrases`]: each phrase as its normalised words.
    pub filler_phrases: Vec<Vec<String>>,
    /// See [`LanguageRule::unit_nouns`].
    pub unit_nouns: WordSet,
    /// See [`LanguageRule::unit_adjectives`].
    pub unit_adjectives: WordSet,
    /// See [`LanguageRule::body_voices`].
    pub body_voices: WordSet,
    /// See [`LanguageRule::event_nouns`].
    pub event_nouns: WordSet,
    /// See [`LanguageRule::speaker_nouns`].
    pub speaker_nouns: WordSet,
    /// See [`LanguageRule::institution_nouns`].
    pub institution_nouns: WordSet,
    /// See [`LanguageRule::company_nouns`].
    pub company_nouns: WordSet,
    /// See [`LanguageRule::regional_titles`].
    pub regional_titles: WordSet,
    /// See [`LanguageRule::city_titles`].
    pub city_titles: WordSet,
    /// See [`LanguageRule::territory_nouns`].
    pub territory_nouns: WordSet,
    /// See [`LanguageRule::government_nouns`].
    pub government_nouns: WordSet,
    /// See [`LanguageRule::pressure_nouns`].
    pub pressure_nouns: WordSet,
    /// See [`LanguageRule::opposing_prepositions`].
    pub opposing_prepositions: WordSet,
    /// See [`LanguageRule::fighting_words`].
    pub fighting_words: WordSet,
    /// See [`LanguageRule::contrast_breaks`].
    pub contrast_breaks: WordSet,
    /// See [`LanguageRule::fuzzy_threshold`].
    pub fuzzy_threshold: f64,
    /// See [`LanguageRule::fuzzy_min_length`].
    pub fuzzy_min_length: usize,
    /// See [`LanguageRule::fuzzy_edit_similarity`].
    pub fuzzy_edit_similarity: f64,
    /// See [`LanguageRule::date_tolerance_days`].
    pub date_tolerance_days: i64,
    /// See [`LanguageRule::article_date_tolerance_days`].
    pub article_date_tolerance_days: i64,
    /// See [`LanguageRule::place_memory`].
    pub place_memory: usize,
    /// See [`LanguageRule::target_place_window`].
    pub target_place_window: usize,
}

/// How many tokens from `at` spell the first of `phrases` (each as its words) that they spell; 0
/// when none.
fn spelled_at(phrases: &[Vec<String>], toks: &crate::text::Tokens, at: usize) -> usize {
    phrases
        .iter()
        .find(|words| at + words.len() <= toks.len() && words.iter().enumerate().all(|(k, w)| toks.word(at + k) == w))
        .map_or(0, Vec::len)
}

/// Whether one of `phrases` (each as its words) ends right before token `at`.
fn ends_before(phrases: &[Vec<String>], toks: &crate::text::Tokens, at: usize) -> bool {
    start_of_phrase_ending_at(phrases, toks, at).is_some()
}

/// The first token of one of `phrases` (each as its words) that ends right before token `at`.
fn start_of_phrase_ending_at(phrases: &[Vec<String>], toks: &crate::text::Tokens, at: usize) -> Option<usize> {
    phrases
        .iter()
        .find(|words| {
            words.len() <= at
                && words
                    .iter()
                    .enumerate()
                    .all(|(k, w)| toks.word(at - words.len() + k) == w)
        })
        .map(|words| at - words.len())
}

/// Whether one of `phrases` (each as its words) starts at token `at`.
fn starts_at(phrases: &[Vec<String>], toks: &crate::text::Tokens, at: usize) -> bool {
    phrases
        .iter()
        .any(|words| at + words.len() <= toks.len() && words.iter().enumerate().all(|(k, w)| toks.word(at + k) == w))
}

/// The last word of each phrase, as a word list.
fn last_words(phrases: &[Vec<String>]) -> WordSet {
    WordSet::new(&phrases.iter().filter_map(|w| w.last().cloned()).collect::<Vec<_>>())
}

/// Multi-word phrases as the words of their normalised text, to compare with tokens one by one
/// ("out of", "from the direction of"); `(a|b)` alternatives expanded.
fn word_lists(phrases: &[String]) -> Vec<Vec<String>> {
    phrases
        .iter()
        .flat_map(|p| super::lexicon::expand_alternatives(p).unwrap_or_else(|_| vec![p.clone()]))
        .filter_map(|p| normalise_phrase(&p))
        .map(|p| p.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .filter(|words| !words.is_empty())
        .collect()
}

impl Language {
    /// Compile a complete language section (callers check [`LanguageRule::missing`] first).
    pub fn compile(r: &LanguageRule) -> Result<Language, String> {
        let list = |v: &Option<Vec<String>>| v.clone().unwrap_or_default();
        let mut negations = PhraseSetBuilder::default();
        for (i, n) in list(&r.negations).iter().enumerate() {
            negations
                .add(n, i as u32)
                .map_err(|e| format!("negations: `{n}`: {e}"))?;
        }
        let mut clause_negations = PhraseSetBuilder::default();
        for (i, n) in list(&r.clause_negations).iter().enumerate() {
            clause_negations
                .add(n, i as u32)
                .map_err(|e| format!("clause_negations: `{n}`: {e}"))?;
        }
        let mut relative = PhraseSetBuilder::default();
        let mut relative_offsets = Vec::new();
        for (phrase, off) in r.relative_days.clone().unwrap_or_default() {
            relative
                .add(&phrase, relative_offsets.len() as u32)
                .map_err(|e| format!("relative_days: `{phrase}`: {e}"))?;
            relative_offsets.push(off);
        }
        let threshold = r.fuzzy_threshold.unwrap_or(0.9);
        if !(0.5..=1.0).contains(&threshold) {
            return Err(format!("fuzzy_threshold must be between 0.5 and 1.0, not {threshold}"));
        }
        let edit = r.fuzzy_edit_similarity.unwrap_or(0.0);
        if !(0.0..=1.0).contains(&edit) {
            return Err(format!("fuzzy_edit_similarity must be between 0 and 1, not {edit}"));
        }
        fn lower_keys<V: Clone>(m: &Option<BTreeMap<String, V>>) -> WordMap<V> {
            m.clone()
                .unwrap_or_default()
                .into_iter()
                .map(|(k, v)| (k.to_lowercase(), v))
                .collect()
        }
        let war_start = word_lists(&list(&r.war_start));
        let destinations = word_lists(&list(&r.destinations));
        let mut lang = Language {
            abbreviations: WordSet::new(&list(&r.abbreviations)),
            boilerplate_prefixes: list(&r.boilerplate_prefixes),
            boilerplate_contains: list(&r.boilerplate_contains),
            person_pronouns: WordSet::new(&list(&r.person_pronouns)),
            group_pronouns: WordSet::new(&list(&r.group_pronouns)),
            determiners: WordSet::new(&list(&r.determiners)),
            articles: WordSet::new(&list(&r.articles)),
            speech_nouns: WordSet::new(&list(&r.speech_nouns)),
            citing_words: WordSet::new(&list(&r.citing_words)),
            inclusion_words: WordSet::new(&list(&r.inclusion_words)),
            media_nouns: WordSet::new(&list(&r.media_nouns)),
            depiction_nouns: WordSet::new(&list(&r.depiction_nouns)),
            present_markers: WordSet::new(&list(&r.present_markers)),
            former_markers: WordSet::new(&list(&r.former_markers)),
            alternative_determiners: WordSet::new(&list(&r.alternative_determiners)),
            accusation_verbs: WordSet::new(&list(&r.accusation_verbs)),
            speaker_complements: WordSet::new(&list(&r.speaker_complements)),
            membership_prepositions: WordSet::new(&list(&r.membership_prepositions)),
            knowledge_nouns: WordSet::new(&list(&r.knowledge_nouns)),
            auxiliaries: WordSet::new(&list(&r.auxiliaries)),
            person_nouns: WordSet::new(&list(&r.person_nouns)),
            passive_auxiliaries: WordSet::new(&list(&r.passive_auxiliaries)),
            relative_pronouns: WordSet::new(&list(&r.relative_pronouns)),
            irregular_verbs: WordSet::new(&list(&r.irregular_verbs)),
            unit_group_of: WordMap::default(),
            plural_suffixes: list(&r.plural_suffixes),
            directions: WordSet::new(&list(&r.directions)),
            clause_negations: clause_negations.build(),
            place_nouns: r
                .place_nouns
                .clone()
                .unwrap_or_default()
                .into_iter()
                .map(|(k, v)| (k.to_lowercase(), v))
                .collect(),
            fillers: WordSet::new(
                &list(&r.fillers)
                    .iter()
                    .flat_map(|f| f.split_whitespace().map(str::to_string))
                    .collect::<Vec<_>>(),
            ),
            filler_suffixes: list(&r.filler_suffixes),
            clause_words: WordSet::new(&list(&r.clause_words)),
            verb_suffixes: list(&r.verb_suffixes),
            participle_adjectives: WordSet::new(&list(&r.participle_adjectives)),
            np_prepositions: WordSet::new(&list(&r.np_prepositions)),
            affiliation_prepositions: WordSet::new(&list(&r.affiliation_prepositions)),
            clause_breaks: WordSet::new(&list(&r.clause_breaks)),
            locatives: WordSet::new(&list(&r.locatives)),
            vicinity: WordSet::new(&list(&r.vicinity)),
            scope_words: WordSet::new(&list(&r.scope_words)),
            definite_articles: WordSet::new(&list(&r.definite_articles)),
            dual_determiners: WordSet::new(&list(&r.dual_determiners)),
            conjunctions: WordSet::new(&list(&r.conjunctions)),
            genitive_prepositions: WordSet::new(&list(&r.genitive_prepositions)),
            ratio_words: word_lists(&list(&r.ratio_words)),
            singular_pronouns: WordSet::new(&list(&r.singular_pronouns)),
            complementizers: WordSet::new(&list(&r.complementizers)),
            coordinators: WordSet::new(&list(&r.coordinators)),
            claim_nouns: WordSet::new(&list(&r.claim_nouns)),
            agent_prepositions: WordSet::new(&list(&r.agent_prepositions)),
            possessive_determiners: WordSet::new(&list(&r.possessive_determiners)),
            topic_shifts: word_lists(&list(&r.topic_shifts)),
            report_anaphors: WordSet::new(&list(&r.report_anaphors)),
            source_labels: WordSet::new(&list(&r.source_labels)),
            quote_labels: WordSet::new(&list(&r.quote_labels)),
            origins: word_lists(&list(&r.origins)),
            purposes: word_lists(&list(&r.purposes)),
            purpose_ends: WordSet::new(
                &word_lists(&list(&r.purposes))
                    .iter()
                    .filter_map(|words| words.last().cloned())
                    .collect::<Vec<_>>(),
            ),
            travels: word_lists(&list(&r.travels)),
            visits_while_speaking: word_lists(&list(&r.visits_while_speaking)),
            speaking_places: word_lists(&list(&r.speaking_places)),
            attached_nouns: WordSet::new(&list(&r.attached_nouns)),
            past_markers: WordSet::new(&list(&r.past_markers)),
            period_words: WordSet::new(&list(&r.period_words)),
            relative_openers: WordSet::new(&list(&r.relative_openers)),
            period_starts: WordSet::new(&list(&r.period_starts)),
            body_possessives: WordSet::new(&list(&r.body_possessives)),
            analyst_nouns: WordSet::new(&list(&r.analyst_nouns)),
            outsider_nouns: WordSet::new(&list(&r.outsider_nouns)),
            captive_participles: WordSet::new(&list(&r.captive_participles)),
            partitives: WordSet::new(&list(&r.partitives)),
            indefinite_articles: WordSet::new(&list(&r.indefinite_articles)),
            remainder_words: WordSet::new(&list(&r.remainder_words)),
            absolute_prepositions: WordSet::new(&list(&r.absolute_prepositions)),
            person_possessives: WordSet::new(&list(&r.person_possessives)),
            name_nouns: WordSet::new(&list(&r.name_nouns)),
            generic_speaker_nouns: WordSet::new(&list(&r.generic_speaker_nouns)),
            comparison_words: WordSet::new(&list(&r.comparison_words)),
            topic_nouns: WordSet::new(&list(&r.topic_nouns)),
            area_nouns: WordSet::new(&list(&r.area_nouns)),
            vessel_nouns: WordSet::new(&list(&r.vessel_nouns)),
            blamed_on: word_lists(&list(&r.blamed_on)),
            habit_adverbs: WordSet::new(&list(&r.habit_adverbs)),
            command_verbs: WordSet::new(&list(&r.command_verbs)),
            gap_breakers: WordSet::new(&list(&r.gap_breakers)),
            cargo_words: WordSet::new(&list(&r.cargo_words)),
            war_start_ends: last_words(&war_start),
            destination_ends: last_words(&destinations),
            war_start,
            destinations,
            time_nouns: WordSet::new(&list(&r.time_nouns)),
            sequence_words: WordSet::new(&list(&r.sequence_words)),
            time_deictics: WordSet::new(&list(&r.time_deictics)),
            checking_participles: WordSet::new(&list(&r.checking_participles)),
            contact_participles: WordSet::new(&list(&r.contact_participles)),
            armed_forces_nouns: WordSet::new(&list(&r.armed_forces_nouns)),
            title_offices: r
                .title_offices
                .iter()
                .flatten()
                .map(|(k, v)| (k.to_lowercase(), v.to_lowercase()))
                .collect(),
            negations: negations.build(),
            modals: WordSet::new(&list(&r.modals)),
            negation_window: r.negation_window.unwrap_or(3),
            number_words: r
                .number_words
                .clone()
                .unwrap_or_default()
                .into_iter()
                .map(|(k, v)| (k.to_lowercase(), v))
                .collect(),
            vague_numbers: r
                .vague_numbers
                .clone()
                .unwrap_or_default()
                .into_iter()
                .map(|(k, v)| (k.to_lowercase(), v))
                .collect(),
            measure_units: WordSet::new(&list(&r.measure_units)),
            toll_nouns: WordSet::new(&list(&r.toll_nouns)),
            infinitive_markers: WordSet::new(&list(&r.infinitive_markers)),
            bearings: WordSet::new(&list(&r.bearings)),
            title_abbreviations: lower_keys(&r.title_abbreviations),
            months: lower_keys(&r.months),
            weekdays: lower_keys(&r.weekdays),
            relative_days: relative.build(),
            relative_offsets,
            not_names: WordSet::new(&list(&r.not_names)),
            given_name_group: WordMap::default(),
            not_places: phrase_words(&list(&r.not_places)),
            then_phrases: phrase_words(&list(&r.then_phrases)),
            same_year_phrases: phrase_words(&list(&r.same_year_phrases)),
            then_ends: last_words(&phrase_words(&list(&r.then_phrases))),
            filler_phrases: phrase_words(&list(&r.filler_phrases)),
            unit_nouns: WordSet::new(&list(&r.unit_nouns)),
            unit_adjectives: WordSet::new(&list(&r.unit_adjectives)),
            body_voices: WordSet::new(&list(&r.body_voices)),
            event_nouns: WordSet::new(&list(&r.event_nouns)),
            speaker_nouns: WordSet::new(&list(&r.speaker_nouns)),
            institution_nouns: WordSet::new(&list(&r.institution_nouns)),
            company_nouns: WordSet::new(&list(&r.company_nouns)),
            regional_titles: WordSet::new(&list(&r.regional_titles)),
            city_titles: WordSet::new(&list(&r.city_titles)),
            territory_nouns: WordSet::new(&list(&r.territory_nouns)),
            government_nouns: WordSet::new(&list(&r.government_nouns)),
            pressure_nouns: WordSet::new(&list(&r.pressure_nouns)),
            opposing_prepositions: WordSet::new(&list(&r.opposing_prepositions)),
            fighting_words: WordSet::new(&list(&r.fighting_words)),
            contrast_breaks: WordSet::new(&list(&r.contrast_breaks)),
            fuzzy_threshold: threshold,
            fuzzy_min_length: r.fuzzy_min_length.unwrap_or(5),
            fuzzy_edit_similarity: edit,
            date_tolerance_days: r.date_tolerance_days.unwrap_or(1),
            article_date_tolerance_days: r
                .article_date_tolerance_days
                .unwrap_or(1)
                .max(r.date_tolerance_days.unwrap_or(1)),
            place_memory: r.place_memory.unwrap_or(8),
            target_place_window: r.target_place_window.unwrap_or(12),
        };
        for (g, words) in r.given_names.iter().flatten().enumerate() {
            for w in words.iter().filter_map(|w| normalise_phrase(w)) {
                lang.given_name_group.insert(w.trim().to_string(), g);
            }
        }
        for (g, words) in r.unit_groups.clone().unwrap_or_default().iter().enumerate() {
            for w in words {
                if let Some(n) = normalise_phrase(w) {
                    let n = n.trim().to_string();
                    let single = lang.singular(&n).to_string();
                    let bit = 1u64 << g.min(63);
                    let groups = lang.unit_group_of.get(&single).copied().unwrap_or(0) | bit;
                    lang.unit_group_of.insert(single, groups);
                }
            }
        }
        Ok(lang)
    }

    /// `w` without a plural ending ("drones" -> "drone").
    pub fn singular<'a>(&self, w: &'a str) -> &'a str {
        for s in &self.plural_suffixes {
            if w.len() > s.len() + 2 && w.ends_with(s.as_str()) && !w.ends_with(&format!("{s}{s}")) {
                return &w[..w.len() - s.len()];
            }
        }
        w
    }

    /// Whether two counted units (normalised words) count the same thing: a word in common, or
    /// words of one unit group.
    pub fn same_unit<T: AsRef<str>>(&self, a: &[T], b: &[T]) -> bool {
        // the same word counts only as the head, the last word, of one of them ("two Il-76
        // aircraft" and "four Il-76s" count the same; "two Russian generals" and "several
        // Russian military bloggers" do not); words of one unit group count the same thing
        // wherever they stand
        let head_in = |u: &[T], v: &[T]| {
            u.last().is_some_and(|h| {
                let h = self.singular(h.as_ref());
                v.iter().any(|w| self.singular(w.as_ref()) == h)
            })
        };
        if head_in(a, b) || head_in(b, a) {
            return true;
        }
        a.iter().any(|x| {
            let x = self.singular(x.as_ref());
            b.iter().any(|y| {
                let y = self.singular(y.as_ref());
                self.unit_group_of
                    .get(x)
                    .is_some_and(|g| self.unit_group_of.get(y).is_some_and(|h| g & h != 0))
            })
        })
    }

    /// Whether `w` (normalised) is a verb form: an irregular one, or one that ends like a verb
    /// and is not a known adjective.
    pub fn looks_like_verb(&self, w: &str) -> bool {
        if self.irregular_verbs.has(w) {
            return true;
        }
        !w.contains('-')
            && w.len() > 4
            && self.verb_suffixes.iter().any(|s| w.ends_with(s.as_str()))
            && !self.participle_adjectives.has(w)
    }

    /// Whether `w` (normalised) is a filler word between speaker and cue.
    pub fn is_filler(&self, w: &str) -> bool {
        self.fillers.has(w) || (w.len() > 4 && self.filler_suffixes.iter().any(|s| w.ends_with(s.as_str())))
    }

    /// How many tokens from `at` spell one of the topic-shift openers, followed by a comma; 0
    /// when none does.
    pub fn topic_shifts_at(&self, toks: &crate::text::Tokens, at: usize) -> usize {
        let n = spelled_at(&self.topic_shifts, toks, at);
        if n > 0 && at + n < toks.len() && toks.word(at + n) == "," {
            n
        } else {
            0
        }
    }

    /// Whether one of the origin phrases ends right before token `at` ("fired from the
    /// direction of | Kurakhove").
    pub fn origin_before(&self, toks: &crate::text::Tokens, at: usize) -> bool {
        ends_before(&self.origins, toks, at)
    }

    /// Whether one of the travel phrases ends right before token `at` ("on a visit to | Sweden").
    pub fn travel_before(&self, toks: &crate::text::Tokens, at: usize) -> bool {
        ends_before(&self.travels, toks, at)
    }

    /// Whether one of the visit adjuncts ends right before token `at` ("during a visit to the
    /// western city of | Ivano-Frankivsk").
    pub fn visit_while_speaking_before(&self, toks: &crate::text::Tokens, at: usize) -> bool {
        ends_before(&self.visits_while_speaking, toks, at)
    }

    /// Whether token `a` follows a capitalised given name of `given_names` ("Oleksandr |
    /// Kamyshin"): a place name there is a surname.
    pub fn after_given_name(&self, toks: &crate::text::Tokens, a: usize) -> bool {
        a > 0 && {
            let before = &toks.toks[a - 1];
            before.kind == crate::text::TokKind::Word
                && before.cap
                && self.given_name_group.get(toks.word(a - 1)).is_some()
        }
    }

    /// Whether a phrase that puts the blame on someone ends right before token `at` ("pin the
    /// deaths on | Moscow").
    pub fn blamed_before(&self, toks: &crate::text::Tokens, at: usize) -> bool {
        ends_before(&self.blamed_on, toks, at)
    }

    /// Whether one of [`Language::war_start`] follows the place ending at token `b` within a few
    /// words of the same clause ("around Kyiv | in the first weeks of the war").
    pub fn at_war_start(&self, toks: &crate::text::Tokens, b: usize) -> bool {
        let longest = self.war_start.iter().map(Vec::len).max().unwrap_or(0);
        if !(b..(b + 8 + longest).min(toks.len())).any(|j| self.war_start_ends.has(toks.word(j))) {
            return false;
        }
        let mut k = b;
        while k < toks.len() && k < b + 8 {
            if starts_at(&self.war_start, toks, k) {
                return true;
            }
            if toks.toks[k].kind != crate::text::TokKind::Word || self.clause_breaks.has(toks.word(k)) {
                return false;
            }
            k += 1;
        }
        false
    }

    /// Whether one of [`Language::destinations`] ends right before token `at`, or before an
    /// article or a word in lower case or two there: "retreating toward | Kostiantynivka", "push
    /// toward the border of | the neighboring | Dnipropetrovsk region".
    pub fn destination_before(&self, toks: &crate::text::Tokens, at: usize) -> bool {
        (0..=2).take_while(|&skip| skip < at).any(|skip| {
            self.destination_ends.has(toks.word(at - skip - 1))
                && (at - skip..at).all(|k| toks.toks[k].kind == crate::text::TokKind::Word && !toks.toks[k].cap)
                && ends_before(&self.destinations, toks, at - skip)
        })
    }

    /// Whether a phrase of where a speaker spoke from ends right before token `at`
    /// ("speaking to reporters in | Kyiv").
    pub fn speaking_before(&self, toks: &crate::text::Tokens, at: usize) -> bool {
        ends_before(&self.speaking_places, toks, at)
    }

    /// Whether a purpose phrase ends shortly before token `at`, with only words and commas
    /// between ("used to launch glide-bomb attacks on | Sumy and | Kharkiv").
    pub fn purpose_before(&self, toks: &crate::text::Tokens, at: usize) -> bool {
        self.purpose_within(toks, at, 7, true).is_some()
    }

    /// The first token of a purpose phrase that ends at most `reach` tokens before token `at`
    /// (exclusive), with only words (and, if `across_commas`, commas) between.
    pub fn purpose_within(
        &self,
        toks: &crate::text::Tokens,
        at: usize,
        reach: usize,
        across_commas: bool,
    ) -> Option<usize> {
        for end in (at.saturating_sub(reach)..=at).rev() {
            if end < at {
                let word = matches!(
                    toks.toks[end].kind,
                    crate::text::TokKind::Word | crate::text::TokKind::Number
                );
                if !(word || (across_commas && toks.word(end) == ",")) {
                    return None;
                }
            }
            if end == 0 || !self.purpose_ends.has(toks.word(end - 1)) {
                continue;
            }
            if let Some(start) = start_of_phrase_ending_at(&self.purposes, toks, end) {
                return Some(start);
            }
        }
        None
    }

    /// Whether the place at `at` is measured from: "<bearing> of" shortly before it ("northeast
    /// of the Ukrainian city of Kharkiv", "north of the border with Ukraine's Kharkiv region"),
    /// not "the north of" (a part of it) and not across a locative or punctuation.
    pub fn bearing_before(&self, toks: &crate::text::Tokens, at: usize) -> bool {
        for k in (at.saturating_sub(6)..at).rev() {
            let w = toks.word(k);
            if toks.toks[k].kind == crate::text::TokKind::Possessive {
                continue;
            }
            if toks.toks[k].kind != crate::text::TokKind::Word || self.locatives.has(w) {
                return false;
            }
            if k >= 1 && self.genitive_prepositions.has(w) && self.bearings.has(toks.word(k - 1)) {
                return !(k >= 2 && self.definite_articles.has(toks.word(k - 2)));
            }
        }
        false
    }

    /// How many tokens from `at` spell one of the ratio words ("out of"), 0 when none does.
    pub fn ratio_words_at(&self, toks: &crate::text::Tokens, at: usize) -> usize {
        spelled_at(&self.ratio_words, toks, at)
    }

    /// Whether `w` is a pronoun of either kind.
    pub fn is_pronoun(&self, w: &str) -> bool {
        self.person_pronouns.has(w) || self.group_pronouns.has(w)
    }

    /// Numeric value of a token: digits (`1,000`) or a number word (`two`).
    pub fn number_value(&self, w: &str) -> Option<u64> {
        if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            if w.contains(':') {
                return None; // a time of day
            }
            let digits: String = w.chars().filter(|c| *c != ',').collect();
            return digits.split('.').next()?.parse().ok();
        }
        self.number_words.get(w).copied()
    }

    /// The least and the most a number word means: `[n, n]` for an exact one, the range of a
    /// [`Language::vague_numbers`] word ("several": 3 to 9).
    pub fn number_range(&self, w: &str) -> Option<[u64; 2]> {
        self.number_value(w)
            .map(|v| [v, v])
            .or_else(|| self.vague_numbers.get(w).copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang() -> &'static Language {
        &crate::testkit::rules().language
    }

    fn word_at(toks: &crate::text::Tokens, w: &str) -> usize {
        (0..toks.len()).find(|&i| toks.word(i) == w).unwrap()
    }

    #[test]
    fn a_vague_number_means_a_range_and_an_exact_one_itself() {
        assert_eq!(lang().number_range("several"), Some([3, 9]));
        assert_eq!(lang().number_range("41"), Some([41, 41]));
        assert_eq!(lang().number_range("forty"), Some([40, 40]));
        assert_eq!(lang().number_range("aircraft"), None);
    }

    #[test]
    fn a_shared_word_counts_the_same_thing_only_as_a_head() {
        let l = lang();
        assert!(l.same_unit(&["ilyushin", "il-76", "aircraft"], &["il-76s"]));
        assert!(l.same_unit(&["russian", "warplanes"], &["aircraft"]));
        assert!(!l.same_unit(&["russian", "generals"], &["russian", "military", "bloggers"]));
    }

    #[test]
    fn a_place_a_base_was_used_against_is_after_a_purpose_phrase_in_the_same_clause() {
        let l = lang();
        let t = crate::text::tokenize(
            "the base had been used to launch glide-bomb attacks on Sumy and Kharkiv",
            0,
        );
        assert!(l.purpose_before(&t, word_at(&t, "sumy")));
        assert!(l.purpose_before(&t, word_at(&t, "kharkiv")));
        let t = crate::text::tokenize("the base was used to launch drones. Kharkiv was hit", 0);
        assert!(!l.purpose_before(&t, word_at(&t, "kharkiv")));
        let t = crate::text::tokenize("Russian missiles struck Kharkiv overnight", 0);
        assert!(!l.purpose_before(&t, word_at(&t, "kharkiv")));
    }

    #[test]
    fn formations_events_and_filler_phrases_are_told_by_the_words_around_a_name() {
        let l = lang();
        let t = crate::text::tokenize("a meeting of the Seversk operational-tactical group", 0);
        let s = word_at(&t, "seversk");
        assert!(l.names_unit(&t, s + 1));
        let t = crate::text::tokenize("officers who had planned the Belgorod attack", 0);
        let b = word_at(&t, "belgorod");
        assert!(l.names_event(&t, b, b + 1));
        let t = crate::text::tokenize("a Ukrainian attack on Belgorod", 0);
        let b = word_at(&t, "belgorod");
        assert!(!l.names_event(&t, b, b + 1));
        let t = crate::text::tokenize("Kyiv has in the past repeatedly said", 0);
        assert_eq!(l.filler_phrase_before(&t, word_at(&t, "repeatedly")), 3);
        assert_eq!(l.filler_phrase_before(&t, word_at(&t, "said")), 0);
    }

    #[test]
    fn word_lists_find_their_words_and_only_them() {
        let words: Vec<String> = ["the", "an", "ещё", "a", "mid-march", ""]
            .iter()
            .map(|w| w.to_string())
            .collect();
        let set = WordSet::new(&words);
        for w in ["the", "an", "ещё", "a", "mid-march"] {
            assert!(set.has(w), "{w}");
        }
        // same length or same first byte as a member, or neither
        for w in ["thy", "and", "ещe", "b", "mid-april", "", "е", "them", "théâtre"] {
            assert!(!set.has(w), "{w}");
        }
        let map: WordMap<u32> = [("march".to_string(), 3), ("май".to_string(), 5)].into_iter().collect();
        assert_eq!(map.get("march"), Some(&3));
        assert_eq!(map.get("май"), Some(&5));
        assert!(map.get("marc").is_none() && map.get("match").is_none() && !map.contains_key("may"));
    }
}
