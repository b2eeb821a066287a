/**
 * Goal tables of six boards of Helsingborgs stad, årsredovisning 2016 ("Uppföljning av nämndens
 * mål"), transcribed exactly as the stored pages print them (text as printed; the pages run the
 * cells of a row together, they are split here at the column boundaries the page's own table has).
 * Only rows printed in full are kept; a page's last, cut-off row is left out.
 *
 * Each page prints the same legend above its tables:
 *   "Uppfyllelse 100 procent   Uppfyllelse 91–99 procent   Uppfyllelse 90 procent eller lägre
 *    Uppföljning är inte genomförd"
 * and says: "Det samlade resultatet av de mätetal som finns kopplade till ett mål visar om vi har
 * nått målet eller inte."
 *
 * The assessment itself is printed as a symbol, which the stored text does not carry. The
 * column "Bedömning" is the one a controller adds for the tool to fill; `expected` is each
 * row's level by the board's printed rule (utfall in percent of the målvärde), worked by hand
 * in the comment beside it. Rows whose fulfilment falls between two bands of the legend (above
 * 90 and below 91, above 99 and below 100) are not decided by the rule and are expected empty.
 */

export interface BoardRow {
  /** A goal row: the goal's title alone in the first column. */
  goal?: string;
  /** A measure row: name, outcomes as printed per year, target as printed. */
  measure?: string;
  outcomes?: string[];
  target?: string;
  /** The level the board's rule gives (undefined: the rule does not decide, cell stays empty). */
  expected?: string;
}

export interface BoardSection {
  /** The section heading printed above the table. */
  heading: string;
  /** The header row as printed (first cell as printed, often empty). */
  header: string[];
  rows: BoardRow[];
}

export interface BoardTable {
  municipality: string;
  board: string;
  /** Page title as printed. */
  title: string;
  url: string;
  legend: string[];
  sections: BoardSection[];
  /** How the figures are stored in the test workbook: as printed text, or as numbers with a number format. */
  store: 'text' | 'numbers';
}

export const HELSINGBORG_LEGEND = ['Uppfyllelse 100 procent', 'Uppfyllelse 91–99 procent', 'Uppfyllelse 90 procent eller lägre', 'Uppföljning är inte genomförd'];

const MET = 'Uppfyllelse 100 procent';
const NEAR = 'Uppfyllelse 91–99 procent';
const LOW = 'Uppfyllelse 90 procent eller lägre';
const NONE = 'Uppföljning är inte genomförd';

const HEADER = ['', 'Utfall 2014', 'Utfall 2015', 'Utfall 2016', 'Målvärde\n2016'];
const BASE = 'https://arsredovisning.helsingborg.se/forvaltningsberattelse/verksamhetsoversikter/namnder-och-styrelser';

