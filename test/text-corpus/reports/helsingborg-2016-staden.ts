import type { CorpusReport } from '../types';

/**
 * Helsingborgs stad, årsredovisning 2016, the city's own "Resultaträkning, mnkr" (columns Not,
 * 2016, Budgetavvikelse 2016, 2015, 2014); the printed page runs note and figures together
 * ("Verksamhetens intäkter12 1374631 7061 652" = not 1, 2 137, 463, 1 706, 1 652), split here by the
 * table's own sums: nettokostnad 2 137 − 8 376 − 346 + 62 = −6 523 (printed −6 524); variance
 * 463 − 411 − 2 + 62 = 112; skattenetto variance −61 + 126 + 2 + 1 = 68; resultat före finansiella
 * poster 6 868 − 6 524 = 344, variance 112 + 68 = 180; årets resultat 344 − 23 = 321, variance
 * 180 + 5 = 185; 2015: 179 + 8 = 187. Balanskravsresultat has no budget variance (printed three
 * figures). Sentences from "Stadens ekonomi" and the city's press release on the accounts.
 */
export const report: CorpusReport = {
  id: 'helsingborg-2016-staden',
  municipality: 'Helsingborg',
  board: 'Kommunstyrelsen (Helsingborgs stad)',
  report: 'Årsredovisning 2016',
  urls: [
    'https://arsredovisning.helsingborg.se/ekonomisk-redovisning/staden/resultatrakning/',
    'https://arsredovisning.helsingborg.se/forvaltningsberattelse/ekonomi/stadens-ekonomi/',
    'https://helsingborg.mynewsdesk.com/pressreleases/fortsatt-god-ekonomi-i-helsingborgs-stad-1836625',
  ],
  sheets: [
    {
      name: 'Resultaträkning',
      rows: [
        ['Resultaträkning, mnkr'],
        [null, 'Not', '2016', 'Budgetavvikelse\n2016', '2015', '2014'],
        ['Verksamhetens intäkter', '1', '2 137', '463', '1 706', '1 652'],
        ['Verksamhetens kostnader', '2, 3', '-8 376', '-411', '-7 668', '-7 243'],
        ['Av- och nedskrivningar', '4', '-346', '-2', '-337', '-308'],
        ['Jämförelsestörande poster', '5', '62', '62', '45', '-'],
        ['Verksamhetens nettokostnad', null, '-6 524', '112', '-6 254', '-5 899'],
        ['Skatteintäkter', '6', '5 598', '-61', '5 358', '5 100'],
        ['Generella statsbidrag och kommunalekonomisk utjämning', '7', '1 255', '126', '1 067', '1 054'],
        ['Kommunal fastighetsavgift', '8', '206', '2', '201', '197'],
        ['LSS-utjämning', '9', '-192', '1', '-192', '-190'],
        ['Skattenetto', null, '6 868', '68', '6 433', '6 161'],
        ['Resultat före finansiella poster', null, '344', '180', '179', '262'],
        ['Finansiella intäkter', '10', '45', '15', '35', '122'],
        ['Finansiella kostnader', '11', '-67', '-10', '-26', '-141'],
        ['Finansnetto', null, '-23', '5', '8', '-20'],
        ['Årets resultat', null, '321', '185', '187', '242'],
        ['Årets resultat exklusive förändring av pensionsavsättning före 1998', '12', '199', '83', '87', '126'],
        ['Årets balanskravsresultat', '13', '199', null, '62', '113'],
      ],
    },
  ],
  sentences: [
    {
      id: 'hbs16-1',
      text: 'Helsingborgs stad redovisar ett resultat på 321 miljoner kronor för år 2016.',
      label: 'right',
      why: 'Årets resultat 2016 = 321.',
      plants: [{ text: 'Helsingborgs stad redovisar ett resultat på 312 miljoner kronor för år 2016.', kind: 'amount', why: '312 ≠ 321' }],
    },
    {
      id: 'hbs16-2',
      context: 'Helsingborgs stad redovisar ett resultat på 321 miljoner kronor för år 2016.',
      text: 'Det redovisade resultatet överstiger budget med 185 miljoner kronor och är 134 miljoner högre än föregående år.',
      label: 'right',
      why: 'Budgetavvikelse 2016 = 185; 321 − 187 = 134.',
      plants: [
        { text: 'Det redovisade resultatet överstiger budget med 158 miljoner kronor och är 134 miljoner högre än föregående år.', kind: 'amount', why: '158 ≠ 185' },
        { text: 'Det redovisade resultatet överstiger budget med 185 miljoner kronor och är 143 miljoner högre än föregående år.', kind: 'amount', why: '143 ≠ 321 − 187 = 134' },
      ],
    },
    {
      id: 'hbs16-3',
      text: 'Dessutom beviljades staden en byggbonus på 62 miljoner kronor under hösten, vilket förbättrade resultatet.',
      label: 'right',
      why: 'Jämförelsestörande poster 2016 = 62 (the next paragraph says the byggbonus is reported as one).',
    },
    {
      id: 'hbs16-4',
      text: 'Helsingborgs stad redovisar i sitt årsbokslut för 2016 ett resultat på 321 miljoner kronor, vilket är 185 miljoner högre än budget.',
      label: 'right',
      why: 'Årets resultat 2016 = 321, budgetavvikelse 185.',
      plants: [{ text: 'Helsingborgs stad redovisar i sitt årsbokslut för 2016 ett resultat på 321 miljoner kronor, vilket är 185 miljoner lägre än budget.', kind: 'sign', why: 'the variance is +185' }],
    },
    {
      id: 'hbs16-5',
      text: 'Ur balanskravssynpunkt uppgår stadens resultat till 199 miljoner kronor, vilket innebär att Helsingborg har en god ekonomisk hushållning.',
      label: 'right',
      why: 'Årets balanskravsresultat 2016 = 199.',
      plants: [{ text: 'Ur balanskravssynpunkt uppgår stadens resultat till 119 miljoner kronor, vilket innebär att Helsingborg har en god ekonomisk hushållning.', kind: 'amount', why: '119 ≠ 199' }],
    },
  ],
};
