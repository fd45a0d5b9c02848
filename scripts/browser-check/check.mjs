// Loads counterclaim's HTML report in headless Chromium and checks what a reader does with it:
// the filters change what is shown, "In context" opens, the page fits a phone, prints, loads
// nothing from anywhere, runs no script from an article, and logs nothing to the console.
//
//   node check.mjs REPORT.html HOSTILE.html [SCREENSHOT.png]
//
// Chromium: $CHROMIUM or /usr/bin/chromium (Debian's `chromium` package). Exit 1 on any failure.

import { chromium } from "playwright-core";
import { pathToFileURL } from "node:url";

const [report, hostile, screenshot] = process.argv.slice(2);
if (!report || !hostile) {
  console.error("usage: node check.mjs REPORT.html HOSTILE.html [SCREENSHOT.png]");
  process.exit(2);
}

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures++;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});

/** A page that records everything it logs, every dialog and every request it makes. */
async function open(file, viewport) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const log = { console: [], errors: [], dialogs: [], requests: [] };
  page.on("console", (m) => log.console.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => log.errors.push(String(e)));
  page.on("dialog", (d) => {
    log.dialogs.push(d.message());
    d.dismiss();
  });
  page.on("request", (r) => log.requests.push(r.url()));
  const url = pathToFileURL(file).href;
  await page.goto(url, { waitUntil: "load" });
  return { page, log, url, context };
}

/** What the page shows now: visible incidents, rows, side columns. */
async function visible(page) {
  return page.evaluate(() => {
    const shown = (el) => el.offsetParent !== null;
    const incidents = [...document.querySelectorAll(".incident")].filter(shown);
    const rows = [...document.querySelectorAll(".conflict")].filter(shown);
    const sides = [...document.querySelectorAll(".side")].filter(shown);
    return {
      incidents: incidents.map((i) => i.id),
      places: incidents.map((i) => i.dataset.places.split(" ")),
      kinds: rows.map((r) => r.dataset.kind),
      sides: sides.map((s) => s.dataset.side),
      toc: [...document.querySelectorAll("nav.toc li")].filter(shown).length,
      summary: document.getElementById("shown").textContent,
    };
  });
}

