/**
 * Builds the two sample workbooks in seeds/ from the printed reports of Socialnämnden,
 * Alingsås (delårsrapport per 31 augusti 2024, årsbokslut 2019), laid out the way a controller
 * keeps them: one sheet per section, labels in column A, figures exactly as printed — including
 * the ones that do not add up, since finding those is the product's job.
 *
 * Run: npx ts-node --transpile-only scripts/build-seeds.ts
 * The output is byte-stable: fixed document dates and fixed zip entry dates.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
// jszip is ExcelJS's own zip library; we only use it to pin entry timestamps.
import JSZip from 'jszip';
import { PARAGRAPHS_2019, PARAGRAPHS_2024 } from './seed-paragraphs';

const FIXED_DATE_2024 = new Date(Date.UTC(2024, 8, 16, 8, 0, 0));
const FIXED_DATE_2019 = new Date(Date.UTC(2020, 1, 10, 8, 0, 0));
const HEADER_FILL = 'DDEBF7';
const MONEY = '#,##0';
const RATE = '0.0';

type V = string | number | Date | null;

interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  indent?: number;
  numFmt?: string;
  fill?: string;
  wrap?: boolean;
  size?: number;
  vertical?: 'top' | 'middle';
}

function put(ws: ExcelJS.Worksheet, row: number, col: number, value: V, style: CellStyle = {}): ExcelJS.Cell {
  const cell = ws.getCell(row, col);
  // Strings go in as plain values: ExcelJS writes them as shared strings, so "-" or "-varav …"
  // never becomes a formula.
  if (value !== null && value !== '') cell.value = value;
  if (style.bold || style.italic || style.size) {
    cell.font = { bold: style.bold || undefined, italic: style.italic || undefined, size: style.size };
  }
  if (style.numFmt) cell.numFmt = style.numFmt;
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill}` } };
  if (style.indent || style.wrap || style.vertical) {
    cell.alignment = {
      indent: style.indent || undefined,
      wrapText: style.wrap || undefined,
      vertical: style.vertical,
    };
  }
  return cell;
}

/** One table row: label in column A, values from column B on. */
function putRow(ws: ExcelJS.Worksheet, row: number, label: V, values: V[], style: CellStyle = {}, labelStyle: CellStyle = {}): void {
  put(ws, row, 1, label, { bold: style.bold, ...labelStyle });
  values.forEach((v, i) => {
    put(ws, row, i + 2, v, { bold: style.bold, numFmt: typeof v === 'number' ? style.numFmt : undefined, wrap: style.wrap });
  });
}

function headerRow(ws: ExcelJS.Worksheet, row: number, headers: V[], startCol = 1): void {
  headers.forEach((h, i) => put(ws, row, startCol + i, h, { bold: true, wrap: true, fill: HEADER_FILL, vertical: 'top' }));
}

function titleRows(ws: ExcelJS.Worksheet, title: string, subtitle?: string): void {
  put(ws, 1, 1, title, { bold: true, size: 14 });
  if (subtitle) put(ws, 2, 1, subtitle, { italic: true });
}

function widths(ws: ExcelJS.Worksheet, w: number[]): void {
  w.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
}

function infoSheet(wb: ExcelJS.Workbook, title: string, rows: [string, V, string?][]): void {
  const ws = wb.addWorksheet('Info');
  titleRows(ws, title);
  rows.forEach(([k, v, fmt], i) => {
    put(ws, i + 3, 1, k, { bold: true });
    put(ws, i + 3, 2, v, { numFmt: fmt });
  });
  widths(ws, [18, 46]);
}

function commentsSheet(wb: ExcelJS.Workbook, title: string, paragraphs: [string, string][]): void {
  const ws = wb.addWorksheet('Kommentarer');
  titleRows(ws, title, 'Textavsnitt ur rapporten som citerar siffror');
  headerRow(ws, 3, ['Avsnitt', 'Text']);
  paragraphs.forEach(([section, text], i) => {
    put(ws, 4 + i, 1, section, { vertical: 'top' });
    put(ws, 4 + i, 2, text, { wrap: true, vertical: 'top' });
  });
  widths(ws, [26, 110]);
}

