import * as fs from 'fs';
import * as path from 'path';
import { strToU8, zipSync } from 'fflate';
import { readWorkbook } from '../../src/xlsx';
import { plainDecimal, SCAN_BAIL, scanSheet } from '../../src/xlsx/sheet-scan';
import { openPackage } from '../../src/xlsx/load';
import { XlsxPackage } from '../../src/xlsx/package';
import type { WorkbookGrid } from '../../src/grid/types';

/**
 * The sheetData scanner (src/xlsx/sheet-scan.ts) against saxes alone: on every workbook of the
 * third-party corpus and on hand-written sheets with what XML allows in the cell loop, the grid
 * (or the refusal) is the same either way. The scanner must also really run on ordinary sheets,
 * not give up and leave the work to saxes.
 */

const ROOT = path.join(__dirname, '..', 'data', 'third-party');
const FILES = fs
  .readdirSync(ROOT)
  .filter((d) => fs.statSync(path.join(ROOT, d)).isDirectory())
  .flatMap((d) => fs.readdirSync(path.join(ROOT, d)).map((f) => path.join(d, f)))
  .sort();

/** Grids as comparable JSON (dates as their time, so an invalid date compares too). */
function key(wb: WorkbookGrid): string {
  return JSON.stringify(wb, (_k, v: unknown) => (v instanceof Date ? { date: v.getTime() } : v));
}

async function both(input: Uint8Array | string): Promise<{ fast: string; saxes: string }> {
  const run = (fastSheetData: boolean) =>
    readWorkbook(input, { fastSheetData }).then(
      (wb) => key(wb),
      (err: { code?: string; message?: string }) => `error ${err.code ?? ''} ${err.message ?? ''}`,
    );
  return { fast: await run(true), saxes: await run(false) };
}

