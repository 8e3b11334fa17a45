// The web app in headless Chromium (playwright-core + Debian's Chromium), dist/
// served by tests/e2e/serve.mjs under a sub-path:
//   - page load: navigation start → the "Article text" textbox exists (the wasm app is up)
//   - paste → result: the `input` event of "Article text" → the Speakers and
//     the Claims sections both list at least one item (DOM updated), and → the
//     frame after that; and the
//     wall clock from the paste command to that frame (includes Chromium
//     inserting the text), for the acceptance article and a ~1 MB article
//     joined from corpus texts. The acceptance article's first paste is timed
//     on pages just loaded (pasted as soon as the textbox exists, while the
//     app may still be compiling and rehearsing its first result) and on pages
//     open for a second ("page ready": a person takes longer than that).
// Two ways to paste: Playwright's `fill` (Chromium's insertText, which grows
// quadratically: 200 KB takes ~20 s even on an empty page, so only the
// acceptance article uses it) and a real clipboard paste (Ctrl+V of text put
// on the clipboard by a copy event), one `input` event either way.
// Robust to UI changes: it finds the textbox by its label and waits for any item
// in `section[aria-label=Speakers]` and `section[aria-label=Claims]`; nothing
// else of the page is assumed.
// Usage: node bench/browser.mjs [dist] [--quick] [--out FILE.json]
import { chromium } from "playwright-core";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serve } from "../tests/e2e/serve.mjs";
import { SHARED, joined, utf8 } from "./corpus.mjs";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const out = args.includes("--out") ? args[args.indexOf("--out") + 1] : null;
const DIST = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--out") ?? "dist";
const ARTICLE = readFileSync(join(SHARED, "acceptance/seed-article.txt"), "utf8");
const BIG = joined(1_000_000);

const median = (v) => { const s = [...v].sort((a, b) => a - b); const n = s.length; return n ? (n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2) : NaN; };

// Runs in the page before any of its scripts: records when the app's textbox
// appears, when an `input` event starts, when Speakers first lists an item
// after it, and the frame after that.
function probe() {
  const b = (window.__bench = { ready: null, input: null, rendered: null, frame: null, warming: false, warm: null });
  const listed = (panel) => [...document.querySelectorAll(`section[aria-label="${panel}"] li`)].filter((li) => !li.closest(".warm-up")).length;
  // The result is on the page when both Speakers and Claims list something.
  const speakers = () => Math.min(listed("Speakers"), listed("Claims"));
  const hasTextbox = () =>
    [...document.querySelectorAll("label")].some((l) => l.textContent.trim() === "Article text") ||
    document.querySelector('[aria-label="Article text"]') !== null;
  const check = () => {
    if (b.ready === null && hasTextbox()) b.ready = performance.now();
    // The app's rehearsal of a first result (a hidden ".warm-up" drawn just
    // after start): the page is warm once it has come and gone.
    if (b.warming && b.warm === null && document.querySelector(".warm-up") === null) b.warm = performance.now();
    if (b.input !== null && b.rendered === null && speakers() > 0) {
      b.rendered = performance.now();
      requestAnimationFrame(() => setTimeout(() => { b.frame = performance.now(); }, 0));
    }
  };
  addEventListener("input", (e) => { if (b.input === null) b.input = e.timeStamp; check(); }, true);
  new MutationObserver((records) => {
    // (It may come and go within one task, between two calls of `check`.)
    for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && n.classList.contains("warm-up")) b.warming = true;
    check();
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const server = await serve(DIST);
const version = browser.version();

/** A freshly loaded page; `settle`: also wait until it has been open a
 * second (a person takes longer than that to paste), its rehearsal of a
 * first result done. */
async function fresh(settle = false) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(probe);
  const t0 = Date.now();
  await page.goto(server.url);
  const box = page.getByLabel("Article text");
  await box.waitFor();
  const wall = Date.now() - t0;
  if (settle) {
    await page.waitForFunction(() => performance.now() - window.__bench.ready > 1000 && (window.__bench.warm !== null || !window.__bench.warming), null, { timeout: 30_000, polling: 10 });
  }
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType("navigation")[0];
    const resources = performance.getEntriesByType("resource").map((r) => ({ name: r.name.split("/").pop(), bytes: r.encodedBodySize, ms: r.duration }));
    return { ready: window.__bench.ready, warm: window.__bench.warm, dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, html: n.encodedBodySize, resources };
  });
  return { context, page, box, load: { ...nav, wall } };
}

