// The page's only stylesheet, inline (the page loads nothing). Details pop up on hover or focus with
// CSS alone: a mark holds its `.tip`, shown for the innermost hovered or focused mark. Under 700px
// the panels go below the text and a tip becomes a sheet at the bottom of the screen.
export const CSS = `
:root {
  --ink: #1f2328; --muted: #59636e; --line: #d8dee4; --paper: #fff; --wash: #f6f8fa; --focus: #0b57d0;
  --actor: #0e7490; --actor-bg: #cffafe; --place: #15803d; --place-bg: #dcfce7;
  --date: #a16207; --date-bg: #fef3c7; --quote: #9d174d; --quote-bg: #fdf2f8;
  --figure: #1d4ed8; --figure-bg: #dbeafe;
  --missed: #b91c1c; --missed-bg: #fee2e2; --spurious: #7e22ce; --spurious-bg: #f3e8ff; --mismatch: #c2410c; --mismatch-bg: #ffedd5;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: var(--wash); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
header.page { background: var(--paper); border-bottom: 1px solid var(--line); padding: 1rem clamp(1rem, 3vw, 2rem); }
header.page h1 { margin: 0 0 .4rem; font-size: 1.35rem; overflow-wrap: anywhere; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem .6rem; margin: 0; padding: 0; list-style: none; font-size: .85rem; color: var(--muted); }
.legend li { display: inline-flex; align-items: center; gap: .3rem; }
.swatch { display: inline-block; padding: 0 .35rem; border-radius: 3px; border-bottom: 2px solid; font-weight: 600; }
nav.toc { margin-top: .6rem; font-size: .9rem; }
nav.toc ol { margin: .2rem 0 0; padding-left: 1.4rem; columns: 2 18rem; }
main { padding: 1rem clamp(.5rem, 3vw, 2rem) 3rem; max-width: 84rem; margin: 0 auto; }
article.doc { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; margin: 0 0 1.5rem; padding: 1rem clamp(.75rem, 3vw, 1.75rem); }
article.doc > h2 { margin: 0 0 .2rem; font-size: 1.15rem; overflow-wrap: anywhere; }
.sub { margin: 0 0 1rem; color: var(--muted); font-size: .9rem; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(16rem, 24rem); gap: 1.5rem; align-items: start; }
.text { white-space: pre-wrap; overflow-wrap: break-word; font: 1.08rem/1.85 Charter, "Bitstream Charter", Georgia, "Noto Serif", serif; margin: 0; }
.m { border-radius: 3px; padding: .05em 0; color: inherit; background: transparent; border-bottom: 2px solid transparent; }
mark.m { cursor: help; }
.k-actor.m { background: var(--actor-bg); border-color: var(--actor); }
.k-place.m { background: var(--place-bg); border-color: var(--place); }
.k-date.m { background: var(--date-bg); border-color: var(--date); }
.k-figure.m { background: var(--figure-bg); border-color: var(--figure); }
.k-quote.m { background: var(--quote-bg); border-bottom: 1px dashed var(--quote); }
.k-missed.m { background: var(--missed-bg); border-bottom: 3px double var(--missed); }
.k-spurious.m { background: var(--spurious-bg); border-bottom: 2px dotted var(--spurious); }
.k-mismatch.m { background: var(--mismatch-bg); border-bottom: 2px solid var(--mismatch); }
.k-speaker { text-decoration: underline 2px var(--quote); text-underline-offset: .28em; font-weight: 600; }
.k-cue { font-style: italic; color: var(--quote); }
mark.m[data-note]::after { content: " " attr(data-note); font: .72em/1 system-ui, sans-serif; color: var(--muted); vertical-align: .15em; }
mark.k-quote[data-note]::after { font-style: italic; }
mark.m:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
mark.m:focus:not(:focus-visible) { outline-width: 2px; }
.tip { display: none; position: absolute; z-index: 10; margin-top: 1.9em; width: max-content; max-width: min(22rem, 86vw);
  padding: .5rem .65rem; border-radius: 8px; background: #111827; color: #f9fafb; box-shadow: 0 6px 20px rgba(0,0,0,.25);
  font: .82rem/1.45 system-ui, sans-serif; white-space: normal; text-align: left; font-style: normal; font-weight: 400; }
.tip .row { display: block; }
.tip b { display: inline-block; min-width: 5.2rem; color: #9ca3af; font-weight: 500; }
.tip a { color: #93c5fd; }
.m:hover:not(:has(.m:hover)) > .tip, .m:focus-within:not(:has(.m:focus-within)) > .tip { display: block; }
aside.panels { display: grid; gap: 1rem; font-size: .9rem; }
.panel { border: 1px solid var(--line); border-radius: 8px; padding: .6rem .8rem; background: var(--paper); }
.panel h3 { margin: 0 0 .4rem; font-size: .95rem; display: flex; justify-content: space-between; }
.panel h4 { margin: .6rem 0 .2rem; font-size: .8rem; color: var(--muted); font-weight: 600; }
.count { color: var(--muted); font-weight: 400; }
.none { margin: 0; color: var(--muted); }
.panel ul, .panel ol { margin: 0; padding: 0; list-style: none; }
.panel li { padding: .25rem 0; border-top: 1px solid var(--wash); }
.panel li:first-child { border-top: 0; }
.panel li:target { background: #fff8c5; outline: 2px solid var(--focus); border-radius: 4px; }
.name { font-weight: 600; }
.type, .meta, .value, .by { color: var(--muted); }
.meta, .mentions, .by { display: block; font-size: .82rem; }
.mentions a { display: inline-block; min-width: 1.5rem; text-align: center; }
a { color: var(--focus); }
a:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.name.k-actor { color: var(--actor); } .name.k-place { color: var(--place); }
a.k-quote { color: var(--quote); } a.k-figure { color: var(--figure); font-weight: 600; }
.timeline li { display: grid; grid-template-columns: minmax(0, 1fr) 42%; gap: .5rem; align-items: center; }
.timeline a { text-decoration: none; color: inherit; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.timeline .when { color: var(--date); font-weight: 600; }
.track { position: relative; height: 1rem; border-radius: 1rem; background: linear-gradient(var(--line), var(--line)) center / 100% 2px no-repeat; }
.bar { position: absolute; top: .2rem; height: .6rem; min-width: .6rem; border-radius: .6rem; background: var(--date); opacity: .85; }
.ref { position: absolute; top: -.3rem; bottom: -.3rem; width: 0; border-left: 2px dashed var(--muted); }
.scale { margin: .35rem 0 0; font-size: .75rem; color: var(--muted); }
details.metrics { margin-top: .6rem; font-size: .9rem; }
details.metrics summary { cursor: pointer; }
table.metrics { border-collapse: collapse; font-size: .88rem; margin: .5rem 0 0; }
table.metrics th, table.metrics td { text-align: left; padding: .2rem .6rem; border-bottom: 1px solid var(--line); }
@media (max-width: 700px) {
  .layout { grid-template-columns: minmax(0, 1fr); }
  .text { font-size: 1rem; line-height: 1.75; }
  .tip { position: fixed; left: .5rem; right: .5rem; bottom: .5rem; margin: 0; width: auto; max-width: none; font-size: .9rem; }
}
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
@media print { .tip { display: none !important; } aside.panels { break-inside: avoid; } }
`;
