import { parseHeader, headerRole } from '../../src/mapping/header';
import { cleanText, labelKey, parseBand, splitFootnote } from '../../src/mapping/normalize';
import { defaultLexicon } from '../../src/mapping/synonyms';
import { readLabel, rowRole } from '../../src/mapping/row-roles';
import { sheetView } from '../../src/mapping/sheet-view';
import { sheetFromValues } from '../../src/grid/sheet';
import type { TableKind } from '../../src/model/types';

const lex = defaultLexicon();

type HeaderCase = [text: string | number, kind: TableKind, role: string | undefined, years: number[], date?: string, footnote?: string];

const headers: HeaderCase[] = [
  ['Budget 2024', 'operating', 'budget', [2024]],
  ['Budget\n2024', 'operating', 'budget', [2024]],
  ['Prognos helår 2024', 'operating', 'forecast', [2024]],
  ['Prognos \nhelår \n2024', 'operating', 'forecast', [2024]],
  ['Avv. prognos/ budget 2024', 'operating', 'variance', [2024]],
  ['Avvikelse prognos/b\nudget 2019', 'operating', 'variance', [2019]],
  ['Avvikelse helår', 'investments', 'variance', []],
  ['Delårsbokslut 2024', 'operating', 'actual', [2024]],
  ['Delårs-\nbokslut 2023', 'operating', 'actual', [2023]],
  ['Delårs-bokslut 2024', 'operating', 'actual', [2024]],
  ['Bokslut 2018', 'operating', 'actual', [2018]],
  ['Diff. utfall 2023/2024', 'operating', 'difference', [2023, 2024]],
  ['Differens 2018/2019', 'operating', 'difference', [2018, 2019]],
  ['DIFFERENS  2018-2019', 'sickLeave', 'difference', [2018, 2019]],
  [2024, 'sickLeave', 'current', [2024]],
  ['2023', 'workInjuries', 'current', [2023]],
  ['Utfall 31 aug 2024', 'indicators', 'outcome', [2024], '2024-08-31'],
  ['Utfall\u00A031 aug 20236', 'indicators', 'outcome', [2023], '2023-08-31', '6'],
  ['Utfall 31 \naug 2023', 'indicators', 'outcome', [2023], '2023-08-31'],
  ['Utfall jan-dec 2019', 'indicators', 'outcome', [2019]],
  ['2018 jan -dec', 'indicators', 'outcome', [2018]],
  ['Mål 31 dec 2024', 'indicators', 'target', [2024], '2024-12-31'],
  ['Mål 2019', 'indicators', 'target', [2019]],
  ['Bedömning', 'indicators', 'assessment', []],
  ['Bedöm-\nning', 'internalControl', 'assessment', []],
  ['Bedöm-ning', 'internalControl', 'assessment', []],
  ['Identifierad risk', 'internalControl', 'risk', []],
  ['Vad kontrolleras?', 'internalControl', 'control', []],
  ['Frekvens upp-\nföljning', 'internalControl', 'frequency', []],
  ['Metod', 'internalControl', 'method', []],
  ['Resultat och åtgärder', 'internalControl', 'result', []],
  ['Antal personer', 'staff', 'persons', []],
  ['Antal årsarbetare', 'staff', 'fullTimeEquivalents', []],
  ['Medelålder', 'staff', 'averageAge', []],
  ['Sysselsättningsgrad \n(snitt)', 'staff', 'employmentRate', []],
  ['Avvikelse från bokslut', 'forecastAccuracy', 'deviation', []],
  ['Sjukfrånvaro* (%)', 'sickLeave', 'label', [], undefined, '*'],
  ['Belopp i tkr', 'operating', 'label', []],
  // Not a synonym, but read compositionally: a budget for the full year.
  ['Helårsbudget 2024', 'operating', 'budget', [2024]],
  ['Volym 2024', 'operating', undefined, [2024]],
  // A reporting entity over a year names no scenario: the year's figures, like a bare year.
  ['Kommunen 2019', 'operating', 'actual', [2019]],
  ['Koncernen\n2018', 'operating', 'actual', [2018]],
  ['Sammanställd redovisning 2017', 'operating', 'actual', [2017]],
  ['Kommunen', 'operating', undefined, []],
];

