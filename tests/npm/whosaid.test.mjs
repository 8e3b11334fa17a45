// Tests of the built npm package (scripts/build-npm → target/npm/whosaid/),
// run with `node --test tests/npm/`. The acceptance article is read from
// ../shared at test time (WHOSAID_SHARED overrides), never copied here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PKG = process.env.WHOSAID_NPM_DIR ?? join(ROOT, "target/npm/whosaid");
const SHARED = process.env.WHOSAID_SHARED ?? join(ROOT, "../shared");
const require = createRequire(import.meta.url);
const { analyze } = require(PKG); // resolves package.json exports, as `require("whosaid")` would

/** Every span of a whosaid/1 document, with where it was found. */
function spans(doc) {
  const out = [];
  for (const s of doc.speakers) s.mentions.forEach((m, i) => out.push([`speaker ${s.id} mention ${i}`, m]));
  for (const c of doc.claims) {
    out.push([`claim ${c.id} content`, c.content]);
    if (c.cue) out.push([`claim ${c.id} cue`, c.cue]);
    if (c.speaker_mention) out.push([`claim ${c.id} speaker_mention`, c.speaker_mention]);
  }
  for (const d of doc.dates) out.push([`date ${d.id}`, d]);
  for (const m of doc.mentions) m.spans.forEach((s, i) => out.push([`mention ${m.name} ${i}`, s]));
  return out;
}

/** Offsets are code points (SPEC §1): JS strings are UTF-16, so slice an array of code points. */
function assertSpansAreCodePointSlices(input, doc) {
  const points = Array.from(input);
  for (const [where, s] of spans(doc)) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${where}: integer offsets`);
    assert.ok(0 <= s.start && s.start <= s.end && s.end <= points.length, `${where}: ${s.start}..${s.end} in 0..${points.length}`);
    assert.equal(s.text, points.slice(s.start, s.end).join(""), `${where}: text is the input at its offsets`);
  }
}

test("the acceptance article gives a whosaid/1 analysis with code-point offsets", () => {
  const article = readFileSync(join(SHARED, "acceptance/seed-article.txt"), "utf8");
  const doc = analyze(article);
  assert.equal(doc.schema, "whosaid/1");
  assert.deepEqual(doc.reference_date, { value: "2025-02-13", source: "dateline" });
  assert.ok(doc.speakers.length > 0 && doc.claims.length > 0 && doc.dates.length > 0, "finds speakers, claims and dates");
  assert.ok(doc.speakers.some((s) => s.name === "Donald Trump"), "Donald Trump speaks");
  assertSpansAreCodePointSlices(article, doc);
  // Ids refer to each other.
  const speakerIds = new Set(doc.speakers.map((s) => s.id));
  const dateIds = new Set(doc.dates.map((d) => d.id));
  for (const c of doc.claims) {
    assert.ok(speakerIds.has(c.speaker), `claim ${c.id} has a known speaker`);
    assert.ok(c.date === null || dateIds.has(c.date), `claim ${c.id} has a known date or null`);
  }
  // Plain JSON values: no Map, no undefined (json_compatible serialisation).
  assert.deepEqual(JSON.parse(JSON.stringify(doc)), doc);
});

test("offsets count code points, not UTF-16 units, past astral characters", () => {
  const text = "date 2025-02-13\n\n😀🎉 “We will win on Friday,” Jane Doe, the mayor of Springfield, said on Thursday.";
  const doc = analyze(text);
  assertSpansAreCodePointSlices(text, doc);
  const friday = doc.dates.find((d) => d.text === "Friday");
  assert.ok(friday, "finds Friday");
  assert.notEqual(text.slice(friday.start, friday.end), "Friday", "UTF-16 indices would be off by the emoji");
  assert.equal(friday.value, "2025-02-14");
});

test("the date option overrides the dateline", () => {
  const doc = analyze("date 2025-02-13\n\nThe mayor said on Monday that taxes would fall.", { date: "2024-06-05" });
  assert.deepEqual(doc.reference_date, { value: "2024-06-05", source: "option" });
  assert.deepEqual(analyze("Hello.", { date: null }).reference_date, { value: null, source: "none" });
  assert.deepEqual(analyze("Hello.", {}).reference_date, { value: null, source: "none" });
});

test("a bad date option throws an Error that says what is expected", () => {
  for (const date of ["2025-02-30", "13/02/2025", "2025-2-13", "", "yesterday"]) {
    assert.throws(() => analyze("Hello.", { date }), (e) => e instanceof Error && /YYYY-MM-DD/.test(e.message) && e.message.includes(JSON.stringify(date)), date);
  }
  for (const date of [20250213, {}, true]) {
    assert.throws(() => analyze("Hello.", { date }), (e) => e instanceof Error && /options\.date must be a string/.test(e.message));
  }
  assert.throws(() => analyze("Hello.", "2025-02-13"), (e) => e instanceof Error && /options must be an object/.test(e.message));
  assert.throws(() => analyze(42), (e) => e instanceof Error && /text must be a string/.test(e.message));
  // The module still works after throwing.
  assert.equal(analyze("Hello.").schema, "whosaid/1");
});

test("empty input gives an empty analysis", () => {
  for (const options of [undefined, null, {}, { date: "2025-02-13" }]) {
    const doc = analyze("", options);
    assert.equal(doc.schema, "whosaid/1");
    assert.deepEqual([doc.speakers, doc.claims, doc.dates, doc.mentions], [[], [], [], []]);
  }
  assert.deepEqual(analyze("").reference_date, { value: null, source: "none" });
});

test("package.json points at files that exist, with TypeScript types of SPEC §1", () => {
  const pkg = JSON.parse(readFileSync(join(PKG, "package.json"), "utf8"));
  assert.equal(pkg.name, "whosaid");
  const targets = [pkg.main, pkg.module, pkg.types, ...Object.values(pkg.exports["."]).flatMap((v) => (typeof v === "string" ? [v] : Object.values(v)))];
  for (const file of [...targets, ...pkg.files]) assert.ok(existsSync(join(PKG, file)), `${file} exists`);
  const types = readFileSync(join(PKG, pkg.types), "utf8");
  assert.match(types, /export function analyze\(text: string, options\?: AnalyzeOptions \| null\): Analysis;/);
  for (const name of ["Analysis", "Speaker", "Claim", "DateExpr", "Mention", "TextSpan", "ReferenceDate"]) {
    assert.match(types, new RegExp(`export interface ${name}\\b`), name);
  }
  assert.match(types, /schema: "whosaid\/1"/);
});

test("ES module import in Node.js, and the bundler entry", async () => {
  const esm = await import(pathToFileURL(join(PKG, "whosaid.cjs")).href);
  assert.equal(esm.analyze("Hello.").schema, "whosaid/1");
  // The bundler build imports the .wasm as an ES module; Node can do that behind a flag.
  const entry = pathToFileURL(join(PKG, "whosaid.js")).href;
  const run = spawnSync(process.execPath, ["--no-warnings", "--experimental-wasm-modules", "--input-type=module", "-e",
    `import { analyze } from ${JSON.stringify(entry)}; console.log(JSON.stringify(analyze("Hi.", { date: "2025-01-02" }).reference_date));`], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), { value: "2025-01-02", source: "option" });
});
