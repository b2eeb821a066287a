/**
 * A fast path for a worksheet part: the `<row>`, `<c>`, `<v>` and `<f>` elements inside
 * `<sheetData>` (nearly all of its bytes, `scanSheetData`), and around them a walker over the rest
 * of the part that checks what saxes checks there (`scanSheet`). saxes reads the whole sheet
 * whenever this scanner meets anything it does not handle exactly as saxes would: it then gives
 * up (`throw SCAN_BAIL`) and the caller reads the sheet again with saxes alone.
 *
 * Why: on a workbook of a million cells saxes (a general, character-by-character tokenizer that
 * builds a tag object and an attribute record per element) took about 60 % of the read, more
 * than the inflate and the grid together. This scanner works on the UTF-8 bytes, builds no
 * string for a number, a shared-string index, a style index or an address, and hands the cell
 * to the reader as plain values.
 *
 * What it handles as saxes does (with `xmlns: false`, as `xml.ts` runs it): namespace prefixes
 * on element names (`<x:c>`, compared by local name, closing tags matched by the full name),
 * attributes in any order and with either quote, `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` and
 * character references in attribute values and text, CDATA sections in `<v>` and `<f>`,
 * whitespace between elements (also CR LF), self-closing elements. What makes it give up
 * (saxes then decides, also whether the file is damaged): any other element in sheetData, row or
 * c (inline strings `<is>`, `extLst` …), comments and processing instructions, text outside
 * v and f, a CR or a control character in text or attribute values (saxes normalises or refuses
 * those), a character reference saxes would refuse, an unknown entity, `]]>` in text, a duplicate
 * attribute, a name with a character outside ASCII, and anything malformed.
 */

/** Thrown when the scanner gives up; never escapes `readSheet`. */
export const SCAN_BAIL = { bail: true } as const;

/** What the reader does with what the scanner finds, in document order. */
export interface SheetDataSink {
  /**
   * A `<row>`: its `r` as a number when it is plain digits (`rNum`, else -1 and `r` as saxes
   * would give it: the decoded string, or undefined when absent), and its `hidden` attribute.
   */
  row(rNum: number, r: string | undefined, hidden: string | undefined): void;
  /**
   * A `<c>` opens: its address decoded (row 0 / col 0 where absent or not an address, exactly as
   * `decodeAddress` in reader.ts reads it), its `t` (undefined when absent) and `s` (as a number
   * when plain digits, else -1 and the string in `sText`).
   */
  cellOpen(row: number, col: number, t: string | undefined, sNum: number, sText: string | undefined): void;
  /**
   * The cell's `<v>` text; `num` is its value as `Number(text.trim())` when it is a plain decimal
   * (then also `parseInt(text, 10)` when it is an integer), else NaN. `text` is null only when
   * `num` is a number and the cell's type is absent, `n` or `s`, which need no more.
   */
  value(text: string | null, num: number): void;
  /** An `<f>` with its text and the attributes the reader uses (undefined when the element has none of them). */
  formula(text: string, attrs: Record<string, string> | null): void;
  cellClose(): void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const AMP = 0x26;
const EQ = 0x3d;
const DQ = 0x22;
const SQ = 0x27;
const COLON = 0x3a;

const utf8 = new TextDecoder('utf-8');

export function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x09 || b === 0x0d;
}

/** ASCII name characters only; anything else makes the scanner give up (saxes knows the rest). */
function isNameStart(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || b === 0x5f || b === COLON;
}

function isNameChar(b: number): boolean {
  return isNameStart(b) || (b >= 0x30 && b <= 0x39) || b === 0x2d || b === 0x2e;
}

