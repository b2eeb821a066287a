import type { CorpusReport } from '../types';

/**
 * Göteborgs Stad, årsredovisning 2019: Resultaträkning (kommunen and den kommunala koncernen)
 * and the first sentence of "Översikt över verksamhetens utveckling".
 * Identities: kommunen 2019: 11 397 − 41 140 − 1 639 = −31 382; −31 382 + 28 833 + 3 634 =
 * 1 085; 1 085 + 978 − 559 = 1 504. Koncernen 2019: 2 928 + 65 − 773 = 2 220.
 */
export const report: CorpusReport = {
  id: 'goteborg-2019',
  municipality: 'Göteborg',
  board: 'Kommunstyrelsen (Göteborgs Stad)',
  report: 'Årsredovisning 2019',
  urls: [
    'https://goteborg.se/wps/portal/enhetssida/goteborgs-stads-arsredovisningar/Arsredovisning-2019/rakenskaper/resultatrakning',
    'https://goteborg.se/wps/portal/enhetssida/goteborgs-stads-arsredovisningar/Arsredovisning-2019/forvaltningsberattelse/oversikt-over-verksamhetens-utveckling',
  ],
  sheets: [
    {
      name: 'Resultaträkning',
      rows: [
        ['Resultaträkning för kommunen och den kommunala koncernen.'],
        [null, null, 'Kommunen', null, 'Kommunala koncernen', null],
        ['Belopp i mnkr', 'Not', '2018', '2019', '2018', '2019'],
        ['Verksamhetens intäkter', '1', '10 932', '11 397', '26 287', '26 720'],
        ['Verksamhetens kostnader', '2, 3, 17', '-39 658', '-41 140', '-50 016', '-51 646'],
        ['Avskrivningar', '4,5', '-1 490', '-1 639', '-4 488', '-4 613'],
        ['Verksamhetens nettokostnader', null, '-30 216', '-31 382', '-28 217', '-29 539'],
        ['Skatteintäkter', '6', '27 590', '28 833', '27 590', '28 833'],
        ['Generella statsbidrag och utjämningsbidrag', '6', '3 705', '3 634', '3 705', '3 634'],
        ['Verksamhetens resultat', null, '1 079', '1 085', '3 078', '2 928'],
        ['Finansiella intäkter', '7', '1 224', '978', '67', '65'],
        ['Finansiella kostnader', '3, 7', '-511', '-559', '-790', '-773'],
        ['Resultat efter finansiella poster', null, '1 792', '1 504', '2 355', '2 220'],
        ['Extraordinära poster', null, '-', '-', '-', '-'],
        ['Årets resultat', null, '1 792', '1 504', '2 355', '2 220'],
      ],
    },
  ],
  sentences: [
    {
      id: 'gb19-1',
      text: 'Göteborgs Stads verksamheter har under 2019 utvecklats väl och årets resultat för den kommunala koncernen uppgick till 2 200 mnkr, varav kommunen bidrog med 1 504 mnkr och bolagen med 1 255 mnkr.',
      label: 'wrong',
      why: 'Årets resultat, Kommunala koncernen 2019 = 2 220, not 2 200 (no "cirka"); kommunen 1 504 is right.',
    },
    {
      id: 'gb19-2',
      text: 'Detta resultat innehåller en del engångsposter, vilket gör att det strukturella resultatet för kommunen är betydligt lägre och stannade på 179 mnkr för 2019.',
      label: 'right',
      why: 'The structural result (årets resultat without one-off items) is not a row of the resultaträkning; left alone.',
    },
  ],
};
