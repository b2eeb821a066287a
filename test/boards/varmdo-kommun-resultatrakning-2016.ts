import type { PrintedTable } from './types';

/**
 * Resultaträkning in tkr with a Not column, the municipality's and the group's columns of 2016 and
 * 2015, and a varav row under Årets resultat. Every link holds as printed in all four columns
 * (checked by hand in varmdo-cross-report.test.ts); Koncernen 2015's Årets resultat is 113 557 tkr
 * (113,6 mnkr), where the 2015 report's own finansiell analys says "Koncernens resultat 2015 blev
 * 133,6 mnkr" (VARMDO_2015_SENTENCE): a digit printed wrong in one of the two reports.
 */
export const table: PrintedTable = {
  url: 'http://arsredovisning.varmdo.se/2016/ekonomisk-sammanstallning/resultatrakning/',
  source: 'Värmdö kommun, Årsredovisning 2016, Ekonomisk sammanställning, Resultaträkning',
  sheet: 'Resultaträkning 2016',
  title: ['Resultaträkning'],
  header: [['Tkr', 'Not', 'Kommunen 2016', 'Kommunen 2015', 'Koncernen 2016', 'Koncernen 2015']],
  rows: [
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
    ['   Varav Minoritetens andel', null, null, null, '33 503', '-1 744'],
  ],
};

/** The 2015 report, Förvaltningsberättelse, Finansiell analys, "Året som gått" (its last sentence). */
export const VARMDO_2015_URL = 'http://arsredovisning.varmdo.se/2015/forvaltningsberattelse/finansiell-analys/';
export const VARMDO_2015_SENTENCE = 'Koncernens resultat 2015 blev 133,6 mnkr.';