/** Write the workbook with every zip entry dated FIXED so re-runs give identical bytes. */
async function save(wb: ExcelJS.Workbook, file: string, date: Date): Promise<void> {
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  const src = await JSZip.loadAsync(raw);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n].dir);
  for (const name of names) {
    out.file(name, await src.files[name].async('nodebuffer'), { date, createFolders: false });
  }
  const buf = await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  fs.writeFileSync(file, buf);
}

function newWorkbook(date: Date): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Socialförvaltningen, Alingsås kommun';
  wb.lastModifiedBy = 'Socialförvaltningen, Alingsås kommun';
  wb.created = date;
  wb.modified = date;
  wb.calcProperties.fullCalcOnLoad = false;
  return wb;
}

// ====================================================================== Delårsrapport 2024

const TITLE_2024 = 'Socialnämnden – Delårsbokslut per 31 augusti 2024';

function drift2024(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Drift');
  titleRows(ws, TITLE_2024);
  put(ws, 2, 1, 'Belopp i tkr', { italic: true });
  // Two header rows as many controllers keep them: the caption above, the year below.
  headerRow(ws, 3, ['', 'Budget', 'Prognos helår', 'Avv. prognos/ budget', 'Delårsbokslut', 'Delårsbokslut', 'Diff. utfall']);
  headerRow(ws, 4, ['', 2024, 2024, 2024, 2024, 2023, '2023/2024']);
  const m = { numFmt: MONEY };
  const t = { numFmt: MONEY, bold: true };
  putRow(ws, 5, 'Verksamhetens intäkter', [31417, 31417, 0, 20995, 11646, 9349], m);
  putRow(ws, 7, 'Personalkostnader', [-158695, -155695, 3000, -100092, -82243, -17849], m);
  putRow(ws, 8, 'Lokalhyror', [-17416, -17416, 0, -11845, -7893, -3952], m);
  putRow(ws, 9, 'Köp av tjänster', [-62376, -68376, -6000, -52021, -45195, -6826], m);
  putRow(ws, 10, 'Övriga kostnader', [-38013, -40013, -2000, -27036, -22366, -4670], m);
  // -32 296 as printed (the arithmetic gives -33 296).
  putRow(ws, 12, 'Verksamhetens kostnader', [-276500, -281500, -5000, -190994, -157698, -32296], t);
  putRow(ws, 13, 'Verksamhetens nettokostnader', [-245082, -250082, -5000, -169998, -146052, -23946], t);
  putRow(ws, 14, 'Kommunbidrag', [245082, 245082, 0, 163388, 149365, 14023], m);
  putRow(ws, 15, 'Finansnetto', [0, 0, 0, -2, -6, 4], m);
  putRow(ws, 16, 'Årets resultat', [0, -5000, -5000, -6612, 3307, -9919], t);
  widths(ws, [32, 13, 13, 13, 14, 14, 13]);
}

function investeringar2024(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Investeringar');
  titleRows(ws, TITLE_2024, 'Investeringar');
  headerRow(ws, 3, [
    'Belopp i tkr',
    'Budget 2024',
    'Prognos helår 2024',
    'Avv. prognos/ budget 2024',
    'Delårsbokslut 2024',
    'Delårsbokslut 2023',
    'Diff. utfall 2023/2024',
  ]);
  const cat = { numFmt: MONEY, bold: true };
  const item = { numFmt: MONEY };
  const sub = { indent: 1 };
  putRow(ws, 4, 'Expansionsinvestering', [0, 0, 0, 0, 0, 0], cat);
  putRow(ws, 5, '-', [0, 0, 0, 0, 0, 0], item, sub);
  putRow(ws, 7, 'Imageinvestering', [0, 0, 0, 0, 0, 0], cat);
  putRow(ws, 8, '-', [0, 0, 0, 0, 0, 0], item, sub);
  putRow(ws, 10, 'Reinvestering', [750, 750, 0, 398, 372, 26], cat);
  putRow(ws, 11, 'Inventarier', [400, 400, 0, 308, 213, 95], item, sub);
  putRow(ws, 12, 'IT-utrustning', [300, 300, 0, 90, 159, -69], item, sub);
  putRow(ws, 13, 'Transportmedel', [50, 50, 0, 0, 0, 0], item, sub);
  putRow(ws, 15, 'Anpassningsinvestering', [750, 100, 650, 55, 0, 55], cat);
  putRow(ws, 16, 'Lokalanpassning i annans fastighet', [750, 100, 650, 55, 0, 55], item, sub);
  putRow(ws, 18, 'Totala utgifter', [1500, 850, 650, 453, 372, 81], cat);
  widths(ws, [34, 12, 12, 13, 14, 14, 13]);
}

