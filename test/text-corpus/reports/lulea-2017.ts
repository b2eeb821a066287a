import type { CorpusReport } from '../types';

/**
 * Luleå kommun, årsredovisning 2017: Resultaträkning (kommunen and kommunkoncernen, mkr) and
 * the sentences of "Ekonomisk och finansiell analys".
 * Identities: kommunen 2017: 1 136 − 5 200 − 320 = −4 384; −4 384 + 3 950 + 451 = 17;
 * 17 + 455 − 10 = 462. Koncernen 2017: 226 − 40 = 186; 2016: 590 − 21 = 569.
 */
export const report: CorpusReport = {
  id: 'lulea-2017',
  municipality: 'Luleå',
  board: 'Kommunstyrelsen (Luleå kommun)',
  report: 'Årsredovisning 2017',
  urls: [
    'https://www.lulea.se/kommun--politik/fakta-och-statistik/ekonomi-och-budget/arsredovisning-2017/finansiella-rapporter/resultatrakning.html',
    'https://www.lulea.se/kommun--politik/fakta-kvalitet-jamforelser-och-statistik/ekonomi-och-budget/arsredovisning-2017/forvaltningsberattelse/ekonomisk-och-finansiell-analys.html',
  ],
  sheets: [
    {
      name: 'Resultaträkning',
      rows: [
        ['Resultaträkning'],
        [null, null, 'Kommunen', null, 'Kommunkoncernen', null],
        ['Belopp, mkr', 'NOT', '2017', '2016', '2017', '2016'],
        ['Verksamhetens intäkter', '1', '1 136', '1 214', '2 633', '2 697'],
        ['Verksamhetens kostnader', '2', '-5 200', '-5 005', '-6 185', '-6 160'],
        ['Avskrivningar', '3', '-320', '-311', '-542', '-537'],
        ['Verksamhetens nettokostnader', null, '-4 384', '-4 102', '-4 094', '-4 000'],
        ['Skatteintäkter', '4', '3 950', '3 773', '3 950', '3 773'],
        ['Generella statsbidrag och utjämning', '5', '451', '436', '451', '436'],
        ['Finansiella intäkter', '6', '455', '43', '10', '484'],
        ['Finansiella kostnader', '7', '-10', '-7', '-91', '-103'],
        ['Resultat efter finansiella poster', null, '462', '143', '226', '590'],
        ['Skatt', '8', '-', '-', '-40', '-21'],
        ['Årets resultat', null, '462', '143', '186', '569'],
      ],
    },
  ],
  sentences: [
    {
      id: 'l17-1',
      text: 'Luleå kommun redovisade 2017 ett resultat på 462 mkr (143 mkr), vilket jämfört med 2016 var en förbättring med 319 mkr.',
      label: 'right',
      why: 'Årets resultat, kommunen 2017 = 462, 2016 = 143; 462 − 143 = 319.',
      plants: [
        { text: 'Luleå kommun redovisade 2017 ett resultat på 426 mkr (143 mkr), vilket jämfört med 2016 var en förbättring med 319 mkr.', kind: 'amount', why: '426 ≠ 462' },
        { text: 'Luleå kommun redovisade 2017 ett resultat på 462 mkr (143 mkr), vilket jämfört med 2016 var en försämring med 319 mkr.', kind: 'sign', why: 'the result rose' },
        { text: 'Luleå kommun redovisade 2017 ett resultat på 462 mkr (143 mkr), vilket jämfört med 2016 var en förbättring med 391 mkr.', kind: 'amount', why: '462 − 143 = 319' },
      ],
    },
    {
      id: 'l17-2',
      context: 'Luleå kommun redovisade 2017 ett resultat på 462 mkr (143 mkr), vilket jämfört med 2016 var en förbättring med 319 mkr.',
      text: 'Årets resultat motsvarade 10,5 % av kommunens skatteintäkter, statsbidrag och utjämning.',
      label: 'right',
      why: '462 / (3 950 + 451) = 10,5 %.',
    },
    {
      id: 'l17-3',
      text: 'Årets resultat för Luleå kommunkoncern uppgick till 186 mkr (569 mkr) vilket är 383 mkr sämre än föregående år men fortfarande ett bra resultat.',
      label: 'right',
      why: 'Koncernen 2017 = 186, 2016 = 569; 186 − 569 = −383.',
      place: 'beside',
      plants: [
        { text: 'Årets resultat för Luleå kommunkoncern uppgick till 168 mkr (569 mkr) vilket är 383 mkr sämre än föregående år men fortfarande ett bra resultat.', kind: 'amount', why: '168 ≠ 186' },
        { text: 'Årets resultat för Luleå kommunkoncern uppgick till 186 mkr (569 mkr) vilket är 383 mkr bättre än föregående år men fortfarande ett bra resultat.', kind: 'sign', why: 'the group’s result fell' },
      ],
    },
    {
      id: 'l17-4',
      text: 'Kommunens resultat exklusive utdelning blev därmed 52 mkr eller 1,4 % av skatteintäkter, statsbidrag och utjämning.',
      context: 'I årets resultat för kommunen ingick en extra utdelning om 410 mkr från moderbolaget.',
      label: 'right',
      why: '462 − 410 = 52; 52 / 4 401 = 1,2 %… printed 1,4 (the dividend is not in the table, the share is not judged); 52 itself is 462 − 410 by the text.',
    },
    {
      id: 'l17-5',
      text: 'Skatteintäkter, statsbidrag och utjämning har ökat med 193 mkr jämfört med år 2016, en ökning med 4,8 %.',
      label: 'wrong',
      why: '(3 950 + 451) − (3 773 + 436) = 192 (193 before rounding is plausible), but 192 / 4 209 = 4,6 %, not 4,8 %.',
    },
    {
      id: 'l17-6',
      text: 'Verksamhetens nettokostnader har ökat med 282 mkr eller 6,9 % i jämförelse med föregående år.',
      label: 'right',
      why: '−4 384 − (−4 102) = −282; 282 / 4 102 = 6,9 %.',
      place: 'below',
      plants: [
        { text: 'Verksamhetens nettokostnader har ökat med 228 mkr eller 6,9 % i jämförelse med föregående år.', kind: 'amount', why: '228 ≠ 282' },
        { text: 'Verksamhetens nettokostnader har ökat med 282 mkr eller 9,6 % i jämförelse med föregående år.', kind: 'percent', why: '282 / 4 102 = 6,9 %' },
      ],
    },
    {
      id: 'l17-7',
      text: 'Kommunens budget för 2017 byggde på ett resultat efter ombudgeteringar på -22 mkr, eller -0,5 % av skatteintäkter, statsbidrag och utjämning.',
      label: 'right',
      why: 'The budget is not in the table; −22 / 4 401 = −0,5 %.',
    },
  ],
};
