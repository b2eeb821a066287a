import { HELSINGBORG_2016 } from './helsingborg-2016';
import { boardWorkbook } from './build';
import { readWorkbook } from '../../../src/xlsx';
import { mapWorkbook, buildModel } from '../../../src/mapping';
import { planFill } from '../../../src/assessment';
import { tablesOf } from '../../../src/model/types';

it('probe', async () => {
  for (const b of HELSINGBORG_2016.slice(0, 3)) {
    const wb = await readWorkbook(await boardWorkbook(b, b.store === 'numbers' ? 'sheet' : 'above'));
    const mapping = mapWorkbook(wb);
    const { model } = buildModel(wb, mapping);
    console.log(b.board, JSON.stringify(mapping.tables.map((t) => ({ kind: t.kind, range: t.range, cols: t.columns.map((c) => `${c.letter}:${c.role}`), rows: t.rows.map((x) => `${x.row}:${x.role}`) }))));
    for (const t of tablesOf(model, 'indicators')) console.log(JSON.stringify(t.goals.map((g) => [g.title.text, g.indicators.map((i) => [i.name.text, i.target?.text, i.outcome?.value, i.assessment?.ref.cell])])));
    const r = planFill(wb, model);
    console.log(JSON.stringify(r.scales), r.filled.map((f) => f.cell + '=' + f.value));
  }
});
