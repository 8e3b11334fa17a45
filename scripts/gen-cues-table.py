# Generates crates/whosaid/src/cues/table.rs: every inflection of the reporting
# verbs whosaid knows, sorted, with lemma class. Run once; the output is committed.
S, A, B, E = "Say", "Object", "Belief", "Evidence"
verbs = {
 # lemma: (class, irregular past, irregular participle)
 "say": (S, "said", "said"), "tell": (S, "told", "told"), "write": (S, "wrote", "written"),
 "add": (S,), "state": (S,), "claim": (S,), "insist": (S,), "warn": (S,), "argue": (S,), "note": (S,),
 "explain": (S,), "acknowledge": (S,), "admit": (S,), "announce": (S,), "assert": (S,), "contend": (S,),
 "declare": (S,), "deny": (S,), "suggest": (S,), "tweet": (S,), "post": (S,), "report": (S,), "reply": (S,),
 "respond": (S,), "answer": (S,), "repeat": (S,), "reiterate": (S,), "stress": (S,), "emphasize": (S,),
 "emphasise": (S,), "complain": (S,), "predict": (S,), "promise": (S,), "vow": (S,), "pledge": (S,),
 "confirm": (S,), "concede": (S,), "caution": (S,), "recall": (S,), "remark": (S,), "observe": (S,),
 "reveal": (S,), "disclose": (S,), "allege": (S,), "maintain": (S,), "comment": (S,), "testify": (S,),
 "conclude": (S,), "estimate": (S,), "indicate": (S,), "mention": (S,), "propose": (S,), "boast": (S,),
 "brag": (S,), "joke": (S,), "quip": (S,), "muse": (S,), "ask": (S,), "exclaim": (S,), "shout": (S,),
 "yell": (S,), "scream": (S,), "whisper": (S,), "chant": (S,), "continue": (S,), "counter": (S,),
 "retort": (S,), "protest": (S,), "lament": (S,), "agree": (S,), "speculate": (S,), "hint": (S,),
 "imply": (S,), "assure": (S,), "inform": (S,), "remind": (S,), "advise": (S,), "recommend": (S,),
 "demand": (S,), "threaten": (S,), "forecast": (S, "forecast", "forecast"), "affirm": (S,), "clarify": (S,),
 "underline": (S,), "underscore": (S,), "highlight": (S,), "opine": (S,), "posit": (S,), "concur": (S,),
 "object": (S,), "dispute": (S,), "rebut": (S,), "refute": (S,), "regret": (S,), "swear": (S, "swore", "sworn"),
 "publish": (S,), "outline": (S,), "detail": (S,), "cite": (S,), "tout": (S,), "write": (S, "wrote", "written"),
 "acknowledge": (S,), "signal": (S,), "guarantee": (S,), "wonder": (S,), "explain": (S,), "elaborate": (S,),
 "specify": (S,), "stipulate": (S,), "plead": (S,), "urge": (S,), "reason": (S,), "add": (S,), "charge": (S,),
 "recount": (S,), "relate": (S,), "text": (S,), "email": (S,), "blog": (S,), "proclaim": (S,), "pronounce": (S,),
 "confide": (S,), "divulge": (S,), "snap": (S,), "sigh": (S,), "gush": (S,), "rant": (S,), "scoff": (S,),
 "grumble": (S,), "mutter": (S,), "murmur": (S,), "reassure": (S,), "predict": (S,), "project": (S,),
 "calculate": (S,), "surmise": (S,), "theorize": (S,), "posit": (S,), "aver": (S,), "attest": (S,),
 "certify": (S,), "vouch": (S,), "contest": (S,), "question": (S,), "challenge": (S,), "dismiss": (S,),
 "reject": (S,), "deny": (S,), "acknowledge": (S,), "apologize": (S,), "apologise": (S,), "concede": (S,),
 "bark": (S,), "riff": (S,), "snipe": (S,), "deadpan": (S,), "marvel": (S,), "interject": (S,), "confess": (S,),
 "chime": (S,), "fume": (S,), "rail": (S,), "gripe": (S,), "groan": (S,), "moan": (S,), "sneer": (S,),
 "jeer": (S,), "taunt": (S,), "tease": (S,), "bellow": (S,), "holler": (S,), "hiss": (S,), "bemoan": (A,),
 "exult": (S,), "wisecrack": (S,), "rejoin": (S,), "read": (S, "read", "read"), "remember": (S,),
 "beam": (S,), "boom": (S,), "cry": (S,),
 # verbs whose content follows an object: accuse X of Y, praise X for Y, call X Y
 "accuse": (A,), "blame": (A,), "praise": (A,), "laud": (A,), "hail": (A,), "applaud": (A,), "commend": (A,),
 "criticize": (A,), "criticise": (A,), "slam": (A,), "blast": (A,), "attack": (A,), "denounce": (A,),
 "condemn": (A,), "decry": (A,), "chide": (A,), "rebuke": (A,), "scold": (A,), "fault": (A,), "thank": (A,),
 "congratulate": (A,), "call": (A,), "dub": (A,), "brand": (A,), "label": (A,), "describe": (A,),
 "characterize": (A,), "portray": (A,), "mock": (A,), "ridicule": (A,), "deride": (A,), "defend": (A,),
 "welcome": (A,), "credit": (A,), "warn": (S,),
 "liken": (A,), "compare": (A,), "exhort": (A,), "implore": (A,), "beseech": (A,), "entreat": (A,),
 # beliefs
 "believe": (B,), "think": (B, "thought", "thought"), "feel": (B, "felt", "felt"), "hope": (B,), "fear": (B,),
 "expect": (B,), "know": (B, "knew", "known"), "worry": (B,), "suspect": (B,), "doubt": (B,), "assume": (B,),
 "reckon": (B,), "understand": (B, "understood", "understood"), "realize": (B,), "realise": (B,),
 "recognize": (B,), "anticipate": (B,), "envision": (B,), "foresee": (B, "foresaw", "foreseen"),
 "insist": (S,), "trust": (B,), "bet": (B, "bet", "bet"), "guess": (B,), "figure": (B,),
 # evidence
 "show": (E, "showed", "shown"), "find": (E, "found", "found"), "demonstrate": (E,), "prove": (E,),
}
def forms(lemma, irr):
    past = irr[0] if irr else None
    part = irr[1] if irr else None
    out = {lemma: "Base"}
    # third person
    if lemma.endswith(("s", "sh", "ch", "x", "z")): s = lemma + "es"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou": s = lemma[:-1] + "ies"
    else: s = lemma + "s"
    out[s] = "S"
    # ing
    if lemma.endswith("ie"): ing = lemma[:-2] + "ying"
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")): ing = lemma[:-1] + "ing"
    elif lemma in ("brag", "quip", "snap", "chat", "slam", "dub", "bet", "regret", "admit", "concur", "blog", "plan", "rebut", "rant", "deadpan"): ing = lemma + lemma[-1] + "ing"
    else: ing = lemma + "ing"
    out[ing] = "Ing"
    if past is None:
        if lemma.endswith("e"): past = lemma + "d"
        elif lemma.endswith("y") and lemma[-2] not in "aeiou": past = lemma[:-1] + "ied"
        elif lemma in ("brag", "quip", "snap", "slam", "dub", "regret", "admit", "concur", "blog", "rebut", "rant", "deadpan"): past = lemma + lemma[-1] + "ed"
        else: past = lemma + "ed"
        if lemma == "rant": past = "ranted"
        part = past
    out.setdefault(past, "Past")
    if part != past: out.setdefault(part, "Participle")
    return out
