import * as fs from 'fs';
import * as path from 'path';
import { readWorkbook } from '../../src/xlsx';
import type { Cell, CellValue, WorkbookGrid } from '../../src/grid/types';
import { readWithExcelJS } from './exceljs-grid';
import { REFUSED } from './third-party-refused';
import { text, unzipParts } from './package-check';

/**
 * The new reader (fflate + saxes) against the grid the project read before, through ExcelJS
 * 4.4.0 (test/xlsx/exceljs-grid.ts), cell for cell on the third-party corpus. Every difference
 * must be one of the ExcelJS bugs below, each recognised by a check of its own and explained;
 * an unexplained difference fails the test.
 */

const ROOT = path.join(__dirname, '..', 'data', 'third-party');
const FILES = fs
  .readdirSync(ROOT)
  .filter((d) => fs.statSync(path.join(ROOT, d)).isDirectory())
  .flatMap((d) => fs.readdirSync(path.join(ROOT, d)).map((f) => `${d}/${f}`))
  .sort();

/** ExcelJS never returns on these (its open denial-of-service issues); the new reader reads them (third-party.test.ts). */
const EXCELJS_HANGS: Record<string, string> = {
  'exceljs/spec__integration__data__test-issue-1842.xlsx': 'a data validation over a whole sheet: ExcelJS expands it cell by cell',
  'poi/test-data__spreadsheet__57893-many-merges.xlsx': '50 000 merged ranges: ExcelJS checks each new merge against every earlier one',
};

/** Whole sheets or whole files ExcelJS reads wrongly, with what goes wrong. */
const EXCELJS_FILE_BUGS: Record<string, string> = {
  'calamine/tests__issue221.xlsm': 'ExcelJS drops a sheet whose part name it does not expect',
  'calamine/tests__minimal_package.xlsx': 'ExcelJS needs parts a minimal package may leave out and reads no sheet',
  'calamine/tests__nonstandard-xml-ns-prefix.xlsx': 'ExcelJS ignores elements with a namespace prefix (<x:c>) and reads no cell',
  'calamine/tests__issue_530.xlsx': 'part names with backslashes (xl\\workbook.xml): ExcelJS finds no sheet',
  'poi/test-data__spreadsheet__49609.xlsx': 'part names with backslashes (xl\\workbook.xml): ExcelJS finds no sheet',
  'poi/test-data__spreadsheet__123233_charts.xlsx': 'ExcelJS loses sheets whose relationship targets are absolute paths',
  'sheetjs/wtf_path.xlsx': 'ExcelJS loses sheets whose relationship targets are absolute paths',
  'calamine/tests__inlineStr_cdata.xlsx': 'ExcelJS drops inline strings written as CDATA',
  'calamine/tests__issue_419.xlsx': 'the shared strings part is named SharedStrings.xml: ExcelJS looks only for sharedStrings.xml',
  'calamine/tests__date_iso.xlsx': 'ISO 8601 date cells (t="d"): ExcelJS reads the year as a serial number',
  'poi/test-data__spreadsheet__SimpleStrict.xlsx': 'Strict OOXML namespaces: ExcelJS misreads the cells',
  'poi/test-data__spreadsheet__clusterfuzz-testcase-minimized-POIXSSFFuzzer-5937385319563264.xlsx': 'fuzzed shared strings: ExcelJS loses a string the part holds',
  'sheetjs/xlsx-stream-d-date-cell.xlsx': 'ISO 8601 date cells (t="d"): ExcelJS reads the year as a serial number',
};

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const valueKey = (v: CellValue | undefined): unknown => (v instanceof Date ? { date: v.getTime() } : (v ?? null));

type Ctx = { styles: string; sheetXml: string };
/**
 * One ExcelJS bug: given the ExcelJS cell (o) and the new reader's (n), the ExcelJS cell with
 * this bug undone, or null when the bug does not apply. Bugs compose: a cell may show several.
 */
type Undo = (o: Cell | undefined, n: Cell | undefined, ctx: Ctx) => Cell | undefined | null;

const isErr = (v: unknown): boolean => typeof v === 'object' && v !== null && 'error' in v;
const decodeEscapes = (t: string): string => t.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

