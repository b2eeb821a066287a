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

/**
 * End of the word that starts at `start` (a word character): its run of word characters, and
 * hyphenated parts after it ("barn-och"; "barn- och" ends after the hyphen).
 */
export function wordEnd(text: string, start: number): number {
  const n = text.length;
  let end = runEnd(text, start);
  // "-" then a space ("barn- och") ends the word with its hyphen; "-" then letters goes on.
  while (end < n && text.charCodeAt(end) === 0x2d) {
    if (isSpaceAt(text, end + 1)) return end + 1;
    const more = runEnd(text, end + 1);
    if (more === end + 1) break;
    end = more;
  }
  return end;
}

/** Whether the code point that ends just before `i` (one or two UTF-16 units) is a word character. */
function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if ((c & 0xfc00) === 0xdc00 && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800) return wordCodeAt(text, i - 2, text.charCodeAt(i - 2));
  return wordCodeAt(text, i - 1, c);
}

/**
 * Whether a word of `text` (as forEachWord reads them) starts at `i`: a word character after
 * none, and not the part after a compound's hyphen ("och" in "barn-och"). Asked of the few
 * offsets a search finds, where forEachWord would walk every word before them.
 */
export function isWordStart(text: string, i: number): boolean {
  if (i >= text.length || !wordCodeAt(text, i, text.charCodeAt(i))) return false;
  // The second unit of a pair belongs to the code point before it.
  if ((text.charCodeAt(i) & 0xfc00) === 0xdc00 && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) return false;
  if (wordCharBefore(text, i)) return false;
  // "x-y": the run before the hyphen goes on through it (a hyphen after a hyphen does not).
  return !(text.charCodeAt(i - 1) === 0x2d && wordCharBefore(text, i - 1));
}

/** Where the first word at or after `i` starts (`i` not inside a word), text.length when none does. */
export function nextWordStart(text: string, i: number): number {
  const n = text.length;
  while (i < n && !wordCodeAt(text, i, text.charCodeAt(i))) i += width(text, i);
  return i;
}

/** Calls `each(start, end)` for every word of `text`, in order. */
export function forEachWord(text: string, each: (start: number, end: number) => void): void {
  const n = text.length;
  for (let i = nextWordStart(text, 0); i < n; ) {
    const end = wordEnd(text, i);
    each(i, end);
    i = nextWordStart(text, end);
  }
}

/** The words of `text`, as strings. */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (s, e) => out.push(text.slice(s, e)));
  return out;
}
