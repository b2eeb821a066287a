import { unzipSync } from 'fflate';

/**
 * An independent look at two packages, for the write tests: plain regular expressions over the
 * raw XML, sharing no code with the writer (src/xlsx/tags.ts, styles-write.ts, apply-plan.ts).
 * It answers: which parts changed, which raw `<c>` elements changed, and whether the style
 * sections of the input are still there, in order, at the start of the output's.
 */

export function unzipParts(bytes: Uint8Array): Map<string, Uint8Array> {
  const files = unzipSync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(files)) out.set(name.replace(/\\/g, '/'), data);
  return out;
}

const decoder = new TextDecoder();
export const text = (b: Uint8Array | undefined): string => (b ? decoder.decode(b) : '');

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Raw `<c>` elements of a worksheet by address (as written in r=""). */
export function rawCells(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*?(?:\/>|>[\s\S]*?<\/(?:[A-Za-z_][\w.-]*:)?c>)/g;
  for (const m of xml.matchAll(re)) {
    const r = /\sr="([^"]+)"/.exec(m[0].slice(0, m[0].indexOf('>') + 1));
    if (r) out.set(r[1].toUpperCase(), m[0]);
  }
  return out;
}

/** Inner XML of a styles.xml section, or '' when absent. */
export function section(xml: string, name: string): string {
  const re = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?${name})\\b[^>]*?(?:/>|>([\\s\\S]*?)</\\1>)`);
  return re.exec(xml)?.[2] ?? '';
}

export const STYLE_SECTIONS = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors'];

/** The raw `<xf>` of cellXfs at an index. */
export function cellXf(stylesXml: string, index: number): string | undefined {
  // A Choice/Fallback pair (mc:AlternateContent) is one format: keep the Fallback's.
  const inner = section(stylesXml, 'cellXfs').replace(/<mc:AlternateContent\b[\s\S]*?<mc:Fallback>([\s\S]*?)<\/mc:Fallback>\s*<\/mc:AlternateContent>/g, '$1');
  const xfs = [...inner.matchAll(/<(?:[A-Za-z_][\w.-]*:)?xf\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[A-Za-z_][\w.-]*:)?xf>)/g)].map((m) => m[0]);
  return xfs[index];
}

export function styleIndex(rawCell: string): number {
  const m = /\ss="(\d+)"/.exec(rawCell.slice(0, rawCell.indexOf('>') + 1));
  return m ? Number(m[1]) : 0;
}
