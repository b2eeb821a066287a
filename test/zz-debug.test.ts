import { buildModel, mapWorkbook } from '../src/mapping';
import { factsOf } from '../src/rules/text/table-facts';
import { judgeFacts } from '../src/rules/text/facts-check';
import { REPORTS } from './text-corpus/index';
import { workbookWith } from './text-corpus/build';
const ID = process.env.DBG ?? 'm15-1';
test('dbg', () => {
  for (const r of REPORTS) for (const s of r.sentences) {
    const texts = [s.text, ...(s.plants ?? []).map((p) => p.text)].map((t) => (s.context ? `${s.context} ${t}` : t));
    if (!ID.split(',').some((id) => s.id === id)) continue;
    const { workbook } = workbookWith(r, texts[0], s.place ?? 'sheet');
    const { model } = buildModel(workbook, mapWorkbook(workbook));
    const facts = factsOf(model, workbook);
    console.log(JSON.stringify(facts.tables.map((t) => ({ id: t.id, unit: t.unit, year: t.year, cols: t.columns.map((c) => `${c.header}|${c.measure}|${c.year}|${c.percent ? '%' : ''}|${c.qualifiers.join('+')}|${c.group ? 'G' : ''}${c.againstForecast ? 'F' : ''}`), rows: t.rows.slice(0, 4).map((x) => `${x.label}${x.total ? '*' : ''}${x.unit ?? ''}`) })), null, 0), facts.reportYear);
    for (const t of texts) {
      const { workbook: wb } = workbookWith(r, t, s.place ?? 'sheet');
      const { model: m } = buildModel(wb, mapWorkbook(wb));
      const f = factsOf(m, wb);
      const j = judgeFacts(f, () => false).filter((x) => t.includes(x.sentence.slice(0, 20)));
      console.log(t, '\n  =>', j.map((x) => `${x.quote.raw} ${x.agrees ? 'OK' : 'BAD'} ${x.reading.label}=${x.reading.value}`).join(' ; '));
    }
  }
});
