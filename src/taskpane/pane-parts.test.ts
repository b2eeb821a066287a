import * as path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../xlsx/read';
import { mapWorkbook, buildModel } from '../mapping';
import { validate } from '../rules/validate';
import { leftOutItems } from '../mapping/left-out';
import type { Finding } from '../model/finding';
import type { UndoRecord } from '../excel';
import { translator } from './i18n';
import { MINUS, formatAmount, tidyNumbers, viewFinding } from './finding-view';
import { addWords, countWords, mergeWords, withoutYears } from './board-words';
import { applyChoices } from './steps/mapping-step';
import { undoMessage } from './use-session';
import { duplicateColumnRoles, roleLabel } from './roles';

const t = translator('sv');
const NBSP = '\u00a0';

describe('numbers in findings', () => {
  it.each<[number, number, string]>([
    [-32296, 0, `${MINUS}32${NBSP}296`],
    [1000, 0, `1${NBSP}000`],
    [-1234567.5, 1, `${MINUS}1${NBSP}234${NBSP}567,5`],
    [0, 0, '0'],
  ])('%d with %d decimals → %s', (n, d, text) => {
    expect(formatAmount(n, d)).toBe(text);
  });

  it('tidies numbers in running text: one minus sign, no break inside a number', () => {
    expect(tidyNumbers('är -32 296 men bör vara -33 296 (skillnad 1 000), 2023/2024 och 5,0 mnkr')).toBe(
      `är ${MINUS}32${NBSP}296 men bör vara ${MINUS}33${NBSP}296 (skillnad 1${NBSP}000), 2023/2024 och 5,0${NBSP}mnkr`,
    );
    expect(tidyNumbers('Sjukfrånvaro-2024')).toBe('Sjukfrånvaro-2024');
    expect(tidyNumbers('ger 1,8 / 9,6 % av 3 krontal')).toBe(`ger 1,8 / 9,6${NBSP}% av 3 krontal`);
  });
});

describe('a finding at a glance', () => {
  const broken: Finding = {
    rule: 'operating/difference',
    severity: 'error',
    sheet: 'Drift',
    cell: 'G12',
    messageId: 'rootCause',
    data: { label: 'Verksamhetens kostnader, Diff. utfall 2023/2024' },
    message: 'Verksamhetens kostnader, Diff. utfall 2023/2024 är -32 296 men bör vara -33 296 (skillnad 1 000): cellen bryter 2 samband – A; B.',
    expected: -33296,
    actual: -32296,
    identity: 'Verksamhetens kostnader = summa kostnadsslag (Diff. utfall 2023/2024); Differens = Delårsbokslut 2024 − Delårsbokslut 2023',
  };

  it('has a headline in the board’s words, the figures on one line and the relations apart', () => {
    const v = viewFinding(broken, 'sv', t);
    expect(v.headline).toBe('Verksamhetens kostnader, Diff. utfall 2023/2024 går inte ihop');
    expect(v.figures).toEqual([
      { key: 'expected', text: `${MINUS}33${NBSP}296` },
      { key: 'actual', text: `${MINUS}32${NBSP}296` },
      { key: 'difference', text: `1${NBSP}000` },
    ]);
    expect(v.relations).toHaveLength(2);
    expect(v.rounding).toBe(false);
  });

  it('leaves out what it does not have, never "Förväntat –"', () => {
    const v = viewFinding({ ...broken, expected: undefined, identity: undefined, data: {}, message: 'Cellen innehåller "x" och kan inte läsas som ett tal.' }, 'sv', t);
    expect(v.figures.map((f) => f.key)).toEqual(['actual']);
    expect(v.headline).toBe('Cellen innehåller "x" och kan inte läsas som ett tal.');
  });

  it('knows a rounding note and shows decimals alike', () => {
    const v = viewFinding({ ...broken, messageId: 'rounding', severity: 'info', expected: -2.4, actual: -2.5, data: { label: '50 år>, Differens' } }, 'sv', t);
    expect(v.rounding).toBe(true);
    expect(v.headline).toBe('50 år>, Differens');
    expect(v.figures.map((f) => f.text)).toEqual([`${MINUS}2,4`, `${MINUS}2,5`, `${MINUS}0,1`]);
  });
});

describe('the board’s words', () => {
  it('keeps header words without years, once', () => {
    expect(withoutYears('Helårsbedömning 2024')).toBe('Helårsbedömning');
    expect(withoutYears('Diff. utfall 2023/2024')).toBe('Diff. utfall');
    let w = addWords({}, 'operating', 'columns', 'forecast', 'Helårsbedömning 2024');
    w = addWords(w, 'operating', 'columns', 'forecast', 'Helårsbedömning 2025');
    w = addWords(w, 'operating', 'rows', 'purchasedServices', ' Köpt verksamhet ');
    expect(w).toEqual({ columns: { operating: { forecast: ['Helårsbedömning'] } }, rows: { operating: { purchasedServices: ['Köpt verksamhet'] } } });
    expect(countWords(w)).toBe(2);
  });

  it('adds to what the workbook already holds and keeps the rest', () => {
    const saved = { sheets: { operating: ['Driftredovisning'] }, rows: { operating: { personnel: ['Löner'] } } };
    expect(mergeWords(saved, { rows: { operating: { personnel: ['Löner', 'Arvoden'], premises: ['Hyror'] } } })).toEqual({
      sheets: { operating: ['Driftredovisning'] },
      rows: { operating: { personnel: ['Löner', 'Arvoden'], premises: ['Hyror'] } },
    });
    expect(mergeWords('trasigt', { columns: { staff: { persons: ['Antal'] } } })).toEqual({ columns: { staff: { persons: ['Antal'] } } });
  });
});