// ------------------------------------------------------------------ desktop: filters
{
  const { page, log, url, context } = await open(report, { width: 1280, height: 1000 });
  const all = await visible(page);
  const total = all.incidents.length;
  check(total > 0, `report shows ${total} incidents`);
  check(await page.isVisible("#filters"), "the script shows the filter form");
  check(all.summary === `${total} of ${total} incidents shown`, `summary reads "${all.summary}"`);

  // side: untick one side; its columns go, rows left with one side stay only if they still show one
  const sideIds = await page.$$eval("#filters input[name=side]", (els) => els.map((e) => e.value));
  check(sideIds.length >= 2, `side filter offers ${sideIds.join(", ")}`);
  const dropped = sideIds[1];
  await page.uncheck(`#filters input[name=side][value=${dropped}]`);
  let now = await visible(page);
  check(now.sides.length > 0 && !now.sides.includes(dropped), `unticking ${dropped} hides its columns (${all.sides.length} -> ${now.sides.length})`);
  for (const id of sideIds) await page.uncheck(`#filters input[name=side][value=${id}]`);
  now = await visible(page);
  check(now.incidents.length === 0 && now.summary === `0 of ${total} incidents shown`, "no side ticked: nothing shown");
  await page.click("#filters button[type=reset]");
  await page.waitForFunction((t) => document.getElementById("shown").textContent === `${t} of ${t} incidents shown`, total);
  check((await visible(page)).sides.length === all.sides.length, "Show all brings every column back");

  // place: pick a region; only incidents in it stay
  const places = await page.$$eval("#filters select[name=place] option", (els) => els.map((e) => e.value).filter(Boolean));
  const place = places.find((p) => {
    const n = all.places.filter((ps) => ps.includes(p)).length;
    return n > 0 && n < total;
  });
  await page.selectOption("#filters select[name=place]", place);
  now = await visible(page);
  check(
    now.incidents.length > 0 && now.incidents.length < total && now.places.every((ps) => ps.includes(place)),
    `place ${place}: ${now.incidents.length} of ${total} incidents, all in it; table of contents follows (${now.toc})`,
  );
  check(now.toc === now.incidents.length, "table of contents lists only the shown incidents");
  await page.selectOption("#filters select[name=place]", "");

  // conflict kind: only rows of that kind stay
  const kinds = await page.$$eval("#filters select[name=kind] option", (els) => els.map((e) => e.value).filter(Boolean));
  const kind = kinds[0];
  await page.selectOption("#filters select[name=kind]", kind);
  now = await visible(page);
  check(
    now.kinds.length > 0 && now.kinds.length < all.kinds.length && now.kinds.every((k) => k === kind),
    `conflict ${kind}: ${now.kinds.length} of ${all.kinds.length} rows, all of that kind, in ${now.incidents.length} incidents`,
  );
  await page.selectOption("#filters select[name=kind]", "");
  check((await visible(page)).kinds.length === all.kinds.length, "All conflicts brings every row back");

  // in context: closed until asked, then the sentence is highlighted in its paragraph
  const mark = page.locator("article.statement details mark").first();
  check(!(await mark.isVisible()), "context is folded away at first");
  await page.locator("article.statement details summary").first().click();
  check(await mark.isVisible(), "clicking In context shows the highlighted sentence");
  const blockquote = await page.locator("article.statement blockquote").first().textContent();
  check((await mark.textContent()).trim() === blockquote.trim(), "the highlight is the statement itself");

  // nothing fetched but the page, nothing logged
  check(log.requests.length === 1 && log.requests[0] === url, `requests: ${JSON.stringify(log.requests)}`);
  check(log.console.length === 0, `console: ${JSON.stringify(log.console)}`);
  check(log.errors.length === 0, `page errors: ${JSON.stringify(log.errors)}`);

  // print: filters and folded context left out, side columns side by side, a PDF comes out
  await page.emulateMedia({ media: "print" });
  check(!(await page.isVisible("#filters")) && !(await page.isVisible("nav.toc")), "print leaves out filters and contents");
  const pdf = await page.pdf({ format: "A4" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
  check(pdf.length > 10000 && pages > 1, `prints to a ${pages}-page A4 PDF`);
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => window.scrollTo(0, 0));

  if (screenshot) {
    await page.screenshot({ path: screenshot });
    console.log(`     screenshot: ${screenshot}`);
  }
  await context.close();
}

// ------------------------------------------------------------------ phone
{
  const { page, log, context } = await open(report, { width: 390, height: 844 });
  const fit = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  check(fit.scroll <= fit.width, `phone: no sideways scrolling (${fit.scroll} <= ${fit.width})`);
  const stacked = await page.evaluate(() => {
    const row = [...document.querySelectorAll(".conflict")].find((r) => r.querySelectorAll(".side").length > 1);
    const [a, b] = row.querySelectorAll(".side");
    return b.getBoundingClientRect().top > a.getBoundingClientRect().bottom - 1;
  });
  check(stacked, "phone: side columns stack");
  check(log.console.length === 0 && log.errors.length === 0, `phone console: ${JSON.stringify(log.console.concat(log.errors))}`);
  await context.close();
}

// ------------------------------------------------------------------ hostile article
{
  const { page, log, context } = await open(hostile, { width: 1280, height: 1000 });
  await page.locator("details").evaluateAll((ds) => ds.forEach((d) => (d.open = true)));
  const text = await page.evaluate(() => document.body.innerText);
  check(log.dialogs.length === 0, `hostile article: no script of it ran (dialogs: ${JSON.stringify(log.dialogs)})`);
  check(text.includes("<script>alert('body')</script>"), "hostile article: its <script> shows as text");
  check(log.console.length === 0 && log.errors.length === 0, `hostile console: ${JSON.stringify(log.console.concat(log.errors))}`);
  check((await page.$$("script")).length === 1, "hostile article: one script element, the page's own");
  await context.close();
}

await browser.close();
console.log(failures === 0 ? "browser check passed" : `browser check: ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
