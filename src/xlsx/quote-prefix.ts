import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Text the tool writes that begins with "=", "+", "-" or "@" is stored as a string, but Excel
 * turns it into a live formula when a person presses F2 and Enter — unless the cell's style
 * carries quotePrefix="1" (the leading apostrophe of a typed '=text). ExcelJS cannot write that
 * attribute, so the saved package is patched: each such cell gets a copy of its style with
 * quotePrefix="1". Only the cells named are touched; a person's own cells keep their style.
 */

export type QuoteTargets = Map<string, Set<string>>;

const unescapeXml = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    const code = k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : m;
  });

/** Sheet name → part path, from workbook.xml and its relationships. */
function sheetParts(files: Record<string, Uint8Array>): Map<string, string> {
  const out = new Map<string, string>();
  const wb = files['xl/workbook.xml'];
  const rels = files['xl/_rels/workbook.xml.rels'];
  if (!wb || !rels) return out;
  const targets = new Map<string, string>();
  for (const m of strFromU8(rels).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const m of strFromU8(wb).matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const part = rid ? targets.get(rid) : undefined;
    if (name !== undefined && part) out.set(unescapeXml(name), part);
  }
  return out;
}

/** Add quotePrefix="1" to the style of each target cell that holds a string. */
export function addQuotePrefix(xlsx: Uint8Array, targets: QuoteTargets): Uint8Array {
  if (targets.size === 0) return xlsx;
  const files = unzipSync(xlsx);
  const stylesXml = files['xl/styles.xml'] ? strFromU8(files['xl/styles.xml']) : undefined;
  const xfsMatch = stylesXml ? /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml) : null;
  if (!stylesXml || !xfsMatch) return xlsx;
  const xfs = [...xfsMatch[1].matchAll(/<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g)].map((m) => m[0]);
  const added: string[] = [];
  const quoted = new Map<number, number>();
  const quotedStyle = (s: number): number => {
    const have = quoted.get(s);
    if (have !== undefined) return have;
    const base = xfs[s] ?? xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const copy = /\bquotePrefix=/.test(base) ? base.replace(/\bquotePrefix="[^"]*"/, 'quotePrefix="1"') : base.replace(/^<xf\b/, '<xf quotePrefix="1"');
    const index = xfs.length + added.length;
    added.push(copy);
    quoted.set(s, index);
    return index;
  };
  const parts = sheetParts(files);
  let changed = false;
  for (const [sheet, cells] of targets) {
    const part = parts.get(sheet);
    if (!part || !files[part]) continue;
    const xml = strFromU8(files[part]).replace(/<c\b([^>]*?)(\/?)>/g, (whole, attrs: string, selfClose: string) => {
      const ref = /\br="([A-Z]+\d+)"/.exec(attrs)?.[1];
      if (!ref || !cells.has(ref) || selfClose) return whole;
      const type = /\bt="([^"]*)"/.exec(attrs)?.[1];
      if (type !== 's' && type !== 'inlineStr' && type !== 'str') return whole;
      const s = Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0);
      const next = quotedStyle(s);
      changed = true;
      const rest = /\bs="\d+"/.test(attrs) ? attrs.replace(/\bs="\d+"/, `s="${next}"`) : `${attrs} s="${next}"`;
      return `<c${rest}>`;
    });
    files[part] = strToU8(xml);
  }
  if (!changed) return xlsx;
  const total = xfs.length + added.length;
  const newXfs = xfsMatch[0]
    .replace(/<\/cellXfs>$/, `${added.join('')}</cellXfs>`)
    .replace(/^<cellXfs\b[^>]*>/, (open) => (/\bcount="/.test(open) ? open.replace(/\bcount="\d+"/, `count="${total}"`) : open.replace(/>$/, ` count="${total}">`)));
  files['xl/styles.xml'] = strToU8(stylesXml.replace(xfsMatch[0], newXfs));
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = data;
  return zipSync(zippable, { level: 6 });
}
