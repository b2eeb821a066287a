import { readFileSync } from 'fs';
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
import { addWords, columnWordRole, countWords, mergeWords, withoutYears } from './board-words';
import { applyChoices, droppedIn, relationText, rowsText, sourceText, wordsToSave } from './steps/mapping-step';
import { describeTables, type ItemNote } from './table-notes';
import { sheetFromValues } from '../grid/sheet';
import type { RowMapping, TableMapping, WorkbookMapping } from '../model/mapping-types';
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
    // A sub-row's lead is not part of its name (the mapper looks up what follows "varav").
    expect(addWords({}, 'operating', 'rows', 'costGroup', 'varav ekonomiskt bistånd').rows?.operating?.costGroup).toEqual(['ekonomiskt bistånd']);
  });

  it('saves last year’s column under the outcome when the words repeat with another year, so the mapper tells them apart by year', () => {
    const cols = [
      { header: 'Delårsbokslut 2024', role: 'actual' },
      { header: 'Delårsbokslut 2023', role: 'previousActual' },
    ];
    expect(columnWordRole('operating', 'previousActual', 'Delårsbokslut 2023', cols)).toBe('actual');
    expect(columnWordRole('operating', 'previousActual', 'Fjolårets utfall', [...cols, { header: 'Fjolårets utfall', role: 'previousActual' }])).toBe('previousActual');
    expect(columnWordRole('operating', 'budget', 'Budget 2024', cols)).toBe('budget');
    expect(columnWordRole('sickLeave', 'previous', 'Sjukfrånvaro 2023', [{ header: 'Sjukfrånvaro 2024', role: 'current' }])).toBe('current');
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

describe('correcting a role the numbers gave, saved as the board’s word', () => {
  const ROW = 'Köpt verksamhet från externa utförare';
  async function workbook(edit: (ws: ExcelJS.Worksheet) => void = () => undefined): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(__dirname, '../../seeds/delarsrapport-2024.xlsx'));
    const ws = wb.getWorksheet('Drift');
    if (!ws) throw new Error('Drift');
    ws.getCell('A9').value = ROW;
    edit(ws);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  /** The same board a year on: headers 2025/2024, the same row label. */
  const nextYear = (ws: ExcelJS.Worksheet) => {
    ws.getCell('A1').value = 'Socialnämnden – Delårsbokslut per 31 augusti 2025';
    for (const c of ['B4', 'C4', 'D4', 'E4']) ws.getCell(c).value = 2025;
    ws.getCell('F4').value = 2024;
    ws.getCell('G4').value = '2024/2025';
  };

  it('saves the corrected row’s label as the board’s word, and the next year’s workbook maps it by itself', async () => {
    const grid = await readWorkbook(await workbook());
    const mapping = mapWorkbook(grid);
    const notes = describeTables(grid, mapping);
    expect(mapping.tables[0].rows.find((r) => r.row === 9)).toMatchObject({ role: 'costGroup', inferred: 'sum' });
    expect(notes[0].rows[9]).toMatchObject({ source: 'numbers', partOf: { row: 12, label: 'Verksamhetens kostnader' } });
    expect(sourceText(notes[0].rows[9], false, t)).toBe('Källa: ur siffrorna – summerar med blocket till Verksamhetens kostnader (rad 12)');
    expect(notes[0].rows[7].source).toBe('builtIn');
    expect(sourceText(notes[0].rows[7], false, t)).toBe('Källa: inbyggd ordlista');

    // The controller gives row 9 its real role in the rows list (the table is marked dirty).
    const { inferred: _gone, ...row9 } = mapping.tables[0].rows.find((r) => r.row === 9) as RowMapping;
    const draft = { ...mapping, tables: mapping.tables.map((tb, i) => (i === 0 ? { ...tb, rows: tb.rows.map((r) => (r.row === 9 ? { ...row9, role: 'purchasedServices' } : r)) } : tb)) };
    expect(sourceText(notes[0].rows[9], true, t)).toBe('Källa: ditt val, inte sparat');
    // Changed: saved unless unticked; unchanged rows never; a role from the numbers only when ticked.
    const keys = wordsToSave(draft, mapping, notes, new Map());
    expect([...keys]).toEqual(['0:row:9']);
    expect([...wordsToSave(draft, mapping, notes, new Map([['0:row:9', false]]))]).toEqual([]);
    expect([...wordsToSave(mapping, mapping, notes, new Map())]).toEqual([]);
    expect([...wordsToSave(mapping, mapping, notes, new Map([['0:row:9', true]]))]).toEqual(['0:row:9']);

    const { mapping: fixed, words } = applyChoices(draft, leftOutItems(grid, mapping), new Map(), new Set([0]), keys);
    expect(words).toEqual({ rows: { operating: { purchasedServices: [ROW] } } });
    expect(fixed.tables[0].confirmed).toBe(true);
    // Confirming the numbers' role instead saves that role.
    expect(applyChoices(mapping, [], new Map(), new Set(), new Set(['0:row:9'])).words).toEqual({ rows: { operating: { costGroup: [ROW] } } });

    // The board's next workbook, with only the words in its state (no saved mapping): row 9 is
    // the corrected role by the board's word, and the checks still hold.
    const next = await readWorkbook(await workbook(nextYear));
    const byWords = mapWorkbook(next, { extraSynonyms: words });
    expect(byWords.tables[0].columns.find((c) => c.col === 2)?.year).toBe(2025);
    expect(byWords.tables[0].rows.find((r) => r.row === 9)).toEqual(expect.objectContaining({ role: 'purchasedServices' }));
    expect(byWords.tables[0].rows.find((r) => r.row === 9)?.inferred).toBeUndefined();
    const nextNotes = describeTables(next, byWords, words);
    expect(nextNotes[0].rows[9]).toEqual({ source: 'board' });
    expect(sourceText(nextNotes[0].rows[9], false, t)).toBe('Källa: nämndens ord');
    const errors = validate(buildModel(next, byWords).model, next).filter((f) => f.severity === 'error' && f.sheet === 'Drift');
    expect(errors.map((f) => f.cell)).toEqual(['G12']);
  });

  it('says so when the numbers contradict a role the board’s word gave, and the rules do not check it silently', async () => {
    const words = { rows: { operating: { purchasedServices: [ROW] } } };
    // Row 9 no longer adds up with the other cost rows into Verksamhetens kostnader in any column.
    const grid = await readWorkbook(
      await workbook((ws) => {
        // ExcelJS rows, not Office.js ranges: read the row's values as an array.
        const values = ws.getRow(9).values as unknown[];
        for (let c = 2; c <= 7; c++) if (typeof values[c] === 'number') ws.getRow(9).getCell(c).value = (values[c] as number) * 2 + 1000;
      }),
    );
    const mapping = mapWorkbook(grid, { extraSynonyms: words });
    expect(mapping.tables[0].rows.find((r) => r.row === 9)?.role).toBe('purchasedServices');
    const notes = describeTables(grid, mapping, words);
    expect(notes[0].rows[9].source).toBe('board');
    expect(notes[0].rows[9].conflict).toMatchObject({ total: 'Verksamhetens kostnader', holds: 0 });
    expect(t('sourceConflict', notes[0].rows[9].conflict as NonNullable<ItemNote['conflict']>)).toMatch(/^Siffrorna säger emot: Verksamhetens kostnader går ihop bara i 0 av \d kolumner/);
    // Rows the built-in words named carry no such mark: the board's word is what to review.
    expect(notes[0].rows[7].conflict).toBeUndefined();
    // The rules drop the contradicted expectation with a note rather than a finding per column.
    const findings = validate(buildModel(grid, mapping).model, grid);
    expect(findings.some((f) => f.messageId === 'expectationDropped' && f.sheet === 'Drift')).toBe(true);
    expect(droppedIn(mapping.tables[0], findings).map((f) => f.cell)).toEqual(['A12']);
    expect(droppedIn(mapping.tables[1], findings)).toEqual([]);
    // Without the board's word, neither words nor numbers name the row: it is kept, said so, and listed.
    const plain = mapWorkbook(grid);
    expect(plain.tables[0].rows.find((r) => r.row === 9)?.role).toBe('other');
    const plainNotes = describeTables(grid, plain);
    expect(sourceText(plainNotes[0].rows[9], false, t)).toBe('Källa: ingen – raden känns inte igen och kontrolleras inte; ge den en roll');
    const items = leftOutItems(grid, plain);
    expect(items.some((i) => i.axis === 'row' && i.row === 9)).toBe(true);
    // Given a role in the left-out list, the row takes it (once), and its word is saved.
    const given = applyChoices(plain, items, new Map([['0:row:9', { role: 'costGroup', saveWord: true }]]), new Set());
    expect(given.mapping.tables[0].rows.filter((r) => r.row === 9)).toEqual([expect.objectContaining({ role: 'costGroup', label: ROW })]);
    expect(given.words).toEqual({ rows: { operating: { costGroup: [ROW] } } });
  });
});

describe('the relations shown per table', () => {
  it('reads the sample’s sums and differences in short Swedish, with support and where they break', async () => {
    const grid = await readWorkbook(readFileSync(path.join(__dirname, '../../seeds/delarsrapport-2024.xlsx')));
    const mapping = mapWorkbook(grid);
    const notes = describeTables(grid, mapping);
    const lines = notes[0].relations.map((r) => relationText(r, t));
    expect(lines).toEqual(
      expect.arrayContaining([
        { text: 'Verksamhetens kostnader = rad 7–10', support: 'gäller i 5 av 6 kolumner; bryts i G12' },
        { text: `Verksamhetens nettokostnader = Verksamhetens intäkter + Verksamhetens kostnader`, support: 'gäller i 4 av 5 kolumner' },
        { text: `Diff. utfall 2023/2024 = Delårsbokslut 2024 ${MINUS} Delårsbokslut 2023`, support: 'gäller på 9 av 10 rader; bryts i G12' },
        { text: `Avv. prognos/ budget 2024 = Prognos helår 2024 ${MINUS} Budget 2024`, support: 'gäller på 5 av 5 rader' },
      ]),
    );
    // An expanded form of a sum (its parts' parts instead of the sub-total) is not listed twice.
    expect(lines.filter((l) => l.text.startsWith('Verksamhetens nettokostnader ='))).toHaveLength(1);
    // No internal English keys.
    for (const l of lines) expect(`${l.text} ${l.support}`).not.toMatch(/\b(sum|difference|row|column|holds)\b/);
    expect(rowsText([5, 12], t)).toBe('rad 5, 12');
  });

  it('finds a column whose figures recur in another table (last year’s sheet)', () => {
    const labels = ['Ledning', 'Skola', 'Omsorg', 'Totalt'];
    const y2020 = [
      [10, 12],
      [200, 210],
      [300, 290],
      [510, 512],
    ];
    const y2021 = [
      [12, 15],
      [210, 220],
      [290, 305],
      [512, 540],
    ];
    const sheet = (name: string, years: [number, number], values: number[][]) =>
      sheetFromValues(name, [['Verksamhet', `Kostnader ${years[0]}`, `Kostnader ${years[1]}`], ...values.map((v, i) => [labels[i], ...v])]);
    const grid = { sheets: [sheet('2021', [2020, 2021], y2021), sheet('2020', [2019, 2020], y2020)] };
    const table = (name: string, years: [number, number]): TableMapping => ({
      kind: 'activities',
      sheet: name,
      range: 'A1:C5',
      confidence: 1,
      headerRows: [1],
      unit: 'tkr',
      rows: labels.map((label, i) => ({ row: i + 2, label, role: i === 3 ? 'total' : 'activity' })),
      columns: years.map((y, i) => ({ col: i + 2, letter: 'BC'[i], header: `Kostnader ${y}`, role: `kostnader ${y}` })),
    });
    const mapping: WorkbookMapping = { version: 1, period: { kind: 'unknown' }, tables: [table('2021', [2020, 2021]), table('2020', [2019, 2020])], unmapped: [] };
    const notes = describeTables(grid, mapping);
    const recurring = notes[0].relations.filter((r) => r.type === 'recurring');
    expect(recurring.map((r) => relationText(r, t))).toEqual([{ text: 'Kostnader 2020 = samma siffror som 2020!C (Kostnader 2020)', support: 'lika på 4 av 4 rader' }]);
    // And the total row is the sum of the three above it in both columns.
    expect(notes[0].relations.map((r) => relationText(r, t).text)).toContain('Totalt = Ledning + Skola + Omsorg');
  });
});
