import ExcelJS from 'exceljs';
import { needsTextProtection, type CellEdit, type WritePlan } from '../grid/write-plan';
import { addQuotePrefix, type QuoteTargets } from './quote-prefix';
import { parseA1, parseRange, toA1 } from '../grid/address';
import { STATE_SHEET, stateSheet, type ToolState } from '../grid/tool-state';
import { WorkbookWriteError } from './errors';
import { loadWorkbook, type WorkbookInput } from './load';
import { mergesOf } from './read';
import { addGridSheet, checkRgb, solidFill } from './write-sheet';
import { lossyParts } from './zip-entries';

export interface ApplyOptions {
  /**
   * Save even when the workbook holds parts ExcelJS drops (charts, pivot tables, macros …).
   * Off by default: the tool refuses rather than losing a controller's chart.
   */
  allowLoss?: boolean;
}

/**
 * Apply a write plan to a workbook and return the new file. The input is never modified.
 * Only the planned cells change (value and fill); listed sheets are removed, new ones added,
 * and the tool's state goes to its veryHidden sheet. Everything else is carried over as read.
 */
export async function applyWritePlan(input: WorkbookInput, plan: WritePlan, options: ApplyOptions = {}): Promise<Buffer> {
  const { workbook: wb, entries, displayName } = await loadWorkbook(input);

  if (!options.allowLoss) {
    const lost = lossyParts(entries);
    if (lost.sv.length > 0) {
      throw new WorkbookWriteError(
        'would-lose-content',
        `${displayName} innehåller ${lost.sv.join(', ')}, som skulle gå förlorade om verktyget sparade arbetsboken. Inget har skrivits.`,
        `${displayName} contains ${lost.en.join(', ')}, which would be lost if the tool saved the workbook. Nothing was written.`,
      );
    }
  }

  const merges = new Map<string, string[]>();
  const edits = plan.edits.map((edit) => ({ edit, cell: locateEdit(wb, edit, merges) }));
  const deleting = new Set(plan.deleteSheets);
  for (const { edit } of edits) {
    if (deleting.has(edit.sheet)) {
      throw new WorkbookWriteError('unknown-sheet', `Cellen ${edit.sheet}!${edit.cell} ska ändras men bladet ${edit.sheet} tas samtidigt bort.`, `Cell ${edit.sheet}!${edit.cell} is edited but its sheet ${edit.sheet} is deleted too.`);
    }
  }
  for (const added of plan.addSheets) {
    const name = added.grid.name;
    if (wb.getWorksheet(name) && !deleting.has(name)) {
      throw new WorkbookWriteError('sheet-exists', `Bladet ${name} finns redan och verktyget skriver inte över det. Byt namn på bladet eller ta bort det först.`, `Sheet ${name} already exists and the tool does not overwrite it. Rename or delete it first.`);
    }
  }

  for (const { edit, cell } of edits) applyEdit(cell, edit);

  for (const name of plan.deleteSheets) {
    const ws = wb.getWorksheet(name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  for (const added of plan.addSheets) addGridSheet(wb, added);

  if (plan.state !== undefined) {
    if (typeof plan.state !== 'object' || plan.state === null) {
      throw new WorkbookWriteError('bad-value', 'Verktygets tillstånd kunde inte sparas (ogiltigt format).', "The tool's state could not be saved (invalid format).");
    }
    const old = wb.getWorksheet(STATE_SHEET);
    if (old) wb.removeWorksheet(old.id);
    addGridSheet(wb, { grid: stateSheet(plan.state as ToolState) });
  }

  // Text the tool wrote that Excel could turn into a formula gets quotePrefix (see quote-prefix.ts).
  const quote: QuoteTargets = new Map();
  const mark = (sheet: string, cell: string) => quote.set(sheet, (quote.get(sheet) ?? new Set<string>()).add(cell));
  for (const { edit } of edits) if (needsTextProtection(edit.value)) mark(edit.sheet, edit.cell.replace(/\$/g, '').toUpperCase());
  for (const added of plan.addSheets) {
    for (const row of added.grid.rows) for (const c of row ?? []) if (c && !c.formula && needsTextProtection(c.value)) mark(added.grid.name, c.address);
  }
  return Buffer.from(addQuotePrefix(new Uint8Array(await wb.xlsx.writeBuffer()), quote));
}

/** Resolve an edit to its cell, refusing unknown sheets, bad addresses and covered merge cells. */
function locateEdit(wb: ExcelJS.Workbook, edit: CellEdit, mergeCache: Map<string, string[]>): ExcelJS.Cell {
  const ws = wb.getWorksheet(edit.sheet);
  if (!ws) {
    throw new WorkbookWriteError('unknown-sheet', `Bladet ${edit.sheet} finns inte i arbetsboken; cellen ${edit.cell} kan inte skrivas.`, `Sheet ${edit.sheet} is not in the workbook; cell ${edit.cell} cannot be written.`);
  }
  let pos: { row: number; col: number };
  try {
    pos = parseA1(edit.cell);
  } catch {
    throw new WorkbookWriteError('bad-address', `Ogiltig celladress ${edit.cell} på bladet ${edit.sheet}.`, `Invalid cell address ${edit.cell} on sheet ${edit.sheet}.`);
  }
  let merges = mergeCache.get(ws.name);
  if (!merges) {
    merges = mergesOf(ws);
    mergeCache.set(ws.name, merges);
  }
  for (const range of merges) {
    const box = parseRange(range);
    const inside = pos.row >= box.top && pos.row <= box.bottom && pos.col >= box.left && pos.col <= box.right;
    if (inside && (pos.row !== box.top || pos.col !== box.left)) {
      const master = toA1(box.top, box.left);
      // ExcelJS would silently redirect the write to the master cell, which the tool may not own.
      throw new WorkbookWriteError('merged-cell', `Cellen ${edit.sheet}!${edit.cell} ligger i det sammanfogade området ${range}; bara ${master} kan skrivas.`, `Cell ${edit.sheet}!${edit.cell} lies in the merged range ${range}; only ${master} can be written.`);
    }
  }
  if (typeof edit.value === 'number' && !Number.isFinite(edit.value)) {
    throw new WorkbookWriteError('bad-value', `Värdet för ${edit.sheet}!${edit.cell} är inget giltigt tal.`, `The value for ${edit.sheet}!${edit.cell} is not a valid number.`);
  }
  if (typeof edit.fill === 'string') checkRgb(edit.fill, `${edit.sheet}!${edit.cell}`);
  return ws.getCell(pos.row, pos.col);
}

function applyEdit(cell: ExcelJS.Cell, edit: CellEdit): void {
  detachSharedFormulaDependents(cell);
  // A plain string is stored as text by ExcelJS: "=1+1" or "-" never becomes a formula.
  cell.value = edit.value;
  if (edit.fill !== undefined) {
    // ExcelJS shares one style object between all cells with the same style id: copy before changing.
    const style: Partial<ExcelJS.Style> = { ...cell.style };
    if (edit.fill === null) delete style.fill;
    else style.fill = solidFill(edit.fill);
    cell.style = style;
  }
}

/**
 * Cells that share a formula point at the master cell. Before overwriting a master, give each
 * dependent its own (translated) formula so it keeps working.
 */
function detachSharedFormulaDependents(cell: ExcelJS.Cell): void {
  const value = cell.value as { shareType?: string } | null;
  if (cell.type !== ExcelJS.ValueType.Formula || !value || value.shareType !== 'shared') return;
  const master = cell.address;
  cell.worksheet.eachRow((row) => {
    row.eachCell((other) => {
      const v = other.value as { sharedFormula?: string; result?: unknown } | null;
      if (other !== cell && v && v.sharedFormula === master) {
        other.value = { formula: other.formula, result: v.result } as ExcelJS.CellFormulaValue;
      }
    });
  });
}