function mal2024(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Mål och nyckeltal');
  titleRows(ws, TITLE_2024, 'Mål och nyckeltal');
  headerRow(ws, 3, [
    'Kommunfullmäktiges mål',
    'Nämndens mål',
    'Nyckeltal',
    'Mål 31 dec 2024',
    'Utfall 31 aug 2024',
    'Utfall 31 aug 2023',
    'Bedömning',
    'Fotnot/källa',
  ]);
  const kf1 = '1. Alingsås växer genom att stärka och uppmuntra arbetsliv, näringsliv och föreningsliv';
  const kf2 = '2. I Alingsås finns goda livsmiljöer genom en långsiktig ekologisk, social och ekonomisk hållbar utveckling';
  const kf3 = '3. Alingsåsarna har inflytande, får god service och ett gott bemötande från kommunen';
  const lifecare = 'Uppgift från verksamhetssystemet Lifecare';
  const enkat = 'Anonymiserade svar från enkät som skickas ut till individer vars insatser avslutats';
  // [row, kf, goal, indicator, target, outcome, previous, footnote]
  const rows: [number, string | null, string | null, string, V, V, V, string][] = [
    [4, `${kf1}\n${kf2}`, 'Alingsåsare ska vara självförsörjande i högre utsträckning',
      'Antal vuxna biståndsmottagare med långvarigt ekonomiskt bistånd', '<166', 190, 166,
      'Personer som uppburit ekonomiskt bistånd 10 eller fler månader under året, uppgift från verksamhetssystemet Lifecare'],
    [5, null, null,
      'Ej återaktualiserade vuxna personer med försörjningsstöd ett år efter avslutat försörjningsstöd, andel (%)', 75, 87, 70,
      'Kolada (U31462)'],
    [6, kf2, 'Våldet i nära relationer ska minska',
      'Antal våldsutövare som får stöd, antal (#)', '>20', 8, 14, lifecare],
    [7, null, 'Alingsåsare ska erbjudas riktat förebyggande insatser för att minska riskbruk och beroendeproblematik',
      'Aktualiserade personer avseende beroendeproblematik, antal (#)', '<315', 298, 263, lifecare],
    [8, kf3, 'Alingsåsaren ska ha inflytande över sina insatser och få gott bemötande från socialtjänsten',
      'Upplevt inflytande, andel positiva svar (%)', '>60', 66, '-',
      `${enkat}. Utfall 31 aug 2023: Nytt mätetal för 2024, historiskt utfall ej tillgängligt`],
    [9, null, null,
      'Upplevt bemötande, andel positiva svar (%)', '>75', 77, '-',
      `${enkat}. Utfall 31 aug 2023: Nytt mätetal för 2024, historiskt utfall ej tillgängligt`],
  ];
  const top = { wrap: true, vertical: 'top' as const };
  for (const [r, kf, goal, name, target, outcome, prev, note] of rows) {
    put(ws, r, 1, kf, top);
    put(ws, r, 2, goal, top);
    put(ws, r, 3, name, top);
    put(ws, r, 4, target, top);
    put(ws, r, 5, outcome, top);
    put(ws, r, 6, prev, top);
    put(ws, r, 7, null, top);
    put(ws, r, 8, note, top);
  }
  ws.mergeCells('A4:A5');
  ws.mergeCells('B4:B5');
  ws.mergeCells('A6:A7');
  ws.mergeCells('A8:A9');
  ws.mergeCells('B8:B9');
  ws.getCell('G3').note =
    'Bedömningen görs med signalfärger (Ej uppfyllt, Delvis uppfyllt, I hög grad uppfyllt, Helt uppfyllt). ' +
    'Färgerna gick förlorade när rapporten togs ur PDF, därför är kolumnen tom.';
  widths(ws, [36, 34, 48, 12, 12, 12, 14, 48]);
}