table = {}
for lemma, spec in verbs.items():
    cls = spec[0]; irr = spec[1:] if len(spec) > 1 else None
    for f, form in forms(lemma, irr).items():
        if f in table and table[f][0] != lemma: continue
        table[f] = (lemma, cls, form)
# "rant" fix
for bad in ["rantting", "rantted"]:
    table.pop(bad, None)
keys = sorted(table)
def wrap(items, indent):
    lines, cur = [], indent
    for it in items:
        if len(cur) + len(it) + 1 > 116:
            lines.append(cur.rstrip()); cur = indent
        cur += it + " "
    lines.append(cur.rstrip())
    return "\n".join(lines)
values = [f'("{table[f][0]}", CueClass::{table[f][1]}, Form::{table[f][2]}),' for f in keys]
src = """//! Every inflection of the reporting verbs whosaid knows (generated, sorted).
//! Regenerate with `python3 scripts/gen-cues-table.py` after editing the verb
//! list there; `lists_are_sorted` checks the order.

use super::{CueClass, Form};

crate::word_set!(
    /// Every form, sorted; its index gives its entry in [`VALUES`].
    pub FORMS = [
""" + wrap([f'"{f}",' for f in keys], "        ") + """
    ]
);

/// (lemma, class, form kind) of each entry of [`FORMS`], in the same order.
pub const VALUES: &[(&str, CueClass, Form)] = &[
""" + "\n".join("    " + v for v in values) + "\n];\n"
import os
open(os.path.join(os.path.dirname(__file__), "..", "crates/whosaid/src/cues/table.rs"), "w").write(src)
print(len(table))
