import type { CorpusReport } from '../types';

/**
 * Malmö stad, årsredovisning 2014: "Prognosavvikelse, Mkr" (page Prognossäkerhet) and the two
 * sick-leave tables of the page Sjukfrånvaro (Medarbetarna).
 * Identities: Bokslut − Delårsrapport = Avvikelse on every row; the boards sum to Årets resultat
 * (38−18+13−12+88+22−14−6−15+40−120−84−122+3+117 = −70). Sick leave: 6,20 − 5,80 = 0,40;
 * 40,30 − 35,60 = 4,70; 6,80 − 6,30 = 0,50; 4,30 − 4,20 = 0,10 (table transcribed up to the
 * page excerpt's end, after the men's row).
 */
export const report: CorpusReport = {
  id: 'malmo-2014',
  municipality: 'Malmö',
  board: 'Kommunstyrelsen (Malmö stad)',
  report: 'Årsredovisning 2014',
  urls: [
    'http://redovisningar.malmo.se/2014/arsredovisning-2014/forvaltningsberattelse-2/prognossakerhet/',
    'http://redovisningar.malmo.se/2014/arsredovisning-2014/medarbetarna-2/sjukfranvaro/',
  ],
  sheets: [
    {
      name: 'Prognossäkerhet',
      rows: [
        ['Prognosavvikelse, Mkr'],
        [null, 'Bokslut', 'Delårsrapport jan-aug', 'Avvikelse'],
        ['Årets resultat', '-70', '80', '-150'],
        ['Servicenämnd', '38', '7', '31'],
        ['Kommunstyrelse', '-18', '44', '-62'],
        ['Stadsbyggnadsnämnd', '13', '5', '8'],
        ['Teknisk nämnd', '-12', '-33', '21'],
        ['Rea-/exploateringsvinster', '88', '60', '28'],
        ['Gymnasie- & vuxenutbildningsnämnd', '22', '19', '3'],
        ['Grundskolenämnd', '-14', '0', '-14'],
        ['Förskolenämnd', '-6', '-10', '4'],
        ['Social resursnämnd', '-15', '-17', '2'],
        ['Statsbidrag flyktingar', '40', '36', '4'],
        ['Stadsområdesnämnder', '-120', '-69', '-51'],
        ['Hemlöshet (75%)', '-84', '-68', '-16'],
        ['Ekonomiskt bistånd', '-122', '-122', '0'],
        ['Övriga nämnder', '3', '-1', '4'],
        ['Finansiering', '117', '229', '-112'],
      ],
    },
    {
      name: 'Sjukfrånvaro',
      rows: [
        ['Sjukfrånvaro i procent'],
        [null, '2014', '2013', '2012', '2011', '2010'],
        ['Sjukfrånvaro', '6,12', '5,67', '5,18', '4,59', '4,47'],
        [null],
        [null],
        ['Sjukfrånvaro i procent'],
        ['(förändring i procentenheter)'],
        [null, '2014', '2013', 'Förändring'],
        ['Total sjukfrånvarotid i förhållande till\nsammanlagd ordinarie arbetstid', '6,20', '5,80', '0,40'],
        ['-varav tid med långtidssjukfrånvaro (över 60 dagar) i förhållande till total sjukfrånvaro', '40,30', '35,60', '4,70'],
        ['Sjukfrånvarotid för kvinnor i förhållande till sammanlagd ordinarie arbetstid för kvinnor', '6,80', '6,30', '0,50'],
        ['Sjukfrånvaro för män i förhållande till\nsammanlagd ordinarie arbetstid för män', '4,30', '4,20', '0,10'],
      ],
    },
  ],
  sentences: [
    {
      id: 'm14-7',
      context: 'Sjukfrånvaron 2014 motsvarade 6,12 %, vilket var en ökning motsvarande 0,45 procentenheter i förhållande till föregående år.',
      text: 'Sjukfrånvaron för kvinnor var 6,73 % och för män 4,06 %.',
      label: 'right',
      why: 'The volume measure by gender is not in the tables (the statutory table gives 6,80 and 4,30, another measure): left alone.',
    },
    {
      id: 'm14-8',
      text: 'Under 2014 hade 34 % av medarbetarna ingen sjukfrånvaro.',
      label: 'right',
      why: 'The share without sick leave is not a row of the tables (left alone).',
    },
    {
      id: 'm14-9',
      context: 'Under 2014 hade 34 % av medarbetarna ingen sjukfrånvaro.',
      text: 'Fördelat på kvinnor och män var 31,3 % av kvinnorna och 42,7 % av männen friska hela året.',
      label: 'right',
      why: 'Not in the tables (left alone).',
    },
    {
      id: 'm14-10',
      text: 'De totala sjuklönekostnaderna under 2014 uppgick till 172,4 Mkr.',
      label: 'right',
      why: 'Sick-pay costs are not in the tables (left alone).',
    },
    {
      id: 'm14-11',
      text: 'Kostnaderna för den korta sjukfrånvaron, dag 1-14, motsvarade 147,5 Mkr, det vill säga 85,6 % av de totala sjuklönekostnaderna.',
      label: 'right',
      why: '147,5 / 172,4 = 85,56 %, 85,6 as printed; neither is in the tables (left alone).',
    },
    {
      id: 'm14-1',
      text: 'I samband med delårsrapport för januari-augusti prognostiserades den totala budgetavvikelsen till +80 Mkr.',
      label: 'right',
      why: 'Årets resultat, Delårsrapport jan-aug = 80.',
      plants: [{ text: 'I samband med delårsrapport för januari-augusti prognostiserades den totala budgetavvikelsen till +8 Mkr.', kind: 'amount', why: '8 ≠ 80' }],
    },
    {
      id: 'm14-2',
      context: 'I samband med delårsrapport för januari-augusti prognostiserades den totala budgetavvikelsen till +80 Mkr.',
      text: 'Vid bokslutet uppgick den emellertid till -70 Mkr, vilket innebär en negativ prognosavvikelse på 150 Mkr.',
      label: 'right',
      why: 'Årets resultat, Bokslut = −70; −70 − 80 = −150 = Avvikelse, negative.',
      plants: [
        { text: 'Vid bokslutet uppgick den emellertid till -70 Mkr, vilket innebär en positiv prognosavvikelse på 150 Mkr.', kind: 'sign', why: 'the deviation is −150' },
        { text: 'Vid bokslutet uppgick den emellertid till -170 Mkr, vilket innebär en negativ prognosavvikelse på 150 Mkr.', kind: 'amount', why: '−170 ≠ −70' },
      ],
    },
    {
      id: 's14-1',
      text: 'Sjukfrånvaron 2014 motsvarade 6,12 %, vilket var en ökning motsvarande 0,45 procentenheter i förhållande till föregående år.',
      label: 'right',
      why: 'Sjukfrånvaro 2014 = 6,12; 6,12 − 5,67 = 0,45 percentage points, an increase.',
      plants: [
        { text: 'Sjukfrånvaron 2014 motsvarade 6,12 %, vilket var en ökning motsvarande 0,54 procentenheter i förhållande till föregående år.', kind: 'amount', why: '0,54 ≠ 0,45' },
        { text: 'Sjukfrånvaron 2014 motsvarade 6,21 %, vilket var en ökning motsvarande 0,45 procentenheter i förhållande till föregående år.', kind: 'percent', why: '6,21 ≠ 6,12' },
        { text: 'Sjukfrånvaron 2014 motsvarade 6,12 %, vilket var en minskning motsvarande 0,45 procentenheter i förhållande till föregående år.', kind: 'sign', why: 'sick leave rose' },
      ],
    },
    {
      id: 's14-2',
      text: 'Den totala sjukfrånvaron ökade 2014 med 0,4 procentenheter i förhållande till föregående år.',
      label: 'right',
      why: 'Total sjukfrånvarotid, Förändring = 0,40; the first table’s 6,12 − 5,67 = 0,45 is within the printed rounding of 0,4 too.',
      place: 'below',
      plants: [{ text: 'Den totala sjukfrånvaron ökade 2014 med 0,8 procentenheter i förhållande till föregående år.', kind: 'percent', why: '0,8 ≠ 0,40 / 0,45' }],
    },
  ],
};