function internkontroll2024(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Internkontroll');
  titleRows(ws, TITLE_2024, 'Uppföljning av internkontroll vid delårsbokslut 2024');
  headerRow(ws, 3, ['Identifierad risk', 'Vad kontrolleras?', 'Frekvens uppföljning', 'Metod', 'Bedömning', 'Resultat och åtgärder']);
  const points: [number, string | null, string, string, string, string, string][] = [
    [4, 'Att försörjningsstödskostnaderna ökar', 'Att arbetsmarknadsinsatser verkställs skyndsamt', 'Del- och årsbokslut',
      'Statistikavläsning', 'Utan anmärkning',
      'Ambitionen är att insatser ska verkställas inom två veckor från beviljande. Per 31 augusti har insatser vid sju tillfällen av 215 inskrivningar inte kunnat verkställas inom två veckor. Utifrån volymen verkställda insatser samt att insatserna kunnat verkställas kort efter brytpunkten bedöms avvikelsen vara försumbar.'],
    [5, 'Bristande likabehandling', 'Att obehöriga personer ej går in i ärenden', 'Del- och årsbokslut', 'Stickprov',
      'Utan anmärkning',
      'Under året har loggkontroll för medarbetare genomförts månadsvis av systemförvaltare. Kontrollen har baserats på en vecka per månad där 15 handläggare slumpmässigt har valts ut. Loggarna har sedan lämnats till ansvarig enhetschef som undersökt om dennes medarbetare har varit behöriga att gå in i de ärenden som loggarna visar, det vill säga att medarbetaren endast varit inne i de journaler och utredningar avseende enskilda som medarbetaren arbetar med. Per augusti har 105 kontroller gjorts, samtliga har varit utan anmärkning.'],
    [6, null, 'Att vi har en rättssäker handläggning inom vuxenområdet', 'Del- och årsbokslut', 'Granskning av handläggning',
      'Med anmärkning',
      'Granskningen har genomförts av förvaltningens rättshandläggare vid ett tillfälle under våren, vilken utgår från Socialstyrelsens föreskrifter och allmänna råd om handläggning och dokumentation i socialtjänsten (SOSFS 2014:5).\n' +
      '15 april granskades 28 utredningar fördelade på 15 socialsekreterare, varav 16 var utan anmärkning. De flesta anmärkningarna beror på brist av dokumentation av beslut vid avskrivna ärenden och bristande motivering av beslut följt av dokumentation av kommunicering av beslutsunderlag och underrättelse av beslut samt brist av dokumentation av handläggningsåtgärder.\n' +
      'För att komma till rätta med bristerna planeras en handläggarskola genomföras under hösten med inriktning på de identifierade bristerna.\n' +
      'Ytterligare en granskning kommer genomföras inför årsbokslutet.'],
    [7, 'Att vi använder externa utförare där kriminella element finns bland anställda', 'Kontroll av tillstånd från IVO',
      'Del- och årsbokslut', 'Stickprov', 'Utan anmärkning',
      'I samtliga fall direktupphandling gjorts av tillståndspliktig verksamhet har tillstånd kontrollerats och i samtliga fall har tillstånden varit giltiga. I samtliga fall avrop har gjorts på ramavtalsupphandlad, tillståndspliktig verksamhet har Adda kontrollerat tillstånd, även i dessa fall har de varit giltiga.'],
  ];
  const top = { wrap: true, vertical: 'top' as const };
  for (const [r, risk, what, freq, method, assessment, result] of points) {
    put(ws, r, 1, risk, top);
    put(ws, r, 2, what, top);
    put(ws, r, 3, freq, top);
    put(ws, r, 4, method, top);
    put(ws, r, 5, assessment, top);
    put(ws, r, 6, result, top);
  }
  // The third control point has no risk text of its own in the report: it shares the second's.
  ws.mergeCells('A5:A6');
  ws.getCell('E3').note =
    'Bedömningarna är härledda: signalfärgerna gick förlorade i PDF-texten. Rapporten säger att tre av totalt fyra ' +
    'kontrollpunkter genomförts utan anmärkning eller med försumbar anmärkning, och granskningen i punkt 3 fann ' +
    '12 av 28 utredningar med anmärkning (16 var utan anmärkning).';
  widths(ws, [28, 30, 14, 18, 16, 90]);
}

