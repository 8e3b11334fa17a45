// The npm package against JavaScript NLP libraries in the same Node.js
// process (same V8, same texts): MB/s of UTF-8 input for
//   whosaid            analyze(text, { date })                 (target/npm/whosaid)
//   whosaid (size build)  the same, opt-level "z" + wasm-opt -Oz, when WHOSAID_NPM_SIZE_DIR is set
//   compromise+dates   nlp(text) + .quotations() + .dates({ today }), each to JSON with offsets
//   wink-nlp           readDoc(text) + entities (wink-eng-lite-web-model)
//   chrono-node        chrono.parse(text, reference date)
// Usage: node --expose-gc bench/node.mjs [--quick] [--out FILE.json]
import { createRequire } from "node:module";
import { join } from "node:path";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import nlp from "compromise";
import datesPlugin from "compromise-dates";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import * as chrono from "chrono-node";
import { ROOT, texts, utf8 } from "./corpus.mjs";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const out = args.includes("--out") ? args[args.indexOf("--out") + 1] : null;
const require = createRequire(import.meta.url);
const whosaid = require(process.env.WHOSAID_NPM_DIR ?? join(ROOT, "target/npm/whosaid"));
const sizeBuild = process.env.WHOSAID_NPM_SIZE_DIR && existsSync(process.env.WHOSAID_NPM_SIZE_DIR)
  ? require(process.env.WHOSAID_NPM_SIZE_DIR) : null;
nlp.plugin(datesPlugin);
const wink = winkNLP(model);
const its = wink.its;

let docs = texts();
if (quick) docs = docs.slice(0, 120);
const bytes = docs.reduce((n, d) => n + utf8(d.text), 0);
const versions = Object.fromEntries(["compromise", "compromise-dates", "wink-nlp", "wink-eng-lite-web-model", "chrono-node"]
  .map((p) => [p, JSON.parse(readFileSync(join(ROOT, "node_modules", p, "package.json"), "utf8")).version]));

/** One pass of each library over a document; returns how many items it found. */
const libraries = {
  whosaid: (d) => {
    const r = whosaid.analyze(d.text, { date: d.date });
    return r.claims.length + r.dates.length;
  },
  "compromise+dates": (d) => {
    const doc = nlp(d.text);
    const quotes = doc.quotations().json({ offset: true, terms: false });
    const dates = doc.dates({ today: d.date ?? undefined }).json({ offset: true, terms: false });
    return quotes.length + dates.length;
  },
  "wink-nlp": (d) => {
    const doc = wink.readDoc(d.text);
    return doc.entities().out(its.detail).length;
  },
  "chrono-node": (d) => {
    const ref = d.date ? new Date(`${d.date}T12:00:00Z`) : new Date();
    return chrono.parse(d.text, ref).length;
  },
};

const median = (v) => { const s = [...v].sort((a, b) => a - b); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };

/** Passes over every document: at least 3 and 5 s, stopping after 40 s once one pass is done.
 * A library that throws on a text is counted (errors) and goes on with the next one. */
function measure(name, lib) {
  let errors = 0;
  const fn = (d) => { try { return lib(d); } catch { errors += 1; return 0; } };
  globalThis.gc?.();
  for (const d of docs.slice(0, 40)) fn(d); // warm-up: JIT, wasm tier-up, lazy tables
  const times = [];
  let found = 0;
  const started = performance.now();
  while (true) {
    const t0 = performance.now();
    found = 0;
    errors = 0;
    for (const d of docs) found += fn(d);
    times.push(performance.now() - t0);
    const elapsed = (performance.now() - started) / 1000;
    if ((times.length >= 3 && elapsed >= 5) || elapsed >= 40) break;
  }
  const ms = median(times);
  const row = { library: name, passes: times.length, ms_per_pass: ms, mb_s: bytes / 1e6 / (ms / 1000), found_per_pass: found, errors_per_pass: errors };
  console.error(`node bench: ${name}: ${row.mb_s.toFixed(2)} MB/s (${times.length} passes)`);
  return row;
}

if (sizeBuild) {
  libraries["whosaid (size build)"] = (d) => {
    const r = sizeBuild.analyze(d.text, { date: d.date });
    return r.claims.length + r.dates.length;
  };
}
const rows = Object.entries(libraries).map(([name, fn]) => measure(name, fn));
const by = Object.fromEntries(rows.map((r) => [r.library, r]));
const ratio = by.whosaid.mb_s / by["compromise+dates"].mb_s;

console.log(`\nNode.js ${process.version} (V8 ${process.versions.v8}), one process, ${docs.length} texts, ${(bytes / 1e6).toFixed(2)} MB`);
console.log(`${"library".padEnd(20)} ${"passes".padStart(6)} ${"ms/pass".padStart(10)} ${"MB/s".padStart(8)} ${"found".padStart(8)} ${"threw".padStart(6)}`);
for (const r of rows) {
  console.log(`${r.library.padEnd(20)} ${String(r.passes).padStart(6)} ${r.ms_per_pass.toFixed(0).padStart(10)} ${r.mb_s.toFixed(2).padStart(8)} ${String(r.found_per_pass).padStart(8)} ${String(r.errors_per_pass).padStart(6)}`);
}
console.log(`whosaid / compromise+dates = ${ratio.toFixed(1)}x`);

if (out) {
  writeFileSync(out, JSON.stringify({ node: process.version, v8: process.versions.v8, versions, quick, texts: docs.length, bytes, rows, ratio_whosaid_over_compromise_dates: ratio }, null, 2));
  console.error(`node bench: wrote ${out}`);
}