/** Each ExcelJS bug the corpus shows, with how to recognise and undo it. */
const BUGS: [string, Undo][] = [
  [
    'ExcelJS removes the backslash escapes from number format codes ("yyyy\\-mm" becomes "yyyy-mm", "0\\%" a percent format); the new reader keeps Excel\'s code',
    (o, n) => (o && n?.numFmt && o.numFmt !== n.numFmt && o.numFmt === n.numFmt.replace(/\\(.)/g, '$1') ? { ...o, numFmt: n.numFmt } : null),
  ],
  [
    'ExcelJS keeps LibreOffice\'s custom format "GENERAL", which is General (left out of the grid)',
    (o, n) => (o?.numFmt && /^general$/i.test(o.numFmt) && !n?.numFmt ? (({ numFmt: _drop, ...rest }) => rest as Cell)(o) : null),
  ],
  [
    'ExcelJS drops a formula\'s cached result when it is 0, FALSE, an error or empty text',
    (o, n) => (o && n && o.formula && o.formula === n.formula && o.value === null && (n.value === 0 || n.value === false || isErr(n.value)) ? { ...o, value: n.value } : null),
  ],
  [
    'ExcelJS keeps empty text as a value; Excel shows an empty cell, and the grid has one kind of empty',
    (o, n) => {
      if (o?.value !== '') return null;
      const undone: Cell = { ...o, value: null };
      // An empty cell with nothing else on it is no cell at all in the grid.
      return !undone.formula && !undone.fill && !undone.merge && !n ? undefined : undone;
    },
  ],
  [
    'ExcelJS does not decode OOXML escapes in text (_x000D_ is a carriage return)',
    (o, n) => (o && n && typeof o.value === 'string' && o.value !== n.value && decodeEscapes(o.value) === n.value ? { ...o, value: n.value } : null),
  ],
  [
    'ExcelJS reads <b val="0"/> and <b val="false"/> as bold',
    (o, n, ctx) => (o?.bold && n && !n.bold && /<(\w+:)?b val="(0|false)"\s*\/?>/.test(ctx.styles) ? (({ bold: _drop, ...rest }) => rest as Cell)(o) : null),
  ],
  [
    'ExcelJS reads date1904="true" as the 1900 date system, so 1904-based dates move four years back',
    (o, n, ctx) => (o && n && o.value instanceof Date && n.value instanceof Date && /date1904="true"/.test(ctx.styles) && n.value.getTime() - o.value.getTime() === 1462 * 86400000 ? { ...o, value: n.value } : null),
  ],
  [
    'in a cell with a hyperlink ExcelJS drops the formula, or shows the link target instead of the value',
    (o, n, ctx) => {
      if (!o || !n || !/<(\w+:)?hyperlink\b/.test(ctx.sheetXml)) return null;
      if (n.formula && !o.formula) return { ...o, formula: n.formula };
      if (typeof o.value === 'string' && /^(https?|mailto|file):/i.test(o.value) && !same(o.value, n.value)) return { ...o, value: n.value };
      return null;
    },
  ],
  [
    'built-in date formats 27–36 and 50–58 (East Asian locales) have no code in ExcelJS, so their numbers stay numbers; Excel shows dates',
    (o, n) => (o && n && typeof o.value === 'number' && n.value instanceof Date && !o.numFmt && !n.numFmt ? { ...o, value: n.value } : null),
  ],
];

/** Undo the ExcelJS bugs that apply until the cells agree; the bugs used, or null when they never agree. */
function explain(o: Cell | undefined, n: Cell | undefined, ctx: Ctx): string[] | null {
  let cur = o;
  const used: string[] = [];
  for (let pass = 0; pass < 3 && keyOf(cur) !== keyOf(n); pass++) {
    for (const [name, undo] of BUGS) {
      if (keyOf(cur) === keyOf(n)) break;
      const next = undo(cur, n, ctx);
      if (next !== null) {
        cur = next;
        if (!used.includes(name)) used.push(name);
      }
    }
  }
  return keyOf(cur) === keyOf(n) ? used : null;
}

function cellsOf(g: WorkbookGrid): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const s of g.sheets) for (const row of s.rows) for (const c of row ?? []) if (c) out.set(`${s.name}!${c.address}`, c);
  return out;
}

function keyOf(c: Cell | undefined): string {
  if (!c) return 'none';
  return JSON.stringify([valueKey(c.value), c.formula ?? null, c.numFmt ?? null, c.fill ?? null, c.bold ?? false, c.indent ?? 0, c.merge ?? null]);
}

describe('the new reader equals the ExcelJS-based grid on the third-party corpus', () => {
  const tally = new Map<string, number>();
  afterAll(() => {
    // Shown when the test runs verbose: how often each ExcelJS bug changed a cell.
    if (process.env.NAMNDRAPPORT_VERBOSE) for (const [k, v] of tally) process.stdout.write(`${v}\t${k}\n`);
  });

  const comparable = FILES.filter((f) => !REFUSED[f] && !EXCELJS_HANGS[f]);

  it('compares at least 200 workbooks', () => {
    expect(comparable.length).toBeGreaterThanOrEqual(200);
  });

  it.each(comparable)('%s', async (file) => {
    const bytes = fs.readFileSync(path.join(ROOT, file));
    const fresh = await readWorkbook(bytes);
    let old: WorkbookGrid;
    try {
      old = await readWithExcelJS(bytes);
    } catch {
      // ExcelJS fails on this file: the old path refused it as "skadad"; nothing to compare.
      return;
    }
    if (EXCELJS_FILE_BUGS[file]) return;
    const parts = unzipParts(bytes);
    const styles = [...parts.entries()].filter(([k]) => /styles\.xml$|workbook\.xml$/i.test(k)).map(([, v]) => text(v)).join('\n');
    const sheetXml = [...parts.entries()].filter(([k]) => /worksheets\/.*\.xml$/i.test(k)).map(([, v]) => text(v)).join('\n');
    const ctx = { styles, sheetXml };
    const a = cellsOf(old);
    const b = cellsOf(fresh);
    const unexplained: string[] = [];
    for (const key of new Set([...a.keys(), ...b.keys()])) {
      const o = a.get(key);
      const n = b.get(key);
      if (keyOf(o) === keyOf(n)) continue;
      const bugs = explain(o, n, ctx);
      if (bugs) for (const b of bugs) tally.set(b, (tally.get(b) ?? 0) + 1);
      else unexplained.push(`${key}: ExcelJS ${keyOf(o)} / new ${keyOf(n)}`);
    }
    expect(old.sheets.map((s) => s.name)).toEqual(fresh.sheets.map((s) => s.name));
    for (const s of old.sheets) {
      const t = fresh.sheets.find((x) => x.name === s.name)!;
      expect({ sheet: s.name, merges: t.merges, state: t.state ?? 'visible', hidden: t.hiddenRows ?? [] }).toEqual({ sheet: s.name, merges: s.merges, state: s.state ?? 'visible', hidden: s.hiddenRows ?? [] });
    }
    expect(unexplained.slice(0, 8)).toEqual([]);
  });
});
