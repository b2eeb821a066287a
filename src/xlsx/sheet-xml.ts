import type { Cell, CellValue, SheetGrid } from '../grid/types';
import { isCellError } from '../grid/types';
import { formatRange, parseA1, parseRange } from '../grid/address';
import { needsTextProtection, type CellStyle, type NewSheet } from '../grid/write-plan';
import { WorkbookWriteError } from './errors';
import type { StyleEditor, StyleSpec } from './styles-write';
import { escapeXml } from './xml';

/** SpreadsheetML for cells the tool writes, and for whole generated sheets. */

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function checkRgb(rgb: string, where: string): void {
  if (!/^[0-9A-Fa-f]{6}$/.test(rgb)) {
    throw new WorkbookWriteError('bad-value', `Ogiltig färg "${rgb}" för ${where}: ange sex hexadecimala tecken, t.ex. 00B050.`, `Invalid colour "${rgb}" for ${where}: give six hex digits, e.g. 00B050.`);
  }
}

/** Excel's rules for sheet names. */
export function checkSheetName(name: string): void {
  if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
    throw new WorkbookWriteError(
      'bad-sheet-name',
      `Bladnamnet "${name}" går inte att använda i Excel (högst 31 tecken, inte tomt, inga av tecknen [ ] : * ? / \\ och inte börja eller sluta med apostrof).`,
      `The sheet name "${name}" is not valid in Excel (at most 31 characters, not empty, none of [ ] : * ? / \\, no leading or trailing apostrophe).`,
    );
  }
}

/** A Date also when made in another realm (a worker, a vm context), where instanceof fails. */
export function isDate(v: unknown): v is Date {
  return v instanceof Date || Object.prototype.toString.call(v) === '[object Date]';
}

/** A number as Excel stores it (shortest round-trip form). */
function num(n: number): string {
  return String(n);
}

export function dateToSerial(d: Date, date1904: boolean): number {
  return d.getTime() / 86400000 + 25569 - (date1904 ? 1462 : 0);
}

/**
 * One `<c>` element. Text is an inline string, so no other part changes; text Excel would read
 * as a formula is still only text, and its format carries quotePrefix so Excel shows and edits
 * it as typed.
 */
export function cellXml(q: (l: string) => string, ref: string, style: number, value: CellValue, formula: string | undefined, date1904: boolean): string {
  const s = style ? ` s="${style}"` : '';
  const f = formula ? `<${q('f')}>${escapeXml(formula.replace(/^=/, ''))}</${q('f')}>` : '';
  if (value === null || value === undefined) return f ? `<${q('c')} r="${ref}"${s}>${f}</${q('c')}>` : `<${q('c')} r="${ref}"${s}/>`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `<${q('c')} r="${ref}"${s} t="e">${f}<${q('v')}>#NUM!</${q('v')}></${q('c')}>`;
    return `<${q('c')} r="${ref}"${s}>${f}<${q('v')}>${num(value)}</${q('v')}></${q('c')}>`;
  }
  if (typeof value === 'boolean') return `<${q('c')} r="${ref}"${s} t="b">${f}<${q('v')}>${value ? 1 : 0}</${q('v')}></${q('c')}>`;
  if (isDate(value)) return `<${q('c')} r="${ref}"${s}>${f}<${q('v')}>${num(dateToSerial(value, date1904))}</${q('v')}></${q('c')}>`;
  if (isCellError(value)) return `<${q('c')} r="${ref}"${s} t="e">${f}<${q('v')}>${escapeXml(value.error)}</${q('v')}></${q('c')}>`;
  if (f) return `<${q('c')} r="${ref}"${s} t="str">${f}<${q('v')}>${escapeXml(value)}</${q('v')}></${q('c')}>`;
  return `<${q('c')} r="${ref}"${s} t="inlineStr"><${q('is')}><${q('t')} xml:space="preserve">${escapeXml(value)}</${q('t')}></${q('is')}></${q('c')}>`;
}

