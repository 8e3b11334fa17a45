// Trunk post_build hook: move trunk's inline start-up <script type="module">
// into a file of its own, so the page runs under a Content-Security-Policy
// that forbids inline script (script-src 'self' 'wasm-unsafe-eval').
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("csp-loader: TRUNK_STAGING_DIR is not set (run me as a trunk hook)");
  process.exit(1);
}
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");
let moved = 0;
html = html.replace(/<script type="module"([^>]*)>([\s\S]*?)<\/script>/g, (whole, attrs, body) => {
  if (/\ssrc=/.test(attrs) || !body.trim()) return whole;
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 16);
  const name = `start-${hash}.js`;
  writeFileSync(join(dir, name), body.trim() + "\n");
  moved += 1;
  return `<script type="module" src="./${name}"></script>`;
});
// A nonce baked into static HTML protects nothing; drop it.
html = html.replace(/\snonce="[^"]*"/g, "");
if (/<script(?![^>]*\ssrc=)[^>]*>[^<]*\S[^<]*<\/script>/.test(html)) {
  console.error("csp-loader: an inline script is left in index.html");
  process.exit(1);
}
writeFileSync(file, html);
console.log(`csp-loader: moved ${moved} inline script(s) into files`);
