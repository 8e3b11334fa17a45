// The CLI's batch mode: `whosaid analyze --jsonl` over the whole PolNeAR train
// split, converted at bench time to {"id","text","date"} lines in target/bench/.
// Wall time, CPU time and peak memory (max RSS) from /usr/bin/time -v; a tenth
// of the split shows whether memory stays flat as the input grows.
// Usage: node bench/cli.mjs [--quick] [--out FILE.json] NAME=BINARY…
import { spawnSync } from "node:child_process";
import { mkdirSync, openSync, closeSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, polnearJsonl, utf8 } from "./corpus.mjs";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const out = args.includes("--out") ? args[args.indexOf("--out") + 1] : null;
const binaries = args.filter((a) => a.includes("=")).map((a) => a.split("="));
const DIR = join(ROOT, "target/bench");
mkdirSync(DIR, { recursive: true });

const lines = polnearJsonl().split("\n").filter(Boolean);
const inputs = [
  ["PolNeAR train", lines],
  ["first tenth", lines.slice(0, Math.ceil(lines.length / 10))],
].map(([name, ls]) => {
  const file = join(DIR, `cli-${name.replace(/\W+/g, "-")}.jsonl`);
  writeFileSync(file, ls.join("\n") + "\n");
  const textBytes = ls.reduce((n, l) => n + utf8(JSON.parse(l).text), 0);
  return { name, file, records: ls.length, bytes: statSync(file).size, text_bytes: textBytes };
});

const median = (v) => { const s = [...v].sort((a, b) => a - b); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
const seconds = (s) => s.split(":").reduce((acc, p) => acc * 60 + Number(p), 0); // [h:]m:ss.cc

/** One run under /usr/bin/time -v; output lines counted, not kept. */
function run(bin, file) {
  const fd = openSync(file, "r");
  const r = spawnSync("/usr/bin/time", ["-v", bin, "analyze", "--jsonl"], { stdio: [fd, "pipe", "pipe"], maxBuffer: 1 << 30 });
  closeSync(fd);
  const err = r.stderr.toString();
  const field = (label) => (err.match(new RegExp(`${label}: (.*)`)) ?? [])[1];
  const outLines = r.stdout.toString().split("\n").filter(Boolean);
  return {
    status: r.status,
    output_lines: outLines.length,
    errors: outLines.filter((l) => l.includes('"error"')).length,
    wall_s: seconds(field("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)") ?? "NaN"),
    cpu_s: Number(field("User time \\(seconds\\)")) + Number(field("System time \\(seconds\\)")),
    max_rss_kb: Number(field("Maximum resident set size \\(kbytes\\)")),
  };
}

const rows = [];
for (const [name, bin] of binaries) {
  for (const input of inputs) {
    const runs = [];
    for (let i = 0; i < (quick ? 1 : 3); i++) runs.push(run(bin, input.file));
    const bad = runs.find((r) => r.status !== 0 || r.output_lines !== input.records);
    if (bad) console.error(`cli bench: ${name} on ${input.name}: exit ${bad.status}, ${bad.output_lines}/${input.records} lines`);
    const wall = median(runs.map((r) => r.wall_s));
    const cpu = median(runs.map((r) => r.cpu_s));
    rows.push({
      build: name, input: input.name, records: input.records, jsonl_bytes: input.bytes, text_bytes: input.text_bytes,
      runs: runs.length, wall_s: wall, cpu_s: cpu, mb_s_text: input.text_bytes / 1e6 / wall, mb_s_jsonl: input.bytes / 1e6 / wall,
      max_rss_mb: median(runs.map((r) => r.max_rss_kb)) / 1024, errors: runs[0].errors,
    });
  }
}

console.log(`\nwhosaid analyze --jsonl (median of ${quick ? 1 : 3} runs; MB/s of article text, wall clock)`);
console.log(`${"build".padEnd(26)} ${"input".padEnd(14)} ${"records".padStart(7)} ${"MB text".padStart(8)} ${"wall s".padStart(7)} ${"MB/s".padStart(6)} ${"max RSS".padStart(9)}`);
for (const r of rows) {
  console.log(`${r.build.padEnd(26)} ${r.input.padEnd(14)} ${String(r.records).padStart(7)} ${(r.text_bytes / 1e6).toFixed(2).padStart(8)} ${r.wall_s.toFixed(2).padStart(7)} ${r.mb_s_text.toFixed(2).padStart(6)} ${(r.max_rss_mb.toFixed(1) + " MB").padStart(9)}`);
}
if (out) {
  writeFileSync(out, JSON.stringify({ quick, rows }, null, 2));
  console.error(`cli bench: wrote ${out}`);
}
