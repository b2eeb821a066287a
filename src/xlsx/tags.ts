/**
 * A tag scanner for patching XML in place: it finds elements by position in the text, so the
 * writer can replace one `<c>` or append one `<xf>` and leave every other byte as it was. It
 * knows quotes in attributes, comments, CDATA and processing instructions; it builds no tree.
 */

export interface Tag {
  /** Qualified name as written, e.g. "c" or "x:c". */
  name: string;
  local: string;
  /** Index of '<'. */
  start: number;
  /** Index after '>'. */
  end: number;
  closing: boolean;
  selfClosing: boolean;
}

/** The next tag at or after `from` (comments, CDATA, PIs and doctypes skipped), or null. */
export function nextTag(xml: string, from: number, to = xml.length): Tag | null {
  let i = from;
  while (i < to) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt >= to) return null;
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const e = xml.indexOf('-->', lt + 4);
        i = e < 0 ? to : e + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const e = xml.indexOf(']]>', lt + 9);
        i = e < 0 ? to : e + 3;
      } else {
        const e = xml.indexOf('>', lt + 2);
        i = e < 0 ? to : e + 1;
      }
      continue;
    }
    if (c1 === 63 /* ? */) {
      const e = xml.indexOf('?>', lt + 2);
      i = e < 0 ? to : e + 2;
      continue;
    }
    const closing = c1 === 47; /* / */
    let j = closing ? lt + 2 : lt + 1;
    const nameStart = j;
    while (j < to) {
      const c = xml.charCodeAt(j);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62) break;
      j++;
    }
    const name = xml.slice(nameStart, j);
    // Attributes: skip quoted values, stop at '>'.
    let quote = 0;
    while (j < to) {
      const c = xml.charCodeAt(j);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 62) break;
      j++;
    }
    if (j >= to) return null;
    const selfClosing = !closing && xml.charCodeAt(j - 1) === 47;
    const colon = name.indexOf(':');
    return { name, local: colon < 0 ? name : name.slice(colon + 1), start: lt, end: j + 1, closing, selfClosing };
  }
  return null;
}

/** Attributes of an open tag, in document order, values unescaped only for &quot; &apos; &lt; &gt; &amp;. */
export function tagAttrs(xml: string, tag: Tag): Map<string, string> {
  const out = new Map<string, string>();
  const text = xml.slice(tag.start + 1 + tag.name.length, tag.selfClosing ? tag.end - 2 : tag.end - 1);
  const re = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.set(m[1], unescapeAttr(m[3] ?? m[4] ?? ''));
  return out;
}

export function unescapeAttr(v: string): string {
  if (v.indexOf('&') < 0) return v;
  return v.replace(/&(quot|apos|lt|gt|amp|#x[0-9A-Fa-f]+|#\d+);/g, (_, e: string) => {
    switch (e) {
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      default:
        return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

/** The element starting with the open tag `open`: index after its close tag (same name, no nesting of it assumed). */
export function elementEnd(xml: string, open: Tag, to = xml.length): number {
  if (open.selfClosing) return open.end;
  let depth = 1;
  let i = open.end;
  for (;;) {
    const t = nextTag(xml, i, to);
    if (!t) return to;
    if (t.name === open.name) {
      if (t.closing) {
        if (--depth === 0) return t.end;
      } else if (!t.selfClosing) depth++;
    }
    i = t.end;
  }
}

/** First open tag with this local name at or after `from`. */
export function findOpen(xml: string, local: string, from = 0, to = xml.length): Tag | null {
  // A quick indexOf narrows the scan; the scanner confirms it is a real tag.
  let i = from;
  while (i < to) {
    const t = nextTag(xml, i, to);
    if (!t) return null;
    if (!t.closing && t.local === local) return t;
    i = t.end;
  }
  return null;
}

/** All open tags with this local name that are direct or deeper children of [from, to). */
export function findAll(xml: string, local: string, from = 0, to = xml.length): Tag[] {
  const out: Tag[] = [];
  let i = from;
  for (;;) {
    const t = nextTag(xml, i, to);
    if (!t) return out;
    if (!t.closing && t.local === local) out.push(t);
    i = t.end;
  }
}

/** Set, replace or remove attributes in an open tag's text; other attributes keep their bytes. */
export function setAttrs(tagText: string, changes: Record<string, string | null>): string {
  let text = tagText;
  for (const [name, value] of Object.entries(changes)) {
    const re = new RegExp(`(\\s)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=\\s*("[^"]*"|'[^']*')`);
    if (re.test(text)) {
      text = value === null ? text.replace(re, '') : text.replace(re, `$1${name}="${value}"`);
    } else if (value !== null) {
      const close = text.endsWith('/>') ? text.length - 2 : text.length - 1;
      text = `${text.slice(0, close).replace(/\s+$/, '')} ${name}="${value}"${text.slice(close)}`;
    }
  }
  return text;
}

/** The root element's prefix for the given namespace ("" for default, undefined when not declared). */
export function prefixOf(xml: string, namespace: string): string | undefined {
  const root = nextTag(xml, 0);
  if (!root) return undefined;
  for (const [k, v] of tagAttrs(xml, root)) {
    if (v !== namespace) continue;
    if (k === 'xmlns') return '';
    if (k.startsWith('xmlns:')) return k.slice(6);
  }
  return undefined;
}
