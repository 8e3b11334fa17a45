/** A span of the input: offsets in Unicode code points, `end` exclusive; `text` is the input sliced there. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** The date relative expressions were resolved against. */
export interface ReferenceDate {
  /** `YYYY-MM-DD`, or null when `source` is `"none"`. */
  value: string | null;
  source: "option" | "dateline" | "none";
}

/** A person, organisation or group with at least one claim. */
export interface Speaker {
  /** `s1`, `s2`, … */
  id: string;
  /** The fullest form used in the article. */
  name: string;
  kind: "person" | "organization" | "group";
  /** Titles and descriptions as written. */
  roles: string[];
  /** Every mention, aliases and resolved pronouns included. */
  mentions: TextSpan[];
  /** Ids of its claims. */
  claims: string[];
}

/** Something attributed to a speaker. */
export interface Claim {
  /** `c1`, `c2`, … in order of content. */
  id: string;
  /** Id of the speaker. */
  speaker: string;
  /** `direct`: wholly quoted; `mixed`: partly; `indirect`: reported speech. */
  kind: "direct" | "mixed" | "indirect";
  /** The span naming the speaker in the claim's sentence, null when only implied. */
  speaker_mention: TextSpan | null;
  /** The reporting verb or phrase ("said", "according to"). */
  cue: TextSpan | null;
  /** The attributed proposition, without the attribution. */
  content: TextSpan;
  /** Id of the date when it was said, if the article gives one. */
  date: string | null;
}

/** A temporal expression (TimeML TIMEX3). */
export interface DateExpr extends TextSpan {
  /** `t1`, `t2`, … in text order. */
  id: string;
  type: "DATE" | "TIME" | "DURATION" | "SET";
  /** The TIMEX3 value: `2025-02-12`, `2025-W07`, `P3D`, `PRESENT_REF`, `XXXX-02-12`, … */
  value: string;
}

/** A person or organisation named but not quoted. */
export interface Mention {
  name: string;
  kind: "person" | "organization" | "group";
  roles: string[];
  spans: TextSpan[];
}

/** The `whosaid/1` analysis of an article. */
export interface Analysis {
  schema: "whosaid/1";
  reference_date: ReferenceDate;
  speakers: Speaker[];
  claims: Claim[];
  dates: DateExpr[];
  mentions: Mention[];
}

/** What the caller knows beyond the text. */
export interface AnalyzeOptions {
  /** The publication date, `YYYY-MM-DD`; overrides any dateline. */
  date?: string | null;
}

/**
 * Tells who said what, and when, in a news article.
 *
 * Throws an `Error` when `text` is not a string or `options.date` is not a real `YYYY-MM-DD` date.
 */
export function analyze(text: string, options?: AnalyzeOptions | null): Analysis;