export const HELSINGBORG_2016: BoardTable[] = [
  {
    municipality: 'Helsingborg',
    board: 'Socialnämnden',
    title: 'Socialnämndens mål',
    url: `${BASE}/socialnamnden/uppfoljning-av-namndens-mal/`,
    legend: HELSINGBORG_LEGEND,
    store: 'text',
    sections: [
      {
        heading: 'Invånare - nämndens mål och mätetal',
        header: HEADER,
        rows: [
          { goal: 'Socialnämnden ska öka den enskildes möjlighet till sysselsättning, bostad och utbildning' },
          // 58 / 60 = 96,7 %
          { measure: 'Andel klienter som bor sex månader eller kortare vid förvaltningens egna akutboende (Fenix)', outcomes: ['-', '59 %', '58 %'], target: 'Minst 60 %', expected: NEAR },
          // 100 against 100 %: met
          { measure: 'Andel barn och unga i identifierade riskzoner med förbättrade skolresultat', outcomes: ['75 %', '100 %', '100 %'], target: '100 %', expected: MET },
          // 57 ≥ 55
          { measure: 'Andel klienter inom Vuxen som fullföljer sin insats', outcomes: ['-', '53 %', '57 %'], target: 'Minst 55 %', expected: MET },
          // 79 ≥ 75
          { measure: 'Klienternas helhetsintryck av förvaltningens arbete (Nöjd-Kund-Index; NKI)', outcomes: ['78', '77', '79'], target: 'Minst NKI 75', expected: MET },
          { goal: 'Socialnämnden ska förbättra levnadsvillkoren för utsatta barn och unga' },
          // 68 / 75 = 90,7 %: between "90 procent eller lägre" and "91–99 procent"
          { measure: 'Andel klienter inom Barn, unga och familj som fullföljer sin insats', outcomes: ['-', '68 %', '68 %'], target: 'Minst 75 %' },
        ],
      },
    ],
  },
  {
    municipality: 'Helsingborg',
    board: 'Kommunstyrelsen',
    title: 'Kommunstyrelsens mål',
    url: `${BASE}/kommunstyrelsen/uppfoljning-av-namndens-mal/`,
    legend: HELSINGBORG_LEGEND,
    store: 'numbers',
    sections: [
      {
        heading: 'Invånare - nämndens mål och mätetal',
        header: HEADER,
        rows: [
          { goal: 'Alla i Helsingborg ska ha möjlighet att påverka sina liv' },
          // 36 / 41 = 87,8 %
          { measure: 'Nöjd Inflytande Index', outcomes: ['40', '40', '36'], target: 'Minst index\n41', expected: LOW },
          // 72,7 ≥ 72,3
          { measure: 'Andel förvärvsarbetande invånare 20-64 år 1)', outcomes: ['71,9', '72,2', '72,7'], target: 'Minst 72,3', expected: MET },
          // 69 001 ≥ 69 000
          { measure: 'Antal arbetstillfällen i Helsingborg 1)', outcomes: ['67 044', '67 916', '69 001'], target: 'Minst 69 000', expected: MET },
          // 36 / 42 = 85,7 %
          { measure: 'Andel med egenförsörjning efter försörjningsstödsinsats', outcomes: ['39', '38', '36'], target: 'Minst 42 %', expected: LOW },
          { goal: 'Helsingborg ska vara en öppen och inkluderande stad' },
          // 72 / 76 = 94,7 %
          { measure: 'Invånarnas uppfattning - rekommendera att flytta till Helsingborg', outcomes: ['75', '76', '72'], target: 'Minst index\n76', expected: NEAR },
          // 89 / 90 = 98,9 %
          { measure: 'Andel elever som upplever att man i skolan respekterar varandras olikheter', outcomes: ['-', '89', '89'], target: 'Minst 90 %', expected: NEAR },
          // 88 / 90 = 97,8 %
          { measure: 'Andel kunder som är ganska eller mycket nöjda med sin hemtjänst', outcomes: ['90', '89', '88'], target: 'Minst 90 %', expected: NEAR },
        ],
      },
    ],
  },
  {
    municipality: 'Helsingborg',
    board: 'Stadsbyggnadsnämnden',
    title: 'Stadsbyggnadsnämndens mål',
    url: `${BASE}/stadsbyggnadsnamnden/uppfoljning-av-namndens-mal/`,
    legend: HELSINGBORG_LEGEND,
    store: 'numbers',
    sections: [
      {
        heading: 'Invånare – nämndens mål och mätetal',
        header: HEADER,
        rows: [
          { goal: 'Invånarna ska ha en ökad delaktighet när vi planerar, bygger och förvaltar Helsingborg' },
          // 44 / 75 = 58,7 %
          { measure: 'Upplevd nöjdhet vid dialog', outcomes: ['-', '91 %', '44 %'], target: 'Minst 75 %', expected: LOW },
          { goal: 'Helsingborg ska vara en öppen och inkluderande stad' },
          // no outcome for 2016
          { measure: 'Känsla av otrygghet i det egna bostadsområdet i Region Skånes mätning', outcomes: ['-', '-', '-'], target: 'Max 13,2 %', expected: NONE },
        ],
      },
      {
        heading: 'Omvärld – nämndens mål och mätetal',
        header: HEADER,
        rows: [
          { goal: 'Helsingborg ska ha det bästa klimatet för företagsamma människor' },
          // 56 / 70 = 80 %
          { measure: 'Nöjd-Kund-Index på bygglovsavdelningen', outcomes: ['-', '56', '56'], target: 'Minst 70', expected: LOW },
          // 71 ≥ 70
          { measure: 'Nöjd-Kund-Index för upplåtelse av allmän platsmark', outcomes: ['-', '73', '71'], target: 'Minst 70', expected: MET },
        ],
      },
    ],
  },
  {
    municipality: 'Helsingborg',
    board: 'Miljönämnden',
    title: 'Miljönämndens mål',
    url: `${BASE}/miljonamnden/uppfoljning-av-namndens-mal/`,
    legend: HELSINGBORG_LEGEND,
    store: 'text',
    sections: [
      {
        heading: 'Invånare – nämndens mål och mätetal',
        // The page repeats the heading as the table's first header cell.
        header: ['Invånare – nämndens mål och mätetal', 'Utfall 2014', 'Utfall 2015', 'Utfall 2016', 'Målvärde\n2016'],
        rows: [
          { goal: 'Barn och unga i Helsingborg ska ha en god miljö' },
          // 38 ≥ 35
          { measure: 'Andel skolor och förskolor som fått tillsynsbesök', outcomes: ['34 %', '35 %', '38 %'], target: 'Minst 35 %', expected: MET },
        ],
      },
      {
        heading: 'Omvärld – nämndens mål och mätetal',
        header: HEADER,
        rows: [
          { goal: 'Helsingborg ska vara ledande i miljö- och klimatfrågor' },
          // 71 ≥ 70
          { measure: 'Fossilfria bränslen i Helsingborgs stads tjänstebilar', outcomes: ['44 %', '63 %', '71 %'], target: 'Minst 70 %', expected: MET },
          // at most 40, outcome 58: 18 / 40 = 45 % over, fulfilment 55 % (40 / 58 = 69 % read the other way: ≤ 90 either way)
          { measure: 'Andel flygresor som Helsingborgs stad gör till Stockholm i förhållande till andelen tågresor', outcomes: ['-', '-', '58 %'], target: 'Högst 40 %', expected: LOW },
          // no outcome
          { measure: 'Antal tunga fordon (unika fordon) som tankar flytande biogas i Helsingborg', outcomes: ['-', '-', '-'], target: 'Minst 25 st', expected: NONE },
          // 72 ≥ 70 (the page prints "72 " with a trailing space)
          { measure: 'Nöjd-Kund-Index (NKI) för miljöförvaltningen', outcomes: ['-', '68', '72 '], target: 'Minst 70', expected: MET },
        ],
      },
    ],
  },
  {
    municipality: 'Helsingborg',
    board: 'Vård- och omsorgsnämnden',
    title: 'Vård- och omsorgsnämndens mål',
    url: `${BASE}/vard-och-omsorgsnamnden/uppfoljning-av-namndens-mal/`,
    legend: HELSINGBORG_LEGEND,
    store: 'numbers',
    sections: [
      {
        heading: 'Invånare – nämndens mål och mätetal',
        header: HEADER,
        rows: [
          { goal: 'Nämnden ska ge alla möjlighet att bo kvar i den självvalda hemmiljön' },
          // bare 94 %: 79 / 94 = 84,0 %
          { measure: 'Beläggningsgrad på dagverksamheter', outcomes: ['87 %', '84 %', '79 %'], target: '94 %', expected: LOW },
          // 80 / 83 = 96,4 %
          { measure: 'Andel hyresgäster i vårdboende som är mycket/ganska nöjd med sitt särskilda boende', outcomes: ['82 %', '81 %', '80 %'], target: '83 %', expected: NEAR },
          // 88 / 90 = 97,8 %
          { measure: 'Andel kunder som är sammantaget mycket/ganska nöjd med hemtjänsten', outcomes: ['90 %', '89 %', '88 %'], target: '90 %', expected: NEAR },
          { goal: 'Nämnden ska öka kundernas delaktighet och inflytande' },
          // 86 / 88 = 97,7 %
          { measure: 'Andel kunder som uppger att personalen alltid eller oftast tar hänsyn till åsikter och önskemål (Hemtjänst)', outcomes: ['88 %', '88 %', '86 %'], target: '88 %', expected: NEAR },
          // 65 / 72 = 90,3 %: between two bands
          { measure: 'Andel kunder som uppger att personalen alltid eller oftast informerar om tillfälliga förändringar (Hemtjänst)', outcomes: ['71 %', '68 %', '65 %'], target: '72 %' },
        ],
      },
    ],
  },
  {
    municipality: 'Helsingborg',
    board: 'Idrotts- och fritidsnämnden',
    title: 'Idrott- och fritidsnämndens mål',
    url: `${BASE}/idrotts-och-fritidsnamnden/uppfoljning-av-namndens-mal/`,
    legend: HELSINGBORG_LEGEND,
    store: 'text',
    sections: [
      {
        heading: 'Invånare – nämndens mål och mätetal',
        header: HEADER,
        rows: [
          { goal: 'Fritid Helsingborg ska ge alla i staden möjlighet att påverka sina val av fritidsverksamheter' },
          // 54 ≥ 52
          { measure: 'Andel 10-19-åringar som är medlemmar i en förening', outcomes: ['-', '-', '54 %'], target: 'Minst 52 %', expected: MET },
          // 4,3 / 4,5 = 95,6 %
          { measure: 'Antal bidragsberättigade aktivitetstillfällen per invånare i åldern 7-20 år', outcomes: ['4,6', '4,3', '4,3'], target: 'Minst 4,5', expected: NEAR },
          // 85 ≥ 82
          { measure: 'Andel barn och ungdomar i öppen verksamhet som anser att de får vara med och bestämma', outcomes: ['81 %', '78 %', '85 %'], target: 'Minst 82 %', expected: MET },
          { goal: 'Fritid Helsingborgs verksamhet ska vara öppen och inkluderande' },
          // 100 against 100 %
          { measure: 'Vi garanterar att den öppna fritidsverksamheten erbjuder aktiviteter för ungdomar varje helgfri lördag', outcomes: ['100 %', '100 %', '100 %'], target: '100 %', expected: MET },
          // 94 ≥ 94
          { measure: 'Andel barn och ungdomar i öppen verksamhet som upplever trygghet och trivsel', outcomes: ['94 %', '94 %', '94 %'], target: 'Minst 94 %', expected: MET },
        ],
      },
    ],
  },
];
