import { sheetFromValues } from '../../src/grid/sheet';
import type { CellValue, SheetGrid, WorkbookGrid } from '../../src/grid/types';

/** The 2024 Drift table as printed (tkr), with the printed error in G12. */
export function driftSheet(): SheetGrid {
  const values: CellValue[][] = [
    ['Socialnämnden – Delårsbokslut per 31 augusti 2024'],
    ['Belopp i tkr'],
    [null, 'Budget 2024', 'Prognos helår 2024', 'Avv. prognos/ budget 2024', 'Delårsbokslut 2024', 'Delårsbokslut 2023', 'Diff. utfall 2023/2024'],
    ['Verksamhetens intäkter', 31417, 32417, 1000, 20996, 20759, 237],
    ['Personalkostnader', -166300, -165300, 1000, -114196, -101512, -12684],
    ['Verksamhetens kostnader', -276500, -281500, -5000, -190994, -157698, -32296],
    ['Verksamhetens nettokostnader', -245082, -250082, -5000, -169998, -136939, -33059],
  ];
  return sheetFromValues('Drift', values);
}

export function indicatorSheet(): SheetGrid {
  const s = sheetFromValues('Mål och nyckeltal', [
    ['Mål', 'Nyckeltal', 'Målvärde', 'Utfall', 'Bedömning'],
    ['Trygg vård', 'Andel nöjda (%)', '>75', 80, null],
    [null, 'Väntetid (dagar)', '<166', 170, null],
    [null, 'Antal placeringar', '<10', 12, 'Delvis uppfyllt'],
  ]);
  const cell = s.rows[3][4];
  if (cell) cell.fill = 'FFC000';
  return s;
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

/** n sheets of `rows` × `cols` numbers each. */
export function manySheets(n: number, rows = 20, cols = 6): WorkbookGrid {
  const sheets: SheetGrid[] = [];
  for (let i = 0; i < n; i++) {
    const values: CellValue[][] = [];
    for (let r = 0; r < rows; r++) {
      const line: CellValue[] = [];
      for (let c = 0; c < cols; c++) line.push(r === 0 ? `Kolumn ${c + 1}` : r * 100 + c + i);
      values.push(line);
    }
    sheets.push(sheetFromValues(`Blad ${i + 1}`, values));
  }
  return { sheets };
}
