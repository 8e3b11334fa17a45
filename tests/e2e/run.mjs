// End-to-end tests of dist/ in headless Chromium (playwright-core + Debian's
// Chromium), served as static files under a sub-path. Screenshots go to
// target/e2e/. Usage: node tests/e2e/run.mjs [dist-dir]
//
// The acceptance article is read from ../shared at test time and never
// copied into this repository.
import { chromium } from "playwright-core";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { deflateRawSync } from "node:zlib";
import { serve } from "./serve.mjs";

const DIST = process.argv[2] ?? "dist";
const SHOTS = "target/e2e";
mkdirSync(SHOTS, { recursive: true });
const SHARED = process.env.WHOSAID_SHARED ?? new URL("../../../shared/", import.meta.url).pathname;
const ARTICLE = readFileSync(`${SHARED}/acceptance/seed-article.txt`, "utf8");
const HOSTILE_HTML = "<img src=x onerror=alert(1)><script>alert(2)</script>";

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const server = await serve(DIST);
const origin = new URL(server.url).origin;
let failures = 0;
const report = [];
const contexts = new Set(); // closed after each test, even a failed one

/** A fresh context (a fresh browser profile) and page that record console
 * errors, dialogs and requests that leave the origin. */
async function open(url = server.url, options = {}) {
  const context = options.context ?? (await browser.newContext(options.contextOptions ?? {}));
  contexts.add(context);
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("dialog", (d) => { problems.push(`dialog opened: ${d.message()}`); d.dismiss().catch(() => {}); });
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (u.origin !== origin && u.protocol !== "data:" && u.protocol !== "blob:") problems.push(`request left the origin: ${r.url()}`);
  });
  await page.goto(url);
  await page.getByLabel("Article text").waitFor();
  return { context, page, problems };
}

