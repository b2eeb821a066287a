import { isEmptyPart, parseXml, parseXmlPart, type XmlHandlers } from './xml';

/** Relationships and part names of the Open Packaging Conventions, as an .xlsx uses them. */

export interface Relationship {
  id: string;
  /** The relationship type's last path segment, e.g. "worksheet", "sharedStrings", "styles". */
  kind: string;
  type: string;
  target: string;
  external: boolean;
}

/** A .rels part's relationships; the part as text, or as its bytes (`fast`: see parseXmlPart). */
export function parseRels(xml: string | Uint8Array | undefined, fast = true): Relationship[] {
  if (xml === undefined || (typeof xml === 'string' ? !xml : isEmptyPart(xml))) return [];
  const out: Relationship[] = [];
  const handlers: XmlHandlers = {
    open: (name, a) => {
      if (name !== 'Relationship' || !a.Id || !a.Target) return;
      const type = a.Type ?? '';
      out.push({ id: a.Id, type, kind: type.slice(type.lastIndexOf('/') + 1), target: a.Target, external: a.TargetMode === 'External' });
    },
  };
  if (typeof xml === 'string') parseXml(xml, handlers);
  else parseXmlPart(xml, handlers, fast);
  return out;
}

/** The .rels part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? `_rels/${part}.rels` : `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

/** A relationship's target as a part name (no leading slash), resolved against its source part. */
export function resolveTarget(source: string, target: string): string {
  let t = target.replace(/\\/g, '/');
  const hash = t.indexOf('#');
  if (hash >= 0) t = t.slice(0, hash);
  let segments: string[];
  if (t.startsWith('/')) segments = t.slice(1).split('/');
  else {
    const dir = source.includes('/') ? source.slice(0, source.lastIndexOf('/')).split('/') : [];
    segments = [...dir, ...t.split('/')];
  }
  const out: string[] = [];
  for (const s of segments) {
    if (s === '' || s === '.') continue;
    if (s === '..') out.pop();
    else out.push(s);
  }
  try {
    return out.map((s) => decodeURIComponent(s)).join('/');
  } catch {
    return out.join('/');
  }
}

/** A target for a relationship from `source` to the part `part` (relative, as Excel writes them). */
export function relativeTarget(source: string, part: string): string {
  const from = source.includes('/') ? source.slice(0, source.lastIndexOf('/')).split('/') : [];
  const to = part.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}
