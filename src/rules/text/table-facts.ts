/**
 * The tables a sentence can quote, as labelled rows and classified columns ("facts"), whatever
 * the board's layout. This is the one module of the text checker that knows the model and the
 * grid: everything else binds to `FactTable`.
 *
 * Sources, in order:
 * 1. every mapped table of the model (its range, unit and column roles), with all its rows read
 *    back from the grid — the mapping keeps only rows whose role it knows, a sentence may name
 *    any of them ("Äldreomsorg", "Ekonomienheten");
 * 2. any other block of the grid with a header row above rows of "label, figures…" — a
 *    per-activity or per-board table the mapping does not take as a report table.
 *
 * After the structure work lands, (1) can read the mapping's own row hierarchy and compositional
 * headers instead of `classifyHeader`; the rest of the checker is unchanged.
 */
import type { Cell, SheetGrid, WorkbookGrid } from '../../grid/types';
import { toA1 } from '../../grid/address';
import { formatDecimals, parseNumber } from '../../mapping';
import type { NarrativeParagraph, ReportModel, SourceRef, Unit } from '../../model/types';
import { tablesOf } from '../../model/types';

/** What a column holds. */
export type ColumnMeasure =
  | 'budget'
  | 'actual'
  | 'forecast'
  | 'variance'
  | 'change'
  | 'revenue'
  | 'costs'
  | 'net'
  /** A bare year ("2014") or any other header: the value of the row for that column. */
  | 'value';

export interface FactColumn {
  col: number;
  header: string;
  measure: ColumnMeasure;
  /** The year the header names (the later one of "2012/2013"). */
  year?: number;
  /** Percentages (header "%", "procent", or percent cells). */
  percent: boolean;
  /** "Prognosavvikelse", "Avvikelse mot prognos": the variance is against the forecast. */
  againstForecast?: boolean;
  /**
   * Words of the header beyond its measure and year ("Koncern", "Kommunen", "Balanskravs…"):
   * a sentence picks such a column only by naming them.
   */
  qualifiers: string[];
  /** The column is the group's (koncernen, sammanställd redovisning, bolagen), not the body's own. */
  group: boolean;
  ref: SourceRef;
}

export interface FactCell {
  value: number;
  decimals: number;
  ref: SourceRef;
}

export interface FactRow {
  row: number;
  label: string;
  ref: SourceRef;
  cells: Map<number, FactCell>;
  /** "Summa", "Totalt", "Årets resultat" … or the last row of a table whose rows it sums. */
  total: boolean;
  /** A unit the label gives ("Årets resultat, mnkr", "Soliditet, %", "… i mnkr"). */
  unit?: Unit;
  /** The row is the group's ("Årets resultat koncernen"). */
  group: boolean;
  /** The sub-heading the row stands under inside its table ("ÅRETS RESULTAT (mkr)" over "Kommunen"). */
  section?: string;
}

export interface FactTable {
  id: string;
  sheet: string;
  title?: string;
  /** Money unit of the table (percent tables: 'percent'); undefined when nothing says. */
  unit?: Unit;
  columns: FactColumn[];
  rows: FactRow[];
  /** The report's year when the table's headers name years. */
  year?: number;
}

export interface Facts {
  tables: FactTable[];
  /** Text cells that quote figures: the model's narrative and text beside or under tables. */
  paragraphs: NarrativeParagraph[];
  reportYear?: number;
}

const UNIT_WORDS: [RegExp, Unit][] = [
  [/(?<!\p{L})(?:mnkr|mkr|miljoner kronor|mkr\.|msek)(?!\p{L})/iu, 'mnkr'],
  [/(?<!\p{L})(?:tkr|tusen kronor|tsek|ksek)(?!\p{L})/iu, 'tkr'],
  [/(?<!\p{L})(?:kronor|kr)(?!\p{L})/iu, 'kr'],
];

function unitIn(text: string): Unit | undefined {
  for (const [re, u] of UNIT_WORDS) if (re.test(text)) return u;
  return undefined;
}

