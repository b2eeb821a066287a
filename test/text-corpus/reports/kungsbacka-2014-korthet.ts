import type { CorpusReport } from '../types';

/**
 * Kungsbacka kommun, årsredovisning 2014, "Ekonomin i korthet" (the summary pages), against the
 * "Resultaträkning" (see kungsbacka-2014) and "Not 3, Jämförelsestörande poster" (miljoner kronor;
 * the page prints each value without showing its column: placed where they match the
 * resultaträkning's jämförelsestörande lines, 2013: 55,2 + 94,2 = 149,4 → 149 kommunen; 2014:
 * 55,0 → 55; koncernen 2013 153,4 → 153, 2014 56).
 * None of these sentences quotes a row of the tables as the tables name it; they are here to be
 * left alone.
 */
export const report: CorpusReport = {
  id: 'kungsbacka-2014-korthet',
  municipality: 'Kungsbacka',
  board: 'Kommunstyrelsen (Kungsbacka kommun)',
  report: 'Årsredovisning 2014, Ekonomin i korthet',
  urls: [
    'http://arsredovisningkba.se/2014/category/ekonomisk-redovisning/',
    'http://arsredovisningkba.se/2014/ekonomisk-redovisning/finansiella-rapporter/resultatrakning-3/',
    'http://arsredovisningkba.se/2014/category/ekonomisk-redovisning/finansiella-rapporter/noter/',
  ],
  sheets: [
    {
      name: 'Resultaträkning',
      rows: [
        ['Resultaträkning'],
        ['Miljoner kronor', null, 'Kommunen', null, null, 'Koncernen'],
        [null, 'Not', 'Budget 2014', 'Utfall 2013', 'Utfall 2014', 'Utfall 2013', 'Utfall 2014'],
        ['Verksamhetens intäkter', '1', '805', '733', '790', '921', '983'],
        ['Jämförelsestörande intäkter', '3', '0', '149', '55', '153', '56'],
        ['Verksamhetens kostnader', '2', '-4 412', '-4 203', '-4 314', '-4 264', '-4 374'],
        ['Avskrivningar', '4', '-231', '-199', '-229', '-241', '-293'],
        ['Jämförelsestörande nedskrivningar mm', '3', '0', '-18', '0', '-18', '0'],
        ['Verksamhetens nettokostnader', null, '-3 838', '-3 538', '-3 698', '-3 449', '-3 628'],
        ['Kommunalskatt', '5', '3 721', '3 609', '3 723', '3 609', '3 723'],
        ['Generella statsbidrag och utjämning', '6', '168', '201', '169', '201', '169'],
        ['Finansiella intäkter', '7', '15', '10', '18', '10', '17'],
        ['Finansiella kostnader', '8', '-53', '-39', '-33', '-119', '-118'],
        ['Jämförelsestörande kostnader', '3', null, '-147', null, '-147', '0'],
        ['Resultat efter skatteintäkter och finansnetto', null, '13', '96', '179', '105', '163'],
        ['Uppskjuten skatt', null, null, '0', '0', '-1', '-2'],
        ['Årets resultat', null, '13', '96', '179', '104', '161'],
      ],
    },
    {
      name: 'Not 3',
      rows: [
        ['Not 3, Jämförelsestörande poster'],
        ['Miljoner kronor', 'Kommunen', null, 'Koncernen'],
        [null, '2013', '2014', '2013', '2014'],
        ['Verksamhetens intäkter'],
        ['Återbetalning AFA-försäkring', '55,2', null, '55,2'],
        ['Realisationsvinst exploatering delredovisning av bostadsområde Björkris', '94,2', null, '94,2'],
        ['Realisationsvinst exploatering kvarteret Sågen och kvarteret Valand', null, '55,0', null, '55'],
        ['Fastighetsförsäljningar', null, null, '4,0', '1'],
        ['Avskrivningar'],
        ['Utrangeringar och nedskrivningar Furulidskolan med flera', '18,2', null, '18,2'],
        ['Finansiella kostnader'],
        ['Sänkt diskonteringsränta för beräkning av pensionsskuld', '147', null, '147'],
      ],
    },
  ],
  sentences: [
    {
      id: 'kbk14-1',
      context: 'Årets resultat för kommunen visar ett överskott på 179 miljoner.',
      text: 'I resultatet ingår en försäljningsintäkt på 55 miljoner som avser markförsäljning i kvarteren Sågen och Valand.',
      label: 'right',
      why: 'Not 3: Realisationsvinst exploatering kvarteret Sågen och kvarteret Valand 2014 = 55,0.',
    },
    {
      id: 'kbk14-2',
      context: 'I resultatet ingår en försäljningsintäkt på 55 miljoner som avser markförsäljning i kvarteren Sågen och Valand.',
      text: 'Förutom denna har nämnderna ett överskott om 32 miljoner.',
      label: 'right',
      why: 'The boards’ deviation from budget (budgetutfall per nämnd); not in these tables.',
    },
    {
      id: 'kbk14-3',
      text: 'Investeringarna var netto 614 miljoner och har genomförts utan att lånen har ökat.',
      label: 'right',
      why: 'Nettoinvesteringar 614 (investeringsredovisning); not in these tables.',
    },
    {
      id: 'kbk14-4',
      text: 'Försäljningen av fondandelarna som pensionsreserven placerats i gav en vinst om 8 miljoner.',
      label: 'right',
      why: 'A part of the financial income; not a row of these tables.',
    },
  ],
};