/** Pastes `text` into the textbox (`how`: "fill" or "ctrl+v") and returns the timings of the result. */
async function paste(page, box, text, how) {
  await page.evaluate(() => Object.assign(window.__bench, { input: null, rendered: null, frame: null }));
  if (how === "ctrl+v") {
    await page.evaluate((t) => {
      document.addEventListener("copy", (e) => { e.clipboardData.setData("text/plain", t); e.preventDefault(); }, { once: true });
      document.execCommand("copy");
    }, text);
    await box.focus();
    await page.keyboard.press("Control+A");
  }
  const t0 = Date.now();
  try {
    if (how === "fill") await box.fill(text, { timeout: 120_000 });
    else await page.keyboard.press("Control+V");
    await page.waitForFunction(() => window.__bench.frame !== null, null, { timeout: 300_000, polling: 10 });
  } catch (e) {
    throw new Error(`${how} of ${text.length} characters: ${String(e.message).split("\n")[0]}`); // not the article
  }
  const wall = Date.now() - t0;
  const b = await page.evaluate(() => window.__bench);
  return { dom_ms: b.rendered - b.input, frame_ms: b.frame - b.input, wall_ms: wall };
}

/** Empties the textbox and waits until Speakers lists nothing. */
async function clear(page, box) {
  await box.fill("");
  await page.waitForFunction(() => [...document.querySelectorAll('section[aria-label="Speakers"] li')].filter((li) => !li.closest(".warm-up")).length === 0, null, { timeout: 60_000 });
}

const loads = [];
const results = {};
const warmed = [];
// The first paste is timed two ways: as soon as the textbox exists (the page
// may still be compiling and rehearsing), and on a page open for a second,
// as a reader's paste would find it.
for (const [name, text, how, firstRuns, repeatRuns, settle] of [
  ["acceptance article, fill", ARTICLE, "fill", quick ? 2 : 5, quick ? 3 : 10, false],
  ["acceptance article, Ctrl+V", ARTICLE, "ctrl+v", quick ? 2 : 5, quick ? 3 : 10, false],
  ["acceptance article, Ctrl+V, page ready", ARTICLE, "ctrl+v", quick ? 2 : 9, 0, true],
  ["~1 MB article, Ctrl+V", BIG, "ctrl+v", quick ? 1 : 3, quick ? 1 : 3, false],
]) {
  const first = [];
  const repeat = [];
  for (let i = 0; i < firstRuns; i++) {
    const { context, page, box, load } = await fresh(settle);
    if (settle) warmed.push(load.warm === null ? null : load.warm - load.ready);
    else loads.push(load);
    first.push(await paste(page, box, text, how));
    for (let j = 0; i === 0 && j < repeatRuns; j++) {
      await clear(page, box);
      repeat.push(await paste(page, box, text, how));
    }
    await context.close();
  }
  const summary = (runs) => ({ runs: runs.length, dom_ms: median(runs.map((r) => r.dom_ms)), frame_ms: median(runs.map((r) => r.frame_ms)), wall_ms: median(runs.map((r) => r.wall_ms)), all: runs });
  results[name] = { bytes: utf8(text), how, first: summary(first), repeat: summary(repeat) };
  const again = results[name].repeat.runs ? `, again ${results[name].repeat.frame_ms.toFixed(1)} ms` : "";
  console.error(`browser bench: ${name}: first paste ${results[name].first.frame_ms.toFixed(1)} ms${again} (input event → next frame)`);
}
await server.close();
await browser.close();

const warmMs = warmed.every((w) => w !== null) && warmed.length ? median(warmed) : null;
const load = { runs: loads.length, warm_after_ready_ms: warmMs, ready_ms: median(loads.map((l) => l.ready)), dcl_ms: median(loads.map((l) => l.dcl)), load_ms: median(loads.map((l) => l.load)), wall_ms: median(loads.map((l) => l.wall)), resources: loads[0].resources, html_bytes: loads[0].html };

console.log(`\nheadless ${version}, dist/ from ${DIST} on 127.0.0.1 (no network latency, no compression)`);
console.log(`page load (median of ${load.runs}): textbox ready ${load.ready_ms.toFixed(0)} ms, DOMContentLoaded ${load.dcl_ms.toFixed(0)} ms, load ${load.load_ms.toFixed(0)} ms; warm ${warmMs === null ? "–" : warmMs.toFixed(0)} ms after the textbox`);
console.log("paste → result, ms (input event → Speakers and Claims listed / → next frame; wall: paste command → next frame)");
console.log(`${"".padEnd(40)} ${"bytes".padStart(8)} ${"first: DOM".padStart(11)} ${"frame".padStart(7)} ${"wall".padStart(7)} ${"again: DOM".padStart(11)} ${"frame".padStart(7)} ${"wall".padStart(7)}`);
for (const [name, r] of Object.entries(results)) {
  const c = (x) => (Number.isNaN(x) ? "–" : x.toFixed(1)).padStart(7);
  console.log(`${name.padEnd(40)} ${String(r.bytes).padStart(8)} ${r.first.dom_ms.toFixed(1).padStart(11)} ${c(r.first.frame_ms)} ${c(r.first.wall_ms)} ${c(r.repeat.dom_ms).padStart(11)} ${c(r.repeat.frame_ms)} ${c(r.repeat.wall_ms)}`);
}
if (out) {
  writeFileSync(out, JSON.stringify({ chromium: version, dist: DIST, quick, load, paste: results }, null, 2));
  console.error(`browser bench: wrote ${out}`);
}