/** A header's measure, from its words (the years are read apart). */
export function classifyHeader(header: string): { measure: ColumnMeasure; againstForecast?: boolean } {
  const h = header.toLowerCase().replace(/\s+/g, ' ');
  if (/avvik|avv\.|budgetavv|diff(?:erens)? mot|resultat mot budget|\bavvikelse/u.test(h)) {
    return { measure: 'variance', ...(/prognos/u.test(h) ? { againstForecast: true } : {}) };
  }
  if (/förändr|förändring|skillnad|differens|utveckling|\bdiff\b|ökning|minskning/u.test(h)) return { measure: 'change' };
  if (/nettokostnad|netto(?!\p{L})/u.test(h)) return { measure: 'net' };
  if (/intäkt/u.test(h)) return { measure: 'revenue' };
  if (/kostnad/u.test(h)) return { measure: 'costs' };
  if (/prognos|delårsrapp|helårsprognos|beräknat utfall/u.test(h)) return { measure: 'forecast' };
  if (/budget|ram(?!\p{L})|anslag/u.test(h)) return { measure: 'budget' };
  if (/utfall|bokslut|redovisat|resultat|ack(?:umulerat)?(?!\p{L})|årets/u.test(h)) return { measure: 'actual' };
  return { measure: 'value' };
}

/** A column of note references ("Not", "Noter"). */
const NOTE_HEADER = /^(?:not|noter|nothänvisning)$/iu;
/** The group rather than the body itself. */
export const GROUP = /koncern|sammanställd|bolag(?:en)?(?!\p{L})/iu;
/** Header words that only say what a column measures or when. */
const MEASURE_WORDS = /^(?:utfall|bokslut|budget|budgeterat|prognos|helår|helårsprognos|avvikelse|avv|mot|i|och|av|för|per|jan|aug|dec|delår|delårsrapp|delårsrapport|tkr|mnkr|mkr|kr|belopp|resultat|summa|total|totalt|förändring|differens|diff|netto|nettokostnad|nettokostnader|intäkter|kostnader|procent|år|årets|period|perioden|ack|ackumulerat|\d.*|[-–/%()]+)$/u;

function qualifiersOf(header: string): string[] {
  return header
    .toLowerCase()
    .split(/[\s/()-]+/)
    .map((w) => w.replace(/[.,:;*]+$/, ''))
    .filter((w) => w.length >= 4 && !MEASURE_WORDS.test(w) && !/^(?:19|20)\d\d/.test(w));
}

/**
 * What a header's or a label's words say, kept by the text: the same few ("Budget 2024", "Utfall
 * jan–aug", "Summa") head table after table, and each reading is a handful of unicode patterns.
 */
function byText<T>(cache: Map<string, T>, key: string, read: (key: string) => T): T {
  let hit = cache.get(key);
  if (hit === undefined) {
    if (cache.size > 5000) cache.clear();
    cache.set(key, (hit = read(key)));
  }
  return hit;
}

interface HeaderWords {
  years: number[];
  cls: { measure: ColumnMeasure; againstForecast?: boolean };
  qualifiers: string[];
  group: boolean;
  percentWord: boolean;
}

const HEADER_WORDS = new Map<string, HeaderWords>();

function headerWords(header: string): HeaderWords {
  return byText(HEADER_WORDS, header, readHeaderWords);
}

function readHeaderWords(h: string): HeaderWords {
  return {
    years: [...h.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/g)].map((m) => Number(m[1])),
    cls: classifyHeader(h),
    qualifiers: qualifiersOf(h),
    group: GROUP.test(h),
    percentWord: /%|procent/iu.test(h),
  };
}

interface LabelWords {
  label: string;
  unit: { unit?: Unit };
  total: boolean;
  group: boolean;
}

const LABEL_WORDS = new Map<string, LabelWords>();

const HEADER_TEXT = new Map<string, string>();

