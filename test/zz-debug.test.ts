import { validate } from '../src/rules';
import { SEED_2019, SEED_2024, seedModel } from './rules/support/seeds';
test('dbg', async () => {
  for (const s of [SEED_2024, SEED_2019]) {
    const { model, workbook } = await seedModel(s);
    for (const f of validate(model, workbook)) if (f.rule === 'text/quoted-figures' && f.severity === 'error') console.log(f.cell, f.message);
  }
});
