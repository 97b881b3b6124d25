// Which attributions are speech: content in quotation marks, or a cue that is a form of a saying verb.
const VERBS = [
  "say", "tell", "add", "state", "announce", "write", "claim", "ask", "explain", "note", "insist", "argue", "declare",
  "warn", "report", "reply", "continue", "acknowledge", "suggest", "confirm", "deny", "describe", "call", "urge",
  "promise", "predict", "recall", "tweet", "post",
];
// irregular forms that a suffix rule misses
const IRREGULAR = new Set(["said", "says", "told", "wrote", "written", "writes"]);

const FORMS = new Set(
  VERBS.flatMap((v) => {
    const stem = v.endsWith("e") ? v.slice(0, -1) : v;
    const y = v.endsWith("y") && !/[aeiou]y$/.test(v) ? v.slice(0, -1) + "i" : null;
    return [v, `${v}s`, `${v}es`, `${stem}ed`, `${stem}ing`, ...(y ? [`${y}es`, `${y}ed`] : [])];
  }),
);

export function isSpeechCue(cue: string): boolean {
  const lower = cue.toLowerCase();
  if (/\baccording to\b/.test(lower)) return true;
  return lower.split(/[^a-z]+/).some((w) => FORMS.has(w) || IRREGULAR.has(w));
}

export function isSpeechAttribution(kind: string, cue: string | null): boolean {
  return kind === "direct" || kind === "partial" || (cue !== null && isSpeechCue(cue));
}