/** A header's rows joined: a word hyphenated over two rows ("Budget-" / "avvikelse") made whole, one space. */
function joinedHeader(joined: string): string {
  return joined
    .replace(/(\p{L})-\s+(\p{L})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

function labelWords(raw: string): LabelWords {
  return byText(LABEL_WORDS, raw, readLabelWords);
}

function readLabelWords(raw: string): LabelWords {
  const label = raw.replace(/\s+/g, ' ').trim();
  return { label, unit: rowUnit(label), total: TOTAL_LABEL.test(label), group: GROUP.test(label) };
}

const ROW_UNIT = new Map<string, { unit?: Unit }>();

function rowUnit(label: string): { unit?: Unit } {
  return byText(ROW_UNIT, label, readRowUnit);
}

const SECTION_UNIT = new Map<string, { unit?: Unit }>();

/** The unit a sub-heading gives the rows under it ("ÅRETS RESULTAT (mkr)" reads as "…, mkr"). */
function sectionUnit(section: string): { unit?: Unit } {
  return byText(SECTION_UNIT, section, readSectionUnit);
}

function readSectionUnit(section: string): { unit?: Unit } {
  return rowUnit(section.replace(/\s*\(([^)]*)\)\s*$/u, ', $1'));
}

function readRowUnit(label: string): { unit?: Unit } {
  // "Soliditet, %", "Utdebitering %", "Nettoinvesteringar mkr", "Belopp i tkr": a unit ending the label.
  if (/(?:,\s*|\bi\s+|\(|\p{L}\s+)(?:%|procent)\)?\s*$/iu.test(label)) return { unit: 'percent' };
  const m = /(?:,\s*|\bi\s+|\(|\p{L}\s+)(mnkr|mkr|tkr|kr)\)?(?:\s*\(netto\))?\s*$/iu.exec(label);
  if (!m) return {};
  const u = m[1].toLowerCase();
  return { unit: u === 'mkr' ? 'mnkr' : (u as Unit) };
}

const TOTAL_LABEL = /^(?:summa|totalt?(?!\p{L})|total(?!\p{L})|samtliga|hela (?:nämnden|förvaltningen)|nämnden totalt|årets resultat|resultat(?!\p{L}))/iu;

function text(c: Cell | undefined): string {
  if (!c) return '';
  const v = c.value;
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

/** Whether a cell shows anything (`text(c) !== ''`), without building the text of a number. */
function hasText(c: Cell | undefined): c is Cell {
  if (!c) return false;
  const v = c.value;
  if (typeof v === 'string') {
    // A printable ASCII character first is no space: the common case needs no trim.
    const first = v.charCodeAt(0);
    return (first > 32 && first < 127) || v.trim() !== '';
  }
  return typeof v === 'number' || typeof v === 'boolean';
}

function isYear(t: string): boolean {
  return t.length >= 4 && /^(?:19|20)\d\d$/.test(t.trim());
}

/** A figure of a row and the column it stands in. */
interface Num {
  col: number;
  value: number;
  decimals: number;
  percent: boolean;
}

function numberOf(c: Cell | undefined): Num | undefined {
  if (!c) return undefined;
  const v = c.value;
  if (typeof v === 'number') return numberOfValue(c, v);
  if (typeof v === 'string') return numberOfText(c, v);
  return undefined;
}

/** A trimmed text can read as a figure only if it starts with a digit, a sign or "(" (`FIGURE_TEXT`). */
function mayStartFigure(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 45 || code === 43 || code === 40 || code === 0x2212 || code === 0x2013;
}

function numberOfText(c: Cell, value: string): Num | undefined {
  const t = value.trim();
  // En dash with a space ("– 37 264") is how many printed tables write minus.
  if (!mayStartFigure(t.charCodeAt(0)) || !FIGURE_TEXT.test(t) || /[a-zåäö]{4,}/i.test(t)) return undefined;
  const dash = t.charCodeAt(0) === 0x2013 || t.charCodeAt(0) === 0x2212;
  const p = parseNumber(dash ? t.replace(/^[\u2013\u2212]\s+/, '-') : t, c.numFmt);
  return p.value === null ? undefined : { col: c.col, value: p.value, decimals: p.decimals, percent: !!p.percent };
}

function numberOfValue(c: Cell, value: number): Num | undefined {
  const fmt = c.numFmt;
  // A plain number with a plain format: the common case, read without the general parser.
  if (!fmt) return { col: c.col, value, decimals: valueDecimals(value), percent: false };
  const decimals = plainDecimals(fmt);
  if (decimals >= 0) return { col: c.col, value, decimals, percent: false };
  const p = parseNumber(value, fmt);
  return p.value === null ? undefined : { col: c.col, value: p.value, decimals: p.decimals, percent: !!p.percent };
}

const PLAIN_DECIMALS = new Map<string, number>();

/** The decimals a number format shows, or -1 when it is a percent format or shows no fixed decimals. */
function plainDecimals(numFmt: string): number {
  return byText(PLAIN_DECIMALS, numFmt, readPlainDecimals);
}

function readPlainDecimals(numFmt: string): number {
  return numFmt.includes('%') ? -1 : (formatDecimals(numFmt) ?? -1);
}

function valueDecimals(v: number): number {
  if (Number.isInteger(v)) return 0;
  const t = String(v);
  const i = t.indexOf('.');
  return i < 0 || /e/i.test(t) ? 0 : Math.min(t.length - i - 1, 6);
}

function cellAt(s: SheetGrid, row: number, col: number): Cell | undefined {
  return s.rows[row - 1]?.[col - 1];
}

function rowCells(s: SheetGrid, row: number): Cell[] {
  const out: Cell[] = [];
  const raw = s.rows[row - 1];
  if (!raw) return out;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (hasText(c)) out.push(c);
  }
  return out;
}

/**
 * The one cell of a row that shows anything; undefined when the row shows none or more than one.
 * Captions, titles and sub-headings are such rows: asked of rows that mostly hold many cells, it
 * stops at the second instead of listing them all.
 */
function onlyCell(s: SheetGrid, row: number): Cell | undefined {
  const raw = s.rows[row - 1];
  if (!raw) return undefined;
  let only: Cell | undefined;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (!hasText(c)) continue;
    if (only) return undefined;
    only = c;
  }
  return only;
}