/** Whether the scanner reads the sheet XML through (true) or gives up (false). */
function scans(xml: string): boolean {
  const bytes = strToU8(xml);
  try {
    scanSheet(bytes, { row() {}, cellOpen() {}, value() {}, formula() {}, cellClose() {}, mergeCell() {}, col() {} });
    return true;
  } catch (err) {
    if (err === SCAN_BAIL) return false;
    throw err;
  }
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A one-sheet package around the sheet XML, with two shared strings and a date style. */
function book(sheetXml: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(`${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`${HEAD}<workbook xmlns="${NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/sharedStrings.xml': strToU8(`${HEAD}<sst xmlns="${NS}" count="2" uniqueCount="2"><si><t>Nettokostnad</t></si><si><t>Budget</t></si></sst>`),
    'xl/styles.xml': strToU8(
      `${HEAD}<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0"/></numFmts><fonts count="2"><font/><font><b/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0"/><xf numFmtId="164" fontId="1" fillId="0"/><xf numFmtId="14" fontId="0" fillId="0"/><xf numFmtId="0" fontId="0" fillId="0"><alignment indent="2"/></xf></cellXfs></styleSheet>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheetXml),
  });
}

const sheet = (data: string, after = '', prefix = '', root = `<worksheet xmlns="${NS}">`) => `${HEAD}${root}<dimension ref="A1:D9"/>${prefix}<sheetData>${data}</sheetData>${after}</worksheet>`;

describe('the sheetData scanner reads what saxes reads', () => {
  it('gives the same grid or the same refusal on every third-party workbook', async () => {
    let scanned = 0;
    for (const f of FILES) {
      const { fast, saxes } = await both(path.join(ROOT, f));
      if (fast !== saxes) throw new Error(`${f}: the scanner's grid differs from saxes's`);
      if (!fast.startsWith('error')) scanned++;
    }
    expect(scanned).toBeGreaterThan(500);
  }, 300000);

  // Each case: the sheet XML, and whether the scanner must read it itself (true) or may give up.
  const cases: [string, string, boolean][] = [
    ['plain cells, numbers, shared strings, styles', sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>-17416</v></c><c r="C1" s="2"><v>45535</v></c><c r="D1" s="3"><v>0.97</v></c></row>'), true],
    ['attributes in any order, single quotes, spaces around =', sheet(`<row spans='1:3' r = "2" ><c s='1' t="n" r='B2' ><v>12.5</v></c><c t='s' r="A2"><v>1</v></c></row>`), true],
    ['namespace prefixes', `${HEAD}<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>1</x:v></x:c><x:c r="B1"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`, true],
    ['entities and character references in text and attributes', sheet('<row r="1"><c r="A1" t="str"><f>A2&amp;"&lt;&gt;&quot;&apos;"&amp;CHAR(&#65;)&amp;"&#x42;"</f><v>x&lt;y &#246;&#xE4;</v></c><c r="B&#49;"><v>&#49;2</v></c></row>'), true],
    ['CDATA in v and f', sheet('<row r="1"><c r="A1" t="str"><f><![CDATA[A2&"<b>"]]></f><v><![CDATA[a<b>]]>&amp;c</v></c><c r="B1"><v><![CDATA[42]]></v></c></row>'), true],
    ['CR LF and tabs between elements, self-closing cells and rows', sheet('\r\n\t<row r="1">\r\n  <c r="A1" s="1"/>\r\n  <c r="B1"><v>1</v>\r\n</c>\r\n</row>\r\n<row r="2"/>\r\n<row r="3" hidden="1"><c r="A3" t="b"><v>1</v></c><c r="B3" t="e"><v>#DIV/0!</v></c></row>'), true],
    ['rows and cells without r', sheet('<row><c><v>1</v></c><c t="s"><v>1</v></c></row><row><c/><c><v>3</v></c></row>'), true],
    ['numbers of every form', sheet('<row r="1"><c r="A1"><v> 12 </v></c><c r="B1"><v>.5</v></c><c r="C1"><v>1e3</v></c><c r="D1"><v>-0</v></c><c r="E1"><v>1234567890123456789</v></c><c r="F1"><v>0.1000000000000000055511151231257827</v></c><c r="G1"><v>+4</v></c><c r="H1"><v>1.</v></c><c r="I1"><v>abc</v></c><c r="J1"><v></v></c><c r="K1"><v/></c><c r="L1"><v>-</v></c></row>'), true],
    ['shared-string indexes of every form', sheet('<row r="1"><c r="A1" t="s"><v>1.9</v></c><c r="B1" t="s"><v> 1</v></c><c r="C1" t="s"><v>.1</v></c><c r="D1" t="s"><v>7</v></c><c r="E1" t="s"><v>-0</v></c></row>'), true],
    ['odd addresses and styles', sheet('<row r="0"><c r="$B$1" s=""><v>1</v></c><c r="1A" s="x"><v>2</v></c><c r="b1" s="01"><v>3</v></c></row><row r="x"><c><v>4</v></c></row>'), true],
    ['shared formulas', sheet('<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1*2</f><v>2</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>4</v></c></row><row r="3"><c r="A3"><f si="0" t="shared"></f><v>6</v></c></row>'), true],
    ['merges and a second sheetData after the first', sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>'), true],
    ['non-ASCII text', sheet('<row r="1"><c r="A1" t="str"><f>"Överskott – 5 %"</f><v>Överskott – 5 %</v></c><c r="B1" t="str"><v>€ 𝄞</v></c></row>'), true],
    ['inline strings (left to saxes)', sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Budget 2024</t></is></c><c r="B1"><v>1</v></c></row>'), false],
    ['a comment in sheetData (left to saxes)', sheet('<row r="1"><!-- x --><c r="A1"><v>1</v></c></row>'), false],
    ['a comment before sheetData (left to saxes)', sheet('<row r="1"><c r="A1"><v>1</v></c></row>', '', '<!-- <sheetData> -->'), false],
    ['an ISO date cell', sheet('<row r="1"><c r="A1" t="d"><v>2024-08-31</v></c><c r="B1" t="d"><v>2024-08-31T12:00:00</v></c></row>'), true],
    ['extLst in a row (left to saxes)', sheet('<row r="1"><c r="A1"><v>1</v></c><extLst/></row>'), false],
    ['a CR in text (left to saxes)', sheet('<row r="1"><c r="A1" t="str"><v>a\rb</v></c></row>'), false],
    ['a tab in an attribute (left to saxes)', sheet('<row r="1"><c r="A1" t="s\t"><v>1</v></c></row>'), false],
    // Malformed: both refuse.
    ['a mismatched closing tag', sheet('<row r="1"><c r="A1"><v>1</x></c></row>'), false],
    ['a closing tag of another prefix', `${HEAD}<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</y:v></x:c></x:row></x:sheetData></x:worksheet>`, false],
    ['a duplicate attribute', sheet('<row r="1"><c r="A1" r="B1"><v>1</v></c></row>'), false],
    ['< in an attribute value', sheet('<row r="1"><c r="A<1"><v>1</v></c></row>'), false],
    ['no space between attributes', sheet('<row r="1"><c r="A1"s="1"><v>1</v></c></row>'), false],
    ['an unknown entity', sheet('<row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row>'), false],
    ['a character reference to no XML character', sheet('<row r="1"><c r="A1" t="str"><v>&#0;</v></c></row>'), false],
    ['an upper-case X in a character reference', sheet('<row r="1"><c r="A1" t="str"><v>&#X41;</v></c></row>'), false],
    [']]> in text', sheet('<row r="1"><c r="A1" t="str"><v>a]]>b</v></c></row>'), false],
    ['a control character in text', sheet('<row r="1"><c r="A1" t="str"><v>a\u0001b</v></c></row>'), false],
    ['U+FFFF in text', sheet('<row r="1"><c r="A1" t="str"><v>a\uFFFFb</v></c></row>'), false],
    ['an unclosed sheetData', `${HEAD}<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></worksheet>`, false],
    ['text outside v', sheet('<row r="1">x<c r="A1"><v>1</v></c></row>'), false],
    // Outside sheetData: the walker's checks, as saxes makes them.
    ['hidden column ranges, merges with a closing tag, header text with references', sheet('<row r="1"><c r="A1"><v>1</v></c></row>', '<mergeCells count="1"><mergeCell ref="A1:B1"></mergeCell></mergeCells><headerFooter><oddHeader>&amp;C&amp;"Arial"Sida &amp;P – 1</oddHeader></headerFooter>', '<cols><col min="2" max="3" width="0" hidden="1"/><col min="5" max="5" hidden="true"/><col min="6" max="7" hidden="0"/></cols>'), true],
    ['an empty sheetData', `${HEAD}<worksheet xmlns="${NS}"><cols><col min="1" max="1" hidden="1"/></cols><sheetData/></worksheet>`, true],
    ['no XML declaration, CR LF between elements', `<worksheet xmlns="${NS}">\r\n<sheetData>\r\n<row r="1"><c r="A1"><v>1</v></c></row></sheetData>\r\n</worksheet>\r\n`, true],
    ["a declaration without encoding, single quotes", `<?xml version='1.0' standalone='no' ?><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`, true],
    ['a comment after sheetData (left to saxes)', sheet('<row r="1"><c r="A1"><v>1</v></c></row>', '<!-- x -->'), false],
    ['a processing instruction (left to saxes)', sheet('<row r="1"><c r="A1"><v>1</v></c></row>', '<?mso-application progid="Excel.Sheet"?>'), false],
    ['a DOCTYPE', `<?xml version="1.0"?><!DOCTYPE worksheet><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`, false],
    ['an XML declaration of version 1.1', `<?xml version="1.1"?><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`, false],
    ['a declaration in the wrong order', `<?xml encoding="UTF-8" version="1.0"?><worksheet xmlns="${NS}"><sheetData/></worksheet>`, false],
    ['a declaration with a bad standalone', `<?xml version="1.0" standalone="maybe"?><worksheet xmlns="${NS}"><sheetData/></worksheet>`, false],
    ['whitespace before the declaration', ` <?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData/></worksheet>`, false],
    ['text after the root element', `${sheet('<row r="1"><c r="A1"><v>1</v></c></row>')}x`, false],
    ['a second root element', `${sheet('<row r="1"><c r="A1"><v>1</v></c></row>')}<worksheet/>`, false],
    ['an unclosed root element', `${HEAD}<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>`, false],
    ['a mismatched closing tag after sheetData', sheet('<row r="1"><c r="A1"><v>1</v></c></row>', '<mergeCells><mergeCell ref="A1:B1"/></mergeCell>'), false],
    ['an unknown entity in an attribute after sheetData', sheet('<row r="1"><c r="A1"><v>1</v></c></row>', '<pageSetup paperSize="&nine;"/>'), false],
    ['U+FFFF in an attribute before sheetData', sheet('<row r="1"><c r="A1"><v>1</v></c></row>', '', '<sheetPr codeName="a\uFFFF"/>'), false],
    ['a control character in header text', sheet('<row r="1"><c r="A1"><v>1</v></c></row>', '<headerFooter><oddHeader>a\u0002</oddHeader></headerFooter>'), false],
    [']]> in header text', sheet('<row r="1"><c r="A1"><v>1</v></c></row>', '<headerFooter><oddHeader>a]]>b</oddHeader></headerFooter>'), false],
  ];

  it("inflates every part of every third-party workbook as fflate does (Node's zlib on the command line)", async () => {
    let parts = 0;
    for (const f of FILES) {
      const bytes = fs.readFileSync(path.join(ROOT, f));
      let withZlib: XlsxPackage;
      try {
        withZlib = await openPackage(bytes);
      } catch {
        continue;
      }
      const plain = new XlsxPackage(bytes, 'x');
      for (const name of plain.names) {
        const a = (() => {
          try {
            return Buffer.from(withZlib.read(name) ?? []).toString('base64');
          } catch (err) {
            return `error ${(err as { code?: string }).code}`;
          }
        })();
        const b = (() => {
          try {
            return Buffer.from(plain.read(name) ?? []).toString('base64');
          } catch (err) {
            return `error ${(err as { code?: string }).code}`;
          }
        })();
        if (a !== b) throw new Error(`${f} ${name}: zlib and fflate differ`);
        parts++;
      }
    }
    expect(parts).toBeGreaterThan(5000);
  }, 300000);

  it.each(cases)('%s', async (_name, xml, mustScan) => {
    const { fast, saxes } = await both(book(xml));
    expect(fast).toBe(saxes);
    if (mustScan) {
      expect(scans(xml)).toBe(true);
      expect(fast.startsWith('error')).toBe(false);
    }
  });

  it('reads a plain decimal exactly as Number does', () => {
    const samples = ['0', '-0', '12', '0.97', '-17416', '123456789012345', '1.5', '0.1', '0.30000000000001', '99999.99999', '-0.000000000000001', '5e-324', '1.', '00012.50', '  7 '];
    for (const s of samples) {
      const b = strToU8(s);
      const v = plainDecimal(b, 0, b.length);
      // An exponent or more than 15 digits is left to Number (the caller's string path).
      if (Number.isNaN(v)) expect(['5e-324', '-0.000000000000001']).toContain(s);
      else expect(Object.is(v, Number(s.trim()))).toBe(true);
    }
    // Random decimals of up to 15 digits.
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let k = 0; k < 20000; k++) {
      const digits = 1 + Math.floor(rnd() * 15);
      let d = '';
      for (let j = 0; j < digits; j++) d += Math.floor(rnd() * 10);
      const point = Math.floor(rnd() * (digits + 1));
      const s = `${rnd() < 0.5 ? '-' : ''}${d.slice(0, point) || '0'}${point < digits ? `.${d.slice(point)}` : ''}`;
      const b = strToU8(s);
      const v = plainDecimal(b, 0, b.length);
      if (!Number.isNaN(v) && !Object.is(v, Number(s))) throw new Error(`${s}: ${v} against ${Number(s)}`);
    }
  });
});