describe('parseHeader and headerRole', () => {
  // Rest parameters: jest would take a sixth declared parameter for its `done` callback.
  test.each(headers)('%j as %s → %s', (...c: HeaderCase) => {
    const [text, kind, role, years, date, footnote] = c;
    const h = parseHeader(text);
    expect(headerRole(kind, h, lex)).toBe(role);
    expect(h.years).toEqual(years);
    expect(h.date).toBe(date);
    expect(h.footnote).toBe(footnote);
  });
});

describe('text normalisation', () => {
  test.each([
    ['Verksamhetens\u00A0  intäkter', 'Verksamhetens intäkter'],
    ['Delårs-\nbokslut', 'Delårsbokslut'],
    ['Avv.\nprognos/\nbudget', 'Avv. prognos/ budget'],
    ['Köp\u2009av\u202Ftjänster ', 'Köp av tjänster'],
    ['30-49 år', '30-49 år'],
  ])('cleanText(%j) = %j', (raw, clean) => expect(cleanText(raw)).toBe(clean));

  test.each([
    ['Antal vuxna biståndsmottagare med långvarigt ekonomiskt bistånd2', 'Antal vuxna biståndsmottagare med långvarigt ekonomiskt bistånd', '2'],
    ['Ej återaktualiserade vuxna personer, andel (%)3', 'Ej återaktualiserade vuxna personer, andel (%)', '3'],
    ['Sjukfrånvaro*', 'Sjukfrånvaro', '*'],
    ['Bokslut 2019', 'Bokslut 2019', undefined],
    ['Tertial 1', 'Tertial 1', undefined],
    ['Dag 15-59', 'Dag 15-59', undefined],
  ] as [string, string, string | undefined][])('splitFootnote(%j)', (...c: [string, string, string | undefined]) => {
    const [raw, text, footnote] = c;
    expect(splitFootnote(raw)).toEqual(footnote ? { text, footnote } : { text });
  });

  it('labelKey ignores case, spacing, punctuation, years and footnotes', () => {
    expect(labelKey('  VERKSAMHETENS  NETTOKOSTNADER*')).toBe(labelKey('Verksamhetens nettokostnader'));
    expect(labelKey('Bokslut 2019')).toBe('bokslut');
  });
});

describe('bands', () => {
  test.each([
    ['Dag 1-14', { from: 1, to: 14 }],
    ['Dag 15-59', { from: 15, to: 59 }],
    ['Dag 59>', { from: 60, to: null }],
    ['1-14 dagar', { from: 1, to: 14 }],
    ['1-59 dagar', { from: 1, to: 59 }],
    ['> 60 dagar', { from: 61, to: null }],
    ['<29 år', { from: 0, to: 28 }],
    ['30-49 år', { from: 30, to: 49 }],
    ['50 år>', { from: 51, to: null }],
    ['50-55 år', { from: 50, to: 55 }],
    ['> 56 år', { from: 57, to: null }],
    ['30\u201349 år', { from: 30, to: 49 }],
    ['Kvinnor', undefined],
  ])('%s', (label, band) => expect(parseBand(label)).toEqual(band));
});

describe('row roles', () => {
  const view = sheetView(
    sheetFromValues('X', [
      ['Verksamhetens intäkter'],
      ['Lokalkostnader'],
      ['Köpta tjänster'],
      ['Kommunbidrag (ram)'],
      ['Finansiella poster'],
      ['Resultat'],
      ['Summa kostnader'],
      ['  varav ekonomiskt bistånd'],
      ['-varav exploatering'],
      ['   Inventarier'],
    ]),
  );
  test.each([
    [1, 'operating', 'revenue', 0],
    [2, 'operating', 'premises', 0],
    [3, 'operating', 'purchasedServices', 0],
    [4, 'operating', 'allocation', 0],
    [5, 'operating', 'financialNet', 0],
    [6, 'operating', 'result', 0],
    [7, 'operating', 'totalCosts', 0],
    [8, 'operating', 'costGroup', 1],
    [9, 'investments', 'item', 1],
    [10, 'investments', 'item', 1],
  ] as [number, TableKind, string | undefined, number][])('row %i as %s → %s (level %i)', (row, kind, role, level) => {
    const info = readLabel(view, row, 1, lex);
    expect(rowRole(kind, info, lex)?.role).toBe(role);
    expect(info.level).toBe(level);
  });

  it('"varav" marks a part of the row above', () => {
    expect(readLabel(view, 9, 1, lex).partOf).toBe(true);
    expect(readLabel(view, 10, 1, lex).partOf).toBe(false);
  });
});