/** A data row: a text label first, then at least one figure (in column order). */
interface DataRow {
  labelCol: number;
  label: string;
  nums: Num[];
}

/**
 * A sheet's data rows by row number (index 0 unused). Every row is read once: the block search,
 * the header search and the table body all ask for the same rows.
 */
type DataRows = (DataRow | undefined)[];

function dataRowsOf(s: SheetGrid): DataRows {
  const out: DataRows = [undefined];
  for (let r = 0; r < s.rows.length; r++) out.push(readDataRow(s.rows[r]));
  return out;
}

function readDataRow(raw: (Cell | undefined)[] | undefined): DataRow | undefined {
  if (!raw) return undefined;
  // Most rows of a large sheet start with an account number or a date: not a labelled row, and
  // known from the first cell that shows anything.
  let i = 0;
  while (i < raw.length && !hasText(raw[i])) i++;
  const first = raw[i];
  if (!first || typeof first.value !== 'string') return undefined;
  const label = first.value.trim();
  if (numberOf(first) || isYear(label) || label.length > 90) return undefined;
  const nums: Num[] = [];
  for (i++; i < raw.length; i++) {
    const c = raw[i];
    if (!hasText(c)) continue;
    const n = numberOf(c);
    if (n) nums.push(n);
    else if (typeof c.value === 'string' && c.value.trim().length > 40) break; // a comment column ends the figures
  }
  // A row of years under a corner word ("Mkr 2013 2012") heads a table, it holds no figures.
  if (nums.every(isYearFigure)) return undefined;
  return { labelCol: first.col, label, nums };
}

function isYearFigure(n: Num): boolean {
  return Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2099;
}

interface Block {
  sheet: SheetGrid;
  data: DataRows;
  headerRows: number[];
  labelCol: number;
  first: number;
  last: number;
  /** Labels and one figure column with no header over it: each row is a measure of one subject. */
  keyValue: boolean;
}

/** Blocks of data rows under a header row, sheet by sheet. */
function blocks(s: SheetGrid, data: DataRows): Block[] {
  const out: Block[] = [];
  const n = s.rows.length;
  let r = 1;
  while (r <= n) {
    const d = data[r];
    if (!d) {
      r++;
      continue;
    }
    const header = headerRowOver(s, data, r, d.nums);
    const last = blockEnd(s, data, r);
    if (header !== undefined) {
      const headerRows = [header];
      // A caption row above the header ("Totalkalkyl", "Belopp i tkr") joins it.
      if (header > 1 && isCaptionRow(s, header - 1, d.labelCol)) headerRows.unshift(header - 1);
      out.push({ sheet: s, data, headerRows, labelCol: d.labelCol, first: r, last, keyValue: false });
    } else if (d.nums.length === 1 && last > r && keyValueRows(data, r, last, d.labelCol, d.nums[0].col)) {
      out.push({ sheet: s, data, headerRows: [], labelCol: d.labelCol, first: r, last, keyValue: true });
    }
    r = last + 1;
  }
  return out;
}

/** The header of a data row: the nearest row above (at most 3 up) with text or years over the figure columns. */
function headerRowOver(s: SheetGrid, data: DataRows, r: number, nums: Num[]): number | undefined {
  for (let h = r - 1; h >= Math.max(1, r - 3); h--) {
    let hits = 0;
    for (let i = 0; i < nums.length; i++) if (isHeaderCell(cellAt(s, h, nums[i].col))) hits++;
    if (hits >= Math.min(2, nums.length) && hits >= nums.length / 2) return h;
    if (data[h]) return undefined;
  }
  return undefined;
}

function isHeaderCell(c: Cell | undefined): boolean {
  const t = text(c);
  return t !== '' && (isYear(t) || (!numberOf(c) && (/\p{L}{3}/u.test(t) || /(?:19|20)\d\d/.test(t))));
}

/** The last data row of the block starting at row r: blank rows and sub-headings inside it are passed over. */
function blockEnd(s: SheetGrid, data: DataRows, r: number): number {
  const n = s.rows.length;
  let last = r;
  let gap = 0;
  for (let x = r + 1; x <= n; x++) {
    if (data[x]) {
      last = x;
      gap = 0;
      continue;
    }
    const rc = rowCells(s, x);
    if (rc.length === 0 || (rc.length === 1 && isSubHeading(text(rc[0])))) {
      // A blank row or a sub-heading ("Nämnder") inside the table.
      if (++gap > 2) break;
    } else if (rc.length > 1 && restAll(rc, isYearCell)) {
      // A row of years ("Belopp i mnkr 2016 2017 2018") heads the next table.
      break;
    } else if (rc.length > 1 && restAll(rc, isShortCell) && text(rc[0]).length <= 90) {
      // A row of other values ("Utdebitering 32:68") goes on with the table.
      continue;
    } else break;
  }
  return last;
}