function sjukfranvaro2024(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Sjukfrånvaro');
  titleRows(ws, TITLE_2024, 'Sjukfrånvaro');
  headerRow(ws, 3, ['Sjukfrånvaro* (%)', 2024, 2023, 'Differens']);
  const f = { numFmt: RATE };
  putRow(ws, 4, 'Total sjukfrånvaro', [6.6, 7.9, -1.3], { numFmt: RATE, bold: true });
  putRow(ws, 5, 'Kvinnor', [5.8, 8.5, -2.7], f);
  putRow(ws, 6, 'Män', [9.6, 5.6, 4.0], f);
  putRow(ws, 8, '<29 år', [2.4, 1.5, 0.9], f);
  putRow(ws, 9, '30-49 år', [8.1, 9.3, -1.2], f);
  // -2,5 and -1,1 as printed (differences of rounded rates).
  putRow(ws, 10, '50 år>', [5.2, 7.6, -2.5], f);
  putRow(ws, 12, 'Dag 1-14', [2.3, 2.0, 0.3], f);
  putRow(ws, 13, 'Dag 15-59', [0.6, 1.0, -0.4], f);
  putRow(ws, 14, 'Dag 59>', [3.7, 4.9, -1.1], f);
  put(ws, 15, 1, '*Avser perioden 1 januari - 31 juli', { italic: true });
  widths(ws, [24, 10, 10, 11]);
}

async function build2024(file: string): Promise<void> {
  const wb = newWorkbook(FIXED_DATE_2024);
  infoSheet(wb, TITLE_2024, [
    ['Nämnd', 'Socialnämnden'],
    ['Kommun', 'Alingsås kommun'],
    ['Rapport', 'Delårsbokslut'],
    ['Period', '2024-01-01 – 2024-08-31'],
    ['Bokslutsdatum', new Date(Date.UTC(2024, 7, 31)), 'yyyy-mm-dd'],
    ['Belopp', 'tkr'],
  ]);
  drift2024(wb);
  investeringar2024(wb);
  mal2024(wb);
  internkontroll2024(wb);
  sjukfranvaro2024(wb);
  commentsSheet(wb, TITLE_2024, PARAGRAPHS_2024);
  await save(wb, file, FIXED_DATE_2024);
}

// ====================================================================== Årsbokslut 2019

const TITLE_2019 = 'Socialnämnden – Årsbokslut 2019';

function drift2019(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Drift');
  titleRows(ws, TITLE_2019, 'Drift');
  headerRow(ws, 3, ['Belopp i tkr', 'Budget 2019', 'Bokslut 2019', 'Avvikelse prognos/budget 2019', 'Bokslut 2018', 'Differens 2018/2019']);
  const m = { numFmt: MONEY };
  const t = { numFmt: MONEY, bold: true };
  putRow(ws, 4, 'Verksamhetens intäkter', [41560, 52897, 11337, 48833, 4063], m);
  putRow(ws, 6, 'Personalkostnader', [-145819, -152397, -6577, -159848, 7452], m);
  putRow(ws, 7, 'Lokalhyror', [-15120, -15459, -339, -17504, 2045], m);
  putRow(ws, 8, 'Köp av tjänster', [-59211, -73655, -14444, -72174, -1482], m);
  putRow(ws, 9, 'Övriga kostnader', [-25313, -29600, -4287, -27567, -2033], m);
  putRow(ws, 11, 'Verksamhetens kostnader', [-245463, -271111, -25648, -277093, 5982], t);
  putRow(ws, 13, 'Verksamhetens nettokostnader', [-203903, -218214, -14311, -228259, 10045], t);
  putRow(ws, 15, 'Kommunbidrag', [203903, 203903, 0, 222209, -18306], m);
  putRow(ws, 17, 'Årets resultat', [0, -14311, -14311, -6050, -8261], t);
  widths(ws, [32, 13, 13, 16, 13, 14]);
}

