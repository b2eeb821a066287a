import type { CorpusReport } from '../types';

/**
 * Luleå kommun, årsredovisning 2018: Resultaträkning (kommunen and kommunkoncernen, mkr) and
 * the sentences of "Ekonomisk och finansiell analys".
 * Identities: kommunen 2018: 1 268 − 5 455 − 332 = −4 519 (printed −4 520, rounding);
 * −4 520 + 3 998 + 490 = −32; −32 + 121 − 10 = 79. Koncernen 2018: 181 − 37 = 144.
 */
export const report: CorpusReport = {
  id: 'lulea-2018',
  municipality: 'Luleå',
  board: 'Kommunstyrelsen (Luleå kommun)',
  report: 'Årsredovisning 2018',
  urls: [
    'https://www.lulea.se/kommun--politik/fakta-och-statistik/ekonomi-och-budget/arsredovisning-2018/finansiella-rapporter/resultatrakning.html',
    'https://www.lulea.se/kommun--politik/fakta-och-statistik/ekonomi-och-budget/arsredovisning-2018/forvaltningsberattelse/ekonomisk-och-finansiell-analys.html',
  ],
  sheets: [
    {
      name: 'Resultaträkning',
      rows: [
        ['Resultaträkning'],
        [null, null, 'Kommunen', null, 'Kommunkoncernen', null],
        ['Belopp, mkr', 'NOT', '2018', '2017', '2018', '2017'],
        ['Verksamhetens intäkter', '1', '1 268', '1 136', '2 835', '2 633'],
        ['Verksamhetens kostnader', '2', '-5 455', '-5 200', '-6 572', '-6 185'],
        ['Avskrivningar', '3', '-332', '-320', '-508', '-542'],
        ['Verksamhetens nettokostnader', null, '-4 520', '-4 384', '-4 245', '-4 094'],
        ['Skatteintäkter', '4', '3 998', '3 950', '3 998', '3 950'],
        ['Generella statsbidrag och utjämning', '5', '490', '451', '490', '451'],
        ['Verksamhetens resultat', null, '-32', '17', '243', '307'],
        ['Finansiella intäkter', '6', '121', '455', '18', '10'],
        ['Finansiella kostnader', '7', '-10', '-10', '-80', '-91'],
        ['Resultat efter finansiella poster', null, '79', '462', '181', '226'],
        ['Skatt', '8', '-', '-', '-37', '-40'],
        ['Årets resultat', null, '79', '462', '144', '186'],
      ],
    },
  ],
  sentences: [
    {
      id: 'l18-1',
      text: 'Luleå kommun redovisade 2018 ett resultat på 79 mkr (462 mkr), vilket jämfört med 2017 var ett lägre resultat med 383 mkr.',
      label: 'right',
      why: 'Årets resultat, kommunen 2018 = 79, 2017 = 462; 79 − 462 = −383.',
      plants: [
        { text: 'Luleå kommun redovisade 2018 ett resultat på 79 mkr (426 mkr), vilket jämfört med 2017 var ett lägre resultat med 383 mkr.', kind: 'amount', why: '2017 was 462' },
        { text: 'Luleå kommun redovisade 2018 ett resultat på 79 mkr (462 mkr), vilket jämfört med 2017 var ett lägre resultat med 338 mkr.', kind: 'amount', why: '462 − 79 = 383' },
        { text: 'Luleå kommun redovisade 2018 ett resultat på 79 mkr (462 mkr), vilket jämfört med 2017 var ett högre resultat med 383 mkr.', kind: 'sign', why: 'the result fell' },
      ],
    },
    {
      id: 'l18-2',
      text: 'Årets resultat för Luleå kommunkoncern uppgick till 144 mkr (186 mkr) vilket är 42 mkr lägre än föregående år.',
      label: 'right',
      why: 'Koncernen 2018 = 144, 2017 = 186; 144 − 186 = −42.',
      place: 'beside',
      plants: [
        { text: 'Årets resultat för Luleå kommunkoncern uppgick till 114 mkr (186 mkr) vilket är 42 mkr lägre än föregående år.', kind: 'amount', why: '114 ≠ 144' },
        { text: 'Årets resultat för Luleå kommunkoncern uppgick till 144 mkr (186 mkr) vilket är 24 mkr lägre än föregående år.', kind: 'amount', why: '186 − 144 = 42' },
      ],
    },
    {
      id: 'l18-3',
      text: 'Exklusive de finansiella posterna blir verksamhetens resultat -31,8 mkr eller -0,7% av skatteintäkter, statsbidrag och utjämning trots att de har ökat med 87,6 mkr jämfört med år 2017, en ökning med 2 %.',
      label: 'right',
      why: 'Verksamhetens resultat printed −32 (31,8 rounds to it); (3 998 + 490) − (3 950 + 451) = 87 of rounded figures ≈ 87,6; 31,8 / 4 488 = 0,7 %; 87,6 / 4 401 = 2,0 %.',
      plants: [{ text: 'Exklusive de finansiella posterna blir verksamhetens resultat -38,1 mkr eller -0,7% av skatteintäkter, statsbidrag och utjämning trots att de har ökat med 87,6 mkr jämfört med år 2017, en ökning med 2 %.', kind: 'amount', why: '−38,1 ≠ −32' }],
    },
    {
      id: 'l18-4',
      text: 'Verksamhetens nettokostnader har ökat med 136 mkr eller 3,1% i jämförelse med föregående år vilket är orsaken till att verksamhetens resultat är negativt.',
      label: 'right',
      why: 'Kommunen: −4 520 − (−4 384) = −136, 136 / 4 384 = 3,1 %.',
      place: 'below',
      plants: [
        { text: 'Verksamhetens nettokostnader har ökat med 163 mkr eller 3,1% i jämförelse med föregående år vilket är orsaken till att verksamhetens resultat är negativt.', kind: 'amount', why: '163 ≠ 136' },
        { text: 'Verksamhetens nettokostnader har ökat med 136 mkr eller 1,3% i jämförelse med föregående år vilket är orsaken till att verksamhetens resultat är negativt.', kind: 'percent', why: '136 / 4 384 = 3,1 %' },
      ],
    },
    {
      id: 'l18-5',
      text: 'Förändringen beror främst på en ökad nettokostnad om 151 mkr som möts av ett förbättrat finansnetto om 19 mkr.',
      context: 'Årets resultat för Luleå kommunkoncern uppgick till 144 mkr (186 mkr) vilket är 42 mkr lägre än föregående år.',
      label: 'right',
      why: 'Koncernen: −4 245 − (−4 094) = −151; finansnetto (18 − 80) − (10 − 91) = 19.',
    },
    {
      id: 'l18-6',
      context: 'Luleå kommun redovisade 2018 ett resultat på 79 mkr (462 mkr), vilket jämfört med 2017 var ett lägre resultat med 383 mkr.',
      text: 'Årets resultat motsvarade 1,8 % av kommunens skatteintäkter, statsbidrag och utjämning.',
      label: 'right',
      why: '79 / (3 998 + 490) = 1,8 %.',
    },
    {
      id: 'l18-7',
      text: 'Kommunens budget för 2018 byggde på ett resultat efter ombudgeteringar på -12 mkr, eller -0,3 % av skatteintäkter, statsbidrag och utjämning.',
      label: 'right',
      why: 'The budget is not in the table; −12 / 4 488 = −0,3 %.',
      place: 'beside',
    },
    {
      id: 'l18-8',
      text: 'I årets resultat för kommunen ingår en utdelning från moderbolaget i koncernen om 98,2 mkr.',
      label: 'right',
      why: 'Part of Finansiella intäkter 121, which the table does not split.',
    },
    {
      id: 'l18-9',
      text: 'Förändringen jämfört med föregående år beror till största delen på den extra utdelning som gjordes från moderbolaget i koncernen 2017 om 410mkr.',
      label: 'right',
      why: 'Part of Finansiella intäkter 2017, 455; not split in the table.',
      place: 'below',
    },
  ],
};