function isSubHeading(t: string): boolean {
  return t.length < 60 && !/[.!?]$/.test(t);
}

/** Whether every cell after the first passes. */
function restAll(cells: Cell[], test: (c: Cell) => boolean): boolean {
  for (let i = 1; i < cells.length; i++) if (!test(cells[i])) return false;
  return true;
}

function isYearCell(c: Cell): boolean {
  return isYear(text(c));
}

function isShortCell(c: Cell): boolean {
  return text(c).length < 15;
}

/** A caption over the header's figure columns: short words, not years. */
function isCaptionRow(s: SheetGrid, row: number, labelCol: number): boolean {
  const cells = rowCells(s, row);
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c.col > labelCol && typeof c.value === 'string' && !isYear(text(c)) && text(c).length < 40) return true;
  }
  return false;
}

/**
 * A block of "Årsbudget 362 606 / Helårskostnader 367 638 / Budgetavvikelse 7 559": every row a
 * label and one figure in the same column, at least two of the labels measures (budget, costs,
 * variance …). Such a list is one subject's figures, not rows of subjects.
 */
function keyValueRows(data: DataRows, first: number, last: number, labelCol: number, col: number): boolean {
  let measures = 0;
  for (let r = first; r <= last; r++) {
    const d = data[r];
    if (!d) continue;
    if (d.labelCol !== labelCol || d.nums.length !== 1 || d.nums[0].col !== col) return false;
    if (classifyHeader(d.label).measure !== 'value') measures++;
  }
  return measures >= 2;
}

/** The caption lines over a key-value list ("Resultat 2021", "Belopp i tkr"), top first. */
function captionsAbove(s: SheetGrid, row: number, labelCol: number): string[] {
  const out: string[] = [];
  for (let r = row - 1; r >= Math.max(1, row - 3); r--) {
    const only = onlyCell(s, r);
    if (!only || only.col > labelCol + 1 || text(only).length >= 120) break;
    out.unshift(text(only));
  }
  return out;
}

/**
 * A key-value list read as a one-row table: the row is the subject the captions (or, without one,
 * the sheet's name) give, the table's own total; each labelled line is a column whose header is
 * its label, so "överskott … mot budget" finds the Budgetavvikelse line as it would a column.
 */
function keyValueTable(b: Block, mappedUnit: Unit | undefined, mappedTitle: string | undefined): FactTable | undefined {
  const s = b.sheet;
  const captions = captionsAbove(s, b.first, b.labelCol);
  const title = mappedTitle ?? (captions.length ? captions.join(' ') : undefined);
  const cells = new Map<number, FactCell>();
  const columns: FactColumn[] = [];
  for (let r = b.first; r <= b.last; r++) {
    const d = b.data[r];
    if (!d) continue;
    const n = d.nums[0];
    const header = d.label.replace(/\s+/g, ' ').replace(/\s*\*+$/u, '').trim();
    const years = [...`${header} ${title ?? ''}`.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/g)].map((m) => Number(m[1]));
    cells.set(r, { value: n.value, decimals: n.decimals, ref: { sheet: s.name, cell: toA1(r, n.col) } });
    columns.push({
      col: r,
      header,
      ...classifyHeader(header),
      qualifiers: qualifiersOf(header),
      group: GROUP.test(header),
      ...(years.length ? { year: years[years.length - 1] } : {}),
      percent: n.percent || /%|procent/iu.test(header),
      ref: { sheet: s.name, cell: toA1(r, b.labelCol) },
    });
  }
  if (!columns.length) return undefined;
  const label = (title ?? s.name).replace(/\s+/g, ' ').trim();
  const allYears = columns.map((c) => c.year).filter((y): y is number => y !== undefined);
  return {
    id: `${s.name}!${toA1(b.first, b.labelCol)}`,
    sheet: s.name,
    ...(title ? { title } : {}),
    unit: unitIn(`${title ?? ''}`) ?? mappedUnit,
    columns,
    rows: [{ row: b.first, label, ref: { sheet: s.name, cell: toA1(b.first, b.labelCol) }, cells, total: true, group: GROUP.test(label), ...rowUnit(label) }],
    ...(allYears.length ? { year: Math.max(...allYears) } : {}),
  };
}

