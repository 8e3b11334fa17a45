// What the app's wasm is made of. Re-runs wasm-bindgen and wasm-opt -Oz on
// the wasm that `trunk build --release` compiled (the same flags as
// index.html), but keeping the name section, so twiggy can name functions.
// Groups twiggy's items by crate (and engine module), and samples the text
// in the largest data segments to tell what they hold.
// Usage: node bench/twiggy.mjs [--out FILE.json]   (after trunk build --release)
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./corpus.mjs";

const args = process.argv.slice(2);
const out = args.includes("--out") ? args[args.indexOf("--out") + 1] : null;
// trunk builds the app with the `wasm-release` profile (index.html: data-cargo-profile-release).
const INPUT = join(ROOT, "target/wasm32-unknown-unknown/wasm-release/whosaid-web.wasm");
const DIR = join(ROOT, "target/bench/twiggy");
const FEATURES = ["--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext", "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue"];
if (!existsSync(INPUT)) {
  console.error(`twiggy: ${INPUT} is missing; run trunk build --release first`);
  process.exit(1);
}
mkdirSync(DIR, { recursive: true });
const run = (cmd, a, opts = {}) => execFileSync(cmd, a, { maxBuffer: 1 << 30, ...opts }).toString();
run("wasm-bindgen", ["--target", "web", "--out-dir", DIR, "--out-name", "app", INPUT]);
const named = join(DIR, "app.named.wasm");
run("wasm-opt", ["-Oz", "-g", ...FEATURES, join(DIR, "app_bg.wasm"), "-o", named]);
writeFileSync(join(DIR, "top.txt"), run("twiggy", ["top", "-n", "60", named]));
writeFileSync(join(DIR, "dominators.txt"), run("twiggy", ["dominators", "-d", "4", "-r", "60", named]));
const items = JSON.parse(run("twiggy", ["top", "-n", "1000000", "-f", "json", named]));

// Text sampled from a data segment of the disassembly, to say what it holds.
const wat = run("wasm-dis", [named]);
function sample(segment) {
  const line = wat.split("\n").find((l) => l.includes(`(data $${segment} `));
  if (!line) return "";
  const quoted = line.slice(line.indexOf('"') + 1, line.lastIndexOf('"'));
  const text = quoted.replace(/\\([0-9a-f]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))).replace(/\\(.)/g, "$1");
  // The longest runs of letters: concatenated word lists (lexicons) or messages.
  const runs = [...new Set(text.match(/[A-Za-z][A-Za-z' ]{3,}[A-Za-z]/g) ?? [])].sort((a, b) => b.length - a.length);
  return runs.slice(0, 3).map((r) => (r.length > 48 ? `${r.slice(0, 48)}…(${r.length})` : r)).join(" · ");
}

const CORE = new Set(["core", "alloc", "std", "impl", "as", "dyn", "mut"]);
function group(name) {
  if (name.startsWith('"') && name.endsWith("subsection")) return null; // the name section itself: not shipped
  if (name.startsWith("custom section")) return "wasm structure (types, tables, imports, exports, custom sections)";
  if (name.startsWith("data segment")) return "static data (lexicons, Unicode tables, strings)";
  if (name.includes("whosaid_web::state::State::new")) return "whosaid engine, inlined into whosaid_web::state::State::new (LTO)";
  // Path roots only (`yew::html::…`, `<alloc::rc::Rc<T> as yew::…>`), not the modules inside them.
  const crates = [...name.matchAll(/(?:^|[<\s(&\[,*])([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/g)].map((m) => m[1]);
  const first = crates.find((c) => !CORE.has(c)) ?? crates[0];
  if (!first) {
    if (/^<(str|char)>::/.test(name)) return "Rust std: Unicode (case mapping, tables)";
    if (/^(code|type|table|elem|import|export|global|memory|func)\b|^__|wbindgen|externref|^main$|^mem(cmp|cpy|set|move)$/.test(name)) return "wasm structure and glue (exports, imports, tables, wasm-bindgen shims)";
    return "other";
  }
  if (first === "whosaid") {
    const module = (name.match(/(?:^|[<\s(&\[,*])whosaid::([A-Za-z_]+)/) ?? [])[1] ?? "";
    return `whosaid engine: ${["timex", "attribution", "names", "cues", "entities", "json"].includes(module) ? module : "token, text, sentences, quotes, dateline, …"}`;
  }
  if (first === "whosaid_web") return "whosaid_web (the UI components)";
  if (["whosaid_share", "miniz_oxide", "base64"].includes(first)) return "whosaid_share + miniz_oxide + base64 (share links)";
  if (["yew", "implicit_clone", "indexmap", "prokio", "tracing", "slab", "pinned"].includes(first)) return "yew (+ indexmap, implicit_clone, …)";
  if (["wasm_bindgen", "js_sys", "web_sys", "gloo", "gloo_timers", "gloo_utils", "gloo_events", "gloo_storage", "wasm_bindgen_futures"].includes(first)) return "wasm-bindgen, js-sys, web-sys, gloo";
  if (["serde", "serde_json", "serde_wasm_bindgen", "ryu", "itoa"].includes(first)) return "serde, serde_json";
  if (first === "dlmalloc") return "allocator (dlmalloc)";
  if (first === "hashbrown") return "Rust std: hash maps (hashbrown)";
  if (/::fmt\b|Debug|Display/.test(name)) return "Rust std: formatting (core::fmt)";
  if (/::unicode::|to_lowercase|to_uppercase|<char>::is_/.test(name)) return "Rust std: Unicode (case mapping, tables)";
  if (/::sort::/.test(name)) return "Rust std: sorting";
  return "Rust std: other (collections, strings, slices, panics)";
}

const groups = new Map();
let total = 0;
for (const it of items) {
  const g = group(it.name);
  if (!g) continue;
  total += it.shallow_size;
  if (!groups.has(g)) groups.set(g, { group: g, bytes: 0, items: 0, top: [] });
  const e = groups.get(g);
  e.bytes += it.shallow_size;
  e.items += 1;
  e.top.push({ name: it.name.replace(/::h[0-9a-f]{16}$/, "").replace(/\[[0-9a-f]{16}\]/g, ""), size: it.shallow_size });
}
const rows = [...groups.values()].sort((a, b) => b.bytes - a.bytes).map((g) => {
  g.top.sort((a, b) => b.size - a.size);
  g.top = g.top.slice(0, 5).map((t) => (t.name.startsWith("data segment") ? { ...t, sample: sample(t.name.match(/"(.*)"/)[1]) } : t));
  return { ...g, percent: (g.bytes / total) * 100 };
});

console.log(`\nwhat ${INPUT.replace(ROOT, "")} is made of (wasm-opt -Oz, names kept for twiggy; ${total} bytes without the name section)`);
for (const g of rows) {
  console.log(`${String(g.bytes).padStart(8)} ${g.percent.toFixed(1).padStart(5)}%  ${g.group}`);
  for (const t of g.top.slice(0, 3)) console.log(`${"".padStart(17)}${String(t.size).padStart(7)}  ${t.name.slice(0, 90)}${t.sample ? `  [${t.sample.slice(0, 90)}]` : ""}`);
}
console.log(`(twiggy top and dominators: ${DIR.replace(ROOT, "")}/top.txt, dominators.txt)`);
const twiggy = run("twiggy", ["--version"]).trim();
if (out) writeFileSync(out, JSON.stringify({ twiggy, file: "whosaid-web wasm, wasm-bindgen + wasm-opt -Oz -g", named_bytes: statSync(named).size, code_and_data_bytes: total, groups: rows }, null, 2));