function isCovered(cell: Cell): boolean {
  if (!cell.merge) return false;
  const box = parseRange(cell.merge);
  return cell.row !== box.top || cell.col !== box.left;
}

/** Long text in a column with a known width, or text with line breaks, wraps. */
function needsWrap(text: string, width: number | undefined): boolean {
  if (text.includes('\n')) return true;
  return typeof width === 'number' && width > 0 && text.length > width * 1.2;
}

function specOf(cell: Cell | undefined, extra: CellStyle | undefined, width: number | undefined, where: string): StyleSpec {
  const spec: StyleSpec = {};
  if (cell?.numFmt) spec.numFmt = cell.numFmt;
  else if (isDate(cell?.value)) spec.numFmt = 'yyyy-mm-dd';
  if (cell?.bold) spec.bold = true;
  if (extra?.italic) spec.italic = true;
  if (extra?.fontSize) spec.fontSize = extra.fontSize;
  if (extra?.fontColor) {
    checkRgb(extra.fontColor, where);
    spec.fontColor = extra.fontColor.toUpperCase();
  }
  if (cell?.fill) {
    checkRgb(cell.fill, where);
    spec.fill = cell.fill.toUpperCase();
  }
  if (cell?.indent) spec.indent = cell.indent;
  const wrap = extra?.wrap ?? (typeof cell?.value === 'string' && needsWrap(cell.value, width));
  if (wrap) {
    spec.wrap = true;
    spec.vertical = 'top';
  }
  if (extra?.horizontal) spec.horizontal = extra.horizontal;
  if (extra?.vertical) spec.vertical = extra.vertical;
  if (extra?.border && (extra.border.top || extra.border.bottom)) spec.border = { top: !!extra.border.top, bottom: !!extra.border.bottom };
  if (!cell?.formula && !isCoveredOrNull(cell) && needsTextProtection(cell?.value)) spec.quotePrefix = true;
  return spec;
}

function isCoveredOrNull(cell: Cell | undefined): boolean {
  return !cell || cell.value === null || isCovered(cell);
}

function hasAny(spec: StyleSpec): boolean {
  return Object.keys(spec).length > 0;
}