function titleAbove(s: SheetGrid, row: number, labelCol: number): string | undefined {
  for (let r = row - 1; r >= Math.max(1, row - 3); r--) {
    const only = onlyCell(s, r);
    if (only && only.col <= labelCol + 1 && text(only).length < 120) return text(only);
  }
  return undefined;
}

/** The rows of a table block, and what its figure columns hold over all of them. */
interface BodyRows {
  rows: FactRow[];
  /** The columns that hold a figure in some row, in the order first met. */
  figureCols: Set<number>;
  /** The columns where some row's figure is not a percentage. */
  plainCols: Set<number>;
}

function bodyRows(b: Block): BodyRows {
  const s = b.sheet;
  const body: BodyRows = { rows: [], figureCols: new Set(), plainCols: new Set() };
  // A sub-heading inside the table ("Koncernen") makes the rows under it the group's.
  let groupSection = false;
  // A sub-heading that names a measure and its unit ("ÅRETS RESULTAT (mkr)", "SOLIDITET (%)") over
  // rows that repeat their labels ("Kommunen", "Sammanställd redovisning") block by block.
  let section: string | undefined;
  // The first heading may stand between the header and the first data row.
  for (let r = (b.headerRows[b.headerRows.length - 1] ?? b.first - 1) + 1; r < b.first; r++) {
    const only = onlyCell(s, r);
    if (only && typeof only.value === 'string' && text(only).length < 60) section = text(only);
  }
  for (let r = b.first; r <= b.last; r++) {
    const d = b.data[r];
    if (!d) {
      const only = onlyCell(s, r);
      if (only && typeof only.value === 'string') {
        const heading = text(only);
        groupSection = heading.length < 40 && GROUP.test(heading);
        section = heading.length < 60 ? heading : undefined;
      }
      continue;
    }
    if (d.labelCol !== b.labelCol) continue;
    const cells = new Map<number, FactCell>();
    for (let i = 0; i < d.nums.length; i++) {
      const n = d.nums[i];
      cells.set(n.col, { value: n.value, decimals: n.decimals, ref: { sheet: s.name, cell: toA1(r, n.col) } });
      body.figureCols.add(n.col);
      if (!n.percent) body.plainCols.add(n.col);
    }
    const words = labelWords(d.label);
    const row: FactRow = { row: r, label: words.label, ref: { sheet: s.name, cell: toA1(r, d.labelCol) }, cells, total: words.total, group: groupSection || words.group };
    // The label's own unit, else the sub-heading's.
    const unit = words.unit.unit ?? (section ? sectionUnit(section).unit : undefined);
    if (unit) row.unit = unit;
    if (section) row.section = section;
    body.rows.push(row);
  }
  return body;
}

/** A column's header: its header rows' texts, a caption over a group of columns read from the first column it spans. */
function headerTextOf(b: Block, c: number): string {
  const s = b.sheet;
  const last = b.headerRows.length - 1;
  let joined = '';
  for (let i = 0; i <= last; i++) {
    const t = i < last ? captionOf(s, b.headerRows[i], c, b.labelCol) : text(cellAt(s, b.headerRows[i], c));
    if (t) joined = joined ? `${joined} ${t}` : t;
  }
  return byText(HEADER_TEXT, joined, joinedHeader);
}

/** A caption over a group of columns ("Kommunen", "Koncernen") is written once, over the first. */
function captionOf(s: SheetGrid, h: number, c: number, labelCol: number): string {
  for (let x = c; x > labelCol; x--) {
    const t = text(cellAt(s, h, x));
    if (t) return t;
  }
  return '';
}

/** A last row that sums the others (each column it has a figure in) is the table's total even without "Summa". */
function sumsTheRest(rows: FactRow[], columns: FactColumn[]): boolean {
  const last = rows[rows.length - 1];
  let withFigure = 0;
  for (const column of columns) {
    const cell = last.cells.get(column.col);
    if (!cell) continue;
    withFigure++;
    let sum = 0;
    for (let i = 0; i < rows.length - 1; i++) sum += rows[i].cells.get(column.col)?.value ?? 0;
    if (!(Math.abs(sum - cell.value) <= rows.length * 0.5 * 10 ** -(cell.decimals ?? 0))) return false;
  }
  return withFigure > 0;
}

