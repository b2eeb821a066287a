/**
 * Word patterns asked of every quote's words ("(?<!\p{L})(?:överskott\p{L}*|positiv\p{L}*|…)(?!\p{L})")
 * try their lookbehind at every offset of the text, and most texts hold none of their words. The
 * literal start of each alternative ("överskott", "positiv") is a word every match contains: a
 * text holding none of them is answered without running the pattern.
 */

/** Characters that stand for themselves in a pattern (no flag `i`: matched as written). */
const LITERAL = /[\p{L}\d \-]/u;

/** Index of the parenthesis closing the group that opens at `open`. */
function closing(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Top-level alternatives of a pattern part. */
function alternatives(part: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < part.length; i++) {
    const c = part[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(part.slice(start, i));
      start = i + 1;
    }
  }
  out.push(part.slice(start));
  return out;
}

/** The literal text an alternative starts with; '' when it starts with anything else. */
function leadingLiteral(alt: string): string {
  let i = 0;
  while (i < alt.length && LITERAL.test(alt[i])) i++;
  // A quantifier after the run makes its last character optional ("budgeterade?").
  if (i > 0 && i < alt.length && '?*{'.includes(alt[i])) i--;
  return alt.slice(0, i);
}

/** Needles of a group of alternatives opening at `open` ("(?:"), undefined when it proves nothing. */
function groupNeedles(source: string, open: number): string[] | undefined {
  const end = closing(source, open);
  if (end < 0) return undefined;
  // An optional group proves nothing.
  if (end + 1 < source.length && '?*{'.includes(source[end + 1])) return undefined;
  const out: string[] = [];
  for (const alt of alternatives(source.slice(open + 3, end))) {
    // "(?:högre|lägre) resultat med": the nested group's own alternatives.
    const inner = alt.startsWith('(?:') ? groupNeedles(alt, 0) : undefined;
    if (inner) {
      out.push(...inner);
      continue;
    }
    const lead = leadingLiteral(alt);
    if (!lead) return undefined;
    out.push(lead);
  }
  return out;
}

/**
 * Words one of which every match of `source` contains, or undefined when the pattern does not
 * say: read from a leading group of alternatives after an optional `^` and lookbehind.
 */
export function needlesOf(source: string): string[] | undefined {
  let i = 0;
  if (source[i] === '^') i++;
  if (source.startsWith('(?<!', i) || source.startsWith('(?<=', i)) {
    const end = closing(source, i);
    if (end < 0) return undefined;
    i = end + 1;
  }
  const rest = source.slice(i);
  // A top-level "|" after the start would leave the rest unproven.
  if (alternatives(rest).length !== 1) return undefined;
  const out = rest.startsWith('(?:') ? groupNeedles(rest, 0) : [leadingLiteral(rest)];
  return out && out.every((n) => n.length > 0) ? [...new Set(out)] : undefined;
}

/** A pattern with its needles: test() and exec() as the RegExp's, skipped where no needle is. */
export interface Quick {
  readonly re: RegExp;
  readonly needles: string[] | undefined;
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/** Every pattern made so far, for the test that checks their needles. */
export const QUICK_PATTERNS: Quick[] = [];

/** Above this many needles one regex looks for them all. */
const MANY_NEEDLES = 3;

export function quick(re: RegExp): Quick {
  if (re.flags.includes('i') || re.global || re.sticky) throw new Error(`quick(): ${re} must be plain (no i, g or y)`);
  // A needle holding another is redundant: a text with it holds the shorter one too ("ökade", "öka").
  const all = needlesOf(re.source);
  const needles = all?.filter((n) => !all.some((o) => o !== n && n.includes(o)));
  // Many needles are looked for in one pass of a plain alternation (no lookbehind to try at each
  // offset), not one includes() each.
  const oneOf = needles && needles.length > MANY_NEEDLES ? new RegExp(needles.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')) : undefined;
  const may = (text: string): boolean => {
    if (!needles) return true;
    if (oneOf) return oneOf.test(text);
    for (let i = 0; i < needles.length; i++) if (text.includes(needles[i])) return true;
    return false;
  };
  const made: Quick = {
    re,
    needles,
    test: (text) => may(text) && re.test(text),
    exec: (text) => (may(text) ? re.exec(text) : null),
  };
  QUICK_PATTERNS.push(made);
  return made;
}
