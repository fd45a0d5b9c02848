//! `--format html`: the comparison as one self-contained page to share, read on a phone or
//! print. One section per incident (place, date, target); each conflict is a row with one
//! column per side, each statement with its speaker, cue and a link to its article, and the
//! sentence highlighted in its context on demand (`<details>`: no script needed). A few lines of
//! plain JavaScript filter by side, place and conflict kind; without them everything shows.
//!
//! Responsible for: escaping every piece of article text and front matter (an article's
//! `<script>` is shown, never run); linking only to `http(s)` addresses or to the article file;
//! a page that loads nothing (its Content-Security-Policy allows no fetch and runs only its own
//! script and style, so even a missed escape could not run or load anything); the same bytes
//! for the same input (no timestamp).
//! Must not: decide anything: it presents the rows of [`super::columns::incident_rows`].

use std::fmt::Write as _;
use std::io::Write;

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use super::columns::{file_name, incident_rows, shown_sides};
use super::{incident_heading, incident_place, Context, Render};
use crate::input::Document;
use crate::locate::Statement;
use crate::pairing::{Comparison, Incident};

/// The HTML page.
#[derive(Debug, Clone, Copy)]
pub struct Html;

/// Bytes of article text shown on each side of a statement in its context.
const CONTEXT_BYTES: usize = 320;

/// The page's style sheet. Its hash is in [`STYLE_HASH`]: change both together (a unit test
/// prints the new hash).
const STYLE: &str = r#"
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #fff; --muted: #595959; --line: #d4d4d4;
  --panel: #f6f6f6; --mark: #ffe97a;
  --s0: #1f5fbf; --s1: #b3261e; --s2: #2e7d32; --s3: #7b1fa2; --s4: #00796b; --s5: #8d6e00; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e8e8e8; --bg: #161616; --muted: #a8a8a8; --line: #444; --panel: #222;
    --mark: #6b5900; --s0: #7fb0ff; --s1: #ff8a80; --s2: #81c784; --s3: #ce93d8; --s4: #80cbc4;
    --s5: #e6c25a; }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0 auto; max-width: 84rem; padding: 1rem; color: var(--fg); background: var(--bg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; overflow-wrap: break-word; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 0 0 .5rem; }
h3 { font-size: 1rem; margin: 1rem 0 .5rem; }
h3::first-letter { text-transform: uppercase; }
h4 { font-size: .9rem; margin: 0 0 .5rem; text-transform: uppercase; letter-spacing: .04em; }
.summary, .where, .cue, .facts dt, .articles .meta { color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: end; margin: 1rem 0;
  padding: .75rem 1rem; border: 1px solid var(--line); border-radius: .5rem; background: var(--panel); }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
.filters legend, .filters label.pick { font-weight: 600; font-size: .9rem; }
.filters select { font: inherit; max-width: 100%; }
.filters output { flex-basis: 100%; color: var(--muted); font-size: .9rem; }
nav.toc ol { padding-left: 1.5rem; margin: .5rem 0 1.5rem; }
.incident { border-top: 2px solid var(--line); padding: 1rem 0; }
.facts { display: flex; flex-wrap: wrap; gap: 0 1.5rem; margin: 0; }
.facts div { display: flex; gap: .4rem; }
.facts dd { margin: 0; }
.sides { display: grid; gap: 1rem; }
@media (min-width: 48rem) {
  .sides { grid-auto-flow: column; grid-auto-columns: minmax(0, 1fr); }
}
.side { border-top: 4px solid var(--c, var(--line)); background: var(--panel); padding: .75rem;
  border-radius: 0 0 .4rem .4rem; }
.side h4 { color: var(--c, var(--fg)); }
.side-0 { --c: var(--s0); } .side-1 { --c: var(--s1); } .side-2 { --c: var(--s2); }
.side-3 { --c: var(--s3); } .side-4 { --c: var(--s4); } .side-5 { --c: var(--s5); }
.statement { margin: 0 0 1rem; }
.statement:last-child { margin-bottom: 0; }
.statement blockquote { margin: 0; padding-left: .75rem; border-left: 3px solid var(--c, var(--line)); }
.attribution { margin: .25rem 0 0; font-size: .9rem; }
.speaker { font-weight: 600; }
.where { font-size: .85rem; }
details { margin-top: .25rem; font-size: .9rem; }
summary { cursor: pointer; color: var(--muted); }
.context { white-space: pre-line; margin: .25rem 0 0; padding: .5rem; border: 1px solid var(--line);
  border-radius: .3rem; background: var(--bg); }