function factTable(b: Block, mappedUnit: Unit | undefined, mappedTitle: string | undefined): FactTable | undefined {
  const s = b.sheet;
  const { rows, figureCols, plainCols } = bodyRows(b);
  if (!rows.length) return undefined;
  const cols = [...figureCols].sort((a, z) => a - z);
  const headers = cols.map((c) => headerTextOf(b, c));
  const corner = b.headerRows.map((h) => text(cellAt(s, h, b.labelCol))).join(' ');
  const title = mappedTitle ?? titleAbove(s, b.headerRows[0], b.labelCol);
  const tableText = `${corner} ${title ?? ''}`;
  const percentTable = /(?<!\p{L})(?:i procent|i %|procent|%)(?!\p{L})/iu.test(tableText) && !unitIn(tableText);
  const forecastTitle = /prognosavvik/iu.test(`${title ?? ''} ${corner}`);
  // "KOMMUNKONCERNEN – FEM ÅR I SAMMANDRAG": every column is the group's.
  const tableWords = `${title ?? ''} ${corner}`;
  const groupTable = GROUP.test(tableWords) && !/(?<!\p{L})(?:kommunen|kommunens|staden|stadens)(?!\p{L})/iu.test(tableWords) && !headers.some((h) => headerWords(h).group);
  const headerRow = b.headerRows[b.headerRows.length - 1];
  const columns: FactColumn[] = [];
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    const header = headers[i];
    if (NOTE_HEADER.test(header) || NOTE_HEADER.test(text(cellAt(s, headerRow, c)))) continue;
    const hw = headerWords(header);
    const years = hw.years;
    const cls = hw.cls;
    columns.push({
      col: c,
      header,
      ...cls,
      ...(cls.measure === 'variance' && forecastTitle ? { againstForecast: true } : {}),
      qualifiers: [...hw.qualifiers],
      group: groupTable || hw.group,
      ...(years.length ? { year: years[years.length - 1] } : {}),
      // Percent cells: every row's figure in the column is a percentage.
      percent: percentTable || hw.percentWord || !plainCols.has(c),
      ref: { sheet: s.name, cell: toA1(headerRow, c) },
    });
  }
  const allYears = columns.map((c) => c.year).filter((y): y is number => y !== undefined);
  if (rows.length > 2 && !rows.some((r) => r.total) && sumsTheRest(rows, columns)) rows[rows.length - 1].total = true;
  return {
    id: `${s.name}!${toA1(b.headerRows[0], b.labelCol)}`,
    sheet: s.name,
    ...(title ? { title } : {}),
    unit: percentTable ? 'percent' : (unitIn(tableText) ?? mappedUnit),
    columns,
    rows,
    ...(allYears.length ? { year: Math.max(...allYears) } : {}),
  };
}

function rangeRows(range: string): { top: number; bottom: number } | undefined {
  const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(range);
  return m ? { top: Number(m[1]), bottom: Number(m[2]) } : undefined;
}

/** A mapped table's rows, to find the mapped table a block lies in. */
interface MappedSpan {
  top: number;
  bottom: number;
  table: ReportModel['tables'][number];
}

/** The mapped (non-narrative) tables of each sheet, in the model's order. */
function mappedSpans(model: ReportModel): Map<string, MappedSpan[]> {
  const out = new Map<string, MappedSpan[]>();
  for (const t of model.tables) {
    if (t.kind === 'narrative') continue;
    const r = rangeRows(t.range);
    if (!r) continue;
    let spans = out.get(t.sheet);
    if (!spans) out.set(t.sheet, (spans = []));
    spans.push({ top: r.top, bottom: r.bottom, table: t });
  }
  return out;
}

function mappedTableOf(spans: MappedSpan[] | undefined, b: Block): MappedSpan['table'] | undefined {
  if (spans) for (const m of spans) if (m.top <= b.last && m.bottom >= b.first) return m.table;
  return undefined;
}

/** Paragraph-like text cells: prose with a figure, outside the label column of any table and not already narrative. */
function textCells(wb: WorkbookGrid, tables: FactTable[], narrative: NarrativeParagraph[]): NarrativeParagraph[] {
  let labels: Map<string, Set<string>> | undefined;
  let seen: Map<string, Set<string>> | undefined;
  const out: NarrativeParagraph[] = [];
  for (const s of wb.sheets) {
    if (s.state === 'veryHidden') continue;
    const prose = sheetIndex(s).prose;
    if (!prose.length) continue;
    labels ??= cellsBySheet(tables.flatMap((t) => t.rows), rowRef);
    seen ??= cellsBySheet(narrative, paragraphRef);
    const taken = labels.get(s.name);
    const told = seen.get(s.name);
    for (const c of prose) {
      if (taken?.has(c.address) || told?.has(c.address)) continue;
      out.push({ text: { text: c.value as string, ref: { sheet: s.name, cell: c.address } } });
    }
  }
  return out;
}