function investeringar2019(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Investeringar');
  titleRows(ws, TITLE_2019, 'Investeringar');
  headerRow(ws, 3, ['Tkr', 'Budget 2019', 'Bokslut 2019', 'Avvikelse helår', 'Bokslut 2018', 'Differens 2018/2019']);
  const cat = { numFmt: MONEY, bold: true };
  const item = { numFmt: MONEY };
  // Category rows print only two figures ("0 0"): budget and outcome; the rest stay empty.
  putRow(ws, 4, 'Expansionsinvestering', [0, 0], cat);
  putRow(ws, 5, 'Investering X', [0, 0], item, { indent: 1 });
  putRow(ws, 6, '-varav exploatering', [0, 0], item, { indent: 1 });
  putRow(ws, 7, 'Exploatering X', [0, 0], item, { indent: 2 });
  putRow(ws, 8, 'Imageinvestering', [0, 0], cat);
  putRow(ws, 9, 'Investering X', [0, 0], item, { indent: 1 });
  // 0 / 0 as printed although its sub-row holds 1 450 / 963.
  putRow(ws, 10, 'Reinvestering', [0, 0], cat);
  putRow(ws, 11, 'Investering X', [1450, 963, 487, 1637, -674], item, { indent: 1 });
  putRow(ws, 12, 'Anpassningsinvestering', [0, 0], cat);
  putRow(ws, 13, 'Investering X', [0, 0], item, { indent: 1 });
  putRow(ws, 14, 'Totalt utgifter', [1450, 963, 487, 1637, -674], cat);
  widths(ws, [28, 12, 12, 12, 12, 14]);
}

