// Reads the figures of a bench run (target/bench/*.json), checks them against
// the budgets, prints the summary and writes summary.json and summary.md (the
// Markdown tables BENCHMARKS.md records). Reports; never fails on a budget.
// Usage: node bench/report.mjs [target/bench]
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const DIR = process.argv[2] ?? "target/bench";
const read = (name) => (existsSync(join(DIR, `${name}.json`)) ? JSON.parse(readFileSync(join(DIR, `${name}.json`), "utf8")) : null);
const [machine, native, cli, node, sizes, twiggy, browser] = ["machine", "native", "cli", "node", "sizes", "twiggy", "browser"].map(read);
const f = (x, d = 1) => (x === null || x === undefined || Number.isNaN(x) ? "–" : x.toFixed(d));
const ms = (x, d = 1) => (f(x, d) === "–" ? "–" : `${f(x, d)} ms`);
const md = [];
// Columns whose cells are all numbers (with units) are right-aligned.
const numeric = (cell) => /^\**[-–0-9.,]+\**( ?(ms|MB|KiB|%|×|s))?$/.test(String(cell).trim());
const table = (head, rows) => {
  const right = head.map((_, i) => i > 0 && rows.every((r) => numeric(r[i])));
  md.push(`| ${head.join(" | ")} |`, `|${right.map((r) => (r ? " ---: " : " --- ")).join("|")}|`);
  for (const r of rows) md.push(`| ${r.join(" | ")} |`);
  md.push("");
};

// Budgets.
const whole = native?.stages.find((s) => s.stage === "analyze (whole)");
const accept = browser?.paste["acceptance article, Ctrl+V"];
const acceptFill = browser?.paste["acceptance article, fill"];
const acceptReady = browser?.paste["acceptance article, Ctrl+V, page ready"];
const budgets = [
  ["whole `analyze`, native, one core", "≥ 20 MB/s", whole ? `${f(whole.mb_s_cpu)} MB/s (median by CPU time; best pass ${f(whole.mb_s_cpu_best)}; wall ${f(whole.mb_s_wall)})` : "–", whole ? whole.mb_s_cpu >= 20 : null],
  ["npm package vs compromise+dates, same Node.js", "≥ 10×", node ? `${f(node.ratio_whosaid_over_compromise_dates)}×` : "–", node ? node.ratio_whosaid_over_compromise_dates >= 10 : null],
  ["acceptance article pasted → rendered, browser (input event → next frame, first paste after load)", "< 50 ms",
    accept ? `${f(accept.first.frame_ms)} ms as soon as the textbox exists (Ctrl+V; ${f(acceptFill?.first.frame_ms)} ms by fill); ${f(acceptReady?.first.frame_ms)} ms on a page open for a second; later pastes ${f(accept.repeat.frame_ms)} ms (${f(acceptFill?.repeat.frame_ms)} by fill)` : "–",
    !accept ? null : accept.first.frame_ms < 50 ? true : acceptReady?.first.frame_ms < 50 ? "on a ready page only" : false],
  ["whole static site, gzipped", "≤ 300 KiB", sizes ? `${f(sizes.total.gzip / 1024)} KiB (brotli ${f(sizes.total.brotli / 1024)} KiB)` : "–", sizes ? sizes.total.gzip / 1024 <= 300 : null],
];
md.push("### Budgets", "");
table(["budget", "target", "measured", "met"], budgets.map(([a, b, c, d]) => [a, b, c, d === null ? "–" : typeof d === "string" ? `**${d}**` : d ? "yes" : "**no**"]));