/** The cells things stand in, by sheet. */
function cellsBySheet<T>(items: T[], refOf: (item: T) => SourceRef): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const item of items) {
    const ref = refOf(item);
    let cells = out.get(ref.sheet);
    if (!cells) out.set(ref.sheet, (cells = new Set()));
    cells.add(ref.cell);
  }
  return out;
}

function rowRef(r: FactRow): SourceRef {
  return r.ref;
}

function paragraphRef(p: NarrativeParagraph): SourceRef {
  return p.text.ref;
}

/** A figure with a unit prose quotes ("6,6 mnkr", "14 311 tkr", "8 procent", "0,4 procentenheter"). */
const QUOTED = /\d\s?(?:mnkr|mkr|msek|miljoner|tkr|tsek|tusen kronor|kronor|kr|procentenheter|procentenhet|procent|%)(?!\p{L})/iu;

/**
 * A sheet larger than this is a data dump, not a report table a sentence quotes: it is not
 * scanned (the text rule stays cheap on workbooks of a million cells).
 */
const MAX_SHEET_CELLS = 50_000;

function cellCount(s: SheetGrid): number {
  let n = 0;
  for (let r = 0; r < s.rows.length; r++) {
    const row = s.rows[r];
    n += row ? row.length : 0;
  }
  return n;
}

/**
 * What the text rule needs of a sheet, read in one pass and kept with the sheet: its size, whether
 * it holds any figure at all (a sheet of only words has no table to read), and its prose cells that
 * quote a figure. The quoting test, the table search and the text cells all ask this instead of
 * rescanning every cell.
 */
interface SheetIndex {
  cells: number;
  figures: boolean;
  prose: Cell[];
}

const SHEET_INDEX = new WeakMap<SheetGrid, SheetIndex>();

const FIGURE_TEXT = /^[-+\u2212\u2013(]?\s?\d/;

function sheetIndex(s: SheetGrid): SheetIndex {
  const hit = SHEET_INDEX.get(s);
  if (hit) return hit;
  const index: SheetIndex = { cells: cellCount(s), figures: false, prose: [] };
  // A sheet larger than four times the table limit is a dump: neither its prose nor its figures are read.
  if (index.cells <= MAX_SHEET_CELLS * 4) {
    let figures = false;
    for (let r = 0; r < s.rows.length; r++) {
      const row = s.rows[r];
      if (row) figures = indexRow(row, index.prose, figures);
    }
    index.figures = figures;
  }
  SHEET_INDEX.set(s, index);
  return index;
}

/** Collects a row's prose cells that quote a figure; whether the sheet holds a figure, with this row. */
function indexRow(row: (Cell | undefined)[], prose: Cell[], figures: boolean): boolean {
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    // A grid built in code may hold null for an empty cell (the reader leaves holes).
    if (c === undefined || c === null) continue;
    const v = c.value;
    if (typeof v === 'string') {
      if (v.length >= 25 && QUOTED.test(v)) prose.push(c);
      else if (!figures && FIGURE_TEXT.test(v.trim())) figures = true;
    } else if (typeof v === 'number') figures = true;
  }
  return figures;
}

/** The facts of a workbook: mapped tables first, then other label-and-figure blocks. */
export function factsOf(model: ReportModel, workbook: WorkbookGrid | undefined): Facts {
  const tables: FactTable[] = [];
  const narrative = tablesOf(model, 'narrative').flatMap((n) => n.paragraphs);
  if (!workbook) return { tables, paragraphs: narrative, reportYear: model.period.year };
  // No text that quotes a figure: nothing to bind, no table to read.
  const quoting = narrative.some((p) => QUOTED.test(p.text.text)) || workbook.sheets.some((s) => s.state !== 'veryHidden' && sheetIndex(s).prose.length > 0);
  if (!quoting) return { tables, paragraphs: [], reportYear: model.period.year };
  const mapped = mappedSpans(model);
  for (const s of workbook.sheets) {
    if (s.state === 'veryHidden') continue;
    const index = sheetIndex(s);
    if (index.cells > MAX_SHEET_CELLS || !index.figures) continue;
    const spans = mapped.get(s.name);
    for (const b of blocks(s, dataRowsOf(s))) {
      const m = mappedTableOf(spans, b);
      const t = b.keyValue ? keyValueTable(b, m?.unit ?? undefined, m?.title) : factTable(b, m?.unit ?? undefined, m?.title);
      if (t) tables.push(t);
    }
  }
  const extra = textCells(workbook, tables, narrative);
  const years = tables.map((t) => t.year).filter((y): y is number => y !== undefined);
  return { tables, paragraphs: [...narrative, ...extra], reportYear: model.period.year ?? (years.length ? Math.max(...years) : undefined) };
}
