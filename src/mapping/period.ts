import type { ColumnMapping, TableMapping } from '../model/mapping-types';
import type { Period } from '../model/types';
import { isoDate, monthNumber } from './normalize';

/** What a title, an info sheet or the headers say about the report: whose, which period. */
export interface ReportFacts {
  board?: string;
  kind?: 'interim' | 'annual';
  year?: number;
  cutoff?: string;
}

const INTERIM_DATED = /del[åa]rs(?:bokslut|rapport|redovisning|uppföljning)\S*\s+(?:per\s+)?(\d{1,2})\s+([\p{L}]+)\.?\s+((?:19|20)\d{2})/iu;
const INTERIM = /del[åa]rs(?:bokslut|rapport|redovisning|uppföljning)\S*\s+(?:per\s+)?(?:[\p{L}]+\s+)?((?:19|20)\d{2})/iu;
const PER_DATE = /\bper\s+(\d{1,2})\s+([\p{L}]+)\.?\s+((?:19|20)\d{2})/iu;
const ANNUAL = /(?:års(?:bokslut|redovisning|rapport)|verksamhetsberättelse|bokslut)\s+((?:19|20)\d{2})/iu;
const BOARD = /(?<![\p{L}])((?:\p{L}+-\s*och\s+)?[\p{L}-]+(?:nämnd|nämnden|nämndens|styrelsen|styrelsens))(?![\p{L}])/iu;

/** Words every match of BOARD, INTERIM* and ANNUAL contains: a cheap test before the costly searches. */
const BOARD_WORD = /nämnd|styrelse/iu;
const INTERIM_WORD = /del[åa]rs/iu;
const ANNUAL_WORD = /års|verksamhetsberättelse|bokslut/iu;

export function boardName(text: string): string | undefined {
  if (!BOARD_WORD.test(text)) return undefined;
  const m = BOARD.exec(text);
  if (!m || m[1].length < 6) return undefined;
  let name = m[1].replace(/ens$/i, 'en');
  if (/nämnd$/i.test(name)) name += 'en';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** False when factsFromTitle(text) can have no kind (interim or annual): its words are missing. */
export function mayNameReportKind(text: string): boolean {
  return INTERIM_WORD.test(text) || ANNUAL_WORD.test(text);
}

/** Facts from one title line: "Socialnämnden – Delårsbokslut per 31 augusti 2024", "Socialnämndens årsbokslut 2019". */
export function factsFromTitle(text: string): ReportFacts {
  // Every sheet of a report tends to carry the same title line: short texts are read once.
  if (text.length > TITLE_MEMO_TEXT) return readTitleFacts(text);
  let f = titleMemo.get(text);
  if (f === undefined) {
    if (titleMemo.size > 5000) titleMemo.clear();
    titleMemo.set(text, (f = readTitleFacts(text)));
  }
  return { ...f };
}

const TITLE_MEMO_TEXT = 200;
const titleMemo = new Map<string, Readonly<ReportFacts>>();

function readTitleFacts(text: string): ReportFacts {
  const facts: ReportFacts = {};
  const board = boardName(text);
  if (board) facts.board = board;
  Object.assign(facts, kindFacts(text));
  return facts;
}

/**
 * factsFromTitle(text) when the title names a report kind, else undefined: for callers that
 * only use a title naming one, without the costly board-name search on the rest (prose).
 */
export function reportTitleFacts(text: string): ReportFacts | undefined {
  if (text.length <= TITLE_MEMO_TEXT) {
    const f = factsFromTitle(text);
    return f.kind === undefined ? undefined : f;
  }
  const kind = kindFacts(text);
  if (kind.kind === undefined) return undefined;
  const facts: ReportFacts = {};
  const board = boardName(text);
  if (board) facts.board = board;
  return Object.assign(facts, kind);
}

/** The kind, year and cutoff a title names (kind first; none when it names no kind). */
function kindFacts(text: string): ReportFacts {
  const facts: ReportFacts = {};
  const interimWord = INTERIM_WORD.test(text);
  const dated = interimWord ? INTERIM_DATED.exec(text) : null;
  if (dated) {
    const month = monthNumber(dated[2]);
    facts.kind = 'interim';
    facts.year = Number(dated[3]);
    if (month) facts.cutoff = isoDate(facts.year, month, Number(dated[1]));
    return facts;
  }
  const interim = interimWord ? INTERIM.exec(text) : null;
  if (interim) {
    facts.kind = 'interim';
    facts.year = Number(interim[1]);
    const per = PER_DATE.exec(text);
    const month = per ? monthNumber(per[2]) : undefined;
    if (per && month) facts.cutoff = isoDate(Number(per[3]), month, Number(per[1]));
    return facts;
  }
  const annual = ANNUAL_WORD.test(text) ? ANNUAL.exec(text) : null;
  if (annual) {
    facts.kind = 'annual';
    facts.year = Number(annual[1]);
  }
  return facts;
}

/** Fill the gaps of `into` from `from` (earlier sources win). */
export function mergeFacts(into: ReportFacts, from: ReportFacts): ReportFacts {
  return {
    board: into.board ?? from.board,
    kind: into.kind ?? from.kind,
    year: into.year ?? from.year,
    cutoff: into.cutoff ?? (into.kind === undefined || into.kind === from.kind ? from.cutoff : undefined),
  };
}

function colYear(c: ColumnMapping): number | undefined {
  return c.year ?? (c.date ? Number(c.date.slice(0, 4)) : undefined);
}

/**
 * What the tables' headers say when no title does: a forecast column and "Delår…" headers mean an
 * interim report; "Bokslut" without a forecast an annual one. The cutoff comes from a dated
 * header of the report's year ("Utfall 31 aug 2024").
 */
export function factsFromHeaders(tables: readonly TableMapping[]): ReportFacts {
  const facts: ReportFacts = {};
  const money = tables.filter((t) => t.kind === 'operating' || t.kind === 'investments');
  for (const t of money) {
    const actual = t.columns.find((c) => c.role === 'actual');
    const hasForecast = t.columns.some((c) => c.role === 'forecast');
    if (!actual) continue;
    const y = colYear(actual);
    if (y) facts.year ??= y;
    if (/del[åa]r/i.test(actual.header) || (hasForecast && /utfall|delår/i.test(actual.header))) facts.kind ??= 'interim';
    else if (/bokslut/i.test(actual.header) && !hasForecast) facts.kind ??= 'annual';
  }
  if (facts.year === undefined) {
    const years = tables.flatMap((t) => t.columns.map(colYear)).filter((y): y is number => y !== undefined);
    if (years.length) facts.year = Math.max(...years);
  }
  const outcomes = tables.filter((t) => t.kind === 'indicators').flatMap((t) => t.columns.filter((c) => c.role === 'outcome'));
  const dated = [...outcomes, ...tables.flatMap((t) => t.columns)].find((c) => c.date && (!facts.year || colYear(c) === facts.year));
  if (dated?.date && facts.kind !== 'annual') facts.cutoff = dated.date;
  // Only indicator tables: an outcome dated before 31 December means an interim report.
  if (!facts.kind && dated?.date && outcomes.includes(dated)) facts.kind = dated.date.endsWith('-12-31') ? 'annual' : 'interim';
  return facts;
}

export function toPeriod(f: ReportFacts): Period {
  if (f.kind === 'interim' && f.year !== undefined && f.cutoff) return { kind: 'interim', year: f.year, cutoff: f.cutoff };
  if (f.kind === 'annual' && f.year !== undefined) return { kind: 'annual', year: f.year };
  return f.year !== undefined ? { kind: 'unknown', year: f.year } : { kind: 'unknown' };
}
