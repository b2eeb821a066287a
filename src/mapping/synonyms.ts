import type { TableKind } from '../model/types';
import { labelKey, matchKey } from './normalize';
import { parseHeader } from './header';
import data from './synonym-data.json';

/**
 * The words the mapper knows live in synonym-data.json (data, not code). A controller's own labels
 * come in through `extraSynonyms` in the same shape and are merged in front of the built-in
 * ones, so an added label wins over a built-in one with the same key.
 */
export interface SynonymData {
  /** kind (or "info" for a sheet of report facts) → sheet names. */
  sheets?: Partial<Record<TableKind | 'info', string[]>>;
  /** kind → column role → header texts (years and dates left out). */
  columns?: Partial<Record<TableKind, Record<string, string[]>>>;
  /** kind → row role → labels. */
  rows?: Partial<Record<TableKind, Record<string, string[]>>>;
  units?: Partial<Record<'tkr' | 'mnkr' | 'kr' | 'percent', string[]>>;
  subRowPrefixes?: string[];
  /** Labels of an info sheet's key/value rows: board, report, cutoff, period, unit, year. */
  info?: Record<string, string[]>;
}

export interface YearRoles {
  older: Record<string, string>;
  bareYear?: string;
}

/** Synonyms compiled to lookup maps keyed by `matchKey`. */
export interface Lexicon {
  sheets: Map<string, (TableKind | 'info')[]>;
  info: Map<string, string>;
  columns: Map<TableKind, Map<string, string>>;
  /** Every known column header key, whatever the kind (a quick test before trying each kind). */
  columnKeys: Set<string>;
  rows: Map<TableKind, Map<string, string>>;
  yearRoles: Partial<Record<TableKind, YearRoles>>;
  units: Map<string, 'tkr' | 'mnkr' | 'kr' | 'percent'>;
  subRowPrefixes: string[];
  ageWords: Set<string>;
  dayWords: Set<string>;
}

type KeyFn = (text: string) => string;

function addAll(target: Map<string, string>, role: string, labels: readonly string[] | undefined, key: KeyFn): void {
  for (const l of labels ?? []) {
    const k = key(l);
    if (k && !target.has(k)) target.set(k, role);
  }
}

function mergeKindMaps(
  into: Map<TableKind, Map<string, string>>,
  source: Partial<Record<string, Record<string, string[]>>> | undefined,
  key: KeyFn,
  skip: ReadonlySet<string> = new Set(),
): void {
  for (const [kind, roles] of Object.entries(source ?? {})) {
    if (kind.startsWith('$') || !roles) continue;
    const m = into.get(kind as TableKind) ?? new Map<string, string>();
    for (const [role, labels] of Object.entries(roles)) if (!skip.has(role) && !role.startsWith('$')) addAll(m, role, labels, key);
    into.set(kind as TableKind, m);
  }
}

const BUILT_IN = data as unknown as SynonymData & {
  yearRoles: Record<string, YearRoles>;
  rows: { sickLeave: { ageWords: string[]; dayWords: string[] } };
};

/** Compile the built-in synonyms plus a controller's own (which take precedence). */
export function compileLexicon(extra?: SynonymData): Lexicon {
  const layers: SynonymData[] = extra ? [extra, BUILT_IN] : [BUILT_IN];
  const sheets = new Map<string, (TableKind | 'info')[]>();
  const info = new Map<string, string>();
  const columns = new Map<TableKind, Map<string, string>>();
  const rows = new Map<TableKind, Map<string, string>>();
  const units = new Map<string, 'tkr' | 'mnkr' | 'kr' | 'percent'>();
  const subRowPrefixes: string[] = [];
  const bandWords = new Set(['ageWords', 'dayWords']);
  for (const layer of layers) {
    for (const [kind, names] of Object.entries(layer.sheets ?? {})) {
      for (const n of names ?? []) {
        const k = matchKey(n);
        const list = sheets.get(k) ?? [];
        if (!kind.startsWith('$') && !list.includes(kind as TableKind)) list.push(kind as TableKind);
        sheets.set(k, list);
      }
    }
    for (const [field, labels] of Object.entries(layer.info ?? {})) addAll(info, field, labels, matchKey);
    mergeKindMaps(columns, layer.columns, (t) => parseHeader(t).key);
    mergeKindMaps(rows, layer.rows, labelKey, bandWords);
    for (const [unit, labels] of Object.entries(layer.units ?? {})) {
      for (const l of labels ?? []) {
        const k = matchKey(l) || l.trim();
        if (!units.has(k)) units.set(k, unit as 'tkr' | 'mnkr' | 'kr' | 'percent');
      }
    }
    for (const p of layer.subRowPrefixes ?? []) subRowPrefixes.push(p.toLowerCase());
  }
  return {
    sheets,
    info,
    columns,
    columnKeys: new Set([...columns.values()].flatMap((m) => [...m.keys()])),
    rows,
    yearRoles: BUILT_IN.yearRoles as Partial<Record<TableKind, YearRoles>>,
    units,
    subRowPrefixes,
    ageWords: new Set(BUILT_IN.rows.sickLeave.ageWords.map(matchKey)),
    dayWords: new Set(BUILT_IN.rows.sickLeave.dayWords.map(matchKey)),
  };
}

let cached: Lexicon | undefined;

/** The built-in lexicon, compiled once. */
export function defaultLexicon(): Lexicon {
  cached ??= compileLexicon();
  return cached;
}

export function lexiconFor(extra?: SynonymData): Lexicon {
  return extra ? compileLexicon(extra) : defaultLexicon();
}
