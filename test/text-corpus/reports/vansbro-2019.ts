import type { CorpusReport } from '../types';

/**
 * Vansbro kommun, årsredovisning 2019: Resultaträkning (tkr; kommunen and sammanställd redovisning,
 * utfall 2019 and 2018) and "Finansiella nyckeltal" of "Översikt över verksamhetens utveckling";
 * sentences from "Händelser av väsentlig betydelse" and — looking back at 2019 — from "God
 * ekonomisk hushållning och ekonomisk ställning" of the årsredovisning 2020, whose 2019 figures are
 * this table's.
 * Identities: kommunen 2019: 132 371 − 522 941 − 15 842 = −406 412; + 286 537 + 130 818 = 10 943;
 * + 2 992 − 33 378 = −19 443; − 16 064 = −35 507. 2018: 106 488 − 515 518 − 14 517 = −423 547;
 * + 279 214 + 128 722 = −15 611; + 3 946 − 1 842 = −13 507. Sammanställd 2019: 266 090 − 643 944 −
 * 25 576 = −403 430; + 286 537 + 130 824 = 13 931; + 2 613 − 34 848 = −18 304; − 16 064 = −34 368.
 * The extraordinary item, the loss on selling the bioenergy plant, is 16 064 tkr = 16,1 mkr: the
 * 2019 report prints 16,4 mkr (wrong), the 2020 report 16,1 mkr.
 */
export const report: CorpusReport = {
  id: 'vansbro-2019',
  municipality: 'Vansbro',
  board: 'Kommunstyrelsen (Vansbro kommun)',
  report: 'Årsredovisning 2019',
  urls: [
    'https://finansiellinfo.se/Vansbro_2019/Resultatrakning.html',
    'https://finansiellinfo.se/Vansbro_2019/Oversikt_over_verksamhetens_utveckling.html',
    'https://finansiellinfo.se/Vansbro_2019/Handelser_av_vasentlig_betydelse.html',
    'https://finansiellinfo.se/Vansbro_2020/God_ekonomisk_hushallning_och_ekonomisk_stallning.html',
  ],
  sheets: [
    {
      name: 'Resultaträkning',
      rows: [
        ['Resultaträkning'],
        ['(tkr)', null, 'Kommunen', null, 'Sammanställd redovisning', null],
        [null, null, 'Utfall 2019-12-31', 'Utfall 2018-12-31', 'Utfall 2019-12-31', 'Utfall 2018-12-31'],
        ['Verksamhetens intäkter', 'Not 2', '132 371', '106 488', '266 090', '228 338'],
        ['Verksamhetens kostnader', 'Not 3', '– 522 941', '– 515 518', '– 643 944', '– 625 709'],
        ['Avskrivningar', 'Not 4', '– 15 842', '– 14 517', '– 25 576', '– 23 244'],
        ['VERKSAMHETENS NETTOKOSTNADER', null, '– 406 412', '– 423 547', '– 403 430', '– 420 615'],
        ['Skatteintäkter', 'Not 5', '286 537', '279 214', '286 537', '279 214'],
        ['Generella statsbidrag och utjämning', 'Not 6', '130 818', '128 722', '130 824', '128 722'],
        ['VERKSAMHETENS RESULTAT', null, '10 943', '– 15 611', '13 931', '– 12 679'],
        ['Finansiella intäkter', 'Not 7', '2 992', '3 946', '2 613', '3 692'],
        ['Finansiella kostnader', 'Not 8', '– 33 378', '– 1 842', '– 34 848', '– 3 248'],
        ['RESULTAT EFTER FINANSIELLA POSTER', null, '– 19 443', '– 13 507', '– 18 304', '– 12 235'],
        ['Extraordinära poster', 'Not 9', '– 16 064', null, '– 16 064', null],
        ['ÅRETS RESULTAT', null, '– 35 507', '– 13 507', '– 34 368', '– 12 235'],
      ],
    },
    {
      name: 'Finansiella nyckeltal',
      rows: [
        ['Finansiella nyckeltal'],
        ['(tkr om inget annat anges)', '2015', '2016', '2017', '2018', '2019'],
        ['Antal invånare 31 december', '6 715', '6 884', '6 836', '6 807', '6 805'],
        ['Årets resultat', '8 960', '6 877', '– 3 617', '– 13 507', '– 35 507'],
        ['Att återställa enligt balanskravet', null, null, '3 674', '9 395', '28 838'],
        ['Verksamhetens nettokostnader', '– 368 765', '– 392 974', '– 412 454', '– 423 547', '– 406 412'],
        ['Skatteintäkter', '377 594', '399 513', '407 999', '407 936', '417 355'],
        ['Investeringar', '10 529', '20 118', '25 663', '31 532', '33 694'],
        ['Finansiella kostnader', '– 5 154', '– 5 274', '– 2 200', '– 1 842', '– 33 378'],
        ['Finansiella intäkter', '5 285', '5 612', '3 038', '3 946', '2 992'],
        ['Likvida medel', '79 792', '185 860', '53 348', '42 205', '117 481'],
        ['Låneskuld', '25 000', '145 000', '145 000', '145 000', '145 000'],
      ],
    },
  ],
  sentences: [
    {
      id: 'va19-1',
      text: 'Bioenergianläggningen såldes med en reaförlust på 16,4 mkr, som redovisas som extraordinär post.',
      label: 'wrong',
      why: 'Extraordinära poster, kommunen 2019 = −16 064 tkr = 16,1 mkr, not 16,4 (the 2020 report gives 16,1).',
    },
    {
      id: 'va19-2',
      text: 'Resultatet 2019 var –35,5 mkr, men då ingick den extraordinära kostnaden på 16,1 mkr som uppstod när kommunen sålde bioenergianläggningen.',
      label: 'right',
      why: 'ÅRETS RESULTAT, kommunen 2019 = −35 507 tkr; Extraordinära poster = −16 064 tkr = 16,1 mkr.',
      plants: [
        { text: 'Resultatet 2019 var –53,5 mkr, men då ingick den extraordinära kostnaden på 16,1 mkr som uppstod när kommunen sålde bioenergianläggningen.', kind: 'amount', why: '53,5 ≠ 35,5' },
        { text: 'Resultatet 2019 var +35,5 mkr, men då ingick den extraordinära kostnaden på 16,1 mkr som uppstod när kommunen sålde bioenergianläggningen.', kind: 'sign', why: 'the result is −35 507 tkr' },
        { text: 'Resultatet 2019 var –35,5 tkr, men då ingick den extraordinära kostnaden på 16,1 mkr som uppstod när kommunen sålde bioenergianläggningen.', kind: 'unit', why: '35,5 tkr ≠ 35 507 tkr' },
      ],
    },
    {
      id: 'va19-3',
      text: '2019 såldes bioenergianläggningen med en reaförlust som försämrade resultatet med 16,1 mkr.',
      label: 'right',
      why: 'Extraordinära poster 2019 = −16 064 tkr; the figure is one cause of the result, not the result’s change from 2018 (−35 507 − (−13 507) = −22 000), so the change must not be read.',
    },
  ],
};
