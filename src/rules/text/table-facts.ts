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
import { isCellError } from '../../grid/types';
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
  return byText(HEADER_WORDS, header, (h) => ({
    years: [...h.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/g)].map((m) => Number(m[1])),
    cls: classifyHeader(h),
    qualifiers: qualifiersOf(h),
    group: GROUP.test(h),
    percentWord: /%|procent/iu.test(h),
  }));
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
  return byText(LABEL_WORDS, raw, (r) => {
    const label = r.replace(/\s+/g, ' ').trim();
    return { label, unit: rowUnit(label), total: TOTAL_LABEL.test(label), group: GROUP.test(label) };
  });
}

const ROW_UNIT = new Map<string, { unit?: Unit }>();

function rowUnit(label: string): { unit?: Unit } {
  return byText(ROW_UNIT, label, readRowUnit);
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
  if (!c || c.value === null || c.value === undefined) return '';
  if (typeof c.value === 'string') return c.value.trim();
  if (typeof c.value === 'number' || typeof c.value === 'boolean') return String(c.value);
  return '';
}

function isYear(t: string): boolean {
  return /^(?:19|20)\d\d$/.test(t.trim());
}

interface Num {
  value: number;
  decimals: number;
  percent: boolean;
}

function numberOf(c: Cell | undefined): Num | undefined {
  if (!c || c.value === null || c.value === undefined || isCellError(c.value)) return undefined;
  if (typeof c.value === 'string') {
    const t = c.value.trim();
    // En dash with a space ("– 37 264") is how many printed tables write minus.
    if (!/^[-+\u2212\u2013(]?\s?\d/.test(t) || /[a-zåäö]{4,}/i.test(t)) return undefined;
    const p = parseNumber(t.replace(/^[\u2013\u2212]\s+/, '-'), c.numFmt);
    return p.value === null ? undefined : { value: p.value, decimals: p.decimals, percent: !!p.percent };
  }
  if (typeof c.value !== 'number') return undefined;
  // A plain number with a plain format: the common case, read without the general parser.
  if (!c.numFmt || !/%/.test(c.numFmt)) {
    const fmt = c.numFmt ? fmtDecimals(c.numFmt) : undefined;
    if (fmt !== undefined || !c.numFmt) return { value: c.value, decimals: fmt ?? valueDecimals(c.value), percent: false };
  }
  const p = parseNumber(c.value, c.numFmt);
  return p.value === null ? undefined : { value: p.value, decimals: p.decimals, percent: !!p.percent };
}

const FMT_CACHE = new Map<string, number | undefined>();

function fmtDecimals(numFmt: string): number | undefined {
  if (!FMT_CACHE.has(numFmt)) FMT_CACHE.set(numFmt, formatDecimals(numFmt));
  return FMT_CACHE.get(numFmt);
}

function valueDecimals(v: number): number {
  const t = String(v);
  const i = t.indexOf('.');
  return i < 0 || /e/i.test(t) ? 0 : Math.min(t.length - i - 1, 6);
}

function d_nums(nums: Map<number, Num>): IterableIterator<Num> {
  return nums.values();
}

function cellAt(s: SheetGrid, row: number, col: number): Cell | undefined {
  return s.rows[row - 1]?.[col - 1];
}

function rowCells(s: SheetGrid, row: number): Cell[] {
  return (s.rows[row - 1] ?? []).filter((c): c is Cell => !!c && c.value !== null && c.value !== undefined && text(c) !== '');
}

/** A data row: a text label first, then at least one figure. */
type DataRow = { labelCol: number; label: string; nums: Map<number, Num> };

/** Rows are read once per sheet: the header search and the table body ask for the same rows. */
const ROW_CACHE = new WeakMap<SheetGrid, Map<number, DataRow | null>>();

function dataRow(s: SheetGrid, row: number): DataRow | undefined {
  let cache = ROW_CACHE.get(s);
  if (!cache) ROW_CACHE.set(s, (cache = new Map()));
  const hit = cache.get(row);
  if (hit !== undefined) return hit ?? undefined;
  const d = readDataRow(s, row);
  cache.set(row, d ?? null);
  return d;
}

function readDataRow(s: SheetGrid, row: number): DataRow | undefined {
  // Most rows of a large sheet start with an account number or a date: not a labelled row, and
  // known without collecting the row's cells.
  const raw = s.rows[row - 1];
  if (!raw) return undefined;
  let firstCell: Cell | undefined;
  for (const c of raw) {
    if (c && c.value !== null && c.value !== undefined && text(c) !== '') {
      firstCell = c;
      break;
    }
  }
  if (!firstCell || typeof firstCell.value !== 'string') return undefined;
  const cells = rowCells(s, row);
  if (!cells.length) return undefined;
  const first = cells[0];
  const label = text(first);
  if (typeof first.value !== 'string' || numberOf(first) || isYear(label)) return undefined;
  if (label.length > 90) return undefined;
  const nums = new Map<number, Num>();
  for (const c of cells.slice(1)) {
    const n = numberOf(c);
    if (n) nums.set(c.col, n);
    else if (typeof c.value === 'string' && text(c).length > 40) break; // a comment column ends the figures
  }
  // A row of years under a corner word ("Mkr 2013 2012") heads a table, it holds no figures.
  if ([...d_nums(nums)].every((n) => Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2099)) return undefined;
  return nums.size ? { labelCol: first.col, label, nums } : undefined;
}

interface Block {
  sheet: SheetGrid;
  headerRows: number[];
  labelCol: number;
  first: number;
  last: number;
  /** Labels and one figure column with no header over it: each row is a measure of one subject. */
  keyValue?: boolean;
}

/** Blocks of data rows under a header row, sheet by sheet. */
function blocks(s: SheetGrid): Block[] {
  const out: Block[] = [];
  const n = s.rows.length;
  let r = 1;
  while (r <= n) {
    const d = dataRow(s, r);
    if (!d) {
      r++;
      continue;
    }
    // The header: the nearest row above (at most 3 up) with text or years over the figure columns.
    const cols = [...d.nums.keys()];
    let header: number | undefined;
    for (let h = r - 1; h >= Math.max(1, r - 3); h--) {
      const hits = cols.filter((c) => {
        const t = text(cellAt(s, h, c));
        return t !== '' && (isYear(t) || (!numberOf(cellAt(s, h, c)) && (/\p{L}{3}/u.test(t) || /(?:19|20)\d\d/.test(t))));
      }).length;
      if (hits >= Math.min(2, cols.length) && hits >= cols.length / 2) {
        header = h;
        break;
      }
      if (dataRow(s, h)) break;
    }
    let last = r;
    let gap = 0;
    for (let x = r + 1; x <= n; x++) {
      if (dataRow(s, x)) {
        last = x;
        gap = 0;
        continue;
      }
      const rc = rowCells(s, x);
      if (rc.length === 0 || (rc.length === 1 && text(rc[0]).length < 60 && !/[.!?]$/.test(text(rc[0])))) {
        // A blank row or a sub-heading ("Nämnder") inside the table.
        if (++gap > 2) break;
      } else if (rc.length > 1 && rc.slice(1).every((c) => isYear(text(c)))) {
        // A row of years ("Belopp i mnkr 2016 2017 2018") heads the next table.
        break;
      } else if (rc.length > 1 && rc.slice(1).every((c) => text(c).length < 15) && text(rc[0]).length <= 90) {
        // A row of other values ("Utdebitering 32:68") goes on with the table.
        continue;
      } else break;
    }
    if (header !== undefined) {
      const headerRows = [header];
      // A caption row above the header ("Totalkalkyl", "Belopp i tkr") joins it.
      if (header > 1 && rowCells(s, header - 1).some((c) => c.col > d.labelCol && typeof c.value === 'string' && !isYear(text(c)) && text(c).length < 40)) headerRows.unshift(header - 1);
      out.push({ sheet: s, headerRows, labelCol: d.labelCol, first: r, last });
    } else if (cols.length === 1 && last > r && keyValueRows(s, r, last, d.labelCol, cols[0])) {
      out.push({ sheet: s, headerRows: [], labelCol: d.labelCol, first: r, last, keyValue: true });
    }
    r = last + 1;
  }
  return out;
}

/**
 * A block of "Årsbudget 362 606 / Helårskostnader 367 638 / Budgetavvikelse 7 559": every row a
 * label and one figure in the same column, at least two of the labels measures (budget, costs,
 * variance …). Such a list is one subject's figures, not rows of subjects.
 */
function keyValueRows(s: SheetGrid, first: number, last: number, labelCol: number, col: number): boolean {
  let measures = 0;
  for (let r = first; r <= last; r++) {
    const d = dataRow(s, r);
    if (!d) continue;
    if (d.labelCol !== labelCol || d.nums.size !== 1 || !d.nums.has(col)) return false;
    if (classifyHeader(d.label).measure !== 'value') measures++;
  }
  return measures >= 2;
}

/** The caption lines over a key-value list ("Resultat 2021", "Belopp i tkr"), top first. */
function captionsAbove(s: SheetGrid, row: number, labelCol: number): string[] {
  const out: string[] = [];
  for (let r = row - 1; r >= Math.max(1, row - 3); r--) {
    const cells = rowCells(s, r);
    if (cells.length !== 1 || cells[0].col > labelCol + 1 || text(cells[0]).length >= 120) break;
    out.unshift(text(cells[0]));
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
    const d = dataRow(s, r);
    if (!d) continue;
    const [[c, n]] = [...d.nums];
    const header = d.label.replace(/\s+/g, ' ').replace(/\s*\*+$/u, '').trim();
    const years = [...`${header} ${title ?? ''}`.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/g)].map((m) => Number(m[1]));
    cells.set(r, { value: n.value, decimals: n.decimals, ref: { sheet: s.name, cell: toA1(r, c) } });
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
    const cells = rowCells(s, r);
    if (cells.length === 1 && cells[0].col <= labelCol + 1 && text(cells[0]).length < 120) return text(cells[0]);
  }
  return undefined;
}

