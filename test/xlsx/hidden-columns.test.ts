import * as path from 'path';
import { strToU8, zipSync } from 'fflate';
import { readWorkbook, writeWorkbook } from '../../src/xlsx';
import { sheetFromValues } from '../../src/grid/sheet';

/**
 * Hidden columns (`<col min max hidden>` in the sheet XML) in the grid, as `hiddenColumns`
 * beside `hiddenRows`: from workbooks other programs wrote (the third-party corpus, licences in
 * test/data/third-party/SOURCES.md), from hand-written sheets through both the scanner and saxes,
 * and through the writer back.
 */

const DATA = path.join(__dirname, '..', 'data', 'third-party');
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function book(sheetXml: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(`${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`${HEAD}<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Drift" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    'xl/worksheets/sheet1.xml': strToU8(sheetXml),
  });
}

const CELLS = '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2" hidden="1"><c r="A2"><v>3</v></c></row></sheetData>';

describe('hidden columns', () => {
  it.each([
    ['ranges, hidden="true", hidden="0", a width without hidden', `<cols><col min="1" max="1" width="12" customWidth="1"/><col min="2" max="4" width="0" hidden="1" customWidth="1"/><col min="6" max="6" hidden="true"/><col min="7" max="8" hidden="0"/></cols>`, [2, 3, 4, 6]],
    ['overlapping and unordered ranges, counted once', `<cols><col min="5" max="5" hidden="1"/><col min="3" max="5" hidden="1"/></cols>`, [3, 4, 5]],
    ['a range beyond column XFD, cut at it', `<cols><col min="16383" max="99999" hidden="1"/></cols>`, [16383, 16384]],
    ['broken ranges: no min, max below min, not a number', `<cols><col max="3" hidden="1"/><col min="5" max="4" hidden="1"/><col min="x" max="9" hidden="1"/></cols>`, []],
  ])('%s', async (_name, cols, expected) => {
    const xml = `${HEAD}<worksheet xmlns="${NS}">${cols}${CELLS}</worksheet>`;
    for (const fastSheetData of [true, false]) {
      const wb = await readWorkbook(book(xml), { fastSheetData });
      expect(wb.sheets[0].hiddenColumns ?? []).toEqual(expected);
      expect(wb.sheets[0].hiddenRows).toEqual([2]);
    }
  });

  it('reads them with a namespace prefix and in a sheet the scanner leaves to saxes', async () => {
    const prefixed = `${HEAD}<x:worksheet xmlns:x="${NS}"><x:cols><x:col min="2" max="2" hidden="1"/></x:cols><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect((await readWorkbook(book(prefixed))).sheets[0].hiddenColumns).toEqual([2]);
    // A comment sends the whole sheet to saxes.
    const commented = `${HEAD}<worksheet xmlns="${NS}"><!-- x --><cols><col min="3" max="3" hidden="1"/></cols>${CELLS}</worksheet>`;
    expect((await readWorkbook(book(commented))).sheets[0].hiddenColumns).toEqual([3]);
  });

  it('has none where no column is hidden', async () => {
    const wb = await readWorkbook(book(`${HEAD}<worksheet xmlns="${NS}"><cols><col min="1" max="2" width="30" customWidth="1"/></cols>${CELLS}</worksheet>`));
    expect(wb.sheets[0].hiddenColumns).toBeUndefined();
  });

  it('reads what other programs wrote', async () => {
    // LibreOffice (ExcelJS's test data): column B and row 2 hidden.
    const libre = await readWorkbook(path.join(DATA, 'exceljs', 'spec__integration__data__hidden-test__libre-calc-as-excel-2007-365.xlsx'));
    expect(libre.sheets[0].hiddenColumns).toEqual([2]);
    expect(libre.sheets[0].hiddenRows).toEqual([2]);
    // Excel (Apache POI's test data): two single columns on the first sheet only.
    const clone = await readWorkbook(path.join(DATA, 'poi', 'test-data__spreadsheet__clone_sheet.xlsx'));
    expect(clone.sheets.map((s) => s.hiddenColumns)).toEqual([[5, 11], undefined, undefined]);
    // Everything right of column J hidden: one <col> up to XFD.
    const tables = await readWorkbook(path.join(DATA, 'poi', 'test-data__spreadsheet__ExcelTables.xlsx'));
    const hidden = tables.sheets[0].hiddenColumns ?? [];
    expect(hidden).toHaveLength(16384 - 10);
    expect([hidden[0], hidden[hidden.length - 1]]).toEqual([11, 16384]);
  });

  it('writes them and reads them back', async () => {
    const grid = sheetFromValues('Drift', [
      ['Verksamhet', 'Budget', 'Utfall'],
      ['Äldreomsorg', 100, 90],
    ]);
    grid.hiddenColumns = [2, 5, 6, 7, 16384];
    const back = await readWorkbook(await writeWorkbook({ sheets: [grid] }));
    expect(back.sheets[0].hiddenColumns).toEqual([2, 5, 6, 7, 16384]);
    expect(back.sheets[0].rows[1]?.[1]?.value).toBe(100);
  });
});
