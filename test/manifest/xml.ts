/**
 * A strict little XML reader for the manifest test: elements, attributes, text, comments, the
 * declaration; fails on anything not well-formed (unbalanced or mismatched tags, unquoted or
 * duplicate attributes, stray '<' or '&', several roots).
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITY = /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;

function decode(s: string, where: number): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '<') throw new Error(`'<' i text vid ${where + i}`);
    if (s[i] !== '&') {
      out += s[i];
      continue;
    }
    const m = ENTITY.exec(s.slice(i));
    if (!m) throw new Error(`Ogiltig entitet vid ${where + i}`);
    const e = m[1];
    out += e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    i += m[0].length - 1;
  }
  return out;
}

export function parseXml(src: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const skipWs = () => {
    while (i < src.length && /\s/.test(src[i])) i++;
  };
  if (src.startsWith('<?xml')) {
    const end = src.indexOf('?>');
    if (end < 0) throw new Error('Oavslutad XML-deklaration');
    i = end + 2;
  }
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    const text = lt < 0 ? src.slice(i) : src.slice(i, lt);
    if (stack.length > 0) stack[stack.length - 1].text += decode(text, i);
    else if (text.trim()) throw new Error(`Text utanför rotelementet vid ${i}`);
    if (lt < 0) break;
    i = lt;
    if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i);
      if (end < 0) throw new Error('Oavslutad kommentar');
      i = end + 3;
      continue;
    }
    if (src.startsWith('</', i)) {
      i += 2;
      const m = NAME.exec(src.slice(i));
      if (!m) throw new Error(`Ogiltig sluttagg vid ${i}`);
      i += m[0].length;
      skipWs();
      if (src[i] !== '>') throw new Error(`Väntade '>' vid ${i}`);
      i++;
      const open = stack.pop();
      if (!open || open.name !== m[0]) throw new Error(`</${m[0]}> matchar inte <${open?.name ?? ''}>`);
      continue;
    }
    i++;
    const m = NAME.exec(src.slice(i));
    if (!m) throw new Error(`Ogiltigt elementnamn vid ${i}`);
    i += m[0].length;
    const el: XmlElement = { name: m[0], attrs: {}, children: [], text: '' };
    for (;;) {
      const before = i;
      skipWs();
      if (src.startsWith('/>', i) || src[i] === '>') break;
      if (i === before) throw new Error(`Blanksteg saknas före attribut vid ${i}`);
      const a = NAME.exec(src.slice(i));
      if (!a) throw new Error(`Ogiltigt attribut vid ${i}`);
      i += a[0].length;
      skipWs();
      if (src[i] !== '=') throw new Error(`Väntade '=' vid ${i}`);
      i++;
      skipWs();
      const q = src[i];
      if (q !== '"' && q !== "'") throw new Error(`Attributvärde utan citattecken vid ${i}`);
      const end = src.indexOf(q, i + 1);
      if (end < 0) throw new Error('Oavslutat attributvärde');
      if (a[0] in el.attrs) throw new Error(`Dubblerat attribut ${a[0]}`);
      el.attrs[a[0]] = decode(src.slice(i + 1, end), i + 1);
      i = end + 1;
    }
    if (stack.length > 0) stack[stack.length - 1].children.push(el);
    else if (root) throw new Error('Mer än ett rotelement');
    else root = el;
    if (src.startsWith('/>', i)) i += 2;
    else {
      i++;
      stack.push(el);
    }
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1].name}> stängs aldrig`);
  if (!root) throw new Error('Inget rotelement');
  return root;
}

export function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* walk(c);
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}