/** XML 1.0's Char production, as saxes checks character references against it. */
function isXmlChar(n: number): boolean {
  return n === 0x9 || n === 0xa || n === 0xd || (n >= 0x20 && n <= 0xd7ff) || (n >= 0xe000 && n <= 0xfffd) || (n >= 0x10000 && n <= 0x10ffff);
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * The bytes [s, e) as `Number(text.trim())` when they are an optional minus, digits and an
 * optional fraction with at most 15 digits in all (ASCII whitespace around allowed), else NaN
 * (the caller then uses the string). Exact: an integer below 2^53 divided by an exact power of
 * ten is correctly rounded, as Number() is.
 */
export function plainDecimal(b: Uint8Array, s: number, e: number): number {
  while (s < e && isSpace(b[s])) s++;
  while (e > s && isSpace(b[e - 1])) e--;
  if (s >= e) return NaN;
  let i = s;
  const neg = b[i] === 0x2d;
  if (neg) i++;
  // A digit first (".5" is a number but no parseInt).
  if (i >= e || b[i] < 0x30 || b[i] > 0x39) return NaN;
  let m = 0;
  let digits = 0;
  let frac = -1;
  for (; i < e; i++) {
    const c = b[i];
    if (c >= 0x30 && c <= 0x39) {
      m = m * 10 + (c - 0x30);
      digits++;
      if (frac >= 0) frac++;
    } else if (c === 0x2e && frac < 0) frac = 0;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const v = frac > 0 ? m / POW10[frac] : m;
  return neg ? -v : v;
}

/** Where digitsToClose stopped (the '<' of the closing tag). */
let numEnd = 0;

/**
 * From p: an optional minus, a digit, digits and at most one point, at most 15 digits, directly
 * followed by '</' – the number, exactly as plainDecimal gives it for those bytes (numEnd then
 * says where the '<' is); else NaN, and the caller takes the general path.
 */
function digitsToClose(b: Uint8Array, p: number): number {
  const neg = b[p] === 0x2d;
  if (neg) p++;
  let c = b[p];
  if (c < 0x30 || c > 0x39) return NaN;
  let m = 0;
  let digits = 0;
  let frac = -1;
  for (;;) {
    if (c >= 0x30 && c <= 0x39) {
      m = m * 10 + (c - 0x30);
      digits++;
      if (frac >= 0) frac++;
    } else if (c === 0x2e && frac < 0) frac = 0;
    else break;
    c = b[++p];
  }
  if (c !== LT || b[p + 1] !== SLASH || digits > 15) return NaN;
  numEnd = p;
  const v = frac > 0 ? m / POW10[frac] : m;
  return neg ? -v : v;
}

/** Plain digits [s, e) as an integer (at most 15 digits), else -1. */
function plainInt(b: Uint8Array, s: number, e: number): number {
  if (s >= e || e - s > 15) return -1;
  let n = 0;
  for (let i = s; i < e; i++) {
    const c = b[i];
    if (c < 0x30 || c > 0x39) return -1;
    n = n * 10 + (c - 0x30);
  }
  return n;
}

/** Entity references in a decoded string, resolved as saxes resolves them; gives up on any other. */
function resolveEntities(t: string): string {
  let out = '';
  let from = 0;
  for (let i = t.indexOf('&'); i >= 0; i = t.indexOf('&', from)) {
    const semi = t.indexOf(';', i + 1);
    if (semi < 0) throw SCAN_BAIL;
    const name = t.slice(i + 1, semi);
    let rep: string;
    if (name === 'lt') rep = '<';
    else if (name === 'gt') rep = '>';
    else if (name === 'amp') rep = '&';
    else if (name === 'quot') rep = '"';
    else if (name === 'apos') rep = "'";
    else {
      let n = NaN;
      if (/^#x[0-9a-fA-F]+$/.test(name)) n = parseInt(name.slice(2), 16);
      else if (/^#[0-9]+$/.test(name)) n = parseInt(name.slice(1), 10);
      if (!isXmlChar(n)) throw SCAN_BAIL;
      rep = String.fromCodePoint(n);
    }
    out += t.slice(from, i) + rep;
    from = semi + 1;
  }
  return from === 0 ? t : out + t.slice(from);
}

/** Character codes of a short ASCII text, reused. */
const CODES: number[] = [];

/** Bytes [s, e) as text; `entities`: resolve references. Gives up on what saxes would refuse. */
export function decodeText(b: Uint8Array, s: number, e: number, entities: boolean): string {
  let ascii = true;
  for (let i = s; i < e; i++) {
    const c = b[i];
    if (c >= 0x80) ascii = false;
    // A CR saxes would turn into LF; a control character it would refuse.
    else if (c < 0x20 && c !== 0x09 && c !== 0x0a) throw SCAN_BAIL;
  }
  let t: string;
  if (ascii && e - s <= 64) {
    // One string from the codes (adding a character at a time built a string per character:
    // a formula's text cost ten times its length in garbage).
    const codes = CODES;
    codes.length = e - s;
    for (let i = s; i < e; i++) codes[i - s] = b[i];
    t = String.fromCharCode.apply(null, codes);
  } else {
    t = utf8.decode(b.subarray(s, e));
    // U+FFFE and U+FFFF are no XML characters (saxes refuses them).
    if (!ascii && /[\uFFFE\uFFFF]/.test(t)) throw SCAN_BAIL;
  }
  return entities && t.indexOf('&') >= 0 ? resolveEntities(t) : t;
}

/** "AB12" from bytes, exactly as reader.ts's decodeAddress reads the string; [-1, -1] when it needs the string. */
function addressOf(b: Uint8Array, s: number, e: number, out: Int32Array): void {
  let col = 0;
  let i = s;
  for (; i < e; i++) {
    const c = b[i];
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break;
  }
  let row = 0;
  for (; i < e; i++) {
    const c = b[i];
    if (c >= 48 && c <= 57) row = row * 10 + (c - 48);
    else if (c === AMP || c >= 0x80) {
      out[0] = -1;
      return;
    } else if (c !== 36) {
      out[0] = 0;
      out[1] = 0;
      return;
    }
  }
  out[0] = row;
  out[1] = col;
}

/** What a helper found besides the position it returns (one object, reused: no allocation per tag). */
export interface ScanState {
  /** Attributes of the tag just read, four numbers each: name start, name end, value start, value end. */
  spans: Int32Array;
  count: number;
  selfClosed: boolean;
  /** Text of a v or f read with references or CDATA; null when it is the plain bytes [plainStart, plainEnd). */
  text: string | null;
  plainStart: number;
  plainEnd: number;
}

export const MAX_ATTRS = 16;

/**
 * The end of the attribute value whose opening quote is at `q` (the closing quote's index), as
 * saxes reads it: '<' is refused, and tab, LF and CR it normalises to spaces — both sent to saxes.
 */
function quotedValueEnd(b: Uint8Array, q: number): number {
  const quote = b[q];
  if (quote !== DQ && quote !== SQ) throw SCAN_BAIL;
  const n = b.length;
  let p = q + 1;
  while (p < n) {
    const d = b[p];
    if (d === quote) return p;
    if (d === LT || d < 0x20) throw SCAN_BAIL;
    p++;
  }
  throw SCAN_BAIL;
}

function skipSpace(b: Uint8Array, p: number): number {
  const n = b.length;
  while (p < n) {
    const c = b[p];
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) break;
    p++;
  }
  return p;
}

/** The end of a qualified name starting at p. */
export function readName(b: Uint8Array, p: number): number {
  const n = b.length;
  if (p >= n || !isNameStart(b[p])) throw SCAN_BAIL;
  let j = p + 1;
  while (j < n && isNameChar(b[j])) j++;
  if (j < n && b[j] >= 0x80) throw SCAN_BAIL;
  return j;
}

/** Whether b[s, e) has the local name given by its character codes. */
function isLocal(b: Uint8Array, s: number, e: number, name: readonly number[]): boolean {
  let l = s;
  for (let k = s; k < e; k++) {
    if (b[k] === COLON) {
      l = k + 1;
      break;
    }
  }
  if (e - l !== name.length) return false;
  for (let k = 0; k < name.length; k++) if (b[l + k] !== name[k]) return false;
  return true;
}

/**
 * Attributes from p up to '>' or '/>' into st.spans (duplicates refused, as saxes refuses
 * them); st.selfClosed tells which. Returns the position after the tag.
 */
export function readAttrs(b: Uint8Array, p: number, st: ScanState): number {
  const n = b.length;
  const spans = st.spans;
  let count = 0;
  for (;;) {
    const ws = p;
    p = skipSpace(b, p);
    if (p >= n) throw SCAN_BAIL;
    const c = b[p];
    if (c === GT) {
      st.count = count;
      st.selfClosed = false;
      return p + 1;
    }
    if (c === SLASH) {
      if (b[p + 1] !== GT) throw SCAN_BAIL;
      st.count = count;
      st.selfClosed = true;
      return p + 2;
    }
    // saxes wants whitespace before every attribute.
    if (p === ws) throw SCAN_BAIL;
    const ns = p;
    const ne = readName(b, p);
    p = skipSpace(b, ne);
    if (b[p] !== EQ) throw SCAN_BAIL;
    p = skipSpace(b, p + 1);
    const vs = p + 1;
    const ve = quotedValueEnd(b, p);
    p = ve + 1;
    if (4 * count === spans.length) throw SCAN_BAIL;
    const len = ne - ns;
    for (let k = 0; k < count; k++) {
      const ks = spans[4 * k];
      if (spans[4 * k + 1] - ks !== len) continue;
      let m = 0;
      while (m < len && b[ks + m] === b[ns + m]) m++;
      if (m === len) throw SCAN_BAIL;
    }
    const at = 4 * count;
    spans[at] = ns;
    spans[at + 1] = ne;
    spans[at + 2] = vs;
    spans[at + 3] = ve;
    count++;
  }
}

/** At p = '</': the closing tag of the element named b[s, e). Returns the position after it. */
export function closeTag(b: Uint8Array, p: number, s: number, e: number): number {
  p += 2;
  // The open tag's name byte for byte, then no further name character (as readName would
  // find the same end): no second scan of the name.
  const len = e - s;
  for (let k = 0; k < len; k++) if (b[p + k] !== b[s + k]) throw SCAN_BAIL;
  const ne = p + len;
  if (ne < b.length && (isNameChar(b[ne]) || b[ne] >= 0x80)) throw SCAN_BAIL;
  p = skipSpace(b, ne);
  if (b[p] !== GT) throw SCAN_BAIL;
  return p + 1;
}

/**
 * Character data of a v or f from p to its closing tag (name b[s, e)), CDATA sections included,
 * into st.text (or st.plainStart / st.plainEnd). Returns the position after the closing tag.
 */
function content(b: Uint8Array, p: number, s: number, e: number, st: ScanState): number {
  const n = b.length;
  let text: string | null = null;
  let runStart = p;
  for (;;) {
    while (p < n) {
      const c = b[p];
      if (c === LT) break;
      // "]]>" is refused in character data.
      if (c === 0x5d && b[p + 1] === 0x5d && b[p + 2] === GT) throw SCAN_BAIL;
      p++;
    }
    if (p >= n) throw SCAN_BAIL;
    if (b[p + 1] === SLASH) {
      if (text === null) {
        st.plainStart = runStart;
        st.plainEnd = p;
      } else text += decodeText(b, runStart, p, true);
      st.text = text;
      return closeTag(b, p, s, e);
    }
    // <![CDATA[ … ]]>
    if (b[p + 1] === 0x21 && b[p + 2] === 0x5b && b[p + 3] === 0x43 && b[p + 4] === 0x44 && b[p + 5] === 0x41 && b[p + 6] === 0x54 && b[p + 7] === 0x41 && b[p + 8] === 0x5b) {
      text = (text ?? '') + decodeText(b, runStart, p, true);
      const cs = p + 9;
      let ce = cs;
      while (ce + 2 < n && !(b[ce] === 0x5d && b[ce + 1] === 0x5d && b[ce + 2] === GT)) ce++;
      if (ce + 2 >= n) throw SCAN_BAIL;
      text += decodeText(b, cs, ce, false);
      p = ce + 3;
      runStart = p;
      continue;
    }
    throw SCAN_BAIL;
  }
}

function attrText(b: Uint8Array, st: ScanState, k: number): string {
  return decodeText(b, st.spans[4 * k + 2], st.spans[4 * k + 3], true);
}

/** Whether attribute k's name is exactly the ASCII word. */
function attrNamed(b: Uint8Array, st: ScanState, k: number, word: string): boolean {
  const s = st.spans[4 * k];
  if (st.spans[4 * k + 1] - s !== word.length) return false;
  for (let m = 0; m < word.length; m++) if (b[s + m] !== word.charCodeAt(m)) return false;
  return true;
}

const ROW = [0x72, 0x6f, 0x77];
const C = [0x63];
const V = [0x76];
const F = [0x66];

/**
 * Scan sheetData's content from `start` to its closing tag (whose qualified name is `qname`),
 * telling the sink what it holds. Returns where the closing tag begins.
 */
export function scanSheetData(b: Uint8Array, start: number, qname: Uint8Array, sink: SheetDataSink): number {
  const n = b.length;
  const addr = new Int32Array(2);
  let num = NaN;
  const st: ScanState = { spans: new Int32Array(4 * MAX_ATTRS), count: 0, selfClosed: false, text: null, plainStart: 0, plainEnd: 0 };
  const spans = st.spans;
  let i = start;
  for (;;) {
    // sheetData's content: rows.
    i = skipSpace(b, i);
    if (i >= n || b[i] !== LT) throw SCAN_BAIL;
    if (b[i + 1] === SLASH) {
      const ne = readName(b, i + 2);
      if (ne - (i + 2) !== qname.length) throw SCAN_BAIL;
      for (let k = 0; k < qname.length; k++) if (b[i + 2 + k] !== qname[k]) throw SCAN_BAIL;
      return i;
    }
    const rs = i + 1;
    const re = readName(b, rs);
    if (!isLocal(b, rs, re, ROW)) throw SCAN_BAIL;
    i = readAttrs(b, re, st);
    let rNum = -1;
    let rText: string | undefined;
    let hidden: string | undefined;
    for (let k = 0; k < st.count; k++) {
      if (attrNamed(b, st, k, 'r')) {
        rNum = plainInt(b, spans[4 * k + 2], spans[4 * k + 3]);
        if (rNum < 0) rText = attrText(b, st, k);
      } else if (attrNamed(b, st, k, 'hidden')) hidden = attrText(b, st, k);
    }
    sink.row(rNum, rText, hidden);
    if (st.selfClosed) continue;
    // The row's content: cells.
    for (;;) {
      i = skipSpace(b, i);
      if (i >= n || b[i] !== LT) throw SCAN_BAIL;
      if (b[i + 1] === SLASH) {
        i = closeTag(b, i, rs, re);
        break;
      }
      const cs = i + 1;
      const ce = readName(b, cs);
      if (!isLocal(b, cs, ce, C)) throw SCAN_BAIL;
      // The cell's attributes read and taken in one pass (readAttrs' spans, then a second loop over
      // them, cost a sixth of the scan). r, s and t are told apart by a bit each; any other
      // attribute is kept in st.spans only to refuse a duplicate, as saxes does.
      let row = 0;
      let col = 0;
      let t: string | undefined;
      let sNum = 0;
      let sText: string | undefined;
      let seen = 0;
      let others = 0;
      let p = ce;
      for (;;) {
        const ws = p;
        while (p < n && isSpace(b[p])) p++;
        if (p >= n) throw SCAN_BAIL;
        const c0 = b[p];
        if (c0 === GT) {
          st.selfClosed = false;
          p++;
          break;
        }
        if (c0 === SLASH) {
          if (b[p + 1] !== GT) throw SCAN_BAIL;
          st.selfClosed = true;
          p += 2;
          break;
        }
        if (p === ws) throw SCAN_BAIL;
        const ns = p;
        const ne = readName(b, p);
        p = skipSpace(b, ne);
        if (b[p] !== EQ) throw SCAN_BAIL;
        p = skipSpace(b, p + 1);
        const vs = p + 1;
        const ve = quotedValueEnd(b, p);
        p = ve + 1;
        const name = ne - ns === 1 ? b[ns] : 0;
        if (name === 0x72) {
          // r
          if (seen & 1) throw SCAN_BAIL;
          seen |= 1;
          addressOf(b, vs, ve, addr);
          if (addr[0] < 0) [row, col] = decodeAddressText(decodeText(b, vs, ve, true));
          else {
            row = addr[0];
            col = addr[1];
          }
        } else if (name === 0x74) {
          // t: the usual words without building a string each time.
          if (seen & 2) throw SCAN_BAIL;
          seen |= 2;
          const len = ve - vs;
          const v0 = b[vs];
          t =
            len === 1 && v0 === 0x73 ? 's' : len === 1 && v0 === 0x6e ? 'n' : len === 3 && v0 === 0x73 && b[vs + 1] === 0x74 && b[vs + 2] === 0x72 ? 'str' : len === 1 && v0 === 0x62 ? 'b' : len === 1 && v0 === 0x65 ? 'e' : decodeText(b, vs, ve, true);
        } else if (name === 0x73) {
          // s
          if (seen & 4) throw SCAN_BAIL;
          seen |= 4;
          sNum = plainInt(b, vs, ve);
          if (sNum < 0) sText = decodeText(b, vs, ve, true);
        } else {
          const len = ne - ns;
          for (let k = 0; k < others; k++) {
            const ks = spans[2 * k];
            if (spans[2 * k + 1] - ks !== len) continue;
            let m = 0;
            while (m < len && b[ks + m] === b[ns + m]) m++;
            if (m === len) throw SCAN_BAIL;
          }
          if (others === 2 * MAX_ATTRS) throw SCAN_BAIL;
          spans[2 * others] = ns;
          spans[2 * others + 1] = ne;
          others++;
        }
      }
      i = p;
      sink.cellOpen(row, col, t, sNum, sText);
      if (!st.selfClosed) {
        for (;;) {
          i = skipSpace(b, i);
          if (i >= n || b[i] !== LT) throw SCAN_BAIL;
          if (b[i + 1] === SLASH) {
            i = closeTag(b, i, cs, ce);
            break;
          }
          const es = i + 1;
          const ee = readName(b, es);
          if (isLocal(b, es, ee, V)) {
            // Nearly always a bare <v>.
            if (b[ee] === GT) {
              st.selfClosed = false;
              i = ee + 1;
            } else i = readAttrs(b, ee, st);
            if (st.selfClosed) sink.value('', NaN);
            else if ((num = digitsToClose(b, i)) === num) {
              // A plain decimal right up to '</': read as it is scanned (content() and
              // plainDecimal() would go over the same bytes twice).
              const end = numEnd;
              sink.value(t === undefined || t === 'n' || t === 's' ? null : decodeText(b, i, end, true), num);
              i = closeTag(b, end, es, ee);
            } else {
              i = content(b, i, es, ee, st);
              if (st.text !== null) sink.value(st.text, NaN);
              else {
                // A number or a shared-string index needs no string when its digits are plain.
                num = plainDecimal(b, st.plainStart, st.plainEnd);
                sink.value(num === num && (t === undefined || t === 'n' || t === 's') ? null : decodeText(b, st.plainStart, st.plainEnd, true), num);
              }
            }
          } else if (isLocal(b, es, ee, F)) {
            i = readAttrs(b, ee, st);
            let fa: Record<string, string> | null = null;
            for (let k = 0; k < st.count; k++) {
              const key = attrNamed(b, st, k, 't') ? 't' : attrNamed(b, st, k, 'si') ? 'si' : attrNamed(b, st, k, 'ref') ? 'ref' : undefined;
              if (key) (fa ??= {})[key] = attrText(b, st, k);
            }
            if (st.selfClosed) sink.formula('', fa);
            else {
              i = content(b, i, es, ee, st);
              sink.formula(st.text ?? decodeText(b, st.plainStart, st.plainEnd, true), fa);
            }
          } else throw SCAN_BAIL;
        }
      }
      sink.cellClose();
    }
  }
}

/** What the reader takes from a worksheet outside sheetData, with the attributes as saxes gives them. */
export interface SheetSink extends SheetDataSink {
  /** A `<mergeCell>` (any prefix) outside sheetData: its `ref`, undefined when absent. */
  mergeCell(ref: string | undefined): void;
  /** A `<col>` outside sheetData: its `min`, `max` and `hidden`. */
  col(min: string | undefined, max: string | undefined, hidden: string | undefined): void;
}

const MERGE_CELL = [0x6d, 0x65, 0x72, 0x67, 0x65, 0x43, 0x65, 0x6c, 0x6c];
const COL = [0x63, 0x6f, 0x6c];
const SHEET_DATA = [0x73, 0x68, 0x65, 0x65, 0x74, 0x44, 0x61, 0x74, 0x61];

/**
 * `<?xml version="1.0" …?>` at p, in the one form saxes accepts and every writer uses: version
 * "1.0", then optionally encoding (a name) and standalone ("yes" or "no"), in that order.
 * Returns the position after it; gives up on anything else (saxes then decides).
 */
export function xmlDecl(b: Uint8Array, p: number): number {
  p += 5; // <?xml
  const names = ['version', 'encoding', 'standalone'];
  let next = 0;
  for (;;) {
    const ws = p;
    p = skipSpace(b, p);
    if (b[p] === 0x3f && b[p + 1] === GT) {
      if (next === 0) throw SCAN_BAIL;
      return p + 2;
    }
    if (p === ws) throw SCAN_BAIL;
    const ns = p;
    while (p < b.length && b[p] >= 0x61 && b[p] <= 0x7a) p++;
    let k = next;
    while (k < names.length && !nameIs(b, ns, p, names[k])) k++;
    if (k === names.length || (next === 0 && k !== 0)) throw SCAN_BAIL;
    next = k + 1;
    p = skipSpace(b, p);
    if (b[p] !== EQ) throw SCAN_BAIL;
    p = skipSpace(b, p + 1);
    const quote = b[p];
    if (quote !== DQ && quote !== SQ) throw SCAN_BAIL;
    const vs = ++p;
    while (p < b.length && b[p] !== quote) p++;
    if (p >= b.length) throw SCAN_BAIL;
    const ve = p++;
    if (k === 0 && !nameIs(b, vs, ve, '1.0')) throw SCAN_BAIL;
    if (k === 1) {
      if (ve === vs || !((b[vs] >= 0x41 && b[vs] <= 0x5a) || (b[vs] >= 0x61 && b[vs] <= 0x7a))) throw SCAN_BAIL;
      for (let m = vs + 1; m < ve; m++) {
        const c = b[m];
        if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x5f || c === 0x2d)) throw SCAN_BAIL;
      }
    }
    if (k === 2 && !nameIs(b, vs, ve, 'yes') && !nameIs(b, vs, ve, 'no')) throw SCAN_BAIL;
  }
}

function nameIs(b: Uint8Array, s: number, e: number, word: string): boolean {
  if (e - s !== word.length) return false;
  for (let m = 0; m < word.length; m++) if (b[s + m] !== word.charCodeAt(m)) return false;
  return true;
}

/** Character data outside sheetData: the reader ignores it, but it must be what saxes accepts. */
function checkText(b: Uint8Array, s: number, e: number, inRoot: boolean): void {
  let plain = true;
  for (let i = s; i < e; i++) {
    const c = b[i];
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) {
      plain = false;
      break;
    }
  }
  if (plain) return;
  // Text outside the root element is an error; inside, decodeText refuses what saxes refuses.
  if (!inRoot) throw SCAN_BAIL;
  for (let i = s; i + 2 < e; i++) if (b[i] === 0x5d && b[i + 1] === 0x5d && b[i + 2] === GT) throw SCAN_BAIL;
  decodeText(b, s, e, true);
}

