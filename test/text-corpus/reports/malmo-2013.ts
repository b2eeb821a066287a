import type { CorpusReport } from '../types';

/**
 * Malmö stad, årsredovisning 2013, page "Ekonomi och resultat": the result sentence and the
 * income statement on the same page. The page prints "PERIODENS RESULTAT 154 193 323 365" above
 * the column heads; it is the statement's last line and is transcribed there. Printed as is:
 * "Verksamhetens nettokostnader … 13747" for 2012 lacks its minus (3429 − 16479 − 697 = −13747).
 * Identities: 2013: 3243 − 17225 − 745 = −14727 ≠ −14548 as printed (the page's figures do not
 * add up; not the text's concern); −14548 + 10406 + 4314 + 176 − 194 = 154.
 */
export const report: CorpusReport = {
  id: 'malmo-2013',
  municipality: 'Malmö',
  board: 'Kommunstyrelsen (Malmö stad)',
  report: 'Årsredovisning 2013',
  urls: ['http://redovisningar.malmo.se/2013/?page_id=1907', 'http://redovisningar.malmo.se/2013/?page_id=585'],
  sheets: [
    {
      name: 'Resultaträkning',
      rows: [
        ['Resultaträkning'],
        [null, null, 'Malmö stad', null, 'Sammanställd redovisning'],
        ['Mkr', 'Not', '2013', '2012', '2013', '2012'],
        ['Verksamhetens intäkter', '1', '3243', '3429', '6535', '6463'],
        ['Verksamhetens kostnader', '2', '-17225', '-16479', '-19445', '-18654'],
        ['Avskrivningar', '3', '-745', '-697', '-1198', '-1131'],
        ['Verksamhetens nettokostnader', null, '-14548', '13747', '-14108', '-13322'],
        ['Skatteintäkter', '4', '10406', '9942', '10406', '9942'],
        ['Generella stadsbidrag och utjämning', '5', '4314', '3924', '4314', '3924'],
        ['Finansiella intäkter', '6', '176', '157', '92', '155'],
        ['Finansiella kostnader', '7', '-194', '-83', '-332', '-309'],
        ['Resultat före extraordinära poster', null, '154', '193', '372', '390'],
        ['Extraordinära intäkter'],
        ['Extraordinära kostnader'],
        ['Skatt/latent skatt', null, null, null, '-49', '-25'],
        ['Resultatandelar i intresseföretag', null, null, null, '4', '5'],
        ['PERIODENS RESULTAT', null, '154', '193', '323', '365'],
      ],
    },
  ],
  sentences: [
    {
      id: 'm13-1',
      text: 'Årets resultat uppgick till 154 Mkr jämfört med 193 Mkr föregående år.',
      label: 'right',
      why: 'Malmö stad: PERIODENS RESULTAT 2013 = 154, 2012 = 193.',
      plants: [
        { text: 'Årets resultat uppgick till 164 Mkr jämfört med 193 Mkr föregående år.', kind: 'amount', why: '164 ≠ 154' },
        { text: 'Årets resultat uppgick till 154 Mkr jämfört med 139 Mkr föregående år.', kind: 'amount', why: '2012 was 193' },
      ],
    },
    {
      id: 'm13-2',
      text: 'Återbetalning av avtalsförsäkringar har ökat årets verksamhetsintäkter med 201 Mkr och en sänkt kalkylränta för pensioner har ökat de finansiella kostnaderna med 106 Mkr.',
      label: 'right',
      why: 'The effects of two one-off items, which the statement does not show (financial costs rose by 194 − 83 = 111, of which 106 from the discount rate): nothing to contradict.',
      place: 'below',
    },
    {
      id: 'm13-3',
      text: 'Kommunens totala intäkter under året uppgick till 18 318 Mkr vilket var en ökning med 5,0 % sedan föregående år.',
      label: 'right',
      why: 'Total revenue is a sum the statement does not print as a row (intäkter, skatter, bidrag, finansiella intäkter); nothing to contradict — and the words name no row.',
    },
    {
      id: 'm13-4',
      text: 'Den största intäktskällan utgörs av skatter och generella statsbidrag vilka uppgick till 14 720 Mkr vilket var en ökning med 6,2 % jämfört med föregående år.',
      label: 'right',
      why: '10 406 + 4 314 = 14 720; 2012: 9 942 + 3 924 = 13 866; 14 720 / 13 866 = +6,2 %.',
      place: 'beside',
    },
    {
      id: 'm13-5',
      text: 'Kommunens totala kostnader uppgick till 18 164 Mkr vilket var en ökning med 5,2 %.',
      label: 'right',
      why: '17 225 + 745 + 194 = 18 164; 2012: 16 479 + 697 + 83 = 17 259; +5,2 %.',
    },
    {
      id: 'm13-6',
      text: 'Årets resultat i relation till skatter och generella statsbidrag uppgick till 1,0 %.',
      label: 'right',
      why: '154 / 14 720 = 1,05 %, printed 1,0.',
    },
    {
      id: 'm13-7',
      context: 'Årets resultat i relation till skatter och generella statsbidrag uppgick till 1,0 %.',
      text: 'Jämfört med föregående år var detta en sänkning med 0,4 procentenheter.',
      label: 'right',
      why: '193 / 13 866 = 1,39 % in 2012; 1,0 − 1,4 = −0,4 points.',
      place: 'below',
    },
  ],
};