function mal2019(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Mål och nyckeltal');
  titleRows(ws, TITLE_2019, 'Åtaganden och nyckeltal');
  headerRow(ws, 3, [
    'Prioriterat mål',
    'Indikator',
    'Nämndens åtagande',
    'Bedömning åtagande',
    'Nyckeltal',
    'Utfall 2019',
    'Mål 2019',
    'Utfall 2018',
    'Bedömning',
    'Kommentar',
  ]);
  // [goal, indicator, commitment, commitment assessment, key figure, outcome, target, 2018, assessment, comment]
  const rows: [string, string, string, string, string, V, V, V, string, string | null][] = [
    ['1. I Alingsås är det tryggt, säkert och välkomnande',
      '1.1 Medborgarnas upplevelse av hur tryggt det är i kommunen ska förbättras',
      'Att vidta förebyggande åtgärder vad gäller våld i nära relationer och hedersrelaterat våld', 'Helt uppfyllt',
      'Genomförd informationskampanj kring våld i nära relationer och hedersrelaterat våld', 2, 1, null, 'Värde uppnått', null],
    ['2. I Alingsås finns goda möjligheter till arbete och företagande',
      '2.1 Medborgarnas upplevelse av arbetsmöjligheterna i kommunen ska förbättras',
      'Att fortsätta arbeta aktivt med kompetensförsörjningen', 'Helt uppfyllt',
      'Upprättad kompetensförsörjningsstrategi', 1, 1, null, 'Värde uppnått', null],
    ['3. I Alingsås finns det attraktiva boendemöjligheter',
      '3.1 Medborgarnas nöjdhet med bostadssituationen i kommunen ska förbättras',
      'Att arbeta för att svagare grupper inkluderas på bostadsmarknaden', 'Helt uppfyllt',
      'Utökat antal tillfälliga boendeplatser', 6, 6, null, 'Värde uppnått', null],
    ['4. I Alingsås råder god ekonomisk hushållning grundad på effektiv resursanvändning',
      '4.4 Avvikelsen mellan redovisade nettokostnader och referenskostnader ska minska',
      'Att vidta åtgärder för att minska kostnaderna för köpt vård', 'Ej uppfyllt',
      'Kostnad för köpt vård', '40 711 tkr', 'Se kommentar', '38 707 tkr', 'Ej acceptabelt värde',
      'Utfall jan-dec 2019: 40 711 tkr (varav 19 372 tkr barn och unga och 21 339 tkr vuxna). ' +
      '2018 jan-dec: 38 707 tkr (varav 16 343 tkr barn och unga och 22 364 tkr vuxna). ' +
      'Kommentar: Målet är att kostnaderna för köpt vård 2019 (exklusive våld i nära relation och ensamkommande barn och unga) ska vara lägre än för samma period föregående år.'],
    ['5. I Alingsås bygger välfärden på god service, hög kvalitet och tillgänglighet',
      '5.3 Nöjd-medarbetar-index ska höjas\n5.4 Sjukfrånvaron i kommunen ska minska',
      'Att verka för en god och hållbar arbetsmiljö genom att vidareutveckla ett tydligt och tillitsbaserat ledarskap', 'Helt uppfyllt',
      'Andel av förvaltningens medarbetare som har medarbetaröverenskommelser', '100 %', '100 %', null, 'Värde uppnått', null],
    ['6. I Alingsås finns det valfrihet och självbestämmande',
      '6.3 Medborgarnas bedömning av möjligheter till inflytande i kommunen ska öka',
      'Att i högre utsträckning använda sig av medborgardialog', 'Ej uppfyllt',
      'Antal genomförda centrala brukarråd', 6, 8, null, 'Nära värde', null],
    ['8. I Alingsås ger utbildning kunskaper för en dynamisk framtid',
      '8.3 Andelen elever i åk 9 behöriga till gymnasieskolan ska öka',
      'Att säkerställa en god skolutveckling hos alla placerade barn för att motverka psykisk ohälsa på sikt', 'Helt uppfyllt',
      'Andel överväganden/ omprövningar som innehåller uppföljning av skolutveckling', '100 %', '100 %', null, 'Värde uppnått', null],
  ];
  const top = { wrap: true, vertical: 'top' as const };
  rows.forEach((values, i) => {
    values.forEach((v, j) => put(ws, 4 + i, j + 1, v, top));
  });
  widths(ws, [34, 34, 38, 14, 36, 12, 12, 12, 16, 60]);
}

function personal2019(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Personal');
  titleRows(ws, TITLE_2019, 'Personalsammansättning');
  headerRow(ws, 3, ['Månadsavlönad', 'Antal personer', 'Antal anställningar', 'Antal årsarbetare', 'Medelålder', 'Sysselsättningsgrad (snitt)']);
  const staff: [string, number, number, number, number, number][] = [
    ['AID-struktur', 231, 235, 227.1, 46.0, 0.97],
    ['Administration', 38, 38, 37.5, 51.2, 0.99],
    ['Socialt och kurativt arbete', 192, 196, 188.6, 45.1, 0.96],
    ['Vård- och omsorgsarbete m m', 1, 1, 1.0, 37.0, 1.0],
  ];
  staff.forEach(([label, persons, employments, fte, age, rate], i) => {
    const r = 4 + i;
    const bold = i === 0;
    put(ws, r, 1, label, { bold, indent: i === 0 ? undefined : 1 });
    put(ws, r, 2, persons, { bold, numFmt: '0' });
    put(ws, r, 3, employments, { bold, numFmt: '0' });
    put(ws, r, 4, fte, { bold, numFmt: RATE });
    put(ws, r, 5, age, { bold, numFmt: RATE });
    put(ws, r, 6, rate, { bold, numFmt: '0%' });
  });

  // Second table on the same sheet.
  put(ws, 10, 1, 'Arbetsskador och tillbud', { bold: true, size: 12 });
  put(ws, 11, 1, 'Tabell, antal anmälda tillbud och arbetsskador', { italic: true });
  headerRow(ws, 12, ['Typ', 2018, 2019, 'Differens 2018-2019']);
  // Differences as printed, sign included ("+6"): text, as the report writes them.
  putRow(ws, 13, 'Tillbud', [89, 63, '-26']);
  putRow(ws, 14, 'Arbetsskador', [7, 13, '+6']);
  widths(ws, [30, 12, 13, 13, 12, 16]);
}

