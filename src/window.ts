// The text just before or just after a span, for the rules that look left and right of a match
// (`the year` before `1997`, `(AFP)` after a name). Each caller names its own width, after what it
// looks for: `const LEAD = 12; // "the year ", "fiscal "`.

/** Up to `chars` characters of `text` that end at `at`. */
export function textBefore(text: string, at: number, chars: number): string {
  return text.slice(Math.max(0, at - chars), at);
}

/** Up to `chars` characters of `text` that start at `at`. */
export function textAfter(text: string, at: number, chars: number): string {
  return text.slice(at, at + chars);
}
