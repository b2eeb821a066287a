import { columnLetters, formatRange } from '../grid/address';
import type { RowMapping, UnmappedRegion } from '../model/mapping-types';
import type { TableKind } from '../model/types';
import { NUMERIC_KINDS, type HeaderHit } from './detect-headers';
import { isFootnoteLine } from './context';
import { KIND_NAMES } from './kind-names';
import { readLabel, rowRole, type LabelInfo } from './row-roles';
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
}

const PROSE = 80;
const MAX_BLANKS_NUMERIC = 5;
const MAX_BLANKS_TEXT = 3;
const NOTE_DISTANCE = 2;

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

function investmentLevel(role: string, info: LabelInfo, seenCategory: boolean, indent: number): number {
  if (role === 'category' || role === 'total') return 0;
  if (!seenCategory) return info.partOf ? 1 : info.level;
  if (info.partOf) return 2;
  return Math.max(1, Math.min(indent, 2));
}

/** Unrecognised rows, one region per run of them (a 50 000-row sheet gives one line, not 50 000). */
class UnknownRows {
  private run: { top: number; bottom: number; first: string; last: string; n: number } | undefined;

  constructor(
    private readonly sheet: string,
    private readonly kind: TableKind,
    private readonly body: Body,
  ) {}

  add(row: number, label: string, previousData: number): void {
    if (this.run && this.run.bottom === previousData) {
      Object.assign(this.run, { bottom: row, last: label, n: this.run.n + 1 });
    } else {
      this.run = { top: row, bottom: row, first: label, last: label, n: 1 };
      this.body.unmapped.push({ sheet: this.sheet, range: '', reason: '' });
    }
    const region = this.body.unmapped[this.body.unmapped.length - 1];
    const r = this.run;
    region.range = formatRange({ top: r.top, left: this.body.left, bottom: r.bottom, right: this.body.right });
    region.reason =
      r.n === 1
        ? `Raden "${r.first}" känns inte igen som en rad i tabellen ${KIND_NAMES[this.kind]} och har inte kopplats.`
        : `${r.n} rader ("${r.first}" … "${r.last}") känns inte igen som rader i tabellen ${KIND_NAMES[this.kind]} och har inte kopplats.`;
  }
}

function readNumericBody(view: SheetView, hit: HeaderHit, limit: number, lex: Lexicon, body: Body): void {
  const valueCols = hit.columns.filter((c) => c.role && c.role !== 'label').map((c) => c.col);
  let blanks = 0;
  let lastData = hit.bottom;
  let pending: { row: number; info: LabelInfo } | undefined;
  let seenCategory = false;
  const loose: number[] = [];
  const unknown = new UnknownRows(view.name, hit.kind, body);
  const push = (row: number, info: LabelInfo, role: string) => {
    const indent = view.cell(row, hit.labelCol)?.indent ?? info.level;
    const level = hit.kind === 'investments' ? investmentLevel(role, info, seenCategory, indent) : info.level;
    if (role === 'category') seenCategory = true;
    body.rows.push({ row, label: info.label, role, level });
    body.dataRows++;
    lastData = row;
  };
  for (let r = hit.bottom + 1; r <= limit; r++) {
    if (view.rowIsEmpty(r, body.left, body.right)) {
      if (++blanks >= MAX_BLANKS_NUMERIC) break;
      continue;
    }
    blanks = 0;
    const info = readLabel(view, r, hit.labelCol, lex);
    const hasValues = valueCols.some((c) => !view.isEmpty(r, c));
    if (!hasValues) {
      if (!info.label) continue;
      if (info.label.length > PROSE) break;
      const role = rowRole(hit.kind, info, lex);
      if (role?.known) {
        push(r, info, role.role);
        body.knownRows++;
        pending = undefined;
      } else {
        pending = { row: r, info };
        loose.push(r);
      }
      continue;
    }
    let role = rowRole(hit.kind, info, lex);
    let label = info;
    if ((!role || !role.known) && pending && pending.row === r - 1) {
      const joined = { ...info, label: `${pending.info.label} ${info.label}`, key: pending.info.key + info.key };
      const jr = rowRole(hit.kind, joined, lex);
      if (jr?.known) {
        role = jr;
        label = joined;
        loose.splice(loose.indexOf(pending.row), 1);
      }
    }
    pending = undefined;
    if (!role) {
      body.dataRows++;
      unknown.add(r, info.label || '(utan etikett)', lastData);
      lastData = r;
      continue;
    }
    if (role.known) body.knownRows++;
    push(r, label, role.role);
  }
  // Short text rows inside the table or just below it are notes ("*Avser perioden …").
  for (const r of loose) {
    if (r < lastData || r - lastData <= NOTE_DISTANCE) {
      body.rows.push({ row: r, label: view.text(r, hit.labelCol, true), role: 'note' });
      lastData = Math.max(lastData, r);
    }
  }
  body.rows.sort((a, b) => a.row - b.row);
  // When every row is indented (leading spaces throughout), none of them is a sub-row.
  const data = body.rows.filter((r) => r.role !== 'note');
  const floor = Math.min(...data.map((r) => r.level ?? 0));
  if (hit.kind !== 'investments' && floor > 0 && Number.isFinite(floor)) for (const r of data) r.level = (r.level ?? 0) - floor;
  body.bottom = lastData;
}

function textRowRole(view: SheetView, hit: HeaderHit, r: number, body: Body): string | undefined {
  const colOf = (role: string) => hit.columns.find((c) => c.role === role)?.col;
  const filled = view.filledCols(r, body.left, body.right);
  if (filled.length === 0) return undefined;
  const only = filled.length === 1 ? view.text(r, filled[0]) : undefined;
  if (hit.kind === 'indicators') {
    const ind = colOf('indicator');
    if (only !== undefined && isFootnoteLine(only)) return 'note';
    // Without a goal column, a lone text with no target or outcome is the title of the goal below.
    if (only !== undefined && !colOf('goal') && !colOf('councilGoal')) return 'goal';
    if (ind && !view.isEmpty(r, ind)) return 'indicator';
    return 'goal';
  }
  if (hit.kind === 'narrative') {
    const text = colOf('text');
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
    const reason = c.duplicateOf
      ? `Kolumnen "${c.header.text}" har samma roll (${c.duplicateOf.role}) som kolumn ${columnLetters(c.duplicateOf.col)} i tabellen ${KIND_NAMES[hit.kind]}; bara den kolumnen har kopplats.`
      : `Kolumnrubriken "${c.header.text}" känns inte igen för tabellen ${KIND_NAMES[hit.kind]}; kolumnen har inte kopplats.`;
    body.unmapped.push({ sheet: view.name, range: `${letter}${hit.top}:${letter}${body.bottom}`, reason });
  }
}

/** Read a table's rows below its header, stopping at `limit` (the next table's first row − 1). */
export function readBody(view: SheetView, hit: HeaderHit, limit: number, lex: Lexicon): Body {
  const { left, right } = tableColumns(hit);
  const body: Body = { rows: [], left, right, bottom: hit.bottom, unmapped: [], dataRows: 0, knownRows: 0 };
  if (NUMERIC_KINDS.has(hit.kind)) readNumericBody(view, hit, limit, lex, body);
  else readTextBody(view, hit, limit, body);
  unmappedColumns(view, hit, body);
  return body;
}

export function isNumericKind(kind: TableKind): boolean {
  return NUMERIC_KINDS.has(kind);
}
