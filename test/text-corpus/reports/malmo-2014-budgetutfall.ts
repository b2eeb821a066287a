import type { CorpusReport } from '../types';

/**
 * Malmö stad, årsredovisning 2014: the page Budgetutfall with its table "Budgetavvikelse, Mkr"
 * (Bokslut, Budget, Avvikelse for the city as a whole) and its sentences on the boards, paired with
 * the report's table per board, "Prognosavvikelse, Mkr" of the page Prognossäkerhet (the same table
 * as malmo-2014), whose Bokslut column is each board's deviation from budget.
 * Identities: Budgetavvikelse: Bokslut − Budget = Avvikelse on every row (−149 − (−79) = −70,
 * −15432 − (−15233) = −199, 288 − 200 = 88, 15196 − 15185 = 11, 87 − (−31) = 118); Nettokostnad +
 * Skatter + Finansnetto = Årets resultat in each column (−15432 + 15196 + 87 = −149; −15233 + 15185
 * − 31 = −79; −199 + 11 + 118 = −70). Prognosavvikelse: see malmo-2014.
 */
export const report: CorpusReport = {
  id: 'malmo-2014-budgetutfall',
  municipality: 'Malmö',
  board: 'Kommunstyrelsen (Malmö stad)',
  report: 'Årsredovisning 2014',
  urls: [
    'http://redovisningar.malmo.se/2014/arsredovisning-2014/forvaltningsberattelse-2/budgetutfall/',
    'http://redovisningar.malmo.se/2014/arsredovisning-2014/forvaltningsberattelse-2/prognossakerhet/',
    'http://redovisningar.malmo.se/2014/arsredovisning-2014/',
    'http://redovisningar.malmo.se/2014/arsredovisning-2014/sammanfattning/',
  ],
  sheets: [
    {
      name: 'Budgetutfall',
      rows: [
        ['Budgetavvikelse, Mkr'],
        [null, 'Bokslut', 'Budget', 'Avvikelse'],
        ['Årets resultat', '-149', '-79', '-70'],
        ['Nettokostnad', '-15432', '-15233', '-199'],
        ['-varav rea-/expl.vinster', '288', '200', '88'],
        ['Skatter och generella bidrag', '15196', '15185', '11'],
        ['Finansnetto', '87', '-31', '118'],
      ],
    },
    {
      name: 'Prognossäkerhet',
      rows: [
        ['Prognosavvikelse, Mkr'],
        [null, 'Bokslut', 'Delårsrapport jan-aug', 'Avvikelse'],
        ['Årets resultat', '-70', '80', '-150'],
        ['Servicenämnd', '38', '7', '31'],
        ['Kommunstyrelse', '-18', '44', '-62'],
        ['Stadsbyggnadsnämnd', '13', '5', '8'],
        ['Teknisk nämnd', '-12', '-33', '21'],
        ['Rea-/exploateringsvinster', '88', '60', '28'],
        ['Gymnasie- & vuxenutbildningsnämnd', '22', '19', '3'],
        ['Grundskolenämnd', '-14', '0', '-14'],
        ['Förskolenämnd', '-6', '-10', '4'],
        ['Social resursnämnd', '-15', '-17', '2'],
        ['Statsbidrag flyktingar', '40', '36', '4'],
        ['Stadsområdesnämnder', '-120', '-69', '-51'],
        ['Hemlöshet (75%)', '-84', '-68', '-16'],
        ['Ekonomiskt bistånd', '-122', '-122', '0'],
        ['Övriga nämnder', '3', '-1', '4'],
        ['Finansiering', '117', '229', '-112'],
      ],
    },
  ],
  sentences: [
    {
      id: 'm14b-1',
      text: 'Årets negativa budgetavvikelse om 70 Mkr har uppkommit i verksamheterna där den negativa avvikelsen uppgick till sammanlagt 188 Mkr.',
      label: 'right',
      why: 'Årets resultat, Avvikelse = −70 (Budgetavvikelse). The activities’ 188 is the boards’ rows of Prognosavvikelse without Finansiering: −70 − 117 = −187, 188 as printed from unrounded figures (a sum the sentence does not name row by row: left alone).',
      plants: [
        { text: 'Årets negativa budgetavvikelse om 77 Mkr har uppkommit i verksamheterna där den negativa avvikelsen uppgick till sammanlagt 188 Mkr.', kind: 'amount', why: '77 ≠ 70' },
        { text: 'Årets positiva budgetavvikelse om 70 Mkr har uppkommit i verksamheterna där den negativa avvikelsen uppgick till sammanlagt 188 Mkr.', kind: 'sign', why: 'the deviation is −70' },
      ],
    },
    {
      id: 'm14b-2',
      text: 'Genom överskott inom finansiering om 117 Mkr kunde budgetavvikelsen begränsas till -70 Mkr.',
      label: 'right',
      why: 'Finansiering, Bokslut = 117 (Prognosavvikelse); Årets resultat, Avvikelse = −70.',
      plants: [
        { text: 'Genom underskott inom finansiering om 117 Mkr kunde budgetavvikelsen begränsas till -70 Mkr.', kind: 'sign', why: 'Finansiering is +117' },
        { text: 'Genom överskott inom finansiering om 171 Mkr kunde budgetavvikelsen begränsas till -70 Mkr.', kind: 'amount', why: '171 ≠ 117' },
      ],
    },
    {
      id: 'm14b-3',
      text: 'Kommunstyrelsen redovisar ett underskott för året om 17,7 Mkr.',
      label: 'right',
      why: 'Kommunstyrelse, Bokslut = −18 (whole Mkr; 17,7 rounds to 18).',
      plants: [
        { text: 'Kommunstyrelsen redovisar ett överskott för året om 17,7 Mkr.', kind: 'sign', why: 'Kommunstyrelse is −18' },
        { text: 'Kommunstyrelsen redovisar ett underskott för året om 71,7 Mkr.', kind: 'amount', why: '71,7 ≠ 18' },
      ],
    },
    {
      id: 'm14b-4',
      context: 'Kommunstyrelsen redovisar ett underskott för året om 17,7 Mkr.',
      text: 'Avvikelsen hänför sig till anslaget för kommunstyrelsen med -24 Mkr och till anslaget för arbetsmarknads- och vuxenutbildningsutskottet med +6,3 Mkr.',
      label: 'right',
      why: '−24 + 6,3 = −17,7, the board’s deviation; the two grants are not rows of the tables (left alone).',
    },
    {
      id: 'm14b-5',
      text: 'Underskottet för kommunstyrelsen förklaras främst av stadens samlade kostnader för skyfallet i augusti om totalt 87 Mkr.',
      label: 'right',
      why: 'The 87 Mkr is the cost of the cloudburst, not the board’s deficit (−18): not a row of the tables (left alone).',
    },
    {
      id: 'm14b-6',
      text: 'Överförmyndarnämnden uppvisar ett underskott mot budget om 8,6 Mkr, vilket förklaras i sin helhet av högre kostnader än budgeterat avseende arvoden till gode män.',
      label: 'right',
      why: 'Överförmyndarnämnd is inside Övriga nämnder (+3), not a row of its own (left alone).',
    },
    {
      id: 'm14b-7',
      text: 'Årets resultat uppgick till -149 Mkr vilket är en försämring med drygt 300 Mkr sedan föregående år.',
      label: 'right',
      why: 'Årets resultat, Bokslut = −149 (Budgetavvikelse); the previous year (154 Mkr, malmo-2013) is not in these tables: 154 + 149 = 303, drygt 300.',
      plants: [
        { text: 'Årets resultat uppgick till -194 Mkr vilket är en försämring med drygt 300 Mkr sedan föregående år.', kind: 'amount', why: '−194 ≠ −149' },
        { text: 'Årets resultat uppgick till +149 Mkr vilket är en försämring med drygt 300 Mkr sedan föregående år.', kind: 'sign', why: 'the result is −149' },
      ],
    },
    {
      id: 'm14b-8',
      context: 'År 2014 blev det första året sedan 1990-talet som resultatet blev negativt.',
      text: 'Det redovisade resultatet uppgick till -149 Mkr.',
      label: 'right',
      why: 'Årets resultat, Bokslut = −149 (Budgetavvikelse; the page Sammanfattning).',
      plants: [
        { text: 'Det redovisade resultatet uppgick till -194 Mkr.', kind: 'amount', why: '−194 ≠ −149' },
        { text: 'Det redovisade resultatet uppgick till -149 tkr.', kind: 'unit', why: '149 tkr ≠ 149 Mkr' },
      ],
    },
    {
      id: 'm14b-9',
      text: 'Senast år 2017 ska det egna kapitalet ha återställts med 193 Mkr.',
      label: 'right',
      why: 'The balanskrav deficit to restore (malmo-2014-balanskrav) is not in these tables (left alone).',
    },
    {
      id: 'm14b-10',
      text: 'Avvikelsen mot budgeten uppgick till -70 Mkr.',
      label: 'right',
      why: 'Årets resultat, Avvikelse = −70 (the deviation from budget, opening a sentence that names no row: the bottom line’s).',
      plants: [
        { text: 'Avvikelsen mot budgeten uppgick till -77 Mkr.', kind: 'amount', why: '−77 ≠ −70' },
        { text: 'Avvikelsen mot budgeten uppgick till +70 Mkr.', kind: 'sign', why: 'the deviation is −70' },
      ],
    },
    {
      id: 'm14b-11',
      context: 'Prognososäkerheten var under året större än tidigare år.',
      text: 'Avvikelsen mellan prognostiserat resultat i delårsrapport januari-augusti och bokslutet blev -150 Mkr.',
      label: 'right',
      why: 'Prognosavvikelse, Årets resultat, Avvikelse = −150 (−70 − 80); named only as "avvikelsen mellan … och bokslutet": left alone.',
    },
    {
      id: 'm14b-12',
      text: 'Årets investeringar uppgick till 2 300 Mkr och drygt 70 % av dessa finansierades med ökad nettoskuld.',
      label: 'right',
      why: 'Investments are not in these tables (left alone).',
    },
  ],
};
