//! `--format claimreview`: the conflicting statements as schema.org `ClaimReview` and `Claim`
//! JSON-LD, so a fact-checker can import them into the tools that read that vocabulary.
//!
//! One `ClaimReview` per statement that is in a conflict, per incident, in document order:
//!
//! | schema.org | from |
//! |---|---|
//! | `ClaimReview.claimReviewed` | the statement's text |
//! | `ClaimReview.itemReviewed` | a `Claim`: `text`; `author` = the speaker (`Person`, else `Organization`); `datePublished` = the article's front-matter `date` (the Fact Check Tools API calls it `claimDate`); `appearance` = the article (`NewsArticle` with `url` from front matter, `headline`, `publisher`, `datePublished`; the file path as `identifier` when there is no `url`); `contentLocation` = the incident's place |
//! | `ClaimReview.reviewAspect` | the kinds of conflict (`hit vs intercepted`) |
//! | `ClaimReview.citation` | the other side's statements that contradict it: the counterclaims, as `Claim`s |
//! | `ClaimReview.reviewBody` | the same contradiction in words |
//!
//! The incident's place is `contentLocation` (where what the claim describes happened), never
//! `locationCreated`: schema.org's location of a creative work is where the claim was made, and
//! that the articles do not say. schema.org defines no relation between two claims, so the
//! counterclaim is what the review cites. Nothing is rated: `reviewRating`, the review's
//! `author`, `url` and `datePublished` are the fact-checker's to add. Absent values are left out,
//! as JSON-LD expects (this is not the output contract of [`super::wire`]).
//! Must not: judge which claim is true.

use std::collections::BTreeMap;
use std::io::Write;

use serde::Serialize;

use super::{incident_place, Context, Render};
use crate::attribute::SpeakerKind;
use crate::input::Document;
use crate::locate::Statement;
use crate::pairing::{Comparison, Incident};

/// ClaimReview JSON-LD.
#[derive(Debug, Clone, Copy)]
pub struct ClaimReview;

/// The document: every review in one `@graph`.
#[derive(Debug, Serialize)]
struct Graph {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@graph")]
    graph: Vec<Review>,
}

/// A `ClaimReview` of one statement.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Review {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "@id")]
    id: String,
    claim_reviewed: String,
    item_reviewed: Claim,
    review_aspect: String,
    review_body: String,
    citation: Vec<Claim>,
}

/// A `Claim`: one statement.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
struct Claim {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "@id")]
    id: String,
    text: String,
    author: Named,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    appearance: Option<Appearance>,
    content_location: Named,
}

/// A `Person`, `Organization` or `Place` by name.
#[derive(Debug, Clone, Serialize)]
struct Named {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: String,
}

/// The article a claim appeared in.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
struct Appearance {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    identifier: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    headline: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<Named>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<String>,
}

fn appearance(doc: &Document) -> Appearance {
    let nonempty = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let url = nonempty(&doc.meta.url);
    Appearance {
        kind: "NewsArticle",
        identifier: if url.is_none() && doc.path != "-" {
            Some(doc.path.clone())
        } else {
            None
        },
        url,
        headline: nonempty(&doc.meta.title),
        publisher: nonempty(&doc.meta.outlet).map(|name| Named {
            kind: "Organization",
            name,
        }),
        date_published: doc.meta.date.map(|d| d.to_string()),
    }
}

/// Numbers claims in the order they are first written, so `@id`s are stable for one input.
#[derive(Default)]
struct Ids(BTreeMap<usize, usize>);

impl Ids {
    fn claim(&mut self, statement: usize) -> String {
        let next = self.0.len() + 1;
        format!("_:claim-{}", self.0.entry(statement).or_insert(next))
    }
}

