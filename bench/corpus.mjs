// Bench inputs built at bench time from ../shared/corpora (never copied into
// the repository): the texts of quotes-polnear-train and dates-tbaq, the
// PolNeAR train split as {"id","text","date"} lines for the CLI, and large
// articles made by joining corpus texts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../", import.meta.url));
export const SHARED = process.env.WHOSAID_SHARED ?? join(ROOT, "../shared");
export const CORPORA = ["quotes-polnear-train.jsonl", "dates-tbaq.jsonl"].map((f) => join(SHARED, "corpora", f));

/** Records {id, text, date} of a JSON Lines corpus; `date` cut to YYYY-MM-DD. */
export function records(path) {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .map((r) => ({ id: r.id, text: r.text, date: typeof r.date === "string" ? r.date.slice(0, 10) : null }));
}

/** Every text of the bench corpora, in file order. */
export function texts() {
  return CORPORA.flatMap(records);
}

/** UTF-8 bytes of a string. */
export const utf8 = (s) => Buffer.byteLength(s, "utf8");

/** Corpus texts joined by blank lines (cycling) into one article of about `bytes` UTF-8 bytes. */
export function joined(bytes) {
  const all = texts();
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i = (i + 1) % all.length) {
    parts.push(all[i].text);
    size += utf8(all[i].text) + 2;
  }
  let s = parts.join("\n\n");
  const buf = Buffer.from(s, "utf8").subarray(0, bytes);
  return buf.toString("utf8").replace(/\uFFFD$/, "");
}

/** The PolNeAR train split as CLI batch input: one {"id","text","date"} per line. */
export function polnearJsonl() {
  return records(join(SHARED, "corpora", "quotes-polnear-train.jsonl"))
    .map((r) => JSON.stringify({ id: r.id, text: r.text, date: r.date }))
    .join("\n") + "\n";
}