function sjukfranvaro2019(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Sjukfrånvaro');
  titleRows(ws, TITLE_2019, 'Tabell, sjukfrånvaro i %');
  headerRow(ws, 3, ['', 2018, 2019, 'Differens 2018-2019']);
  const rows: [string, number, number, string][] = [
    ['1-14 dagar', 2.2, 2.3, '+0,1'],
    ['1-59 dagar', 3.4, 3.4, '+-0'],
    ['> 60 dagar', 5.5, 4.0, '-1,5'],
    ['<29 år', 2.4, 3.7, '+1,3'],
    ['30-39 år', 11.6, 9.7, '-1,9'],
    ['40-49 år', 6.5, 5.8, '-0,7'],
    ['50-55 år', 7.0, 7.2, '+0,2'],
    ['> 56 år', 12.7, 8.5, '-4,2'],
    ['Kvinnor', 10.0, 8.8, '-1,2'],
    ['Män', 5.9, 3.0, '-2,9'],
    ['Totalt', 8.9, 7.4, '-1,5'],
  ];
  rows.forEach(([label, y2018, y2019, diff], i) => {
    const bold = label === 'Totalt';
    put(ws, 4 + i, 1, label, { bold });
    put(ws, 4 + i, 2, y2018, { bold, numFmt: RATE });
    put(ws, 4 + i, 3, y2019, { bold, numFmt: RATE });
    // The report writes the differences with explicit signs ("+0,1", "+-0"): kept as text.
    put(ws, 4 + i, 4, diff, { bold });
  });
  put(ws, 16, 1, 'Redovisningen omfattar månadsavlönad personal.', { italic: true });
  widths(ws, [20, 10, 10, 18]);
}

function prognossakerhet2019(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Prognossäkerhet');
  titleRows(ws, TITLE_2019, 'Prognossäkerhet');
  headerRow(ws, 3, ['Månad', 'Prognos', 'Avvikelse från bokslut']);
  const m = { numFmt: MONEY };
  putRow(ws, 4, 'Delårsbokslut', [-14720, -409], m);
  putRow(ws, 5, 'Vårbokslut', [-6902, 7409], m);
  putRow(ws, 7, 'Bokslut 2019', [-14311], { numFmt: MONEY, bold: true });
  widths(ws, [20, 12, 20]);
}

async function build2019(file: string): Promise<void> {
  const wb = newWorkbook(FIXED_DATE_2019);
  infoSheet(wb, TITLE_2019, [
    ['Nämnd', 'Socialnämnden'],
    ['Kommun', 'Alingsås kommun'],
    ['Rapport', 'Årsbokslut'],
    ['Period', '2019-01-01 – 2019-12-31'],
    ['Bokslutsdatum', new Date(Date.UTC(2019, 11, 31)), 'yyyy-mm-dd'],
    ['Belopp', 'tkr'],
  ]);
  drift2019(wb);
  investeringar2019(wb);
  mal2019(wb);
  personal2019(wb);
  sjukfranvaro2019(wb);
  prognossakerhet2019(wb);
  commentsSheet(wb, TITLE_2019, PARAGRAPHS_2019);
  await save(wb, file, FIXED_DATE_2019);
}

// ====================================================================== main

async function main(): Promise<void> {
  const dir = path.resolve(__dirname, '..', 'seeds');
  fs.mkdirSync(dir, { recursive: true });
  await build2024(path.join(dir, 'delarsrapport-2024.xlsx'));
  await build2019(path.join(dir, 'arsbokslut-2019.xlsx'));
  console.log(`Skrev ${path.join(dir, 'delarsrapport-2024.xlsx')} och ${path.join(dir, 'arsbokslut-2019.xlsx')}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
