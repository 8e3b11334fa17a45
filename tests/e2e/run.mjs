// End-to-end tests of dist/ in headless Chromium (playwright-core + Debian's
// Chromium), served as static files under a sub-path. Screenshots go to
// target/e2e/. Usage: node tests/e2e/run.mjs [dist-dir]
import { chromium } from "playwright-core";
import { mkdirSync, readFileSync } from "node:fs";
import { serve } from "./serve.mjs";

const DIST = process.argv[2] ?? "dist";
const SHOTS = "target/e2e";
mkdirSync(SHOTS, { recursive: true });
const ARTICLE = readFileSync(new URL("../../../shared/acceptance/seed-article.txt", import.meta.url), "utf8");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const server = await serve(DIST);
const origin = new URL(server.url).origin;
let failures = 0;

/** A fresh context and page that record console errors and foreign requests. */
async function open(url = server.url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
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
}

function expect(cond, message) {
  if (!cond) throw new Error(message);
}

await test("the app loads under a sub-path and analyses a pasted article", async () => {
  const { context, page, problems } = await open();
  await page.getByLabel("Article text").fill(ARTICLE);
  const reference = page.locator(".reference output");
  await reference.filter({ hasText: "2025-02-13" }).waitFor({ timeout: 5000 });
  for (const region of ["Speakers", "Claims", "Dates"]) {
    expect(await page.getByRole("region", { name: region }).count() === 1, `region ${region}`);
  }
  await page.screenshot({ path: `${SHOTS}/pasted.png`, fullPage: true });
  expect(problems.length === 0, problems.join("\n"));
  await context.close();
});

await server.close();
await browser.close();
if (failures) {
  console.log(`${failures} end-to-end test(s) failed`);
  process.exit(1);
}
console.log("end-to-end: all passed");
