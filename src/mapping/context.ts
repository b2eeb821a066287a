import type { TableKind, Unit } from '../model/types';
import type { HeaderHit } from './detect-headers';
import { matchKey } from './normalize';
import type { SheetView } from './sheet-view';
import type { Lexicon } from './synonyms';

/** Title and unit rows above a table ("Drift", "Belopp i tkr", "Tabell, sjukfrånvaro i %"). */
export interface TableContext {
  titleRows: number[];
  title?: string;
  unit: Unit;
}

const MAX_TITLE_ROWS = 3;
const LOOK_UP = 5;

const DEFAULT_UNIT: Record<TableKind, Unit> = {
  operating: 'tkr',
  investments: 'tkr',
  forecastAccuracy: 'tkr',
  activities: 'tkr',
  incomeStatement: 'tkr',
  forecastReview: 'tkr',
  sickLeave: 'percent',
  staff: 'count',
  workInjuries: 'count',
  indicators: 'count',
  internalControl: 'count',
  narrative: 'count',
};

/** Per lexicon, the unit each short text names (null: none); titles and captions repeat across tables and boards. */
const unitsByLexicon = new WeakMap<Lexicon, Map<string, Unit | null>>();

/** The unit a text names, if any: "Belopp i tkr" → tkr, "Sjukfrånvaro* (%)" → percent. */
export function unitOf(text: string, lex: Lexicon): Unit | undefined {
  if (text.length > 200) return readUnit(text, lex);
  let memo = unitsByLexicon.get(lex);
  if (!memo || memo.size > 20000) unitsByLexicon.set(lex, (memo = new Map()));
  let unit = memo.get(text);
  if (unit === undefined) memo.set(text, (unit = readUnit(text, lex) ?? null));
  return unit ?? undefined;
}

function readUnit(text: string, lex: Lexicon): Unit | undefined {
  const exact = lex.units.get(matchKey(text));
  if (exact) return exact;
  const t = text.toLowerCase();
  if (/(?<![\p{L}])(mnkr|mkr)(?![\p{L}])|miljoner kronor/u.test(t)) return 'mnkr';
  if (/(?<![\p{L}])tkr(?![\p{L}])|tusental kronor|tusentals kronor/u.test(t)) return 'tkr';
  if (/%|(?<![\p{L}])procent(?![\p{L}])/u.test(t)) return 'percent';
  if (/(?<![\p{L}])(kr|kronor)(?![\p{L}])/u.test(t)) return 'kr';
  return undefined;
}

export function isFootnoteLine(text: string): boolean {
  return /^(\*|\d{1,2}\)?\s+\p{L})/u.test(text);
}

function isTitleRow(view: SheetView, r: number): boolean {
  const cols = view.filledCols(r);
  if (cols.length === 0 || cols.length > 2) return false;
  // Footnotes ("*Avser …", "3 Kolada (U31462)") belong to the table above, not to the next one.
  for (const c of cols) if (typeof view.raw(r, c) !== 'string' || isFootnoteLine(view.text(r, c))) return false;
  return true;
}

/** Short text rows directly above a table's header row `top`, no further up than `floor`. */
export function titleRowsAbove(view: SheetView, top: number, floor: number): number[] {
  const titleRows: number[] = [];
  for (let r = top - 1; r > floor && r >= top - LOOK_UP && titleRows.length < MAX_TITLE_ROWS; r--) {
    if (view.rowIsEmpty(r)) continue;
    if (!isTitleRow(view, r)) break;
    titleRows.push(r);
  }
  return titleRows.reverse();
}

/** Title rows directly above a header (no further up than `floor`), and the table's unit. */
export function tableContext(view: SheetView, hit: HeaderHit, floor: number, lex: Lexicon, periodTitle: (t: string) => boolean): TableContext {
  const titleRows = titleRowsAbove(view, hit.top, floor);
  const texts = titleRows.map((r) => view.filledCols(r).map((c) => view.text(r, c)).join(' '));
  const labelHeader = hit.columns.find((c) => c.col === hit.labelCol)?.header.text ?? '';
  let unit: Unit | undefined = unitOf(labelHeader, lex);
  // The label column's own cells over the body: the header rows and a caption row just above
  // them ("Miljoner kronor" beside "Kommunen | Koncernen", too wide to be a title row).
  for (let r = Math.max(hit.top - 1, floor + 1, 1); r <= hit.bottom && unit === undefined; r++) unit = unitOf(view.text(r, hit.labelCol), lex);
  for (const t of [...texts].reverse()) unit ??= unitOf(t, lex);
  if (hit.kind === 'staff' || hit.kind === 'workInjuries' || hit.kind === 'indicators' || hit.kind === 'internalControl') unit = undefined;
  const named = texts.filter((t) => !unitOf(t, lex) || t.length > 20);
  // The workbook's own title ("Socialnämnden – Delårsbokslut per …") is not the table's.
  const title = [...named].reverse().find((t) => !periodTitle(t));
  return { titleRows, title, unit: unit ?? DEFAULT_UNIT[hit.kind] };
}

export function defaultUnit(kind: TableKind): Unit {
  return DEFAULT_UNIT[kind];
}
