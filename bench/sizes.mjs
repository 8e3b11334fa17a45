// What the static site weighs: every file of dist/ raw, gzip -9 and brotli
// (what a static host would send), and the wasm's share.
// Usage: node bench/sizes.mjs [dist] [--out FILE.json]
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const args = process.argv.slice(2);
const out = args.includes("--out") ? args[args.indexOf("--out") + 1] : null;
const DIST = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--out") ?? "dist";

const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const files = walk(DIST).sort().map((f) => {
  const body = readFileSync(f);
  return {
    file: relative(DIST, f),
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const sum = (k, fs = files) => fs.reduce((n, f) => n + f[k], 0);
const wasm = files.filter((f) => f.file.endsWith(".wasm"));
const total = { raw: sum("raw"), gzip: sum("gzip"), brotli: sum("brotli") };
const share = { raw: sum("raw", wasm) / total.raw, gzip: sum("gzip", wasm) / total.gzip, brotli: sum("brotli", wasm) / total.brotli };

console.log(`\n${DIST}/ (what a static host serves)`);
console.log(`${"file".padEnd(44)} ${"raw".padStart(9)} ${"gzip -9".padStart(9)} ${"brotli".padStart(9)}`);
for (const f of files) console.log(`${f.file.padEnd(44)} ${String(f.raw).padStart(9)} ${String(f.gzip).padStart(9)} ${String(f.brotli).padStart(9)}`);
console.log(`${"total".padEnd(44)} ${String(total.raw).padStart(9)} ${String(total.gzip).padStart(9)} ${String(total.brotli).padStart(9)}`);
console.log(`${"total KiB".padEnd(44)} ${(total.raw / 1024).toFixed(1).padStart(9)} ${(total.gzip / 1024).toFixed(1).padStart(9)} ${(total.brotli / 1024).toFixed(1).padStart(9)}`);
console.log(`wasm share: ${(share.raw * 100).toFixed(1)}% raw, ${(share.gzip * 100).toFixed(1)}% gzipped, ${(share.brotli * 100).toFixed(1)}% brotli`);
if (out) writeFileSync(out, JSON.stringify({ dist: DIST, files, total, wasm_share: share }, null, 2));