fn claim(m: usize, statements: &[Statement], inc: &Incident, ctx: &Context, ids: &mut Ids) -> Claim {
    let s = &statements[m];
    let doc = ctx.document(&s.doc);
    let author = match &s.speaker {
        Some(sp) => Named {
            kind: match sp.kind {
                SpeakerKind::Person => "Person",
                SpeakerKind::Other => "Organization",
            },
            name: sp.name.to_string(),
        },
        None => Named {
            kind: "Organization",
            name: "unattributed".into(),
        },
    };
    Claim {
        kind: "Claim",
        id: ids.claim(m),
        text: s.text.trim().to_string(),
        author,
        date_published: doc.and_then(|d| d.meta.date).map(|d| d.to_string()),
        appearance: doc.map(appearance),
        content_location: Named {
            kind: "Place",
            name: incident_place(ctx.rules, inc),
        },
    }
}

fn side_label<'r>(s: &Statement, ctx: &'r Context) -> &'r str {
    s.side
        .map(|i| ctx.rules.sides.list[i].label.as_str())
        .unwrap_or("unattributed")
}

fn reviews(statements: &[Statement], cmp: &Comparison, ctx: &Context) -> Vec<Review> {
    let rules = ctx.rules;
    let mut ids = Ids::default();
    let mut out = Vec::new();
    for inc in &cmp.incidents {
        let mut claimed: Vec<usize> = inc.conflicts.iter().flat_map(|c| [c.a(), c.b()]).collect();
        claimed.sort_unstable();
        claimed.dedup();
        for m in claimed {
            // the statements that contradict m, and how (in rule order)
            let mut others: Vec<(usize, usize)> = inc
                .conflicts
                .iter()
                .filter_map(|c| match (c.a() == m, c.b() == m) {
                    (true, _) => Some((c.b(), c.rule())),
                    (_, true) => Some((c.a(), c.rule())),
                    _ => None,
                })
                .collect();
            others.sort_unstable();
            others.dedup();
            let mut kinds: Vec<usize> = others.iter().map(|&(_, k)| k).collect();
            kinds.sort_unstable();
            kinds.dedup();
            let mut counter: Vec<usize> = others.iter().map(|&(o, _)| o).collect();
            counter.dedup();
            let item = claim(m, statements, inc, ctx, &mut ids);
            let body = counter
                .iter()
                .map(|&o| {
                    let how: Vec<&str> = others
                        .iter()
                        .filter(|&&(x, _)| x == o)
                        .map(|&(_, k)| rules.claims.conflicts[k].label.as_str())
                        .collect();
                    let s = &statements[o];
                    format!(
                        "Contradicted ({}) by {} ({}): {}",
                        how.join(", "),
                        s.speaker.as_ref().map(|sp| &*sp.name).unwrap_or("unattributed"),
                        side_label(s, ctx),
                        s.text.trim()
                    )
                })
                .collect::<Vec<_>>()
                .join("\n");
            let citation = counter
                .iter()
                .map(|&o| claim(o, statements, inc, ctx, &mut ids))
                .collect();
            out.push(Review {
                kind: "ClaimReview",
                id: format!("_:review-{}", out.len() + 1),
                claim_reviewed: item.text.clone(),
                item_reviewed: item,
                review_aspect: kinds
                    .iter()
                    .map(|&k| rules.claims.conflicts[k].label.as_str())
                    .collect::<Vec<_>>()
                    .join("; "),
                review_body: format!(
                    "Claim by {} ({}). {body}",
                    statements[m]
                        .speaker
                        .as_ref()
                        .map(|sp| &*sp.name)
                        .unwrap_or("unattributed"),
                    side_label(&statements[m], ctx)
                ),
                citation,
            });
        }
    }
    out
}

impl Render for ClaimReview {
    fn statements(&self, _out: &mut dyn Write, _statements: &[Statement], _ctx: &Context) -> std::io::Result<()> {
        Err(super::compare_only("claimreview"))
    }

    fn compare(
        &self,
        out: &mut dyn Write,
        statements: &[Statement],
        cmp: &Comparison,
        ctx: &Context,
    ) -> std::io::Result<()> {
        let graph = Graph {
            context: "https://schema.org",
            graph: reviews(statements, cmp, ctx),
        };
        serde_json::to_writer_pretty(&mut *out, &graph)?;
        writeln!(out)
    }
}