if (machine) {
  md.push("### Machine", "");
  table(["", ""], [
    ["cores (`nproc`)", machine.nproc], ["CPU (/proc/cpuinfo)", `${machine.cpu_model} @ ${machine.cpu_mhz} MHz`], ["memory", `${machine.memory_gib} GiB`],
    ["load average at start", machine.loadavg_at_start], ["rustc", machine.rustc], ["node", `${machine.node} (V8 ${machine.v8})`],
    ["chromium", machine.chromium], ["trunk / wasm-bindgen / wasm-opt / twiggy", [machine.trunk, machine.wasm_bindgen, machine.wasm_opt, machine.twiggy].join(" / ")],
    ["commit", machine.commit], ["date", machine.date],
  ]);
}
if (native) {
  md.push(`### Native engine: ${native.corpus.texts} texts, ${f(native.corpus.bytes / 1e6, 2)} MB (PolNeAR train + TBAQ), one thread`, "");
  table(["stage", "MB/s (CPU, median)", "MB/s (CPU, best)", "MB/s (wall, median)", "ms per pass", "share of analyze"], native.stages.map((s) => [`\`${s.stage}\``, f(s.mb_s_cpu), f(s.mb_s_cpu_best), f(s.mb_s_wall), f(s.ms_per_pass), `${f(s.percent_of_analyze, 0)}%`]));
  const names = ["analyze (whole)", "token::tokenize", "timex::find", "names::find", "cues::find", "attribution::find", "entities::resolve", "json::to_json"];
  md.push("Growth with the size of one input (corpus texts joined), MB/s by CPU time:", "");
  table(["input", "claims", ...names.map((n) => `\`${n}\``)], native.growth.map((g) => [g.size, g.claims, ...names.map((n) => f(g.stages.find((s) => s.stage === n)?.mb_s_cpu))]));
}
if (cli) {
  md.push("### CLI: `whosaid analyze --jsonl`", "");
  table(["build", "input", "records", "MB of text", "wall s", "CPU s", "MB/s (text, wall)", "max RSS"], cli.rows.map((r) => [r.build, r.input, r.records, f(r.text_bytes / 1e6, 2), f(r.wall_s, 2), f(r.cpu_s, 2), f(r.mb_s_text, 2), `${f(r.max_rss_mb)} MB`]));
}
if (node) {
  md.push(`### Node.js ${node.node} (V8 ${node.v8}): ${node.texts} texts, ${f(node.bytes / 1e6, 2)} MB, one process`, "");
  const version = (lib) => ({ "compromise+dates": `${node.versions.compromise} + ${node.versions["compromise-dates"]}`, "wink-nlp": `${node.versions["wink-nlp"]} + model ${node.versions["wink-eng-lite-web-model"]}`, "chrono-node": node.versions["chrono-node"] }[lib] ?? "this commit");
  table(["library", "version", "MB/s", "ms per pass", "passes", "items found", "texts it threw on"], node.rows.map((r) => [r.library, version(r.library), f(r.mb_s, 2), f(r.ms_per_pass, 0), r.passes, r.found_per_pass, r.errors_per_pass ?? 0]));
  md.push(`whosaid / compromise+dates = **${f(node.ratio_whosaid_over_compromise_dates)}×**`, "");
}
if (browser) {
  md.push(`### Browser: ${browser.chromium}, dist/ served from 127.0.0.1`, "");
  const l = browser.load;
  md.push(`Page load (median of ${l.runs} fresh pages): "Article text" ready after **${f(l.ready_ms, 0)} ms**; DOMContentLoaded ${f(l.dcl_ms, 0)} ms; load ${f(l.load_ms, 0)} ms; its rehearsal of a first result done ${f(l.warm_after_ready_ms, 0)} ms after the textbox (median of the "page ready" runs).`, "");
  md.push("Paste → result: from the `input` event until both the Speakers and the Claims lists are in the DOM, and to the next frame; wall: from the paste command (Chromium inserting the text included) to that frame. First paste: on a freshly loaded page (median over fresh pages), pasted as soon as the textbox exists, or (\"page ready\") one second after it (a person takes longer than that to paste); again: the same page, emptied and pasted again.", "");
  table(["paste → result", "bytes", "first: DOM", "first: frame", "first: wall", "again: DOM", "again: frame", "again: wall", "runs"], Object.entries(browser.paste).map(([k, r]) => [k, r.bytes, ms(r.first.dom_ms), ms(r.first.frame_ms), ms(r.first.wall_ms, 0), ms(r.repeat.dom_ms), ms(r.repeat.frame_ms), ms(r.repeat.wall_ms, 0), `${r.first.runs} + ${r.repeat.runs}`]));
}
if (sizes) {
  md.push("### Size of dist/", "");
  table(["file", "raw", "gzip -9", "brotli"], [...sizes.files.map((x) => [x.file, x.raw, x.gzip, x.brotli]), ["**total**", sizes.total.raw, sizes.total.gzip, sizes.total.brotli], ["total KiB", f(sizes.total.raw / 1024), f(sizes.total.gzip / 1024), f(sizes.total.brotli / 1024)]]);
  md.push(`The wasm is ${f(sizes.wasm_share.raw * 100, 0)}% of the raw bytes, ${f(sizes.wasm_share.gzip * 100, 0)}% gzipped.`, "");
}
if (twiggy) {
  md.push(`### What the app's wasm is made of (twiggy ${twiggy.twiggy ?? ""}, ${twiggy.file}: ${twiggy.code_and_data_bytes} bytes of code and data)`, "");
  const item = (t) => `\`${t.name.slice(0, 60).replace(/\|/g, "\\|")}\` ${t.size}${t.sample ? ` (${t.sample.replace(/\|/g, "\\|")})` : ""}`;
  table(["part", "bytes", "share", "largest items"], twiggy.groups.map((g) => [g.group, g.bytes, `${f(g.percent)}%`, g.top.slice(0, 3).map(item).join("; ")]));
}
writeFileSync(join(DIR, "summary.md"), md.join("\n") + "\n");
writeFileSync(join(DIR, "summary.json"), JSON.stringify({ budgets: budgets.map(([budget, target, measured, met]) => ({ budget, target, measured, met })) }, null, 2));

console.log("\nbudgets");
for (const [a, b, c, d] of budgets) console.log(`  ${d === null ? "  –  " : typeof d === "string" ? "PART " : d ? " met " : "MISSED"}  ${a.replace(/`/g, "").replace(/ \(.*\)$/, "").padEnd(48)} ${b.padEnd(10)} ${c}`);
console.log(`\nMarkdown tables: ${join(DIR, "summary.md")}`);
