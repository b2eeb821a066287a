import { closeTag, decodeText, isSpace, readAttrs, readName, SCAN_BAIL, xmlDecl, type ScanState } from './sheet-scan';
import type { Attrs, XmlHandlers } from './xml';

/**
 * The small parts of a package (relationships, workbook.xml, styles.xml, the shared strings)
 * read from their UTF-8 bytes with the sheet scanner's tokenizer, giving exactly the events
 * saxes gives through `xml.ts` (local names, attributes as saxes's record, self-closing tags
 * opened and closed, every run of character data). It gives up (`SCAN_BAIL`) on whatever it does
 * not read exactly as saxes would – a comment, a processing instruction, CDATA, a DOCTYPE, a CR
 * or a tab in an attribute value, a CR in text, an unknown entity, a name outside ASCII – and on
 * anything malformed; saxes then reads the part and decides.
 *
 * Why: after a garbage collection saxes's optimized code is thrown away (it depended on the
 * maps of the dead parser objects), so every read ran saxes cold over these parts: about 15 ms
 * of a 100 k-cell workbook's read, for 80 kB of XML.
 *
 * The events are collected and handed to the handlers only when the whole part scanned
 * cleanly: handlers keep state, and a part the scanner gives up on must reach them through
 * saxes alone.
 */

const OPEN = 0;
const OPEN_SELF_CLOSING = 1;
const CLOSE = 2;
const TEXT = 3;

/** The events of a part, in document order: a kind, a name or text, and an open tag's attributes. */
interface XmlEvents {
  kinds: number[];
  texts: string[];
  attrs: (Attrs | null)[];
}

const utf8 = new TextDecoder('utf-8');

/** The local name of b[s, e) (after the first colon), as xml.ts's localName gives it. */
function localNameOf(b: Uint8Array, s: number, e: number): string {
  for (let k = s; k < e; k++) {
    if (b[k] === 0x3a) return decodeText(b, k + 1, e, false);
  }
  return decodeText(b, s, e, false);
}

/** The attributes of the tag just read, as saxes's record (no prototype, in document order). */
function attrsOf(b: Uint8Array, st: ScanState): Attrs {
  const out = Object.create(null) as Attrs;
  const spans = st.spans;
  for (let k = 0; k < st.count; k++) {
    out[decodeText(b, spans[4 * k], spans[4 * k + 1], false)] = decodeText(b, spans[4 * k + 2], spans[4 * k + 3], true);
  }
  return out;
}

/** Checks the attribute values of the tag just read (references, characters) when no record is built. */
function checkAttrs(b: Uint8Array, st: ScanState): void {
  const spans = st.spans;
  for (let k = 0; k < st.count; k++) decodeText(b, spans[4 * k + 2], spans[4 * k + 3], true);
}

/**
 * Character data b[s, e) as saxes reports it: whitespace anywhere (a CR LF or a lone CR read as
 * LF), other text only inside the root element and only what decodeText accepts.
 */
function textOf(b: Uint8Array, s: number, e: number, inRoot: boolean): string {
  let blank = true;
  let cr = false;
  for (let i = s; i < e; i++) {
    const c = b[i];
    if (c === 0x0d) cr = true;
    else if (c !== 0x20 && c !== 0x0a && c !== 0x09) {
      blank = false;
      break;
    }
  }
  if (blank) return cr ? utf8.decode(b.subarray(s, e)).replace(/\r\n?/g, '\n') : decodeText(b, s, e, false);
  if (!inRoot) throw SCAN_BAIL;
  for (let i = s; i + 2 < e; i++) if (b[i] === 0x5d && b[i + 1] === 0x5d && b[i + 2] === 0x3e) throw SCAN_BAIL;
  return decodeText(b, s, e, true);
}

/** At most this many attributes on one tag (saxes takes any number; more is left to it). */
const MAX_PART_ATTRS = 64;

/** The events of a whole part; throws SCAN_BAIL where saxes must decide. */
function scanEvents(b: Uint8Array, wantAttrs: boolean, wantText: boolean): XmlEvents {
  const events: XmlEvents = { kinds: [], texts: [], attrs: [] };
  const n = b.length;
  let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  if (b[i] === 0x3c && b[i + 1] === 0x3f && b[i + 2] === 0x78 && b[i + 3] === 0x6d && b[i + 4] === 0x6c && isSpace(b[i + 5] ?? 0)) i = xmlDecl(b, i);
  const st: ScanState = { spans: new Int32Array(4 * MAX_PART_ATTRS), count: 0, selfClosed: false, text: null, plainStart: 0, plainEnd: 0 };
  /** Open elements: the start and end of each one's qualified name. */
  let stack = new Int32Array(64);
  /** Open elements' local names, for their close events. */
  const names: string[] = [];
  let depth = 0;
  let rootDone = false;
  for (;;) {
    const ts = i;
    while (i < n && b[i] !== 0x3c) i++;
    if (i > ts) {
      const text = textOf(b, ts, i, depth > 0);
      if (wantText) push(events, TEXT, text, null);
    }
    if (i >= n) break;
    const next = b[i + 1];
    if (next === 0x2f) {
      if (depth === 0) throw SCAN_BAIL;
      depth--;
      i = closeTag(b, i, stack[2 * depth], stack[2 * depth + 1]);
      push(events, CLOSE, names[depth], null);
      if (depth === 0) rootDone = true;
      continue;
    }
    // A comment, CDATA, DOCTYPE or processing instruction; or a second root element.
    if (next === 0x21 || next === 0x3f || rootDone) throw SCAN_BAIL;
    const s = i + 1;
    const e = readName(b, s);
    i = readAttrs(b, e, st);
    const name = localNameOf(b, s, e);
    let attrs: Attrs | null = null;
    if (wantAttrs) attrs = attrsOf(b, st);
    else checkAttrs(b, st);
    if (st.selfClosed) {
      push(events, OPEN_SELF_CLOSING, name, attrs);
      if (depth === 0) rootDone = true;
      continue;
    }
    push(events, OPEN, name, attrs);
    if (2 * depth + 2 > stack.length) {
      const grown = new Int32Array(stack.length * 2);
      grown.set(stack);
      stack = grown;
    }
    stack[2 * depth] = s;
    stack[2 * depth + 1] = e;
    names[depth] = name;
    depth++;
  }
  if (depth !== 0 || !rootDone) throw SCAN_BAIL;
  return events;
}

function push(events: XmlEvents, kind: number, text: string, attrs: Attrs | null): void {
  events.kinds.push(kind);
  events.texts.push(text);
  events.attrs.push(attrs);
}

/**
 * Run the handlers over a part's bytes as saxes would (see above). Returns false, having called
 * no handler, when the scanner gives up.
 */
export function scanXml(b: Uint8Array, h: XmlHandlers): boolean {
  let events: XmlEvents;
  try {
    events = scanEvents(b, h.open !== undefined, h.text !== undefined);
  } catch (err) {
    if (err === SCAN_BAIL) return false;
    throw err;
  }
  const { kinds, texts, attrs } = events;
  const { open, close, text } = h;
  for (let k = 0; k < kinds.length; k++) {
    switch (kinds[k]) {
      case OPEN:
        if (open) open(texts[k], attrs[k]!, false);
        break;
      case OPEN_SELF_CLOSING:
        if (open) open(texts[k], attrs[k]!, true);
        if (close) close(texts[k]);
        break;
      case CLOSE:
        if (close) close(texts[k]);
        break;
      default:
        if (text) text(texts[k]);
    }
  }
  return true;
}
