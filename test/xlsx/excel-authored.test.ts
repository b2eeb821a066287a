import JSZip from 'jszip';
import { applyWritePlan, readWorkbook } from '../../src/xlsx';
import { emptyPlan } from '../../src/grid/write-plan';
import { findSheet, getCell } from '../../src/grid/sheet';
import type { SheetGrid } from '../../src/grid/types';
import { diffWorkbooks } from './compare';

/**
 * A package written the way Excel writes it (built-in number format ids, theme fills with tint,
 * inline and formula strings, shared formulas, a hidden row, a sheet-level merge), rather than
 * the way ExcelJS writes it — controllers' files come from Excel.
 */
async function excelStylePackage(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Drift" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`);
  zip.file('xl/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>
<fill><patternFill patternType="solid"><fgColor theme="9" tint="0.59999389629810485"/><bgColor indexed="64"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="7">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="3" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>
<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/>
<xf numFmtId="0" fontId="0" fillId="3" borderId="0" xfId="0" applyFill="1" applyAlignment="1"><alignment indent="1"/></xf>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`);
  zip.file('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5"><si><t>Belopp i tkr</t></si><si><t>Lokalhyror</t></si><si><r><rPr><b/></rPr><t>Köp av</t></r><r><t xml:space="preserve"> tjänster</t></r></si><si><t>Summa</t></si><si><t>-</t></si></sst>`);
  zip.file('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:D7"/><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Budget 2024</t></is></c><c r="C1" s="5"/></row>
<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="1"><v>-17416</v></c><c r="C2" s="3"><v>0.97</v></c><c r="D2" s="4"><v>45535</v></c></row>
<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" s="1"><v>-62376</v></c><c r="C3" t="str"><f>A3&amp;"!"</f><v>Köp av tjänster!</v></c><c r="D3" t="e"><f>#REF!+1</f><v>#REF!</v></c></row>
<row r="4" hidden="1"><c r="A4" t="s" s="6"><v>4</v></c><c r="B4" s="1"><v>1</v></c></row>
<row r="5"><c r="A5" t="s"><v>3</v></c><c r="B5" s="2"><f t="shared" ref="B5:C5" si="0">SUM(B2:B4)</f><v>-79791</v></c><c r="C5" s="2"><f t="shared" si="0"/><v>0.97</v></c><c r="D5" t="b"><v>1</v></c></row>
<row r="6"><c r="A6" t="s"><v>0</v></c></row>
</sheetData><mergeCells count="1"><mergeCell ref="A6:B7"/></mergeCells></worksheet>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('a workbook written the way Excel writes it', () => {
  let drift: SheetGrid;
  beforeAll(async () => {
    const wb = await readWorkbook(await excelStylePackage());
    drift = findSheet(wb, 'Drift')!;
  });

  it('reads shared, inline, rich and formula strings', () => {
    expect(getCell(drift, 1, 1)?.value).toBe('Belopp i tkr');
    expect(getCell(drift, 1, 2)?.value).toBe('Budget 2024');
    expect(getCell(drift, 3, 1)?.value).toBe('Köp av tjänster');
    expect(getCell(drift, 3, 3)).toMatchObject({ value: 'Köp av tjänster!', formula: 'A3&"!"' });
  });

  it('maps built-in number format ids to their codes, and serial dates to dates', () => {
    expect(getCell(drift, 2, 2)).toMatchObject({ value: -17416, numFmt: '#,##0' });
    expect(getCell(drift, 2, 3)).toMatchObject({ value: 0.97, numFmt: '0%' });
    const date = getCell(drift, 2, 4)?.value;
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString().slice(0, 10)).toBe('2024-08-31');
  });

  it('reads error results, shared formulas, booleans, bold, indent, theme fills, hidden rows and merges', () => {
    expect(getCell(drift, 3, 4)).toMatchObject({ value: { error: '#REF!' }, formula: '#REF!+1' });
    expect(getCell(drift, 5, 2)).toMatchObject({ value: -79791, formula: 'SUM(B2:B4)', bold: true, numFmt: '#,##0' });
    expect(getCell(drift, 5, 3)).toMatchObject({ value: 0.97, formula: 'SUM(C2:C4)' });
    expect(getCell(drift, 5, 4)?.value).toBe(true);
    expect(getCell(drift, 4, 1)).toMatchObject({ value: '-', indent: 1, fill: 'FFFF00' });
    // No theme part: the Office default theme, accent6 70AD47 lightened 60 % (Excel shows C6E0B4;
    // the tint is reproduced within one unit per channel).
    const fill = getCell(drift, 1, 3)?.fill ?? '';
    expect(getCell(drift, 1, 3)?.value).toBeNull();
    expect(Math.max(...[0, 2, 4].map((i) => Math.abs(parseInt(fill.slice(i, i + 2), 16) - parseInt('C6E0B4'.slice(i, i + 2), 16))))).toBeLessThanOrEqual(1);
    expect(drift.hiddenRows).toEqual([4]);
    expect(drift.merges).toEqual(['A6:B7']);
    expect(getCell(drift, 7, 2)).toMatchObject({ value: null, merge: 'A6:B7' });
  });

  it('survives applyWritePlan with an empty plan cell for cell', async () => {
    const input = await excelStylePackage();
    const before = await readWorkbook(input);
    const after = await readWorkbook(await applyWritePlan(input, emptyPlan()));
    expect(diffWorkbooks(before, after)).toEqual([]);
  });
});
