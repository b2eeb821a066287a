import { RuleTester } from '../rule-tester';
import rule from './quoted-figures';
import { printed2024 } from '../../../test/rules/fixtures/printed-2024';
import { printed2019 } from '../../../test/rules/fixtures/printed-2019';
import { narrativeTable } from '../../../test/rules/support/build';
import type { ReportModel } from '../../model/types';
import type { WorkbookGrid } from '../../grid/types';
import { buildModel, mapWorkbook } from '../../mapping';
import { buildSheet } from '../../../test/boards/build';
import { MALMO_2015_SENTENCE, table as malmo2014 } from '../../../test/boards/malmo-stad-sjukfranvaro-2014';

/** The printed tables with only these paragraphs as text (Kommentarer!B2, B3, …). */
function withText(base: () => { model: ReportModel }, ...paragraphs: [section: string, text: string][]): ReportModel {
  const { model } = base();
  const text = narrativeTable('Kommentarer', paragraphs.map(([section, t]) => ({ section, text: t })));
  return { ...model, tables: [...model.tables.filter((t) => t.kind !== 'narrative'), text] };
}

/** Malmö's 2014 sick-leave table (2014 … 2010) and one sentence on a sheet of its own (Kommentarer 2015!B2). */
function malmo(sentence: string): { model: ReportModel; workbook: WorkbookGrid } {
  const b = buildSheet(malmo2014);
  const workbook: WorkbookGrid = {
    sheets: [...b.workbook.sheets, { name: 'Kommentarer 2015', merges: [], rows: [[{ address: 'A1', row: 1, col: 1, value: 'Sjukfrånvaro', bold: true }], [undefined, { address: 'B2', row: 2, col: 2, value: sentence }]] }],
  };
  return { model: buildModel(workbook, mapWorkbook(workbook)).model, workbook };
}

