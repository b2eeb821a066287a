import { columnLetters } from '../grid/address';
import type { RowMapping, TableStructure, UnmappedRegion } from '../model/mapping-types';
import { applyRowStructure } from './structure-pass';
import type { TableKind } from '../model/types';
import { NUMERIC_KINDS, type HeaderHit } from './detect-headers';
import { isFootnoteLine } from './context';
import { KIND_NAMES } from './kind-names';
import { readNumericBody } from './numeric-body';
import { isNoteHeader } from './income-statement';
import type { SheetView } from './sheet-view';
import type { Lexicon } from './synonyms';

/** The data rows of one table, from below its header down to where it ends. */
export interface Body {
  rows: RowMapping[];
  left: number;
  right: number;
  /** Last sheet row of the table, notes included. */
  bottom: number;
  unmapped: UnmappedRegion[];
  /** Data rows, and of those the ones whose label was recognised (for the confidence). */
  dataRows: number;
  knownRows: number;
  /** What the numbers say about the rows (structure-pass.ts). */
  structure?: TableStructure;
}

const MAX_BLANKS_TEXT = 3;

export function tableColumns(hit: HeaderHit): { left: number; right: number } {
  const cols = hit.columns.filter((c) => c.role).map((c) => c.col);
  let right = Math.max(...cols);
  // Headed columns right next to the table belong to it, known or not (reported if not).
  const headed = new Set(hit.columns.filter((c) => c.header.text).map((c) => c.col));
  while (headed.has(right + 1)) right++;
  return { left: Math.min(hit.labelCol, ...cols), right };
}

function isFootnoteText(text: string): boolean {
  return /^(\*+|\d{1,2}\)?)\s*\S/.test(text) && !/^\d+[.,]?\d*\s*(%|tkr|mnkr)/.test(text);
}

/**
 * The first column of the hit holding the role. (A function of the module, not a closure made
 * per row: a closure's optimized code dies with the closures at a full GC and is compiled again.)
 */
function colOf(hit: HeaderHit, role: string): number | undefined {
  for (const c of hit.columns) if (c.role === role) return c.col;
  return undefined;
}

const FIGURE_ROLES = ['target', 'outcome', 'previousOutcome'];

/** Whether the row holds something in the hit's target, outcome or previous-outcome column (other than `ind`). */
function holdsFigure(view: SheetView, hit: HeaderHit, r: number, ind: number): boolean {
  for (const role of FIGURE_ROLES) {
    const c = colOf(hit, role);
    if (c !== undefined && c !== ind && !view.isEmpty(r, c)) return true;
  }
  return false;
}

function textRowRole(view: SheetView, hit: HeaderHit, r: number, body: Body): string | undefined {
  const filled = view.filledCols(r, body.left, body.right);
  if (filled.length === 0) return undefined;
  const only = filled.length === 1 ? view.text(r, filled[0]) : undefined;
  if (hit.kind === 'indicators') {
    const named = colOf(hit, 'indicator');
    // Boards often leave the name column's header empty: the label column names the measures.
    const ind = named ?? hit.labelCol;
    if (only !== undefined && isFootnoteLine(only)) return 'note';
    // Structure tells goal rows from measure rows in one column: a measure carries a target or
    // an outcome, a goal carries neither (whatever the words say).
    if (!view.isEmpty(r, ind) && holdsFigure(view, hit, r, ind)) return 'indicator';
    // Without a goal column, a lone text with no target or outcome is the title of the goal below.
    if (only !== undefined && !colOf(hit, 'goal') && !colOf(hit, 'councilGoal')) return 'goal';
    if (named && !view.isEmpty(r, named)) return 'indicator';
    return 'goal';
  }
  if (hit.kind === 'narrative') {
    const text = colOf(hit, 'text');
    if (text && !view.isEmpty(r, text)) return 'paragraph';
    return 'heading';
  }
  if (only !== undefined && isFootnoteText(only) && filled[0] === body.left) return 'note';
  return 'point';
}

function readTextBody(view: SheetView, hit: HeaderHit, limit: number, body: Body): void {
  let blanks = 0;
  let last = hit.bottom;
  for (let r = hit.bottom + 1; r <= limit; r++) {
    const role = textRowRole(view, hit, r, body);
    if (!role) {
      if (++blanks >= MAX_BLANKS_TEXT) break;
      continue;
    }
    blanks = 0;
    const labelCol = role === 'goal' ? view.filledCols(r, body.left, body.right)[0] : hit.labelCol;
    const text = view.text(r, labelCol, true);
    // A paragraph is named by its opening words; the text itself stays in the sheet.
    const label = role === 'paragraph' && text.length > 60 ? `${text.slice(0, 60)}…` : text;
    body.rows.push({ row: r, label, role, level: role === 'indicator' ? 1 : 0 });
    if (role !== 'note') {
      body.dataRows++;
      body.knownRows++;
    }
    last = r;
  }
  body.bottom = last;
}

function unmappedColumns(view: SheetView, hit: HeaderHit, body: Body): void {
  for (const c of hit.columns) {
    if (c.role || c.col < body.left || c.col > body.right) continue;
    const hasData = body.rows.some((r) => !view.isEmpty(r.row, c.col));
    if (!hasData) continue;
    const letter = columnLetters(c.col);
    const reason = isNoteHeader(c.header.text)
      ? `Kolumn ${letter} (${c.header.text}) hänvisar till noter; den läses inte som belopp.`
      : c.duplicateOf
      ? `Kolumnen "${c.header.text}" har samma roll (${c.duplicateOf.role}) som kolumn ${columnLetters(c.duplicateOf.col)} i tabellen ${KIND_NAMES[hit.kind]}; bara den kolumnen har kopplats.`
      : `Kolumnrubriken "${c.header.text}" känns inte igen för tabellen ${KIND_NAMES[hit.kind]}; kolumnen har inte kopplats.`;
    body.unmapped.push({ sheet: view.name, range: `${letter}${hit.top}:${letter}${body.bottom}`, reason });
  }
}

/** Read a table's rows below its header, stopping at `limit` (the next table's first row − 1). */
export function readBody(view: SheetView, hit: HeaderHit, limit: number, lex: Lexicon): Body {
  const { left, right } = tableColumns(hit);
  const body: Body = { rows: [], left, right, bottom: hit.bottom, unmapped: [], dataRows: 0, knownRows: 0 };
  if (NUMERIC_KINDS.has(hit.kind)) {
    readNumericBody(view, hit, limit, lex, body);
    if (hit.kind === 'operating' || hit.kind === 'activities' || hit.kind === 'incomeStatement' || hit.kind === 'forecastReview') {
      const structure = applyRowStructure(view, hit, body);
      if (structure) body.structure = structure;
    }
  } else readTextBody(view, hit, limit, body);
  unmappedColumns(view, hit, body);
  return body;
}

export function isNumericKind(kind: TableKind): boolean {
  return NUMERIC_KINDS.has(kind);
}