function factTable(b: Block, mappedUnit: Unit | undefined, mappedTitle: string | undefined): FactTable | undefined {
  const s = b.sheet;
  const rows: FactRow[] = [];
  const figureCols = new Set<number>();
  // A sub-heading inside the table ("Koncernen") makes the rows under it the group's.
  let groupSection = false;
  // A sub-heading that names a measure and its unit ("ÅRETS RESULTAT (mkr)", "SOLIDITET (%)") over
  // rows that repeat their labels ("Kommunen", "Sammanställd redovisning") block by block.
  let section: string | undefined;
  // The first heading may stand between the header and the first data row.
  for (let r = (b.headerRows[b.headerRows.length - 1] ?? b.first - 1) + 1; r < b.first; r++) {
    const rc = rowCells(s, r);
    if (rc.length === 1 && typeof rc[0].value === 'string' && text(rc[0]).length < 60) section = text(rc[0]);
  }
  for (let r = b.first; r <= b.last; r++) {
    const d = dataRow(s, r);
    if (!d) {
      const rc = rowCells(s, r);
      if (rc.length === 1 && typeof rc[0].value === 'string') {
        groupSection = GROUP.test(text(rc[0])) && text(rc[0]).length < 40;
        section = text(rc[0]).length < 60 ? text(rc[0]) : undefined;
      }
      continue;
    }
    if (d.labelCol !== b.labelCol) continue;
    const cells = new Map<number, FactCell>();
    for (const [c, n] of d.nums) {
      cells.set(c, { value: n.value, decimals: n.decimals, ref: { sheet: s.name, cell: toA1(r, c) } });
      figureCols.add(c);
    }
    const words = labelWords(d.label);
    const label = words.label;
    const own = words.unit;
    const sectionUnit = section && !own.unit ? rowUnit(section.replace(/\s*\(([^)]*)\)\s*$/u, ', $1')) : {};
    rows.push({ row: r, label, ref: { sheet: s.name, cell: toA1(r, d.labelCol) }, cells, total: words.total, group: groupSection || words.group, ...own, ...sectionUnit, ...(section ? { section } : {}) });
  }
  if (!rows.length) return undefined;
  // A caption over a group of columns ("Kommunen", "Koncernen") is written once, over the first.
  const captionOf = (h: number, c: number): string => {
    for (let x = c; x > b.labelCol; x--) {
      const t = text(cellAt(s, h, x));
      if (t) return t;
    }
    return '';
  };
  // A column's header text is asked for several times below (note columns, group words, the column itself).
  const headers = new Map<number, string>();
  const headerText = (c: number): string => {
    let h = headers.get(c);
    if (h === undefined) {
      h = b.headerRows
        .map((hr, i) => (i < b.headerRows.length - 1 ? captionOf(hr, c) : text(cellAt(s, hr, c))))
        .filter(Boolean)
        .join(' ');
      h = byText(HEADER_TEXT, h, joinedHeader);
      headers.set(c, h);
    }
    return h;
  };
  const corner = b.headerRows.map((h) => text(cellAt(s, h, b.labelCol))).join(' ');
  const title = mappedTitle ?? titleAbove(s, b.headerRows[0], b.labelCol);
  const tableText = `${corner} ${title ?? ''}`;
  const percentTable = /(?<!\p{L})(?:i procent|i %|procent|%)(?!\p{L})/iu.test(tableText) && !unitIn(tableText);
  const forecastTitle = /prognosavvik/iu.test(`${title ?? ''} ${corner}`);
  // "KOMMUNKONCERNEN – FEM ÅR I SAMMANDRAG": every column is the group's.
  const tableWords = `${title ?? ''} ${corner}`;
  const groupTable = GROUP.test(tableWords) && !/(?<!\p{L})(?:kommunen|kommunens|staden|stadens)(?!\p{L})/iu.test(tableWords) && ![...figureCols].some((c) => headerWords(headerText(c)).group);
  const columns: FactColumn[] = [...figureCols].sort((a, z) => a - z).filter((c) => !NOTE_HEADER.test(headerText(c)) && !NOTE_HEADER.test(text(cellAt(s, b.headerRows[b.headerRows.length - 1], c)))).map((c) => {
    const header = headerText(c);
    const hw = headerWords(header);
    const years = hw.years;
    const cls = hw.cls;
    // The row's figures as read for the table (dataRow keeps each cell's number).
    const percentCells = rows.every((r) => !r.cells.has(c) || !!dataRow(s, r.row)?.nums.get(c)?.percent);
    return {
      col: c,
      header,
      ...cls,
      ...(cls.measure === 'variance' && forecastTitle ? { againstForecast: true } : {}),
      qualifiers: [...hw.qualifiers],
      group: groupTable || hw.group,
      ...(years.length ? { year: years[years.length - 1] } : {}),
      percent: percentTable || hw.percentWord || percentCells,
      ref: { sheet: s.name, cell: toA1(b.headerRows[b.headerRows.length - 1], c) },
    };
  });
  const allYears = columns.map((c) => c.year).filter((y): y is number => y !== undefined);
  // A last row that sums the others is the table's total even without "Summa".
  const last = rows[rows.length - 1];
  if (!rows.some((r) => r.total) && rows.length > 2) {
    const sums = columns.filter((c) => {
      const v = last.cells.get(c.col)?.value;
      if (v === undefined) return false;
      const others = rows.slice(0, -1).map((r) => r.cells.get(c.col)?.value ?? 0);
      return Math.abs(others.reduce((a, x) => a + x, 0) - v) <= rows.length * 0.5 * 10 ** -(last.cells.get(c.col)?.decimals ?? 0);
    });
    if (sums.length && sums.length === columns.filter((c) => last.cells.has(c.col)).length) last.total = true;
  }
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

