import ExcelJS from 'exceljs';

/** ExcelJS reads tint and indexed colours but its Color type only declares argb and theme. */
const color = (c: { theme?: number; tint?: number; indexed?: number }): Partial<ExcelJS.Color> => c as Partial<ExcelJS.Color>;

/**
 * A small workbook with what controllers' files contain and the seeds do not: formulas (also
 * shared), theme/indexed fills, rich text, hyperlinks, error values, dates, booleans, merges,
 * hidden rows and hidden sheets.
 */
export async function richWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet('Data');
  ws.getColumn(1).width = 24;
  ws.getColumn(2).width = 11;

  ws.getCell('A1').value = 'Rubrik';
  ws.getCell('A1').font = { bold: true };
  ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: color({ theme: 4, tint: 0.4 }) };

  ws.getCell('A2').value = 1234.5;
  ws.getCell('A2').numFmt = '#,##0.0';
  ws.getCell('A3').value = 10;
  ws.getCell('A4').value = 20;
  ws.getCell('B2').value = { formula: 'A2*2', result: 2469 } as ExcelJS.CellFormulaValue;
  ws.fillFormula('C2:C4', 'A2+1', [1235.5, 11, 21]);
  ws.getCell('D2').value = { richText: [{ text: 'Fet', font: { bold: true } }, { text: ' text' }] };
  ws.getCell('E2').value = { text: 'Kolada', hyperlink: 'https://www.kolada.se' };
  ws.getCell('F2').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
  ws.getCell('G2').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  ws.getCell('H2').value = new Date(Date.UTC(2024, 7, 31));
  ws.getCell('H2').numFmt = 'yyyy-mm-dd';
  ws.getCell('I2').value = true;

  ws.getCell('A5').value = 'Sammanfogad';
  ws.mergeCells('A5:B6');

  ws.getCell('A7').value = 'Röd';
  ws.getCell('A7').fill = { type: 'pattern', pattern: 'solid', fgColor: color({ indexed: 10 }) };
  ws.getCell('A8').value = 'Grön';
  ws.getCell('A8').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
  ws.getCell('B8').value = 'Mönster';
  ws.getCell('B8').fill = { type: 'pattern', pattern: 'darkGray', fgColor: { argb: 'FF00B050' } };
  ws.getCell('C8').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC000' } };

  ws.getCell('A9').value = '-';
  ws.getCell('A10').value = '=1+1';
  ws.getCell('A11').value = '@x';
  ws.getCell('A12').value = 'Dold rad';
  ws.getRow(12).hidden = true;
  ws.getCell('A13').value = 'Underrad';
  ws.getCell('A13').alignment = { indent: 2 };
  ws.getCell('B13').value = -17416;
  ws.getCell('B13').numFmt = '#,##0';

  wb.addWorksheet('Dolt', { state: 'hidden' }).getCell('A1').value = 'x';
  wb.addWorksheet('MycketDolt', { state: 'veryHidden' }).getCell('A1').value = 'y';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