/** A whole worksheet part for a generated sheet. */
export function newSheetXml(sheet: NewSheet, styles: StyleEditor, date1904: boolean): string {
  const grid: SheetGrid = sheet.grid;
  checkSheetName(grid.name);
  const q = (l: string) => l;
  const widths = sheet.columnWidths ?? [];
  const extras = sheet.styles ?? {};
  const cells = new Map<number, Map<number, string>>();
  let maxRow = 0;
  let maxCol = 0;
  const place = (row: number, col: number, xml: string): void => {
    let line = cells.get(row);
    if (!line) cells.set(row, (line = new Map()));
    line.set(col, xml);
    maxRow = Math.max(maxRow, row);
    maxCol = Math.max(maxCol, col);
  };
  const done = new Set<string>();
  for (const row of grid.rows) {
    if (!row) continue;
    for (const cell of row) {
      if (!cell) continue;
      const where = `${grid.name}!${cell.address}`;
      const spec = specOf(cell, extras[cell.address], widths[cell.col - 1], where);
      const style = hasAny(spec) ? styles.style(spec) : 0;
      const covered = isCovered(cell);
      const value = covered ? null : cell.value;
      const formula = covered ? undefined : cell.formula;
      place(cell.row, cell.col, cellXml(q, cell.address, style, value, formula, date1904));
      done.add(cell.address);
    }
  }
  // Styles may name cells without a value (a rule under an empty cell, a fill-only signal).
  for (const [address, extra] of Object.entries(extras)) {
    if (done.has(address)) continue;
    let pos;
    try {
      pos = parseA1(address);
    } catch {
      throw new WorkbookWriteError('bad-address', `Ogiltig celladress ${address} på bladet ${grid.name}.`, `Invalid cell address ${address} on sheet ${grid.name}.`);
    }
    const spec = specOf(undefined, extra, undefined, `${grid.name}!${address}`);
    if (hasAny(spec)) place(pos.row, pos.col, cellXml(q, address.toUpperCase().replace(/\$/g, ''), styles.style(spec), null, undefined, date1904));
  }

  const hidden = new Set(grid.hiddenRows ?? []);
  const heights = sheet.rowHeights ?? {};
  const rowNumbers = new Set<number>([...cells.keys(), ...hidden, ...Object.keys(heights).map(Number).filter((n) => heights[n] > 0)]);
  const rowsXml: string[] = [];
  for (const r of [...rowNumbers].sort((a, b) => a - b)) {
    let attrs = `r="${r}"`;
    const h = heights[r];
    if (h > 0) attrs += ` ht="${h}" customHeight="1"`;
    if (hidden.has(r)) attrs += ' hidden="1"';
    const line = cells.get(r);
    const body = line ? [...line.entries()].sort((a, b) => a[0] - b[0]).map(([, x]) => x).join('') : '';
    rowsXml.push(body ? `<row ${attrs}>${body}</row>` : `<row ${attrs}/>`);
  }

  // Merges: refuse overlaps, as Excel would refuse to open them.
  const boxes = grid.merges.map((m) => {
    try {
      return { ref: m, box: parseRange(m) };
    } catch {
      throw new WorkbookWriteError('bad-address', `Ogiltigt sammanfogat område ${m} på bladet ${grid.name}.`, `Invalid merged range ${m} on sheet ${grid.name}.`);
    }
  });
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].box;
      const b = boxes[j].box;
      if (a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom) {
        throw new WorkbookWriteError('bad-address', `Det sammanfogade området ${boxes[j].ref} på bladet ${grid.name} överlappar ett annat.`, `The merged range ${boxes[j].ref} on sheet ${grid.name} overlaps another.`);
      }
    }
  }

  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n', `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`];
  if (sheet.print?.fitToWidth) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  parts.push(`<dimension ref="${maxRow > 0 ? formatRange({ top: 1, left: 1, bottom: maxRow, right: Math.max(1, maxCol) }) : 'A1'}"/>`);
  parts.push('<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>');
  const cols = colsXml(widths, grid.hiddenColumns ?? []);
  if (cols) parts.push(`<cols>${cols}</cols>`);
  parts.push(rowsXml.length ? `<sheetData>${rowsXml.join('')}</sheetData>` : '<sheetData/>');
  if (boxes.length) parts.push(`<mergeCells count="${boxes.length}">${boxes.map((b) => `<mergeCell ref="${formatRange(b.box)}"/>`).join('')}</mergeCells>`);
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (sheet.print) {
    parts.push(`<pageSetup paperSize="9" orientation="${sheet.print.orientation}"${sheet.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`);
  }
  parts.push('</worksheet>');
  return parts.join('');
}

/**
 * `<col>` elements: a width per column as before, and hidden columns (runs of hidden columns
 * without a width as one range, so 16 000 columns hidden to the right are one element).
 */
function colsXml(widths: (number | undefined)[], hiddenColumns: number[]): string {
  const hidden = new Set(hiddenColumns.filter((c) => Number.isInteger(c) && c >= 1 && c <= 16384));
  const width = (c: number): number | undefined => {
    const w = widths[c - 1];
    return typeof w === 'number' && w > 0 ? w : undefined;
  };
  const columns = [...new Set([...widths.map((_, i) => i + 1).filter((c) => width(c) !== undefined), ...hidden])].sort((a, b) => a - b);
  let out = '';
  for (let k = 0; k < columns.length; k++) {
    const c = columns[k];
    const w = width(c);
    const h = hidden.has(c);
    let last = c;
    if (w === undefined) while (k + 1 < columns.length && columns[k + 1] === last + 1 && width(last + 1) === undefined && hidden.has(last + 1)) last = columns[++k];
    out += `<col min="${c}" max="${last}"${w !== undefined ? ` width="${w}" customWidth="1"` : ''}${h ? ' hidden="1"' : ''}/>`;
  }
  return out;
}
