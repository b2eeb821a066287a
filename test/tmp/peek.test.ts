import { buildModel, mapWorkbook } from '../../src/mapping';
import { validate } from '../../src/rules';
import { buildSheet } from '../boards/build';
import { table as g19 } from '../boards/grastorp-kommun-resultatrakning-2019';
import { table as h19 } from '../boards/hallsberg-kommun-resultatrakning-2019';
import { table as m14 } from '../boards/malmo-stad-prognosavvikelse-2014';
it('peek', () => {
  for (const t of [g19, h19, m14]) {
    const b = buildSheet(t);
    const m = mapWorkbook(b.workbook);
    const tm = m.tables[0];
    console.log(tm.kind, tm.range, JSON.stringify(tm.columns.map(c => [c.letter, c.header, c.role])), JSON.stringify(tm.rows.map(r => [r.row, r.label, r.role, r.level])), JSON.stringify(tm.structure));
    const { model } = buildModel(b.workbook, m);
    console.log(validate(model, b.workbook).map(f => `${f.rule} ${f.severity} ${f.cell} ${f.message}`).join('\n'));
  }
});
