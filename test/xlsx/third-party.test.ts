import * as fs from 'fs';
import * as path from 'path';
import { applyWritePlan, readWorkbook, WorkbookReadError } from '../../src/xlsx';
import { mapWorkbook, buildModel } from '../../src/mapping';
import { planFill } from '../../src/assessment';
import { planReport } from '../../src/report';
import { readToolState, STATE_SHEET } from '../../src/grid/tool-state';
import { sheetFromValues } from '../../src/grid/sheet';
import type { WritePlan } from '../../src/grid/write-plan';
import type { Cell, WorkbookGrid } from '../../src/grid/types';
import { parseRels } from '../../src/xlsx/opc';
import { cellKey } from './compare';
import { REFUSED } from './third-party-refused';
import { cellXf, rawCells, sameBytes, section, STYLE_SECTIONS, styleIndex, text, unzipParts } from './package-check';

/**
 * The third-party corpus (test/data/third-party, SOURCES.md there): 563 workbooks written by
 * Excel, LibreOffice and a dozen libraries. Every one is read or refused with a Swedish line;
 * every one that is read goes through fill, report and a plan that edits, inserts and adds,
 * and the written package is compared with the input by test/xlsx/package-check.ts, which
 * shares no code with the writer: every original part is present, every part the write does
 * not concern is byte for byte the same, and in the parts it does concern every original cell
 * element and every original style entry is unchanged.
 */

const ROOT = path.join(__dirname, '..', 'data', 'third-party');
const FILES = fs
  .readdirSync(ROOT)
  .filter((d) => fs.statSync(path.join(ROOT, d)).isDirectory())
  .flatMap((d) => fs.readdirSync(path.join(ROOT, d)).map((f) => `${d}/${f}`))
  .sort();


function firstCells(grid: WorkbookGrid, sheetName: string): { existing?: Cell; maxRow: number; maxCol: number; merged: Set<string> } {
  const sheet = grid.sheets.find((s) => s.name === sheetName)!;
  let existing: Cell | undefined;
  let maxRow = 0;
  let maxCol = 0;
  for (const row of sheet.rows) {
    if (!row) continue;
    for (const c of row) {
      if (!c) continue;
      maxRow = Math.max(maxRow, c.row);
      maxCol = Math.max(maxCol, c.col);
      if (!existing && !c.merge && !c.formula && c.value !== null && c.col < 16000) existing = c;
    }
  }
  return { existing, maxRow, maxCol, merged: new Set(sheet.merges) };
}

function columnName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A plan that replaces a value, inserts a cell into a row, adds a row, adds a sheet and the state. */
function syntheticPlan(grid: WorkbookGrid): WritePlan {
  const sheet = grid.sheets.find((s) => s.state === 'visible') ?? grid.sheets[0];
  const { existing, maxRow, maxCol } = firstCells(grid, sheet.name);
  const edits: WritePlan['edits'] = [];
  if (existing) edits.push({ sheet: sheet.name, cell: existing.address, value: 'Uppfyllt', fill: '00B050' });
  const col = Math.min(16384, maxCol + 1);
  const row1 = existing ? existing.row : 1;
  const busy = (r: number, c: number) => sheet.rows[r - 1]?.[c - 1] !== undefined;
  if (!busy(row1, col)) edits.push({ sheet: sheet.name, cell: `${columnName(col)}${row1}`, value: '=inte en formel', fill: 'FFC000' });
  if (maxRow + 2 <= 1048576) edits.push({ sheet: sheet.name, cell: `B${maxRow + 2}`, value: -17416 });
  const taken = new Set(grid.sheets.map((s) => s.name.toLowerCase()));
  const name = taken.has('rapport drift') ? 'Rapport Drift 2' : 'Rapport Drift';
  return {
    edits,
    deleteSheets: [],
    addSheets: [{ grid: sheetFromValues(name, [['Rapport', null], ['-varav', 12.5]]), columnWidths: [30, 12], print: { orientation: 'portrait', fitToWidth: true } }],
    state: { version: 1, filled: edits.map((e) => ({ sheet: e.sheet, cell: e.cell, value: String(e.value) })) },
  };
}

function toolPlans(grid: WorkbookGrid): { fill: WritePlan; report: WritePlan } {
  const mapping = mapWorkbook(grid, { saved: readToolState(grid).mapping });
  const { model } = buildModel(grid, mapping);
  return { fill: planFill(grid, model, {}).plan, report: planReport(grid, model).plan };
}

