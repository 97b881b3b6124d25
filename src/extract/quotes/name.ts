// The name a speaker mention stands for: the mention without what only places or qualifies it.
//   Rep. Patrick J. Tiberi (R-Ohio)                          -> Rep. Patrick J. Tiberi
//   Stephen Vladeck of the University of Texas School of Law -> Stephen Vladeck
//   Ben Jacobs in The Guardian  /  Trump in his speech        -> Ben Jacobs  /  Trump
//   Bank of America  /  the Washington Post                  -> unchanged
const PARENTHETICAL = /\s*\([^()]*\)?$/;
/** A name of capitalised words, then a preposition that starts a modifier: `of the ...`, `in ...`, `at ...`. */
const NAME_THEN_MODIFIER = /^((?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*)\s+(?:(?:in|at|from|with|on)\s|of\s+(?:the|a|an)\s)/u;

export function speakerName(mention: string): string {
  const head = NAME_THEN_MODIFIER.exec(mention)?.[1] ?? mention;
  const name = head.replace(PARENTHETICAL, "");
  return name === "" ? mention : name;
}