/** Paragraph-like text cells: prose with a figure, outside the label column of any table. */
function textCells(wb: WorkbookGrid, tables: FactTable[]): NarrativeParagraph[] {
  const labels = new Set(tables.flatMap((t) => t.rows.map((r) => `${r.ref.sheet}!${r.ref.cell}`)));
  const out: NarrativeParagraph[] = [];
  for (const s of wb.sheets) {
    if (s.state === 'veryHidden') continue;
    for (const c of sheetIndex(s).prose) {
      const ref = { sheet: s.name, cell: c.address };
      if (labels.has(`${ref.sheet}!${ref.cell}`)) continue;
      out.push({ text: { text: c.value as string, ref } });
    }
  }
  return out;
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
  for (const row of s.rows) n += row ? row.length : 0;
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
  const cells = cellCount(s);
  const index: SheetIndex = { cells, figures: false, prose: [] };
  // A sheet larger than four times the table limit is a dump: neither its prose nor its figures are read.
  if (cells <= MAX_SHEET_CELLS * 4) {
    for (const row of s.rows) {
      if (!row) continue;
      for (const c of row) {
        if (!c) continue;
        const v = c.value;
        if (typeof v === 'number') index.figures = true;
        else if (typeof v === 'string') {
          if (v.length >= 25 && QUOTED.test(v)) index.prose.push(c);
          else if (!index.figures && FIGURE_TEXT.test(v.trim())) index.figures = true;
        }
      }
    }
  }
  SHEET_INDEX.set(s, index);
  return index;
}