/** Everything the package check finds wrong, as readable lines. */
function packageProblems(input: Uint8Array, output: Uint8Array, plan: WritePlan, before: WorkbookGrid): string[] {
  const problems: string[] = [];
  const a = unzipParts(input);
  const b = unzipParts(output);
  const workbookRel = parseRels(text(a.get('_rels/.rels'))).find((r) => r.kind === 'officeDocument');
  const wbPart = [...a.keys()].find((k) => k.toLowerCase() === (workbookRel?.target ?? 'xl/workbook.xml').replace(/^\//, '').toLowerCase()) ?? 'xl/workbook.xml';
  const wbDir = wbPart.includes('/') ? wbPart.slice(0, wbPart.lastIndexOf('/') + 1) : '';
  const wbRelsPart = `${wbDir}_rels/${wbPart.slice(wbDir.length)}.rels`;
  const wbRels = parseRels(text(a.get(wbRelsPart)));
  const resolve = (t: string) => (t.startsWith('/') ? t.slice(1) : wbDir + t).replace(/[^/]+\/\.\.\//g, '');
  const findPart = (name: string) => [...a.keys()].find((k) => k.toLowerCase() === name.toLowerCase());
  const stylesPart = findPart(resolve(wbRels.find((r) => r.kind === 'styles')?.target ?? 'styles.xml'));

  // Sheet parts of edited sheets, by sheet name, from workbook.xml.
  const wbXml = text(a.get(wbPart));
  const sheetPart = new Map<string, string>();
  for (const m of wbXml.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)) {
    const name = /\sname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\s[\w]+:id="([^"]*)"/.exec(m[0])?.[1];
    const rel = wbRels.find((r) => r.id === id);
    if (name !== undefined && rel) {
      const decoded = name.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
      const p = findPart(resolve(rel.target));
      if (p) sheetPart.set(decoded, p);
    }
  }
  const editedParts = new Set(plan.edits.map((e) => sheetPart.get(e.sheet)).filter((p): p is string => !!p));
  const concerned = new Set([wbPart, wbRelsPart, '[Content_Types].xml', ...(stylesPart ? [stylesPart] : []), ...editedParts]);

  for (const [name, bytes] of a) {
    const out = b.get(name);
    if (!out) {
      problems.push(`part ${name} is missing`);
      continue;
    }
    if (!concerned.has(name) && !sameBytes(bytes, out)) problems.push(`part ${name} changed`);
  }
  // Edited sheets: every cell element not edited is as it was.
  for (const part of editedParts) {
    const edited = new Set(plan.edits.filter((e) => sheetPart.get(e.sheet) === part).map((e) => e.cell.toUpperCase()));
    const before = rawCells(text(a.get(part)));
    const after = rawCells(text(b.get(part)));
    for (const [ref, raw] of before) {
      if (edited.has(ref)) continue;
      if (after.get(ref) !== raw) problems.push(`${part} ${ref}: ${raw.slice(0, 80)} became ${(after.get(ref) ?? 'nothing').slice(0, 80)}`);
    }
    for (const e of plan.edits.filter((x) => sheetPart.get(x.sheet) === part)) {
      const raw = after.get(e.cell.toUpperCase());
      if (!raw) {
        problems.push(`${part} ${e.cell}: the edited cell is missing`);
        continue;
      }
      const xf = cellXf(text(b.get(stylesPart ?? 'xl/styles.xml')), styleIndex(raw)) ?? '';
      const wantsPrefix = typeof e.value === 'string' && /^[=+\-@]/.test(e.value);
      if (wantsPrefix !== /quotePrefix="1"/.test(xf)) problems.push(`${part} ${e.cell}: quotePrefix ${wantsPrefix ? 'missing' : 'set'} (${xf.slice(0, 120)})`);
      if (/<(\w+:)?f[\s>]/.test(raw)) problems.push(`${part} ${e.cell}: the tool wrote a formula`);
    }
  }
  // Styles: each section of the input is the start of the output's.
  if (stylesPart) {
    const sa = text(a.get(stylesPart));
    const sb = text(b.get(stylesPart));
    for (const s of STYLE_SECTIONS) {
      const ia = section(sa, s);
      if (!section(sb, s).startsWith(ia)) problems.push(`styles ${s}: an existing entry changed`);
    }
  }
  // Workbook: every original sheet entry and the defined names are kept as written.
  const wbOut = text(b.get(wbPart));
  for (const m of wbXml.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)) {
    const name = /\sname="([^"]*)"/.exec(m[0])?.[1];
    if (name === STATE_SHEET || plan.deleteSheets.some((d) => d === name)) continue;
    if (!wbOut.includes(m[0])) problems.push(`workbook.xml: sheet entry ${m[0]} changed`);
  }
  const names = /<(?:\w+:)?definedNames>[\s\S]*?<\/(?:\w+:)?definedNames>/.exec(wbXml)?.[0];
  if (names && !before.sheets.some((s) => s.name === STATE_SHEET) && plan.deleteSheets.length === 0 && !wbOut.includes(names)) problems.push('workbook.xml: defined names changed');
  return problems;
}

