import type { CorpusReport } from '../types';

/**
 * Värmdö kommun, årsredovisning 2016: Resultaträkning (tkr, kommunen and koncernen, 2016 and 2015)
 * and the press release on the result. Identities: kommunen 2016: 770 024 + 30 706 − 2 674 794 −
 * 95 830 = −1 969 894; + 1 975 133 + 218 102 − 42 668 + 5 992 − 29 490 = 157 175. Koncernen 2016:
 * 257 147 − 20 431 − 1 671 = 235 045; 2015: 118 795 − 88 − 5 150 = 113 557.
 */
export const report: CorpusReport = {
  id: 'varmdo-2016',
  municipality: 'Värmdö',
  board: 'Kommunstyrelsen (Värmdö kommun)',
  report: 'Årsredovisning 2016',
  urls: [
    'http://arsredovisning.varmdo.se/2016/ekonomisk-sammanstallning/resultatrakning/',
    'http://varmdo-kommun.mynewsdesk.com/pressreleases/laangsiktigt-fokus-ger-plus-i-kassan-1853923',
  ],
  sheets: [
    {
      name: 'Resultaträkning',
      rows: [
        ['Resultaträkning'],
        ['Tkr', 'Not', 'Kommunen 2016', 'Kommunen 2015', 'Koncernen 2016', 'Koncernen 2015'],
        ['Verksamhetens intäkter', '1', '770 024', '686 396', '949 720', '857 507'],
        ['Jämförelsestörande poster', '2', '30 706', '22 600', '30 706', '22 600'],
        ['Verksamhetens kostnader', '3', '-2 674 794', '-2 521 769', '-2 785 617', '-2 626 165'],
        ['Avskrivningar', '4', '-95 830', '-90 674', '-59 563', '-119 039'],
        ['Verksamhetens nettokostnader', null, '-1 969 894', '-1 903 447', '-1 864 754', '-1 865 097'],
        ['Skatteintäkter', '5', '1 975 133', '1 860 795', '1 975 133', '1 860 795'],
        ['Bidrag från utjämningssystemen och generella statliga bidrag', '6', '218 102', '214 969', '218 102', '214 969'],
        ['Avgifter i utjämningssystemen', '7', '-42 668', '-47 971', '-42 668', '-47 971'],
        ['Finansiella intäkter', '8', '5 992', '5 867', '2 008', '333'],
        ['Finansiella kostnader', '9', '-29 490', '-30 154', '-30 674', '-44 234'],
        ['Resultat efter skatter och finansnetto', null, '157 175', '100 059', '257 147', '118 795'],
        ['Uppskjuten skatt', null, null, null, '-20 431', '-88'],
        ['Skatt', null, null, null, '-1 671', '-5 150'],
        ['Årets resultat', null, '157 175', '100 059', '235 045', '113 557'],
        ['Varav Minoritetens andel', null, null, null, '33 503', '-1 744'],
      ],
    },
  ],
  sentences: [
    {
      id: 'vd16-1',
      text: 'Kommunen har arbetet långsiktigt med sin ekonomi under många år och redovisar ett positivt resultat på 157 miljoner.',
      label: 'right',
      why: 'Årets resultat, Kommunen 2016 = 157 175 tkr = 157 miljoner.',
      plants: [
        { text: 'Kommunen har arbetet långsiktigt med sin ekonomi under många år och redovisar ett positivt resultat på 175 miljoner.', kind: 'amount', why: '175 ≠ 157' },
        { text: 'Kommunen har arbetet långsiktigt med sin ekonomi under många år och redovisar ett negativt resultat på 157 miljoner.', kind: 'sign', why: 'the result is +157 175 tkr' },
      ],
    },
    {
      id: 'vd16-2',
      text: 'Under 2016 sänktes skattesatsen och investeringsgraden ökade betydligt, totalt investerade kommunen för 380 miljoner under året.',
      label: 'right',
      why: 'The investments are not in the Resultaträkning; left alone.',
    },
  ],
};
