import { validate } from '../../src/rules';
import type { Table } from '../../src/model/types';
import { driftModel, driftRows, INTERIM, modelOf, set, withGrid } from './support/small';
import { narrativeTable, reportModel } from './support/build';
import { printed2024 } from './fixtures/printed-2024';

describe('bad input gets a clear Swedish message and nothing is lost', () => {
  test('an empty model and an empty workbook', () => {
    expect(validate(reportModel({ kind: 'unknown' }, []), { sheets: [] })).toEqual([]);
  });

  test('tables without rows or columns', () => {
    const empty = driftModel([]);
    const noCols = driftModel(driftRows().map(([role, label]) => [role, label, []]), []);
    expect(validate(empty, { sheets: [] })).toEqual([]);
    expect(validate(noCols, { sheets: [] })).toEqual([]);
  });

  test('#REF! in a total: the error value is reported, its identities are skipped, not guessed', () => {
    const { model, workbook } = withGrid(driftModel(set(driftRows(), 3, 0, '#REF!')));
    const f = validate(model, workbook);
    expect(f.map((x) => [x.cell, x.severity, x.rule])).toEqual([['B5', 'error', 'cells/error-value']]);
    expect(f[0].message).toBe('Verksamhetens kostnader, Budget 2024 innehåller felvärdet #REF! – talet saknas i rapporten och i alla kontroller.');
  });

  test('numbers typed as text with a unicode minus and non-breaking spaces are checked by value', () => {
    const rows = set(set(driftRows(), 3, 3, '\u2212270'), 1, 3, '\u2212200\u00a0');
    const { model, workbook } = withGrid(driftModel(rows));
    const f = validate(model, workbook);
    expect(f.map((x) => [x.cell, x.severity, x.rule])).toEqual([
      ['E3', 'warning', 'cells/number-as-text'],
      ['E5', 'warning', 'cells/number-as-text'],
    ]);
  });

  test('prose in a number cell is a warning and the identities around it are skipped', () => {
    const { model, workbook } = withGrid(driftModel(set(driftRows(), 1, 0, 'se kommentar')));
    const f = validate(model, workbook);
    expect(f.map((x) => [x.cell, x.severity, x.messageId])).toEqual([['B3', 'warning', 'notANumber']]);
  });

  test('a huge declared range over a sparse sheet is scanned within bounds', () => {
    const { model, workbook } = withGrid(driftModel());
    const huge = { ...model, tables: model.tables.map((t) => ({ ...t, range: 'A1:XFD1048576' }) as Table) };
    expect(validate(huge, workbook)).toEqual([]);
  });

  test('text with a unicode minus and a non-breaking thousands space', () => {
    const { model } = printed2024();
    const text = narrativeTable('Kommentarer', [
      { section: 'Drift', text: 'Socialnämndens resultat för bokslutsperioden uppgår till \u22126,6 mnkr.' },
      { section: 'Drift', text: 'Socialnämndens resultat för bokslutsperioden uppgår till \u22126\u00a0612 tkr.' },
      { section: 'Drift', text: 'Socialnämndens resultat för bokslutsperioden uppgår till \u22126\u00a0162 tkr.' },
    ]);
    const m = modelOf([...model.tables.filter((t) => t.kind !== 'narrative'), text], INTERIM);
    const f = validate(m, { sheets: [] }).filter((x) => x.sheet === 'Kommentarer');
    expect(f.map((x) => [x.cell, x.severity])).toEqual([['B4', 'error']]);
    expect(f[0].message).toContain('Texten anger -6 162 tkr men Årets resultat, Delårsbokslut 2024 ger -6 612 tkr');
  });

  test('findings read before validation are merged by cell, not duplicated', () => {
    const { model, workbook } = withGrid(driftModel(set(driftRows(), 1, 0, '#REF!')));
    const prior = [{ rule: 'mapping/unreadable-number', severity: 'error' as const, sheet: 'Drift', cell: 'B3', messageId: 'errorValue', data: {}, message: 'Cellen innehåller "#REF!" och kan inte läsas som ett tal.' }];
    const f = validate(model, workbook, { prior });
    expect(f).toHaveLength(1);
    expect(f[0].rule).toBe('mapping/unreadable-number');
    expect(f[0].message).toContain('Även: Personalkostnader, Budget 2024 innehåller felvärdet #REF!');
  });
});
