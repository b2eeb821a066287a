import ExcelJS from 'exceljs';
import { applyWritePlan, writeWorkbook } from '../../src/xlsx';
import { sheetFromValues } from '../../src/grid/sheet';
import type { WritePlan } from '../../src/grid/write-plan';

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

describe('applyWritePlan: formatting of generated sheets', () => {
  it('writes thin rules, wrapping, alignment, font and row heights from NewSheet.styles', async () => {
    const input = await writeWorkbook({ sheets: [sheetFromValues('Drift', [['Belopp i tkr', 'Budget 2024']])] });
    const grid = sheetFromValues('Rapport Drift', [
      ['Verksamhetens kostnader', -276500],
      ['En lång mening som ska radbrytas i kolumnen', null],
    ]);
    grid.rows[0]![1]!.numFmt = '#,##0';
    grid.rows[0]![0]!.bold = true;
    const plan: WritePlan = {
      edits: [],
      deleteSheets: [],
      addSheets: [
        {
          grid,
          columnWidths: [30, 12],
          styles: {
            A1: { border: { top: 'thin' } },
            B1: { border: { top: 'thin', bottom: 'thin' }, horizontal: 'right' },
            A2: { wrap: true, italic: true, fontColor: '808080', fontSize: 9 },
            C3: { border: { bottom: 'thin' } },
          },
          rowHeights: { 2: 30 },
        },
      ],
    };
    const ws = (await load(await applyWritePlan(input, plan))).getWorksheet('Rapport Drift')!;
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A1').border?.top?.style).toBe('thin');
    expect(ws.getCell('B1').border?.bottom?.style).toBe('thin');
    expect(ws.getCell('B1').alignment?.horizontal).toBe('right');
    expect(ws.getCell('B1').numFmt).toBe('#,##0');
    expect(ws.getCell('A2').alignment?.wrapText).toBe(true);
    expect(ws.getCell('A2').font?.italic).toBe(true);
    expect(ws.getCell('A2').font?.size).toBe(9);
    expect(ws.getCell('A2').font?.color?.argb).toBe('FF808080');
    expect(ws.getCell('C3').border?.bottom?.style).toBe('thin');
    expect(ws.getRow(2).height).toBe(30);
  });
});