new RuleTester().run(rule, {
  valid: [
    { name: 'result for the period and for the year', model: withText(printed2024, ['Drift', 'Socialnämndens resultat för bokslutsperioden uppgår till -6,6 mnkr vilket är ett sämre utfall än vad som kunnat förväntas utifrån tidigare prognoser. Det prognosticerade resultatet för året uppgår till -5,0 mnkr och inbegriper att externa placeringar kommer minska.']) },
    { name: 'variance in mnkr and percent of budget', model: withText(printed2024, ['Drift', 'Prognosen för personalkostnader är en positiv avvikelse om 3,0 mnkr eller 2 procent av budgeterade kostnader.']) },
    { name: '"kontogruppen" is the paragraph’s cost group', model: withText(printed2024, ['Drift', 'Övriga kostnader, vilket till knappt 80 procent utgörs av ekonomiskt bistånd har under perioden en negativ avvikelse. Prognosticerad avvikelse för hela kontogruppen uppgår till -2,0 mnkr eller 5 procent av budget.']) },
    { name: 'year-on-year change in percent, with drygt', model: withText(printed2024, ['Jämförelse mellan åren', 'Nettokostnadsutvecklingen per 31 augusti 2024 uppgår till 16 procent jämfört med motsvarande period föregående år samtidigt som kommunbidraget har ökat med drygt 9 procent.']) },
    { name: 'a full-year 2023 result is not in an interim table: not judged', model: withText(printed2024, ['Jämförelse mellan åren', '2023 karaktäriserades av ett högt kostnadsläge under första halvåret. Resultatet för året stannade på 0,1 mnkr.']) },
    { name: 'a finished year in an interim report, its year lost at a page break: not judged', model: withText(printed2024, ['Jämförelse mellan åren', 'Resultatet för året stannade på 0,1 mnkr.']) },
    { name: 'investments: knappt, share of budget, difference', model: withText(printed2024, ['Investeringar', 'Utfallet per augusti uppgår till 0,5 mnkr vilket motsvarar 30 procent av budgeten för året.'], ['Investeringar', 'Prognosen för året uppgår till knappt 0,9 mnkr vilket understiger investeringsutrymmet med knappt 0,7 mnkr utifrån ändrade förutsättningar och planer.'], ['Investeringar', 'Skillnaden i utfallet mellan 2023 och 2024 uppgår endast till knappt 0,1 mnkr.']) },
    { name: 'the budget named in the sentence picks the budget column', model: withText(printed2024, ['Drift', 'Budgeten för personalkostnader uppgår till 158,7 mnkr.']) },
    { name: '"investeringarna" follow the sentence’s timing', model: withText(printed2024, ['Investeringar', 'Investeringarna per augusti uppgår till 0,5 mnkr.'], ['Investeringar', 'Investeringarna för helåret beräknas uppgå till 0,9 mnkr.']) },
    { name: 'figures that are not in any table', model: withText(printed2024, ['Personal', 'Svarsfrekvensen är runt 80 procent och resultatet är fortsatt gott.'], ['Verksamhet', 'På avdelning unga är kostnaden för köpt vård 25 procent högre än motsvarande period föregående år.']) },
    { name: '2019: deficit in tkr, revenue variance, personnel variance', model: withText(printed2019, ['Drift', 'Socialnämndens bokslut för 2019 innebär ett underskott om 14 311 tkr vilket är något bättre än det resultat som prognosticerats.'], ['Drift', 'Detta tillsammans med högre statsbidragsintäkter, varav ca 4,0 mnkr avser tidigare år, gör att intäkterna totalt överstiger budget med 11,3 mnkr.'], ['Drift', 'Vad gäller personalkostnader avviker prognosen i förhållande till budget med 6,6 mnkr.']) },
    { name: '2019: compound and qualified subjects are not judged', model: withText(printed2019, ['Drift', 'Personalkostnader samt kostnader för inhyrd personal och konsulter överstiger budget med totalt 8,9 mnkr.'], ['Jämförelse med bokslut 2018', 'Inom posten övriga kostnader har kostnader avseende försörjningsstöd ökat med 3,6 mnkr.'], ['Drift', 'I budgeten 2019 har kommunfullmäktige beslutat om ett tillfälligt kommunbidrag på 8,0 mnkr för EKB-verksamheten.']) },
    { name: '2019: the result fell against 2018 (−14 311 against −6 050 tkr)', model: withText(printed2019, ['Jämförelse med bokslut 2018', 'Resultatet har minskat med 8,3 mnkr jämfört med 2018.']) },
    { name: '2019: sick leave this year and last year', model: withText(printed2019, ['Sjukfrånvaro', 'Trots omställningen, stannar den totala sjukfrånvaron under 2019 på 7,4% vilket är en minskning från 2018 då den totala sjukfrånvaron låg på 8,9 %.']) },
    { name: 'a change dated 2026 is not the 2024 table’s change (9,4 %)', model: withText(printed2024, ['Jämförelse mellan åren', 'Under 2026 har kommunbidraget ökat med drygt 19 procent.']) },
    { name: 'Malmö: 2015 in no column, 6,85 − 6,12 = 0,73 from the sentence’s own 2015 rate (never 2014 − 2013 = 0,45)', ...malmo(MALMO_2015_SENTENCE.replace('0,57', '0,73')) },
    { name: 'Malmö: a 2015 change against 2013 is not judged (the table’s 2014 − 2013 is another year’s)', ...malmo('Sjukfrånvaron 2015 motsvarade 6,85 %, vilket var en ökning motsvarande 0,57 procentenheter i förhållande till 2013.') },
    { name: 'Malmö: a 2015 change without the 2015 rate in the sentence is not judged', ...malmo('Sjukfrånvaron ökade 2015 med 0,57 procentenheter i förhållande till föregående år.') },
  ],
  invalid: [
    {
      name: 'Malmö as printed: 0,57 against the sentence’s 6,85 less the table’s 2014 (6,12)',
      ...malmo(MALMO_2015_SENTENCE),
      errors: [{ messageId: 'mismatch', cell: 'B2', severity: 'error', data: { quoted: '0,57 procentenheter', computed: '0,73', basis: '6,85 − 6,12 %', subject: '6,85 % för 2015 i texten − Sjukfrånvaro, 2014' } }],
    },
    {
      name: 'the printed 2024 sentence: 8 procent is neither total costs (1,8 %) nor Köp av tjänster (9,6 %); the message gives the total the sentence names',
      model: withText(printed2024, ['Drift', 'Köp av tjänster inkluderar bland annat köpt vård. Totalt förväntas kostnaderna avvika negativt med 5,0 mnkr eller 8 procent jämfört med budget.']),
      errors: [{ messageId: 'mismatch', cell: 'B2', severity: 'error', data: { quoted: '8 procent', computed: '1,8' } }],
    },
    {
      name: 'the printed 2019 sentence: -4,8 mnkr against the 2018 result -6 050',
      model: withText(printed2019, ['Jämförelse med bokslut 2018', 'Redovisat resultat i bokslutet 2018 uppgick till -4,8 mnkr.']),
      errors: [{ messageId: 'mismatch', cell: 'B2', data: { quoted: '-4,8 mnkr', computed: '-6,05', unit: 'mnkr' } }],
    },
    {
      name: 'digits transposed in tkr',
      model: withText(printed2019, ['Drift', 'Socialnämndens bokslut för 2019 innebär ett underskott om 14 131 tkr.']),
      errors: [{ messageId: 'mismatch', cell: 'B2', data: { quoted: '14 131 tkr' } }],
    },
    {
      name: 'the result said to have risen where it fell: the direction is named',
      model: withText(printed2019, ['Jämförelse med bokslut 2018', 'Resultatet har ökat med 8,3 mnkr jämfört med 2018.']),
      errors: [{ messageId: 'signMismatch', cell: 'B2', data: { word: 'ökning' } }],
    },
    {
      name: 'a surplus where the table has a deficit',
      model: withText(printed2019, ['Drift', 'Socialnämndens bokslut för 2019 innebär ett överskott om 14 311 tkr.']),
      errors: [{ messageId: 'mismatch', cell: 'B2' }],
    },
    {
      name: 'drygt 19 procent where the change is 9,4',
      model: withText(printed2024, ['Jämförelse mellan åren', 'Samtidigt har kommunbidraget ökat med drygt 19 procent.']),
      errors: [{ messageId: 'mismatch', cell: 'B2', data: { quoted: 'drygt 19 procent', computed: '9,4' } }],
    },
    {
      name: 'knappt 0,6 mnkr where the forecast is 0,85',
      model: withText(printed2024, ['Investeringar', 'Prognosen för året uppgår till knappt 0,6 mnkr.']),
      errors: [{ messageId: 'mismatch', cell: 'B2', data: { quoted: 'knappt 0,6 mnkr' } }],
    },
    {
      name: 'a wrong budget figure',
      model: withText(printed2024, ['Drift', 'Budgeten för personalkostnader uppgår till 185,7 mnkr.']),
      errors: [{ messageId: 'mismatch', cell: 'B2', data: { computed: '-158,70', subject: 'Personalkostnader, Budget 2024' } }],
    },
    {
      name: 'a negative variance where the table shows a positive one',
      model: withText(printed2024, ['Drift', 'Prognosen för personalkostnader är en negativ avvikelse om 3,0 mnkr.']),
      errors: [{ messageId: 'mismatch', cell: 'B2', data: { computed: '3,00', subject: 'Personalkostnader, Avv. prognos/ budget 2024' } }],
    },
    {
      name: 'sick leave quoted for the wrong year',
      model: withText(printed2019, ['Sjukfrånvaro', 'Den totala sjukfrånvaron under 2019 stannar på 8,9 %.']),
      errors: [{ messageId: 'mismatch', cell: 'B2', data: { subject: 'Totalt, 2019', computed: '7,4' } }],
    },
    {
      name: 'the result for the period quoted as the forecast',
      model: withText(printed2024, ['Drift', 'Socialnämndens resultat för bokslutsperioden uppgår till -5,0 mnkr.']),
      errors: [{ messageId: 'mismatch', cell: 'B2', data: { subject: 'Årets resultat, Delårsbokslut 2024', computed: '-6,61' } }],
    },
    {
      name: 'an interim result without period words matches neither the period nor the forecast: info only',
      model: withText(printed2024, ['Drift', 'Socialnämndens resultat uppgår till -3,0 mnkr.']),
      errors: [{ messageId: 'unsure', cell: 'B2', severity: 'info', data: { computed: '-6,61 / -5,00' } }],
    },
  ],
});
