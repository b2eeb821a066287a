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
  ],
};
