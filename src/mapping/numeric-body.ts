import { formatRange } from '../grid/address';
import type { RowMapping } from '../model/mapping-types';
import type { TableKind } from '../model/types';
import type { HeaderHit } from './detect-headers';
import { KIND_NAMES } from './kind-names';
import { readLabel, rowRole, type LabelInfo } from './row-roles';
import type { SheetView } from './sheet-view';
import type { Lexicon } from './synonyms';
import type { Body } from './table-body';

/** Rows of a labelled-figures table (Drift, Investeringar, Sjukfrånvaro, Personal …). */

const PROSE = 80;
const MAX_BLANKS = 5;
const NOTE_DISTANCE = 2;

function investmentLevel(role: string, info: LabelInfo, seenCategory: boolean, indent: number): number {
  if (role === 'category' || role === 'total') return 0;
  if (!seenCategory) return info.partOf ? 1 : info.level;
  if (info.partOf) return 2;
  return Math.max(1, Math.min(indent, 2));
}

/**
 * Unrecognised rows, one region per run of them (a 50 000-row sheet gives one line, not 50 000).
 * Returns the function that adds a row. (A closure, not a class: see SheetView on shapes and GC.)
 */
function unknownRows(sheet: string, kind: TableKind, body: Body): (row: number, label: string, previousData: number) => void {
  let run: { top: number; bottom: number; first: string; last: string; n: number } | undefined;
  return (row, label, previousData) => {
    if (run && run.bottom === previousData) {
      run.bottom = row;
      run.last = label;
      run.n++;
    } else {
      run = { top: row, bottom: row, first: label, last: label, n: 1 };
      body.unmapped.push({ sheet, range: '', reason: '' });
    }
    const region = body.unmapped[body.unmapped.length - 1];
    const r = run;
    region.range = formatRange({ top: r.top, left: body.left, bottom: r.bottom, right: body.right });
    region.reason =
      r.n === 1
        ? `Raden "${r.first}" känns inte igen som en rad i tabellen ${KIND_NAMES[kind]} och har inte kopplats.`
        : `${r.n} rader ("${r.first}" … "${r.last}") känns inte igen som rader i tabellen ${KIND_NAMES[kind]} och har inte kopplats.`;
  };
}

/** Sheet order. (A function of the module: a comparator made per call is compiled again after each full GC.) */
const byRow = (a: RowMapping, b: RowMapping): number => a.row - b.row;

/** Whether a cell of the row in one of the columns holds something (a loop, not a closure per row). */
function anyFilled(view: SheetView, r: number, cols: readonly number[]): boolean {
  for (const c of cols) if (!view.isEmpty(r, c)) return true;
  return false;
}

export function readNumericBody(view: SheetView, hit: HeaderHit, limit: number, lex: Lexicon, body: Body): void {
  const valueCols = hit.columns.filter((c) => c.role && c.role !== 'label').map((c) => c.col);
  let blanks = 0;
  let lastData = hit.bottom;
  let pending: { row: number; info: LabelInfo } | undefined;
  let seenCategory = false;
  const loose: number[] = [];
  const addUnknown = unknownRows(view.name, hit.kind, body);
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
      if (++blanks >= MAX_BLANKS) break;
      continue;
    }
    blanks = 0;
    const info = readLabel(view, r, hit.labelCol, lex);
    const hasValues = anyFilled(view, r, valueCols);
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
    if (!role && hit.kind === 'operating') {
      // Kept, not dropped: the numbers decide below (structure-pass.ts) whether it is a part of a total.
      push(r, label, 'other');
      continue;
    }
    if (!role) {
      body.dataRows++;
      addUnknown(r, info.label || '(utan etikett)', lastData);
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
  body.rows.sort(byRow);
  // When every row is indented (leading spaces throughout), none of them is a sub-row.
  // Math.min over the data rows' levels, without the arrays (NaN wins, as in Math.min).
  let floor = Infinity;
  for (const r of body.rows) {
    if (r.role === 'note') continue;
    const level = r.level ?? 0;
    if (level < floor || Number.isNaN(level)) floor = level;
  }
  if (hit.kind !== 'investments' && floor > 0 && Number.isFinite(floor)) for (const r of body.rows) if (r.role !== 'note') r.level = (r.level ?? 0) - floor;
  body.bottom = lastData;
}
