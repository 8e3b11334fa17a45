// The machine and tools a bench run used, as JSON on stdout.
import { execSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { readFileSync } from "node:fs";

const sh = (cmd) => { try { return execSync(cmd, { stdio: ["ignore", "pipe", "ignore"] }).toString().trim(); } catch { return null; } };
const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
console.log(JSON.stringify({
  date: new Date().toISOString(),
  commit: sh("git rev-parse --short HEAD"),
  nproc: Number(sh("nproc")),
  cpu_model: (cpuinfo.match(/^model name\s*: (.*)$/m) ?? [])[1] ?? cpus()[0]?.model,
  cpu_mhz: (cpuinfo.match(/^cpu MHz\s*: (.*)$/m) ?? [])[1] ?? null,
  memory_gib: Math.round(totalmem() / 2 ** 30),
  loadavg_at_start: readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" "),
  rustc: sh("rustc --version"),
  node: process.version,
  v8: process.versions.v8,
  chromium: sh("chromium --version"),
  trunk: sh("trunk --version"),
  wasm_bindgen: sh("wasm-bindgen --version"),
  wasm_opt: sh("wasm-opt --version"),
  twiggy: sh("twiggy --version"),
}, null, 2));