/** Cells of the input whose grid differs in the output, other than those the plan writes. */
function gridProblems(before: WorkbookGrid, after: WorkbookGrid, plan: WritePlan): string[] {
  const problems: string[] = [];
  const edited = new Set(plan.edits.map((e) => `${e.sheet}!${e.cell.toUpperCase()}`));
  for (const s of before.sheets) {
    if (s.name === STATE_SHEET) continue;
    const t = after.sheets.find((x) => x.name === s.name);
    if (!t) {
      if (!plan.deleteSheets.includes(s.name)) problems.push(`sheet ${s.name} is gone`);
      continue;
    }
    const mb = new Map<string, string>();
    for (const row of t.rows) for (const c of row ?? []) if (c) mb.set(c.address, cellKey(c));
    for (const row of s.rows) {
      for (const c of row ?? []) {
        if (!c || edited.has(`${s.name}!${c.address}`)) continue;
        if (mb.get(c.address) !== cellKey(c)) problems.push(`${s.name}!${c.address}: ${cellKey(c)} became ${mb.get(c.address)}`);
      }
    }
    if (JSON.stringify(s.merges) !== JSON.stringify(t.merges)) problems.push(`${s.name}: merges changed`);
    if ((s.state ?? 'visible') !== (t.state ?? 'visible')) problems.push(`${s.name}: state changed`);
  }
  for (const e of plan.edits) {
    const c = after.sheets.find((x) => x.name === e.sheet)?.rows.flat().find((x) => x?.address === e.cell.toUpperCase());
    if ((c?.value ?? null) !== e.value) problems.push(`${e.sheet}!${e.cell}: reads back ${JSON.stringify(c?.value)} instead of ${JSON.stringify(e.value)}`);
    if (c?.formula) problems.push(`${e.sheet}!${e.cell}: reads back as a formula`);
    if (typeof e.fill === 'string' && c?.fill !== e.fill) problems.push(`${e.sheet}!${e.cell}: fill ${c?.fill} instead of ${e.fill}`);
  }
  return problems;
}

describe('third-party workbooks', () => {
  it('are at least 200, with the ones the old path refused or damaged among them', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(200);
    for (const f of [
      'calamine/tests__date_1904.xlsx',
      'calamine/tests__date_iso.xlsx',
      'calamine/tests__empty_shared_string.xlsx',
      'exceljs/spec__integration__data__formulas.xlsx',
      'poi/test-data__spreadsheet__57893-many-merges.xlsx',
      'exceljs/spec__integration__data__test-issue-1842.xlsx',
      'calamine/tests__issue_530.xlsx',
      'calamine/tests__nonstandard-xml-ns-prefix.xlsx',
    ]) {
      expect(FILES).toContain(f);
    }
  });

  it.each(FILES)('%s: read or refused in Swedish; fill, report and a synthetic plan keep every part, cell and style', async (file) => {
    const input = fs.readFileSync(path.join(ROOT, file));
    let grid: WorkbookGrid;
    try {
      grid = await readWorkbook(input);
    } catch (err) {
      expect(err).toBeInstanceOf(WorkbookReadError);
      expect({ file, code: (err as WorkbookReadError).code }).toEqual({ file, code: REFUSED[file] });
      expect((err as Error).message).toMatch(/^Filen arbetsboken [^\n]+$/);
      return;
    }
    expect(REFUSED[file]).toBeUndefined();
    const { fill, report } = toolPlans(grid);
    const problems: string[] = [];
    for (const [label, plan] of [['fill', fill], ['report', report], ['synthetic', syntheticPlan(grid)]] as const) {
      const output = await applyWritePlan(input, plan);
      const after = await readWorkbook(output);
      for (const p of packageProblems(input, output, plan, grid)) problems.push(`${label}: ${p}`);
      for (const p of gridProblems(grid, after, plan)) problems.push(`${label}: ${p}`);
      for (const added of plan.addSheets) if (!after.sheets.some((s) => s.name === added.grid.name)) problems.push(`${label}: sheet ${added.grid.name} was not added`);
      if (plan.state !== undefined && after.sheets.find((s) => s.name === STATE_SHEET)?.state !== 'veryHidden') problems.push(`${label}: no veryHidden state sheet`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });
});
