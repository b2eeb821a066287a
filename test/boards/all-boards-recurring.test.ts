import { buildModel, mapWorkbook } from '../../src/mapping';
import { validate } from '../../src/rules';
import { mappingRecurring } from '../../src/mapping/recurring-pass';
import { buildSheet } from './build';
import { table as gnesta2013 } from './gnesta-kommun-driftredovisning-2013';
import { table as vastervik2021 } from './vastervik-kommun-driftsredovisning-2021';
import { table as vastervik2020 } from './vastervik-kommun-driftsredovisning-2020';
import { table as hallsberg2019 } from './hallsberg-kommun-resultatrakning-2019';
import { table as grastorp2019 } from './grastorp-kommun-resultatrakning-2019';
import { table as grastorp2020 } from './grastorp-kommun-resultatrakning-2020';
import { table as malmo2014 } from './malmo-stad-prognosavvikelse-2014';
import { table as malmo2015 } from './malmo-stad-prognosavvikelse-2015';
import { table as goteborg2018 } from './goteborgs-stad-skatteintakter-2018';
import { table as varmdo2019 } from './varmdo-kommun-mark-fastigheter-2019';

const ALL = { gnesta2013, vastervik2021, vastervik2020, hallsberg2019, grastorp2019, grastorp2020, malmo2014, malmo2015, goteborg2018, varmdo2019 };

const workbook = (change: (name: string, rows: (string | null)[][]) => void = () => undefined) => ({
  sheets: Object.entries(ALL).map(([name, t]) => {
    const rows = t.rows.map((r) => [...r]);
    change(name, rows);
    return { ...buildSheet({ ...t, rows }).workbook.sheets[0], name };
  }),
});

describe('the ten real tables of test/boards in one workbook', () => {
  it('by hand: Grästorp 2020 prints the 2019 outcome as the 2019 report did, on every row with figures', () => {
    // 2019 report: [label, Not, Budget 2019, 2019, 2018, 2017]; 2020 report: [label, Not, Budget 2020, 2020, 2019, 2018].
    const old = new Map(grastorp2019.rows.map((r) => [r[0], r]));
    let same2019 = 0;
    let same2018 = 0;
    for (const r of grastorp2020.rows) {
      const o = old.get(r[0]);
      if (r[4] === null) continue;
      expect(r[4]).toBe(o?.[3]);
      expect(r[5]).toBe(o?.[4]);
      same2019++;
      same2018++;
    }
    expect([same2019, same2018]).toEqual([11, 11]);
  });

  it('finds exactly the columns that recur (Västervik’s 2020 figures, Grästorp’s 2019 and 2018 outcomes) and no error', () => {
    const wb = workbook();
    const mapping = mapWorkbook(wb);
    const pairs = mappingRecurring(wb, mapping).map((r) => `${r.a.sheet}!${r.a.header} ~ ${r.b.sheet}!${r.b.header} ${r.agreeing}/${r.comparable}`);
    // Read as a resultaträkning, Grästorp 2020's 2018 column (F) is mapped too: its 11 figures are
    // the 2019 report's 2018 figures (checked above).
    expect(pairs.sort()).toEqual([
      'grastorp2019!2018 ~ grastorp2020!2018 11/11',
      'grastorp2019!2019 ~ grastorp2020!2019 11/11',
      'vastervik2021!Intäkter 2020 ~ vastervik2020!Intäkter 2020 14/14',
      'vastervik2021!Kostnader 2020 ~ vastervik2020!Kostnader 2020 15/15',
    ]);
    const { model } = buildModel(wb, mapping);
    expect(validate(model, wb).filter((f) => f.rule === 'structure/recurring-figures' && f.severity !== 'info')).toEqual([]);
  });

  it('a planted difference in Grästorp 2020’s 2019 column is one error at its cell', () => {
    // Row 9 (title, blank, two header rows, then the data). Skatteintäkter 2019 as 257 700 in the 2020 report (the 2019 report printed 257 770).
    const wb = workbook((name, rows) => name === 'grastorp2020' && (rows[4][4] = '257 700'));
    const { model } = buildModel(wb, mapWorkbook(wb));
    const errors = validate(model, wb).filter((f) => f.severity === 'error');
    const here = errors.filter((f) => f.sheet === 'grastorp2020');
    expect(here.map((f) => f.cell)).toEqual(['E9']);
    expect(here[0].related).toEqual(expect.arrayContaining([{ sheet: 'grastorp2019', cell: 'D9' }]));
  });
});