describe('roles in the pane', () => {
  it('are Swedish, with "Ignorera"', () => {
    for (const r of ['point', 'note', 'section', 'paragraph', 'ignore']) expect(roleLabel(r, 'sv')).not.toMatch(/^(Point|Note|Section|Paragraph|Ignore)$/);
    expect(roleLabel('ignore', 'sv')).toBe('Ignorera');
  });

  it('flags two columns with one role, but not repeatable roles', () => {
    expect(duplicateColumnRoles([{ letter: 'B', role: 'budget' }, { letter: 'C', role: 'budget' }, { letter: 'D', role: 'ignore' }, { letter: 'E', role: 'ignore' }])).toEqual([{ role: 'budget', letters: ['B', 'C'] }]);
    expect(duplicateColumnRoles([{ letter: 'F', role: 'previousOutcome' }, { letter: 'G', role: 'previousOutcome' }])).toEqual([]);
  });
});

describe('undo messages', () => {
  const record = (over: Partial<UndoRecord>): UndoRecord => ({ cells: [], written: [], addedSheets: [], deletedSheets: [], ...over });
  it('say what was undone', () => {
    expect(undoMessage({ label: 'Skapa rapportblad', kind: 'report', record: record({ addedSheets: ['Rapport Drift', 'Rapport Text'], priorState: null }) }, { restored: 0, skipped: [] }, t)).toBe(
      'Ångrat ”Skapa rapportblad”: 2 rapportblad borttagna (Rapport Drift, Rapport Text).',
    );
    expect(undoMessage({ label: 'Fyll i', kind: 'fill', record: record({ written: [{ sheet: 'M', cell: 'G4', value: 'x' }] }) }, { restored: 1, skipped: [] }, t)).toBe('Ångrat ”Fyll i”: 1 celler återställda.');
    expect(undoMessage({ label: 'Spara kartläggning', kind: 'mapping', record: record({ priorState: null }) }, { restored: 0, skipped: [] }, t)).toBe(
      'Ångrat ”Spara kartläggning”: den tidigare kartläggningen gäller igen.',
    );
  });
});

describe('correcting the mapping', () => {
  async function unknownWords(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(__dirname, '../../seeds/delarsrapport-2024.xlsx'));
    const ws = wb.getWorksheet('Drift');
    if (!ws) throw new Error('Drift');
    ws.getCell('C3').value = 'Helårsbedömning';
    ws.getCell('A9').value = 'Köpt verksamhet från externa utförare';
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('shows the unknown row mapped by its numbers for review, lists the unknown column, and the checks use the roles given', async () => {
    const grid = await readWorkbook(await unknownWords());
    const mapping = mapWorkbook(grid);
    const items = leftOutItems(grid, mapping);
    // Row 9's numbers add up with the other cost rows into row 12: the structure keeps it, named
    // by its numbers (a cost group), for the controller to review, not left out.
    expect(items.find((i) => i.axis === 'row')).toBeUndefined();
    expect(mapping.tables[0].rows.find((r) => r.row === 9)).toMatchObject({ label: 'Köpt verksamhet från externa utförare', role: 'costGroup', inferred: 'sum' });
    const col = items.find((i) => i.axis === 'column');
    expect(col).toMatchObject({ sheet: 'Drift', table: 0, col: 3, letter: 'C', text: 'Helårsbedömning 2024' });
    expect(mapping.tables[0].columns.find((c) => c.col === 3)).toBeUndefined();
    // Before: with column C unmapped, the commentary's sentence at B8 is flagged; once C is the
    // forecast it is not (the checks use the role given).
    const before = validate(buildModel(grid, mapping).model, grid).filter((f) => f.severity === 'error');
    expect(before.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual(['Drift!G12', 'Kommentarer!B10', 'Kommentarer!B8']);

    // The controller gives row 9 its real role in the rows list (as the pane's row select does:
    // the table is marked dirty) and the column one in the left-out list.
    const reviewed = {
      ...mapping,
      tables: mapping.tables.map((tb, i) => (i === 0 ? { ...tb, rows: tb.rows.map((r) => (r.row === 9 ? { ...r, role: 'purchasedServices' } : r)) } : tb)),
    };
    const choices = new Map([['0:column:3', { role: 'forecast', saveWord: true }]]);
    const { mapping: fixed, words } = applyChoices(reviewed, items, choices, new Set([0]));
    expect(fixed.tables[0].confirmed).toBe(true);
    expect(words).toEqual({ columns: { operating: { forecast: ['Helårsbedömning'] } } });
    // Saved and read again: the table is kept as saved, nothing left out, the roles as given.
    const again = mapWorkbook(grid, { saved: fixed });
    expect(leftOutItems(grid, again).filter((i) => i.sheet === 'Drift')).toEqual([]);
    expect(again.tables[0].rows.find((r) => r.row === 9)?.role).toBe('purchasedServices');
    expect(again.tables[0].columns.find((c) => c.col === 3)?.role).toBe('forecast');
    const model = buildModel(grid, again).model;
    const after = validate(model, grid).filter((f) => f.severity === 'error');
    expect(after.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual(['Drift!G12', 'Kommentarer!B10']);
    // A workbook with only the words (no saved mapping) maps the column by itself.
    const byWords = mapWorkbook(grid, { extraSynonyms: words });
    expect(byWords.tables[0].columns.find((c) => c.col === 3)?.role).toBe('forecast');
  });
});