async function test(name, body) {
  const t0 = Date.now();
  try {
    await body();
    console.log(`ok   ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failures += 1;
    console.log(`FAIL ${name}\n     ${String(e.stack ?? e).split("\n").slice(0, 4).join("\n     ")}`);
  }
  for (const c of contexts) await c.close().catch(() => {});
  contexts.clear();
}

function expect(cond, message) {
  if (!cond) throw new Error(message);
}

function clean(problems) {
  expect(problems.length === 0, problems.join("\n"));
}

/** Pastes `text` into the article box as a person would (clipboard + Ctrl+V)
 * and returns the milliseconds, measured in the page, from the key press to
 * the highlighted article showing the text and (if `until` matches within
 * `wait` ms) to `until` appearing. */
async function paste(page, text, { until = null, wait = 3000 } = {}) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  const area = page.getByLabel("Article text");
  await area.focus();
  await page.keyboard.press("ControlOrMeta+A");
  // Start watching (and wait until the page watches) before the key press.
  await page.evaluate(({ until, wait }) => {
    window.__pasteTiming = new Promise((resolve) => {
      const t0 = { at: null };
      const out = { article: null, painted: null, until: null };
      const view = document.querySelector(".article-view");
      const area = document.querySelector("#article");
      area.addEventListener("keydown", () => { t0.at = performance.now(); }, { once: true, capture: true });
      const done = () => out.painted !== null && (!until || out.until !== null);
      const check = () => {
        if (t0.at === null) return;
        if (out.article === null && area.value.length > 0 && view.textContent === area.value) {
          out.article = performance.now() - t0.at;
          // "On screen": a task posted from the next animation frame runs after
          // that frame (with the result's style, layout and paint) is produced.
          requestAnimationFrame(() => setTimeout(() => {
            out.painted = performance.now() - t0.at;
            if (done()) { observer.disconnect(); resolve(out); }
          }));
        }
        if (until && out.until === null && document.querySelector(until)) out.until = performance.now() - t0.at;
        if (done()) { observer.disconnect(); resolve(out); }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      setTimeout(() => { observer.disconnect(); resolve(out); }, wait);
    });
  }, { until, wait });
  await page.keyboard.press("ControlOrMeta+V");
  return page.evaluate(() => window.__pasteTiming);
}

const speakerNames = (page) => page.getByRole("region", { name: "Speakers" }).locator(".name").allInnerTexts();

let sharedLink = null;

await test("the app loads under a sub-path and analyses a pasted article", async () => {
  const { context, page, problems } = await open(server.url, { contextOptions: { permissions: ["clipboard-read", "clipboard-write"] } });
  await page.waitForTimeout(1000); // a person takes longer than this to paste
  const t = await paste(page, ARTICLE, { until: ".speakers li" });
  expect(t.article !== null, "the highlighted article never showed the pasted text");
  expect(await page.getByLabel("Article text").inputValue() === ARTICLE, "the textbox holds the article");
  expect(await page.getByLabel("Publication date").inputValue() === "2025-02-13", "Publication date reads 2025-02-13");
  for (const region of ["Speakers", "Claims", "Dates"]) {
    expect(await page.getByRole("region", { name: region }).count() === 1, `region ${region}`);
  }
  report.push(`paste-to-render (acceptance article, ${ARTICLE.length} chars, first paste after load): highlighted article in the DOM ${t.article.toFixed(1)} ms, on screen ${t.painted?.toFixed(1)} ms` +
    `, first speaker ${t.until === null ? "n/a (no speaker appeared within 3 s)" : t.until.toFixed(1) + " ms"}` +
    `; the page says ${await page.locator(".reading .timing").innerText()}`);
  // Again, warm (the engine's tables are built on first use), with a small change.
  const warm = await paste(page, ARTICLE.replace("Thursday", "Friday"), { until: ".speakers li" });
  report.push(`paste-to-render, warm (same article edited): highlighted article in the DOM ${warm.article?.toFixed(1)} ms, on screen ${warm.painted?.toFixed(1)} ms` +
    `, first speaker ${warm.until === null ? "n/a" : warm.until.toFixed(1) + " ms"}`);
  const long = Array(20).fill(ARTICLE).join("\n\n");
  const t2 = await paste(page, long);
  report.push(`paste-to-render (20 × the article, ${long.length} chars): highlighted article in the DOM ${t2.article?.toFixed(1)} ms, on screen ${t2.painted?.toFixed(1)} ms` +
    `; the page says ${await page.locator(".reading .timing").innerText()}`);
  await page.getByLabel("Article text").fill(ARTICLE);
  await page.screenshot({ path: `${SHOTS}/acceptance-desktop.png`, fullPage: true });
  clean(problems);
  await context.close();
});

await test("the acceptance article's speakers are listed (needs the engine's attribution)", async () => {
  const { context, page, problems } = await open();
  await page.getByLabel("Article text").fill(ARTICLE);
  await page.getByRole("region", { name: "Speakers" }).locator("li").first().waitFor({ timeout: 3000 }).catch(() => {});
  const names = await speakerNames(page);
  for (const name of ["Donald Trump", "Sergei Lavrov", "Dmitry Peskov", "RIA Novosti"]) {
    expect(names.includes(name), `${name} is not under Speakers (found: ${JSON.stringify(names)})`);
  }
  clean(problems);
  await context.close();
});

await test("share, then open the link in a fresh browser and see the same article and date", async () => {
  const { context, page, problems } = await open(server.url, { contextOptions: { permissions: ["clipboard-read", "clipboard-write"] } });
  await page.getByLabel("Article text").fill(ARTICLE);
  await page.getByLabel("Publication date").fill("2025-02-14");
  expect(await page.getByRole("region", { name: "Dates" }).innerText().then((t) => t.includes("Resolved against 2025-02-14")), "the date re-resolves");
  await page.getByRole("button", { name: "Share" }).click();
  const box = page.getByRole("textbox", { name: "Share link" });
  await box.waitFor();
  sharedLink = await box.inputValue();
  expect(sharedLink.startsWith(server.url + "#v1."), `link ${sharedLink}`);
  expect(page.url() === sharedLink, "the address bar carries the link");
  await page.getByText("Link copied").waitFor({ timeout: 2000 });
  expect(await page.evaluate(() => navigator.clipboard.readText()) === sharedLink, "the link is on the clipboard");
  clean(problems);
  await context.close();

  const fresh = await open(sharedLink);
  expect(await fresh.page.getByLabel("Article text").inputValue() === ARTICLE, "same article");
  expect(await fresh.page.getByLabel("Publication date").inputValue() === "2025-02-14", "same date");
  expect(await fresh.page.locator(".article-view").innerText() !== "", "analysed");
  clean(fresh.problems);
  await fresh.context.close();
});

await test("when the clipboard refuses, the link is selected for Ctrl+C", async () => {
  const { context, page, problems } = await open();
  await page.evaluate(() => { Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) } }); });
  await page.getByLabel("Article text").fill("A short article to share, long enough to be a paste.");
  await page.getByRole("button", { name: "Share" }).click();
  await page.getByText("press Ctrl+C").waitFor({ timeout: 2000 });
  const selected = await page.evaluate(() => {
    const el = document.activeElement;
    return el.id === "share-link" && el.selectionStart === 0 && el.selectionEnd === el.value.length;
  });
  expect(selected, "the share link is focused and selected");
  clean(problems);
  await context.close();
});

await test("a broken, truncated or hostile link says why, and keeps the draft", async () => {
  const context = await browser.newContext();
  const first = await open(server.url, { context });
  await first.page.getByLabel("Article text").fill("My unsaved draft about the council meeting.");
  await first.page.close();
  // 20 MB of spaces, deflated: a small link that would inflate far past the cap.
  const bomb = "v1." + deflateRawSync(Buffer.from(JSON.stringify({ text: " ".repeat(20 << 20) })), { level: 9 }).toString("base64url");
  const cases = [
    ["#v1.%%%", "This link is damaged: it contains characters a share link never has."],
    [sharedLink ? "#" + sharedLink.split("#")[1].slice(0, 60) : "#v1.AAAA", "This link is damaged or was cut short when it was copied."],
    ["#v9.whatever", "This link is not a whosaid share link"],
    ["#" + bomb, "This link would unpack to more than 8 MB of text, so it was not opened."],
  ];
  for (const [hash, message] of cases) {
    const { page, problems } = await open(server.url + hash, { context });
    const alert = page.getByRole("alert");
    await alert.getByText(message).waitFor({ timeout: 3000 });
    expect(await alert.isVisible(), "the alert is visible");
    expect(await page.getByLabel("Article text").inputValue() === "My unsaved draft about the council meeting.", `draft shown (${hash.slice(0, 20)})`);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("whosaid.draft")).text);
    expect(stored === "My unsaved draft about the council meeting.", "draft kept in storage");
    // The page stays usable.
    await page.getByRole("button", { name: "Dismiss" }).click();
    expect(await page.locator("[role=alert]").innerText() === "", "dismissed");
    await page.getByRole("button", { name: "Try an example" }).click();
    expect((await page.getByLabel("Article text").inputValue()).startsWith("Port Alder"), "the example opens");
    clean(problems);
    await page.close();
  }
  await page_screenshot_bad_link(context);
  await context.close();
});

async function page_screenshot_bad_link(context) {
  const { page } = await open(server.url + "#v1.AAAA", { context });
  await page.getByRole("alert").getByText("damaged").waitFor();
  await page.screenshot({ path: `${SHOTS}/bad-link.png` });
  await page.close();
}

await test("a reload keeps the draft (text and date)", async () => {
  const { context, page, problems } = await open();
  await page.getByLabel("Article text").fill("Draft that must survive a reload.");
  await page.getByLabel("Publication date").fill("2024-12-31");
  await page.reload();
  await page.getByLabel("Article text").waitFor();
  expect(await page.getByLabel("Article text").inputValue() === "Draft that must survive a reload.", "text kept");
  expect(await page.getByLabel("Publication date").inputValue() === "2024-12-31", "date kept");
  // Opening the example is not an edit: the draft survives it too, and one click brings it back.
  await page.getByRole("button", { name: "Try an example" }).click();
  await page.reload();
  expect(await page.getByLabel("Article text").inputValue() === "Draft that must survive a reload.", "text kept after the example");
  await page.getByRole("button", { name: "Try an example" }).click();
  await page.getByText("Your own text is put aside").waitFor();
  await page.getByRole("button", { name: "Back to my text" }).click();
  expect(await page.getByLabel("Article text").inputValue() === "Draft that must survive a reload.", "brought back");
  clean(problems);
  await context.close();
});

await test("without storage the page still works and says the draft is not saved", async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };
  });
  const { page, problems } = await open(server.url, { context });
  await page.getByText("Your draft is not being saved in this browser").waitFor({ timeout: 3000 });
  await page.getByRole("button", { name: "Try an example" }).click();
  await page.getByLabel("Article text").fill("Typed while storage is full, and still analysed.");
  await page.locator(".article-view").getByText("Typed while storage is full, and still analysed.").waitFor({ timeout: 2000 });
  clean(problems);
  await context.close();
});

await test("pasted HTML stays inert text", async () => {
  const { context, page, problems } = await open(server.url, { contextOptions: { permissions: ["clipboard-read", "clipboard-write"] } });
  const imgs = await page.evaluate(() => document.querySelectorAll("img").length);
  const text = `${HOSTILE_HTML}\n\n“Hello,” she said.`;
  await paste(page, text);
  await page.waitForTimeout(300);
  expect(await page.locator(".article-view").innerText() === text, "shown as text");
  expect(await page.evaluate(() => document.querySelectorAll("img").length) === imgs, "no img element created");
  expect(await page.locator(".article-view script").count() === 0, "no script element created");
  clean(problems); // a dialog would be listed here
  await context.close();
});

await test("downloads: JSON (whosaid/1), CSV and Markdown", async () => {
  const { context, page, problems } = await open(server.url, { contextOptions: { acceptsDownloads: true } });
  await page.getByRole("button", { name: "Try an example" }).click();
  const got = {};
  for (const [label, name] of [["Download JSON", "whosaid-2025-03-06.json"], ["Download CSV", "whosaid-2025-03-06.csv"], ["Download Markdown", "whosaid-2025-03-06.md"]]) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: label }).click()]);
    expect(download.suggestedFilename() === name, `${label}: ${download.suggestedFilename()}`);
    got[name] = readFileSync(await download.path(), "utf8");
  }
  const json = JSON.parse(got["whosaid-2025-03-06.json"]);
  expect(json.schema === "whosaid/1" && json.reference_date.value === "2025-03-06", "JSON is whosaid/1");
  expect(got["whosaid-2025-03-06.csv"].startsWith("\ufeffspeaker,kind,cue,content,date text,date value\r\n"), "CSV header");
  expect(got["whosaid-2025-03-06.md"].includes("Publication date: 2025-03-06 (from the dateline)"), "Markdown");
  clean(problems);
  await context.close();
});

await test("keyboard: every control is reachable and focus is visible", async () => {
  const { context, page, problems } = await open();
  await page.getByRole("button", { name: "Try an example" }).click();
  await page.getByLabel("Article text").press("End"); // an edit: now it is the draft
  await page.getByLabel("Article text").press("Space");
  await page.reload(); // start tabbing from the top of the page
  await page.getByLabel("Article text").waitFor();
  const reached = new Set();
  let dates = 0;
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (el === document.body) return { name: "", outline: "", date: false };
      const style = getComputedStyle(el);
      const name = el.getAttribute("aria-label") || el.id || el.textContent.trim().slice(0, 30);
      return { name, outline: style.outlineStyle, date: el.matches(".article-view time") };
    });
    if (info.name !== "" && info.outline === "none") throw new Error(`no visible focus on ${info.name}`);
    reached.add(info.name);
    if (info.date) dates += 1;
  }
  for (const name of ["article", "publication-date", "Try an example", "Share", "Download JSON"]) {
    expect(reached.has(name), `${name} reachable by Tab (reached ${[...reached].join(", ")})`);
  }
  const shown = await page.locator(".article-view time").count();
  expect(dates >= Math.min(shown, 1), "the dates in the text are reachable by Tab");
  clean(problems);
  await context.close();
});

await test("screenshots: example on desktop, phone width (360 px) and dark mode", async () => {
  for (const [file, options] of [
    ["example-desktop.png", { viewport: { width: 1280, height: 900 } }],
    ["example-phone.png", { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }],
    ["example-dark.png", { viewport: { width: 1280, height: 900 }, colorScheme: "dark" }],
  ]) {
    const { context, page, problems } = await open(server.url, { contextOptions: options });
    await page.getByRole("button", { name: "Try an example" }).click();
    await page.getByLabel("Publication date").waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow <= 0, `${file}: the page scrolls sideways by ${overflow} px`);
    await page.screenshot({ path: `${SHOTS}/${file}`, fullPage: true });
    clean(problems);
    await context.close();
  }
  const { context, page } = await open();
  await page.getByRole("button", { name: "Try an example" }).click();
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: `${SHOTS}/example-print.png`, fullPage: true });
  await context.close();
});

await server.close();
await browser.close();
for (const line of report) console.log(`     ${line}`);
writeFileSync(`${SHOTS}/timings.txt`, report.join("\n") + "\n");
if (failures) {
  console.log(`${failures} end-to-end test(s) failed`);
  process.exit(1);
}
console.log("end-to-end: all passed");