mark { background: var(--mark); color: inherit; padding: 0 .1em; }
.articles ol { padding-left: 1.5rem; }
footer { margin-top: 2rem; font-size: .85rem; color: var(--muted); }
@media print {
  :root { --fg: #000; --bg: #fff; --panel: #fff; --muted: #444; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .filters, nav.toc, details:not([open]) { display: none; }
  .sides { grid-auto-flow: column; grid-auto-columns: minmax(0, 1fr); }
  .side { border: 1px solid #999; border-top: 4px solid var(--c); }
  .conflict, .statement { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  a.source[href^="http"]::after { content: " <" attr(href) ">"; word-break: break-all; }
}
"#;

/// The page's script: the filters. Its hash is in [`SCRIPT_HASH`]: change both together (a
/// unit test prints the new hash).
const SCRIPT: &str = r#"
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) return;
  var shown = document.getElementById("shown");
  var incidents = document.querySelectorAll(".incident");
  function apply() {
    var sides = [];
    form.querySelectorAll("input[name=side]:checked").forEach(function (i) { sides.push(i.value); });
    var place = form.elements.place.value;
    var kind = form.elements.kind.value;
    var count = 0;
    incidents.forEach(function (inc) {
      var placeOk = !place || inc.dataset.places.split(" ").indexOf(place) >= 0;
      var rows = 0;
      inc.querySelectorAll(".conflict").forEach(function (row) {
        var columns = 0;
        row.querySelectorAll(".side").forEach(function (col) {
          col.hidden = sides.indexOf(col.dataset.side) < 0;
          if (!col.hidden) columns++;
        });
        row.hidden = !(placeOk && (!kind || row.dataset.kind === kind) && columns > 0);
        if (!row.hidden) rows++;
      });
      inc.hidden = rows === 0;
      var entry = document.querySelector("nav.toc [data-for='" + inc.id + "']");
      if (entry) entry.hidden = inc.hidden;
      if (!inc.hidden) count++;
    });
    shown.textContent = count + " of " + incidents.length + " incidents shown";
  }
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  form.hidden = false;
  apply();
})();
"#;

/// `sha256-` and the base64 SHA-256 of [`STYLE`], for the Content-Security-Policy.
const STYLE_HASH: &str = "sha256-CH5ShhxP7cyPHE0twyHQIE5Y9+axKu3jTGA2MBAd8CU=";
/// `sha256-` and the base64 SHA-256 of [`SCRIPT`], for the Content-Security-Policy.
const SCRIPT_HASH: &str = "sha256-/WSL94/ShdBn4Hg7L5Ns2p7jhVNkNBmGWT7pZ2CQtOk=";

/// Escape text for HTML text and double- or single-quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// What a relative file path may keep unencoded in a link: letters, digits, `-._~` and `/`.
/// A `:` is encoded, so no file name can turn into a scheme (`javascript:`).
const PATH_KEEP: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/');

/// The link to an article: its front-matter `url` when that is an `http(s)` address (anything
/// else, `javascript:` included, is not linked), else its file path as given, relative to where
/// the command ran (absolute paths as `file://`). Standard input has no link.
pub fn article_href(doc: &Document) -> Option<String> {
    if let Some(url) = doc.meta.url.as_deref().map(str::trim) {
        let lower = url.to_ascii_lowercase();
        if (lower.starts_with("https://") || lower.starts_with("http://")) && !url.contains(char::is_whitespace) {
            return Some(url.to_string());
        }
    }
    if doc.path == "-" {
        return None;
    }
    let path = doc.path.replace('\\', "/");
    let encoded = utf8_percent_encode(&path, PATH_KEEP).to_string();
    Some(if path.starts_with('/') {
        format!("file://{encoded}")
    } else {
        encoded
    })
}