/** Attribute values of the tag just read: references and non-ASCII checked as saxes checks them. */
function checkAttrValues(b: Uint8Array, st: ScanState): void {
  for (let k = 0; k < st.count; k++) {
    const vs = st.spans[4 * k + 2];
    const ve = st.spans[4 * k + 3];
    for (let m = vs; m < ve; m++) {
      const c = b[m];
      if (c === AMP || c >= 0x80) {
        decodeText(b, vs, ve, true);
        break;
      }
    }
  }
}

/**
 * A whole worksheet part: sheetData's content through scanSheetData, the rest through a walker
 * that takes merges and column ranges and checks what saxes would check (tags balanced, one root
 * element, attributes, references, text). Anything else – a comment, a processing instruction,
 * a DOCTYPE, CDATA outside v and f, an unusual XML declaration – makes it give up, and saxes
 * reads the sheet. Why: with saxes before and after sheetData, each of a workbook's hundreds of
 * small sheets built a parser and decoded its head and tail, a tenth of the read.
 */
export function scanSheet(b: Uint8Array, sink: SheetSink): void {
  const n = b.length;
  let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  if (b[i] === LT && b[i + 1] === 0x3f && b[i + 2] === 0x78 && b[i + 3] === 0x6d && b[i + 4] === 0x6c && isSpace(b[i + 5] ?? 0)) i = xmlDecl(b, i);
  const st: ScanState = { spans: new Int32Array(4 * MAX_ATTRS), count: 0, selfClosed: false, text: null, plainStart: 0, plainEnd: 0 };
  const spans = st.spans;
  /** Open elements' names: start and end of each. */
  let stack = new Int32Array(64);
  let depth = 0;
  let rootDone = false;
  for (;;) {
    const ts = i;
    while (i < n && b[i] !== LT) i++;
    if (i > ts) checkText(b, ts, i, depth > 0);
    if (i >= n) break;
    const next = b[i + 1];
    if (next === SLASH) {
      if (depth === 0) throw SCAN_BAIL;
      depth--;
      i = closeTag(b, i, stack[2 * depth], stack[2 * depth + 1]);
      if (depth === 0) rootDone = true;
      continue;
    }
    // A comment, CDATA, DOCTYPE or processing instruction; or a second root element.
    if (next === 0x21 || next === 0x3f || rootDone) throw SCAN_BAIL;
    const s = i + 1;
    const e = readName(b, s);
    i = readAttrs(b, e, st);
    checkAttrValues(b, st);
    if (isLocal(b, s, e, SHEET_DATA)) {
      if (!st.selfClosed) {
        i = scanSheetData(b, i, b.subarray(s, e), sink);
        i = closeTag(b, i, s, e);
        if (depth === 0) rootDone = true;
        continue;
      }
    } else if (isLocal(b, s, e, MERGE_CELL)) {
      let ref: string | undefined;
      for (let k = 0; k < st.count; k++) if (attrNamed(b, st, k, 'ref')) ref = attrText(b, st, k);
      sink.mergeCell(ref);
    } else if (isLocal(b, s, e, COL)) {
      let min: string | undefined;
      let max: string | undefined;
      let hidden: string | undefined;
      for (let k = 0; k < st.count; k++) {
        if (spans[4 * k + 1] - spans[4 * k] > 6) continue;
        if (attrNamed(b, st, k, 'min')) min = attrText(b, st, k);
        else if (attrNamed(b, st, k, 'max')) max = attrText(b, st, k);
        else if (attrNamed(b, st, k, 'hidden')) hidden = attrText(b, st, k);
      }
      sink.col(min, max, hidden);
    }
    if (st.selfClosed) {
      if (depth === 0) rootDone = true;
      continue;
    }
    if (2 * depth + 2 > stack.length) {
      const grown = new Int32Array(stack.length * 2);
      grown.set(stack);
      stack = grown;
    }
    stack[2 * depth] = s;
    stack[2 * depth + 1] = e;
    depth++;
  }
  if (depth !== 0 || !rootDone) throw SCAN_BAIL;
}

/** "AB12" → [row, col]; [0, 0] when it is not an address (the string form, for saxes' attributes and for an address with a reference or non-ASCII in it). */
export function decodeAddressText(ref: string): [number, number] {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break;
  }
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 48 && c <= 57) row = row * 10 + (c - 48);
    else if (c !== 36) return [0, 0];
  }
  return [row, col];
}
