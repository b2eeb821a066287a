import type { TableKind } from '../model/types';

/**
 * The board's own words chosen in the pane ("Spara som nämndens ord"): the shape of
 * src/mapping/synonym-data.json's `rows` and `columns`, saved as `synonyms` in the workbook's
 * state sheet, where the mapper reads them before its built-in lists.
 */
export interface BoardWords {
  rows?: Partial<Record<TableKind, Record<string, string[]>>>;
  columns?: Partial<Record<TableKind, Record<string, string[]>>>;
}

/** Header words without years or year pairs ("Helårsbedömning 2024" → "Helårsbedömning"): one entry covers every year. */
export function withoutYears(text: string): string {
  return text
    .replace(/(?<!\d)(?:19|20)\d{2}(?:\s*[/–-]\s*(?:19|20)?\d{2})?(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function addWords(words: BoardWords, kind: TableKind, axis: 'rows' | 'columns', role: string, text: string): BoardWords {
  // A sub-row's lead ("varav …", "- …") is not part of its name: the mapper looks the rest up.
  const word = axis === 'columns' ? withoutYears(text) || text.trim() : text.trim().replace(/^(?:varav|därav)\s+/i, '').replace(/^[-–—•]\s*/, '') || text.trim();
  const byKind = { ...(words[axis] ?? {}) };
  const byRole = { ...(byKind[kind] ?? {}) };
  const list = byRole[role] ?? [];
  if (!list.includes(word)) byRole[role] = [...list, word];
  byKind[kind] = byRole;
  return { ...words, [axis]: byKind };
}

/**
 * The role an older year's column takes, by kind: the mapper tells such columns apart by year
 * (the latest keeps the role, the others get the older one; `yearRoles` in
 * src/mapping/synonym-data.json, copied here so the pane's first chunk does without that file).
 */
const OLDER: Partial<Record<TableKind, Record<string, string>>> = {
  operating: { previousActual: 'actual' },
  investments: { previousActual: 'actual' },
  indicators: { previousOutcome: 'outcome' },
  sickLeave: { previous: 'current' },
  workInjuries: { previous: 'current' },
};

/**
 * The role to save a column's header words under. Words are saved without years, so
 * "Delårsbokslut 2023" as last year's outcome beside "Delårsbokslut 2024" is saved as the outcome
 * ("Delårsbokslut"): the mapper then gives the latest year the outcome and the older one last
 * year's. Saved as last year's outcome, the same word would give both columns that role.
 */
export function columnWordRole(kind: TableKind, role: string, header: string, others: readonly { header: string; role: string }[]): string {
  const base = OLDER[kind]?.[role];
  if (!base) return role;
  const words = withoutYears(header).toLowerCase();
  return others.some((o) => o.header !== header && withoutYears(o.header).toLowerCase() === words) ? base : role;
}

export function countWords(words: BoardWords): number {
  let n = 0;
  for (const axis of ['rows', 'columns'] as const) for (const byRole of Object.values(words[axis] ?? {})) for (const list of Object.values(byRole ?? {})) n += list.length;
  return n;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The workbook's saved synonyms with new words added, everything else kept as it was (the
 * state sheet may hold sheets, units and info words too; the mapper sanitises what it reads).
 */
export function mergeWords(saved: unknown, words: BoardWords): Record<string, unknown> {
  const out: Record<string, unknown> = isRecord(saved) ? { ...saved } : {};
  for (const axis of ['rows', 'columns'] as const) {
    const add = words[axis];
    if (!add) continue;
    const byKind: Record<string, unknown> = isRecord(out[axis]) ? { ...(out[axis] as Record<string, unknown>) } : {};
    for (const [kind, roles] of Object.entries(add)) {
      const byRole: Record<string, unknown> = isRecord(byKind[kind]) ? { ...(byKind[kind] as Record<string, unknown>) } : {};
      for (const [role, list] of Object.entries(roles ?? {})) {
        const have = Array.isArray(byRole[role]) ? (byRole[role] as unknown[]).filter((x): x is string => typeof x === 'string') : [];
        byRole[role] = [...have, ...list.filter((w) => !have.includes(w))];
      }
      byKind[kind] = byRole;
    }
    out[axis] = byKind;
  }
  return out;
}
