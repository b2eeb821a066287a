import { mapWorkbook, buildModel } from '../../src/mapping';
import { validate } from '../../src/rules';
import { mappingRecurring } from '../../src/mapping/recurring-pass';
import type { WorkbookGrid } from '../../src/grid/types';
import { buildSheet } from './build';
import { table as vastervik2020 } from './vastervik-kommun-driftsredovisning-2020';
import { table as vastervik2021 } from './vastervik-kommun-driftsredovisning-2021';
import type { PrintedTable } from './types';
import { formatMappingText, mappingJson } from '../../src/format/mapping';

/**
 * Västervik's Driftsredovisning of 2020 and 2021 in one workbook, sheets "2020" and "2021": the 2021
 * report prints the 2020 figures again (Intäkter 2020, Kostnader 2020).
 */
function workbook(change: (t2021: PrintedTable) => void = () => undefined): { wb: WorkbookGrid; rowOf2020: number[]; rowOf2021: number[] } {
  const t2021: PrintedTable = { ...vastervik2021, sheet: '2021', rows: vastervik2021.rows.map((r) => [...r]) };
  change(t2021);
  const a = buildSheet({ ...vastervik2020, sheet: '2020' });
  const b = buildSheet(t2021);
  return { wb: { sheets: [...a.workbook.sheets, ...b.workbook.sheets] }, rowOf2020: a.rowOf, rowOf2021: b.rowOf };
}

const label = (r: (string | null)[]) => r[0] as string;

describe('Västervik 2020 and 2021: the 2020 columns of the 2021 report recur in the 2020 report', () => {
  it('by hand: every 2020 figure the 2021 report prints is the 2020 report’s, row by row', () => {
    // Rows matched by label ("Arbete och kompetens" is printed "Arbete o kompetens" in 2020).
    const norm = (s: string) => s.replace(/ o /, ' och ');
    const old = new Map(vastervik2020.rows.map((r) => [norm(label(r)), r]));
    let compared = 0;
    for (const r of vastervik2021.rows) {
      const o = old.get(label(r));
      expect(o).toBeDefined();
      // 2021: [label, Intäkter 2020, Intäkter 2021, Kostnader 2020, …]; 2020: [label, Intäkter 2019, Intäkter 2020, Kostnader 2019, Kostnader 2020, …]
      expect(r[1]).toBe(o?.[2]);
      expect(r[3]).toBe(o?.[4]);
      compared++;
    }
    expect(compared).toBe(15);
  });

  it('the inference finds Intäkter 2020 and Kostnader 2020 recurring, on all 15 rows, and nothing else', () => {
    const { wb } = workbook();
    const mapping = mapWorkbook(wb);
    const rels = mappingRecurring(wb, mapping);
    const pairs = rels.map((r) => `${r.a.sheet}!${r.a.header} = ${r.b.sheet}!${r.b.header} (${r.agreeing}/${r.comparable})`).sort();
    // Politisk verksamhet's Intäkter 2020 is 0,0 in both: no evidence, so 14 comparable rows there.
    expect(pairs).toEqual(['2020!Intäkter 2020 = 2021!Intäkter 2020 (14/14)', '2020!Kostnader 2020 = 2021!Kostnader 2020 (15/15)']);
    expect(rels.every((r) => r.later === 'b' && r.support === 1)).toBe(true);
  });

  it('no error in the two reports together', () => {
    const { wb } = workbook();
    const mapping = mapWorkbook(wb);
    const { model } = buildModel(wb, mapping);
    expect(validate(model, wb).filter((f) => f.severity === 'error' && f.rule === 'structure/recurring-figures')).toEqual([]);
  });

  it('a 2020 figure printed differently in the 2021 report is an error at its cell, the 2020 cell related', () => {
    // Kommunservice's Kostnader 2020 as −193,2 (its 2019 figure) in the 2021 report.
    const { wb, rowOf2020, rowOf2021 } = workbook((t) => (t.rows[6][3] = '-193,2'));
    const mapping = mapWorkbook(wb);
    const { model } = buildModel(wb, mapping);
    const all = validate(model, wb);
    const errors = all.filter((f) => f.severity === 'error');
    // One finding, at the wrong cell: it also breaks Kommunstyrelse's sum in its own column, and
    // the root-cause step names both instead of a second error at the board's total.
    expect(errors).toHaveLength(1);
    const [f] = errors;
    expect(f.rule).toBe('structure/recurring-figures');
    expect({ sheet: f.sheet, cell: f.cell }).toEqual({ sheet: '2021', cell: `D${rowOf2021[6]}` });
    expect(f.related).toEqual(expect.arrayContaining([{ sheet: '2020', cell: `E${rowOf2020[6]}` }]));
    expect(f.message).toContain("Kostnader 2020 = Kostnader 2020 i blad '2020'");
  });

  it('map prints them per table, in the text and in the JSON, with the cell where they differ', () => {
    const { wb, rowOf2020, rowOf2021 } = workbook((t) => (t.rows[6][3] = '-193,2'));
    const mapping = mapWorkbook(wb);
    const rec = mappingRecurring(wb, mapping);
    const text = formatMappingText('x.xlsx', mapping, [], rec);
    expect(text).toContain('  Återkommer i andra tabeller:\n    B Intäkter 2020: återkommer i 2020!C Intäkter 2020 (samma på 14 av 14 rader)');
    expect(text).toContain(`    D Kostnader 2020: återkommer i 2020!E Kostnader 2020 (samma på 14 av 15 rader; skiljer i D${rowOf2021[6]} (2020!E${rowOf2020[6]}))`);
    expect(text).toContain(`    E Kostnader 2020: återkommer i 2021!D Kostnader 2020 (samma på 14 av 15 rader; skiljer i E${rowOf2020[6]} (2021!D${rowOf2021[6]}))`);
    const json = mappingJson('x.xlsx', mapping, [], rec) as { tables: { sheet: string; recurring: { column: string; later: boolean; support: number; rows: { cell: string; holds: string }[] }[] }[] };
    const t2021 = json.tables.find((t) => t.sheet === '2021');
    const d = t2021?.recurring.find((r) => r.column === 'D');
    expect(d?.later).toBe(true);
    expect(d?.support).toBe(0.93);
    expect(d?.rows.filter((r) => r.holds === 'no')).toEqual([{ cell: `D${rowOf2021[6]}`, other: `E${rowOf2020[6]}`, holds: 'no' }]);
  });
});