/// The article text around `start..end`: up to [`CONTEXT_BYTES`] before and after, within the
/// body, cut at whitespace, with `…` where it was cut. `None` when the offsets do not fit the
/// text (they always should).
pub fn context_window(doc: &Document, start: usize, end: usize) -> Option<(String, &str, String)> {
    let text = doc.text.as_str();
    let body = doc.body_start.min(start);
    if start > end || end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return None;
    }
    let mut lo = start.saturating_sub(CONTEXT_BYTES).max(body);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut before = String::new();
    if lo > body {
        // drop the word cut in half
        if let Some(ws) = text[lo..start].find(char::is_whitespace) {
            lo += ws;
        }
        before.push('…');
    }
    before.push_str(text[lo..start].trim_start());
    let mut hi = (end + CONTEXT_BYTES).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let cut = hi < text.len();
    if cut {
        if let Some(ws) = text[end..hi].rfind(char::is_whitespace) {
            hi = end + ws;
        }
    }
    let mut after = text[end..hi].trim_end().to_string();
    if cut {
        after.push('…');
    }
    Some((before, &text[start..end], after))
}

/// The html `id` of the n-th incident section (1-based).
fn section_id(n: usize) -> String {
    format!("incident-{n}")
}

/// Ids of the places an incident can be filtered by: its place, region and country.
fn filter_places(inc: &Incident, ctx: &Context) -> Vec<usize> {
    let places = &ctx.rules.places;
    let mut out = Vec::new();
    for i in [
        Some(inc.place),
        Some(places.region_of(inc.place)),
        places.list[inc.place].country,
    ]
    .into_iter()
    .flatten()
    {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

fn statement_html(page: &mut String, s: &Statement, ctx: &Context) {
    let doc = ctx.document(&s.doc);
    let speaker = s.speaker.as_ref().map(|sp| &*sp.name).unwrap_or("unattributed");
    let _ = writeln!(page, "<article class=\"statement\">");
    let _ = writeln!(page, "<blockquote>{}</blockquote>", escape(s.text.trim()));
    let _ = write!(
        page,
        "<p class=\"attribution\">— <span class=\"speaker\">{}</span>",
        escape(speaker)
    );
    if let Some(cue) = &s.cue {
        let _ = write!(page, " <span class=\"cue\">({})</span>", escape(cue));
    }
    let where_ = format!("{}:{}", file_name(&s.doc), s.line);
    let title = doc
        .and_then(|d| d.meta.title.as_deref())
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .unwrap_or(file_name(&s.doc));
    let outlet = doc
        .and_then(|d| d.meta.outlet.as_deref())
        .map(str::trim)
        .filter(|o| !o.is_empty());
    let label = match outlet {
        Some(o) => format!("{o}: {title}"),
        None => title.to_string(),
    };
    match doc.and_then(article_href) {
        Some(href) => {
            let _ = write!(
                page,
                "<br><a class=\"source\" href=\"{}\">{}</a>",
                escape(&href),
                escape(&label)
            );
        }
        None => {
            let _ = write!(page, "<br><span class=\"source\">{}</span>", escape(&label));
        }
    }
    let _ = writeln!(page, " <span class=\"where\">{}</span></p>", escape(&where_));
    if let Some((before, text, after)) = doc.and_then(|d| context_window(d, s.start as usize, s.end as usize)) {
        let _ = writeln!(
            page,
            "<details><summary>In context</summary><p class=\"context\">{}<mark>{}</mark>{}</p></details>",
            escape(&before),
            escape(text),
            escape(&after)
        );
    }
    let _ = writeln!(page, "</article>");
}

fn incident_html(page: &mut String, n: usize, inc: &Incident, statements: &[Statement], ctx: &Context) {
    let rules = ctx.rules;
    let sides = &rules.sides.list;
    let rows = incident_rows(statements, inc, rules);
    let shown = shown_sides(&rows, sides.len());
    let places: Vec<&str> = filter_places(inc, ctx)
        .into_iter()
        .map(|p| rules.places.list[p].id.as_str())
        .collect();
    let _ = writeln!(
        page,
        "<section class=\"incident\" id=\"{}\" data-incident=\"{}\" data-places=\"{}\">",
        section_id(n),
        escape(&inc.id),
        escape(&places.join(" "))
    );
    let _ = writeln!(page, "<h2>{}</h2>", escape(&incident_heading(rules, inc)));
    let date = inc.date.map(|d| d.to_string()).unwrap_or_else(|| "unknown".into());
    let target = inc
        .target
        .map(|t| rules.targets.list[t].label.clone())
        .unwrap_or_else(|| "not named".into());
    let _ = writeln!(
        page,
        "<dl class=\"facts\"><div><dt>Place</dt><dd>{}</dd></div><div><dt>Date</dt><dd>{}</dd></div><div><dt>Target</dt><dd>{}</dd></div></dl>",
        escape(&incident_place(rules, inc)),
        escape(&date),
        escape(&target)
    );
    for row in &rows {
        let kind = row
            .conflict
            .map(|k| rules.claims.conflicts[k].id.as_str())
            .unwrap_or("");
        let _ = writeln!(page, "<div class=\"conflict\" data-kind=\"{}\">", escape(kind));
        let _ = writeln!(page, "<h3>{}</h3>", escape(row.label(rules)));
        let _ = writeln!(page, "<div class=\"sides\">");
        for &side in &shown {
            if row.cells[side].is_empty() {
                continue;
            }
            let _ = writeln!(
                page,
                "<div class=\"side side-{}\" data-side=\"{}\">",
                side % 6,
                escape(&sides[side].id)
            );
            let _ = writeln!(page, "<h4>{}</h4>", escape(&sides[side].label));
            for &m in &row.cells[side] {
                statement_html(page, &statements[m], ctx);
            }
            let _ = writeln!(page, "</div>");
        }
        let _ = writeln!(page, "</div>\n</div>");
    }
    let _ = writeln!(page, "</section>");
}

/// The filter form: sides that have a column somewhere, the places incidents can be filtered
/// by (sorted by name) and the conflict kinds present (in rule order). Hidden until the script
/// shows it, so a page without script shows no controls that do nothing.
fn filters_html(page: &mut String, incidents: &[&Incident], statements: &[Statement], ctx: &Context) {
    let rules = ctx.rules;
    let mut sides = Vec::new();
    let mut kinds = Vec::new();
    let mut places = Vec::new();
    for inc in incidents {
        let rows = incident_rows(statements, inc, rules);
        sides.extend(shown_sides(&rows, rules.sides.list.len()));
        kinds.extend(inc.conflicts.iter().map(|c| c.rule()));
        places.extend(filter_places(inc, ctx));
    }
    sides.sort_unstable();
    sides.dedup();
    kinds.sort_unstable();
    kinds.dedup();
    places.sort_by(|&a, &b| {
        let (pa, pb) = (&rules.places.list[a], &rules.places.list[b]);
        (&pa.name, &pa.id).cmp(&(&pb.name, &pb.id))
    });
    places.dedup();
    let _ = writeln!(page, "<form id=\"filters\" class=\"filters\" hidden>");
    let _ = writeln!(page, "<fieldset><legend>Sides</legend>");
    for s in sides {
        let side = &rules.sides.list[s];
        let _ = writeln!(
            page,
            "<label><input type=\"checkbox\" name=\"side\" value=\"{}\" checked> {}</label>",
            escape(&side.id),
            escape(&side.label)
        );
    }
    let _ = writeln!(page, "</fieldset>");
    let _ = writeln!(
        page,
        "<label class=\"pick\">Place<br><select name=\"place\">\n<option value=\"\">All places</option>"
    );
    for p in places {
        let place = &rules.places.list[p];
        let _ = writeln!(
            page,
            "<option value=\"{}\">{}</option>",
            escape(&place.id),
            escape(&place.name)
        );
    }
    let _ = writeln!(page, "</select></label>");
    let _ = writeln!(
        page,
        "<label class=\"pick\">Conflict<br><select name=\"kind\">\n<option value=\"\">All conflicts</option>"
    );
    for k in kinds {
        let c = &rules.claims.conflicts[k];
        let _ = writeln!(
            page,
            "<option value=\"{}\">{}</option>",
            escape(&c.id),
            escape(&c.label)
        );
    }
    let _ = writeln!(page, "</select></label>");
    let _ = writeln!(page, "<button type=\"reset\">Show all</button>");
    let _ = writeln!(page, "<output id=\"shown\" aria-live=\"polite\"></output>");
    let _ = writeln!(page, "</form>");
}

fn articles_html(page: &mut String, ctx: &Context) {
    let _ = writeln!(page, "<section class=\"articles\">\n<h2>Articles</h2>\n<ol>");
    for doc in ctx.documents {
        let title = doc
            .meta
            .title
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .unwrap_or(file_name(&doc.path));
        let _ = write!(page, "<li>");
        match article_href(doc) {
            Some(href) => {
                let _ = write!(
                    page,
                    "<a class=\"source\" href=\"{}\">{}</a>",
                    escape(&href),
                    escape(title)
                );
            }
            None => {
                let _ = write!(page, "{}", escape(title));
            }
        }
        let mut meta = Vec::new();
        if let Some(o) = doc.meta.outlet.as_deref().map(str::trim).filter(|o| !o.is_empty()) {
            meta.push(o.to_string());
        }
        if let Some(d) = doc.meta.date {
            meta.push(if doc.meta.date_estimated {
                format!("{d} (estimated)")
            } else {
                d.to_string()
            });
        }
        meta.push(doc.path.clone());
        let _ = writeln!(page, " <span class=\"meta\">{}</span></li>", escape(&meta.join(" · ")));
    }
    let _ = writeln!(page, "</ol>\n</section>");
}

fn head(page: &mut String, title: &str) {
    let _ = writeln!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"
    );
    let _ = writeln!(
        page,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '{STYLE_HASH}'; script-src '{SCRIPT_HASH}'; base-uri 'none'; form-action 'none'\">"
    );
    let _ = writeln!(
        page,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"counterclaim\">"
    );
    let _ = writeln!(page, "<title>{}</title>", escape(title));
    let _ = writeln!(page, "<style>{STYLE}</style>\n</head>\n<body>");
}

fn foot(page: &mut String, with_script: bool) {
    let _ = writeln!(
        page,
        "<footer>Made with counterclaim: who says what about the same incident. Sides, speakers and conflicts come from its rules; read each statement in its article before relying on it.</footer>"
    );
    if with_script {
        let _ = writeln!(page, "<script>{SCRIPT}</script>");
    }
    let _ = writeln!(page, "</body>\n</html>");
}

impl Render for Html {
    fn statements(&self, _out: &mut dyn Write, _statements: &[Statement], _ctx: &Context) -> std::io::Result<()> {
        Err(super::compare_only("html"))
    }

    fn compare(
        &self,
        out: &mut dyn Write,
        statements: &[Statement],
        cmp: &Comparison,
        ctx: &Context,
    ) -> std::io::Result<()> {
        let incidents: Vec<&Incident> = cmp.incidents.iter().filter(|i| !i.conflicts.is_empty()).collect();
        let mut page = String::new();
        head(&mut page, "Conflicting claims — counterclaim");
        let _ = writeln!(page, "<header>\n<h1>Conflicting claims</h1>");
        let _ = writeln!(
            page,
            "<p class=\"summary\">{} incident{} with conflicting claims, from {} article{}. Each row sets statements of one side beside the statements of another side that contradict them.</p>\n</header>",
            incidents.len(),
            if incidents.len() == 1 { "" } else { "s" },
            ctx.documents.len(),
            if ctx.documents.len() == 1 { "" } else { "s" },
        );
        if incidents.is_empty() {
            let _ = writeln!(
                page,
                "<p class=\"empty\">No conflicting claims found ({} statements, {} incidents).</p>",
                statements.len(),
                cmp.incidents.len()
            );
        } else {
            filters_html(&mut page, &incidents, statements, ctx);
            let _ = writeln!(page, "<nav class=\"toc\" aria-label=\"Incidents\">\n<ol>");
            for (i, inc) in incidents.iter().enumerate() {
                let id = section_id(i + 1);
                let _ = writeln!(
                    page,
                    "<li data-for=\"{id}\"><a href=\"#{id}\">{}</a></li>",
                    escape(&incident_heading(ctx.rules, inc))
                );
            }
            let _ = writeln!(page, "</ol>\n</nav>\n<main>");
            for (i, inc) in incidents.iter().enumerate() {
                incident_html(&mut page, i + 1, inc, statements, ctx);
            }
            let _ = writeln!(page, "</main>");
        }
        articles_html(&mut page, ctx);
        foot(&mut page, !incidents.is_empty());
        out.write_all(page.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{DateSource, FrontMatter};

    fn doc(text: &str, url: Option<&str>) -> Document {
        Document {
            path: "samples/a b.txt".into(),
            text: text.into(),
            body_start: 0,
            meta: FrontMatter {
                url: url.map(str::to_string),
                ..FrontMatter::default()
            },
            date: None,
            date_source: DateSource::Unknown,
            warnings: Vec::new(),
        }
    }

    #[test]
    fn every_markup_character_is_escaped() {
        assert_eq!(
            escape(r#"<script>alert("x" & 'y')</script>"#),
            "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;"
        );
    }

    #[test]
    fn only_web_addresses_are_linked_from_front_matter() {
        let d = doc("x", Some("https://example.org/a?b=1&c=2"));
        assert_eq!(article_href(&d).unwrap(), "https://example.org/a?b=1&c=2");
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "data:text/html,x",
            "//evil.example/x",
        ] {
            let d = doc("x", Some(bad));
            assert_eq!(article_href(&d).unwrap(), "samples/a%20b.txt", "{bad}");
        }
    }

    #[test]
    fn a_file_name_cannot_become_a_scheme() {
        let mut d = doc("x", None);
        d.path = "javascript:alert(1).txt".into();
        assert_eq!(article_href(&d).unwrap(), "javascript%3Aalert%281%29.txt");
        d.path = "/tmp/x#y.txt".into();
        assert_eq!(article_href(&d).unwrap(), "file:///tmp/x%23y.txt");
        d.path = "-".into();
        assert_eq!(article_href(&d), None);
    }

    #[test]
    fn context_is_cut_at_whitespace_and_char_boundaries() {
        let before = "Слава ".repeat(80);
        let after = " ще ".repeat(120);
        let text = format!("{before}The statement.{after}");
        let start = before.len();
        let end = start + "The statement.".len();
        let d = doc(&text, None);
        let (b, s, a) = context_window(&d, start, end).unwrap();
        assert_eq!(s, "The statement.");
        assert!(b.starts_with('…') && b.len() <= CONTEXT_BYTES + 4, "{b}");
        assert!(b.trim_start_matches('…').starts_with("Слава"), "{b}");
        assert!(a.ends_with('…') && a.len() <= CONTEXT_BYTES + 4, "{a}");
        // short articles are shown whole
        let d = doc("One. Two. Three.", None);
        assert_eq!(
            context_window(&d, 5, 9).unwrap(),
            ("One. ".into(), "Two.", " Three.".into())
        );
        assert_eq!(context_window(&d, 5, 99), None);
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_escaped_reversibly(text in "\\PC{0,200}") {
            let e = escape(&text);
            proptest::prop_assert!(!e.contains(['<', '>', '"', '\'']));
            let back = e
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
            proptest::prop_assert_eq!(back, text);
        }

        #[test]
        fn context_of_any_span_is_the_text_around_it(
            text in "\\PC{0,900}",
            a in 0usize..1000,
            b in 0usize..1000,
        ) {
            let d = doc(&text, None);
            let floor = |mut i: usize| {
                i = i.min(text.len());
                while !text.is_char_boundary(i) {
                    i -= 1;
                }
                i
            };
            let (s, e) = (floor(a.min(b)), floor(a.max(b)));
            let (before, mid, after) = context_window(&d, s, e).expect("offsets on char boundaries fit");
            proptest::prop_assert_eq!(mid, &text[s..e]);
            let before = before.strip_prefix('…').unwrap_or(&before);
            let after = after.strip_suffix('…').unwrap_or(&after);
            proptest::prop_assert!(text[..s].ends_with(before));
            proptest::prop_assert!(text[e..].starts_with(after));
            proptest::prop_assert!(before.len() <= CONTEXT_BYTES && after.len() <= CONTEXT_BYTES);
        }
    }

    fn csp_hash(s: &str) -> String {
        use base64::Engine as _;
        use sha2::Digest as _;
        format!(
            "sha256-{}",
            base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(s.as_bytes()))
        )
    }

    #[test]
    fn the_content_security_policy_allows_exactly_the_page_style_and_script() {
        assert_eq!(STYLE_HASH, csp_hash(STYLE), "update STYLE_HASH");
        assert_eq!(SCRIPT_HASH, csp_hash(SCRIPT), "update SCRIPT_HASH");
    }
}