/** The facts of a workbook: mapped tables first, then other label-and-figure blocks. */
export function factsOf(model: ReportModel, workbook: WorkbookGrid | undefined): Facts {
  const tables: FactTable[] = [];
  const narrative = tablesOf(model, 'narrative').flatMap((n) => n.paragraphs);
  if (!workbook) return { tables, paragraphs: narrative, reportYear: model.period.year };
  // No text that quotes a figure: nothing to bind, no table to read.
  const quoting = narrative.some((p) => QUOTED.test(p.text.text)) || workbook.sheets.some((s) => s.state !== 'veryHidden' && sheetIndex(s).prose.length > 0);
  if (!quoting) return { tables, paragraphs: [], reportYear: model.period.year };
  const mapped = model.tables.filter((t) => t.kind !== 'narrative');
  for (const s of workbook.sheets) {
    if (s.state === 'veryHidden') continue;
    const index = sheetIndex(s);
    if (index.cells > MAX_SHEET_CELLS || !index.figures) continue;
    for (const b of blocks(s)) {
      const m = mapped.find((t) => {
        if (t.sheet !== s.name) return false;
        const r = rangeRows(t.range);
        return !!r && r.top <= b.last && r.bottom >= b.first;
      });
      const t = (b.keyValue ? keyValueTable : factTable)(b, m?.unit ?? undefined, m?.title);
      if (t) tables.push(t);
    }
  }
  const seen = new Set(narrative.map((p) => `${p.text.ref.sheet}!${p.text.ref.cell}`));
  const extra = textCells(workbook, tables).filter((p) => !seen.has(`${p.text.ref.sheet}!${p.text.ref.cell}`));
  const years = tables.map((t) => t.year).filter((y): y is number => y !== undefined);
  return { tables, paragraphs: [...narrative, ...extra], reportYear: model.period.year ?? (years.length ? Math.max(...years) : undefined) };
}
