import * as path from 'path';
import { readWorkbook } from '../../../src/xlsx';
import { cellsOf } from '../../../src/grid/sheet';
it('seed texts', async () => {
  for (const f of ['delarsrapport-2024.xlsx', 'arsbokslut-2019.xlsx']) {
    const wb = await readWorkbook(path.join(__dirname, '../../../seeds', f));
    for (const s of wb.sheets) for (const c of cellsOf(s)) if (typeof c.value === 'string' && /uppfyllt|uppnått|värde|signal/i.test(c.value)) console.log(f, s.name, c.address, JSON.stringify(c.value), c.fill);
  }
});
