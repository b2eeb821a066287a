/**
 * Words of a text read by hand, the same words the global unicode regex `[\p{L}\d]+(?:-(?=\s)|-[\p{L}\d]+)*` finds:
 * a run of letters and digits, a hyphenated compound ("barn-och", "barn- och" keeps "barn-") as
 * one word. The text rule reads every sentence of every commentary word by word; a regex walk
 * makes a match object (and arrays) per word, this makes none.
 */

const LETTER = /^\p{L}$/u;

/** Per UTF-16 unit below 0xD800: 1 a letter or digit, 2 neither, 0 not yet asked. */
const WORD_UNIT = new Uint8Array(0xd800);

/** Whether the code point at `i` (given its first unit `code`) is `[\p{L}\d]`. */
function wordCodeAt(text: string, i: number, code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  if (code < 0xd800) {
    let k = WORD_UNIT[code];
    if (k === 0) WORD_UNIT[code] = k = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    return k === 1;
  }
  // Surrogate pairs and the top of the plane: rare in Swedish prose, asked of the regex directly.
  return LETTER.test(String.fromCodePoint(text.codePointAt(i) as number));
}

/** UTF-16 units the code point at `i` takes. */
function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/**
 * `/[\p{L}\d]/u.test(text[i])`: the one UTF-16 unit at `i` (a surrogate half is no letter; false
 * past the end).
 */
export function isWordChar(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  return (code < 0xd800 || code > 0xdfff) && wordCodeAt(text, i, code);
}

/** `\s` of a `u` regex at offset `i`. */
function isSpaceAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** End of the run of word characters starting at `i` (i itself when none). */
function runEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && wordCodeAt(text, j, text.charCodeAt(j))) j += width(text, j);
  return j;
}

/** Calls `each(start, end)` for every word of `text`, in order. */
export function forEachWord(text: string, each: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!wordCodeAt(text, i, text.charCodeAt(i))) {
      i += width(text, i);
      continue;
    }
    let end = runEnd(text, i);
    // "-" then a space ("barn- och") ends the word with its hyphen; "-" then letters goes on.
    while (end < n && text.charCodeAt(end) === 0x2d) {
      if (isSpaceAt(text, end + 1)) {
        end += 1;
        break;
      }
      const more = runEnd(text, end + 1);
      if (more === end + 1) break;
      end = more;
    }
    each(i, end);
    i = end;
  }
}

/** The words of `text`, as strings. */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (s, e) => out.push(text.slice(s, e)));
  return out;
}
