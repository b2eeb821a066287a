import type { SynonymData } from './synonyms';

/**
 * A controller's own labels come from outside (a JSON file, the workbook's state sheet): keep
 * only the parts with the shape of synonym-data.json, so a typo costs that entry, never a crash.
 */

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function strings(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out = v.filter((s): s is string => typeof s === 'string' && s.trim() !== '');
  return out.length > 0 ? out : undefined;
}

function stringLists(v: unknown): Record<string, string[]> | undefined {
  if (!isRecord(v)) return undefined;
  const out: Record<string, string[]> = {};
  for (const [k, list] of Object.entries(v)) {
    const s = strings(list);
    if (s) out[k] = s;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function nestedLists(v: unknown): Record<string, Record<string, string[]>> | undefined {
  if (!isRecord(v)) return undefined;
  const out: Record<string, Record<string, string[]>> = {};
  for (const [k, inner] of Object.entries(v)) {
    const lists = stringLists(inner);
    if (lists) out[k] = lists;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The well-formed part of untrusted synonym data; undefined when nothing usable is left. */
export function readSynonyms(v: unknown): SynonymData | undefined {
  if (!isRecord(v)) return undefined;
  const data: SynonymData = {};
  const sheets = stringLists(v.sheets);
  const columns = nestedLists(v.columns);
  const rows = nestedLists(v.rows);
  const units = stringLists(v.units);
  const info = stringLists(v.info);
  const prefixes = strings(v.subRowPrefixes);
  if (sheets) data.sheets = sheets as SynonymData['sheets'];
  if (columns) data.columns = columns as SynonymData['columns'];
  if (rows) data.rows = rows as SynonymData['rows'];
  if (units) data.units = units as SynonymData['units'];
  if (info) data.info = info;
  if (prefixes) data.subRowPrefixes = prefixes;
  return Object.keys(data).length > 0 ? data : undefined;
}

function mergeLists(a: Record<string, string[]> = {}, b: Record<string, string[]> = {}): Record<string, string[]> {
  const out: Record<string, string[]> = { ...a };
  for (const [k, list] of Object.entries(b)) out[k] = [...(out[k] ?? []), ...list];
  return out;
}

function mergeNested(
  a: Record<string, Record<string, string[]>> = {},
  b: Record<string, Record<string, string[]>> = {},
): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = { ...a };
  for (const [k, inner] of Object.entries(b)) out[k] = mergeLists(out[k], inner);
  return out;
}

/** Two layers of own labels as one (the first's entries first). */
export function mergeSynonyms(a: SynonymData | undefined, b: SynonymData | undefined): SynonymData | undefined {
  if (!a) return b;
  if (!b) return a;
  return {
    sheets: mergeLists(a.sheets as Record<string, string[]>, b.sheets as Record<string, string[]>) as SynonymData['sheets'],
    columns: mergeNested(a.columns, b.columns) as SynonymData['columns'],
    rows: mergeNested(a.rows, b.rows) as SynonymData['rows'],
    units: mergeLists(a.units as Record<string, string[]>, b.units as Record<string, string[]>) as SynonymData['units'],
    info: mergeLists(a.info, b.info),
    subRowPrefixes: [...(a.subRowPrefixes ?? []), ...(b.subRowPrefixes ?? [])],
  };
}
