import type { CorpusReport } from '../types';

/**
 * Helsingborgs stad, årsredovisning 2016, the group's (koncernen) "Resultaträkning, mnkr"; the
 * printed page runs note and figures together ("Verksamhetens intäkter16 0435 3905 327" = not 1,
 * 6 043, 5 390, 5 327), split here by the table's own sums: nettokostnad 6 043 − 11 200 − 861 − 11
 * = −6 029; resultat efter finansiella poster 838 − 128 = 710; årets resultat 710 − 87 = 623;
 * 623 − 409 = 214 against 2015. Sentence from "Koncernens ekonomi".
 */
export const report: CorpusReport = {
  id: 'helsingborg-2016-koncern',
  municipality: 'Helsingborg',
  board: 'Kommunstyrelsen (Helsingborgs stad), koncernen',
  report: 'Årsredovisning 2016',
  urls: ['https://arsredovisning.helsingborg.se/ekonomisk-redovisning/koncernen/resultatrakning/', 'https://arsredovisning.helsingborg.se/forvaltningsberattelse/ekonomi/koncernens-ekonomi/'],
  sheets: [
    {
      name: 'Resultaträkning',
      rows: [
        ['Resultaträkning, mnkr'],
        [null, 'Not', '2016', '2015', '2014'],
        ['Verksamhetens intäkter', '1', '6 043', '5 390', '5 327'],
        ['Verksamhetens kostnader', '2, 3', '-11 200', '-10 487', '-10 021'],
        ['Av- och nedskrivningar', '4', '-861', '-835', '-784'],
        ['Jämförelsestörande poster', '5', '-11', '63', '191'],
        ['Verksamhetens nettokostnad', null, '-6 029', '-5 869', '-5 287'],
        ['Skatteintäkter', '6', '5 598', '5 358', '5 100'],
        ['Generella statsbidrag och kommunalekonomisk utjämning', '7', '1 255', '1 067', '1 054'],
        ['Kommunal fastighetsavgift', '8', '206', '201', '197'],
        ['LSS-utjämning', '9', '-192', '-192', '-190'],
        ['Skattenetto', null, '6 868', '6 433', '6 161'],
        ['Resultat före finansiella poster', null, '838', '564', '874'],
        ['Finansiella intäkter', '10', '36', '32', '69'],
        ['Finansiella kostnader', '11', '-164', '-101', '-222'],
        ['Finansnetto', null, '-128', '-68', '-154'],
        ['Resultat efter finansiella poster', null, '710', '496', '720'],
        ['Skatt på årets resultat', '12', '-87', '-86', '-92'],
        ['Årets resultat', null, '623', '409', '628'],
        ['Årets resultat exklusive förändring av pensionsavsättning före 1998', '13', '501', '309', '512'],
      ],
    },
  ],
  sentences: [
    {
      id: 'hbk16-1',
      text: 'Helsingborgs stad redovisar tillsammans med de av staden ägda bolagen ett positivt resultat efter skatt om 623 miljoner kronor för året, vilket är 214 miljoner bättre än föregående år.',
      label: 'right',
      why: 'Årets resultat 2016 = 623; 623 − 409 = 214. The table is the group’s, but nothing in it says so (left alone by a sentence about the group).',
    },
  ],
};
