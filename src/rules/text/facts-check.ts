/**
 * Judging quoted figures against any table (`table-facts.ts`): a quote is compared only when
 * its sentence binds it to one row (a row label in the forms prose uses, or the table's own
 * total), one measure (level, variance, change, share) and one column (by the measure, the years,
 * the timing words and the words a header adds, such as "Koncern"). Anything less is left alone:
 * a false alarm costs more trust than a missed error.
 */
import type { NarrativeParagraph, SourceRef, Unit } from '../../model/types';
import { formatNumber } from '../format';
import { agrees, sentences, yearsIn } from './parse';
import type { Quote, Sentence } from './parse';
import type { ReadingText } from './resolve';
import { disqualified, mayNameOwnTotal, nameForms, namesOwnTotal, OWN_TOTAL } from './names';
import { GROUP } from './table-facts';
import { isWordChar, isWordStart, nextWordStart, wordEnd as endOfWord, wordsOf } from './words';
import { quick } from './needles';
import type { FactCell, FactColumn, FactRow, FactTable, Facts } from './table-facts';

type Measure = 'level' | 'variance' | 'change' | 'share';

interface FactBinding {
  measure: Measure;
  /** +1 överskott/positiv/ökning/bättre, -1 underskott/negativ/minskning/sämre. */
  sign?: -1 | 1;
  /** The word that gave the sign, for the message. */
  signWord?: string;
  /** Which column a level means: "prognos…" → forecast, "budgeterade" → budget, "(462 mkr)" → previous year. */
  hint?: 'forecast' | 'budget' | 'actual' | 'previous';
  /** "prognosavvikelse", "avvikelse mot prognosen". */
  againstForecast?: boolean;
  /** Chose the measure from överskott/underskott alone. */
  fromResultWord?: boolean;
  /** "mot budget", "budgetavvikelse": a variance against the budget was named. */
  budgetNamed?: boolean;
  /** The sign word holds only on a result row ("lägre än budget"). */
  signOnResult?: boolean;
  /** Column measures the sentence names ("nettokostnaden", "intäkterna"). */
  columnWord?: 'net' | 'revenue';
}

export interface FactReading {
  value: number;
  /** Table-side rounding, in the quote's unit. */
  slack: number;
  refs: SourceRef[];
  /** What the message names and shows: built only for a reading that is reported, not for each compared. */
  text: () => ReadingText;
  /** Whether the value's sign can be compared with a sign word or a minus. */
  signed: boolean;
  decimals: number;
}


export interface FactJudgement {
  paragraph: NarrativeParagraph;
  quote: Quote;
  sentence: string;
  reading: FactReading;
  agrees: boolean;
  /** Agrees in size but not in sign. */
  signOnly?: boolean;
  signWord?: string;
}

interface Subject {
  table: FactTable;
  row: FactRow;
}

interface NameIndex {
  /** Forms by their first word, longest first. */
  byFirst: Map<string, { form: string; words: number; subjects: Subject[]; needs?: RegExp }[]>;
  /** Marks the leads (leadOf) of byFirst's words: a word whose lead is unmarked is not looked up. */
  leads: Uint8Array;
}

/** A word's first two UTF-16 units folded into 16 bits (0 for the second of a one-unit word): words differing here differ. */
function leadOf(text: string, start: number, end: number): number {
  return ((text.charCodeAt(start) & 0xff) << 8) | (end - start > 1 ? text.charCodeAt(start + 1) & 0xff : 0);
}

/** "Nettoinvesteringar" written "investeringarna … netto": the short form names the row only beside "netto". */
const NETTO_LABEL = /^netto(\p{L}{5,})(?![\p{L}/])/iu;
const NETTO_WORD = /(?<!\p{L})netto(?!\p{L})/u;

/**
 * How closely a form names a row: its own label (0), a short form of a bottom line such as
 * "resultatet" for "Årets resultat" (1), a short form of another row (2). A form several rows
 * share names the closest only.
 */
function closenessTo(label: string): (form: string) => number {
  const own = label.toLowerCase().replace(/\s+/g, ' ');
  const head = own.split(',')[0].split(' i ')[0].trim().split(' ').slice(0, 2).join(' ');
  const other = /^(?:årets|periodens)\s/iu.test(label.trim()) ? 1 : 2;
  return (form) => (form.startsWith(head) ? 0 : other);
}

/**
 * Which of the `wanted` four-letter starts (a label word's first four letters, or the whole of a
 * shorter word) start a word the texts use: a row none of whose words start so is never named.
 * Words as `words.ts` reads them (a hyphenated compound part, "barn-", is a word). Each start is
 * searched for in all the texts at once, and only where it occurs is it asked whether a word
 * starts there: the texts are not walked word by word.
 */
export function wordStarts(texts: string[], wanted: Set<string>): Set<string> {
  // NUL is neither a word character, a space nor cased: a word ends at it as at a text's end, and
  // the texts lower-case as they would one by one.
  const all = texts.join('\u0000').toLowerCase();
  const found = new Set<string>();
  for (const w of wanted) if (w && startsWord(all, w)) found.add(w);
  return found;
}

/** Whether some word of `text` starts with `start` (four units), or is `start` (a shorter one). */
function startsWord(text: string, start: string): boolean {
  for (let at = text.indexOf(start); at >= 0; at = text.indexOf(start, at + 1)) {
    if (!isWordStart(text, at)) continue;
    if (Math.min(endOfWord(text, at) - at, 4) === start.length) return true;
  }
  return false;
}

/**
 * What the index needs of a label (or a board sheet's name), kept by the text: the boards' tables
 * share their labels ("Nettokostnad", "Summa"), and the forms are a dozen patterns each.
 */
interface LabelNames {
  /** Lower-case words, their four-letter starts asked of the text. */
  starts: string[];
  /** nameForms, each with its closeness to the label, its first word and how many words it has. */
  forms: { form: string; rank: number; first: string; words: number }[];
  /** "Nettoinvesteringar": the definite forms of "investeringar", named only beside "netto". */
  netto: string[];
}

const LABEL_NAMES = new Map<string, LabelNames>();

function labelNames(label: string): LabelNames {
  let hit = LABEL_NAMES.get(label);
  if (!hit) {
    if (LABEL_NAMES.size > 5000) LABEL_NAMES.clear();
    const rank = closenessTo(label);
    const rest = NETTO_LABEL.exec(label.trim())?.[1];
    hit = {
      starts: wordsOf(label.toLowerCase()).map((w) => w.slice(0, 4)),
      forms: nameForms(label).map((form) => {
        const words = wordsOf(form);
        return { form, rank: rank(form), first: words.length ? words[0] : form, words: words.length };
      }),
      netto: rest ? nameForms(rest).filter((x) => /(?:na|en|et)$/u.test(x)) : [],
    };
    LABEL_NAMES.set(label, hit);
  }
  return hit;
}

/** The four-letter starts indexNames asks about: its labels' words and its board sheets' names. */
function startsAsked(tables: FactTable[]): Set<string> {
  const out = new Set<string>();
  for (const table of tables) {
    for (const row of table.rows) for (const w of labelNames(row.label).starts) out.add(w);
    if (BOARD_ROW.test(table.sheet)) for (const w of labelNames(table.sheet).starts) out.add(w);
  }
  return out;
}

/**
 * Rows that go by the same names (one label, or one board sheet's totals), in table and row
 * order: every form of the names lists them alike, so they are listed once per label, not once
 * per row and form.
 */
interface NamedRows {
  names: LabelNames;
  /** A board sheet's name for its tables' totals: every form ranks 3, after any row's own. */
  sheet: boolean;
  subjects: Subject[];
  /** Each subject's place among all the rows indexNames lists, for merging labels that share a form. */
  order: number[];
}

/** The rows each label's names list (a table's rows are distinct objects, each table listed once). */
function namedRows(tables: FactTable[], starts: Set<string>): NamedRows[] {
  const out: NamedRows[] = [];
  const byLabel = new Map<LabelNames, NamedRows | null>();
  const bySheet = new Map<LabelNames, NamedRows | null>();
  let order = 0;
  const list = (names: LabelNames, sheet: boolean, table: FactTable, row: FactRow): void => {
    const byNames = sheet ? bySheet : byLabel;
    let group = byNames.get(names);
    if (group === undefined) {
      // A label none of whose words' starts the texts use is never named.
      group = names.starts.some((w) => starts.has(w)) ? { names, sheet, subjects: [], order: [] } : null;
      byNames.set(names, group);
      if (group) out.push(group);
    }
    if (!group) return;
    group.subjects.push({ table, row });
    group.order.push(order++);
  };
  for (const table of tables) {
    for (const row of table.rows) list(labelNames(row.label), false, table, row);
    // A sheet named for a board ("Utbildningsnämnden") names its tables' own totals, after any
    // row of that name.
    if (BOARD_ROW.test(table.sheet)) for (const row of table.rows) if (row.total) list(labelNames(table.sheet), true, table, row);
  }
  return out;
}

/** The subjects a form names: the closest-ranked of the rows going by it, each (table, row) once, in table and row order. */
function subjectsOf(form: string, groups: NamedRows[]): Subject[] {
  if (groups.length === 1) return groups[0].subjects;
  const all: { s: Subject; rank: number; order: number }[] = [];
  for (const g of groups) {
    const rank = g.sheet ? 3 : (g.names.forms.find((f) => f.form === form) as { rank: number }).rank;
    for (let i = 0; i < g.subjects.length; i++) all.push({ s: g.subjects[i], rank, order: g.order[i] });
  }
  all.sort((a, b) => a.order - b.order);
  // The first listing of a (table, row) keeps its rank.
  const seen = new Map<FactRow, FactTable[]>();
  const kept = all.filter(({ s: { table, row } }) => {
    const tablesOfRow = seen.get(row);
    if (tablesOfRow?.includes(table)) return false;
    if (tablesOfRow) tablesOfRow.push(table);
    else seen.set(row, [table]);
    return true;
  });
  const best = Math.min(...kept.map((x) => x.rank));
  return kept.filter((x) => x.rank === best).map((x) => x.s);
}

function indexNames(tables: FactTable[], starts: Set<string>): NameIndex {
  // Which groups of rows each form names, forms in the order the rows first give them.
  const byForm = new Map<string, { form: LabelNames['forms'][number]; groups: NamedRows[] }>();
  for (const group of namedRows(tables, starts)) {
    for (const f of group.names.forms) {
      const at = byForm.get(f.form);
      if (at) at.groups.push(group);
      else byForm.set(f.form, { form: f, groups: [group] });
    }
  }
  const byFirst = new Map<string, { form: string; words: number; subjects: Subject[]; needs?: RegExp }[]>();
  for (const [form, { form: f, groups }] of byForm) {
    const entry = { form, words: f.words, subjects: subjectsOf(form, groups) };
    const at = byFirst.get(f.first);
    if (at) at.push(entry);
    else byFirst.set(f.first, [entry]);
  }
  for (const table of tables) {
    for (const row of table.rows) {
      for (const f of labelNames(row.label).netto) {
        const at = byFirst.get(f) ?? [];
        if (at.some((e) => e.form === f)) continue;
        at.push({ form: f, words: 1, subjects: [{ table, row }], needs: NETTO_WORD });
        at.sort((a, b) => b.form.length - a.form.length);
        byFirst.set(f, at);
      }
    }
  }
  const leads = new Uint8Array(0x10000);
  for (const [first, list] of byFirst) {
    list.sort((a, b) => b.form.length - a.form.length);
    leads[leadOf(first, 0, first.length)] = 1;
  }
  return { byFirst, leads };
}

interface Hit {
  index: number;
  end: number;
  subjects: Subject[];
}

/** Row names in a sentence, longest first at each word, not overlapping, read word by word. */
function hitsIn(text: string, names: NameIndex): Hit[] {
  const out: Hit[] = [];
  const n = text.length;
  // Words starting inside the last name found are passed over: names do not overlap.
  let covered = 0;
  for (let index = nextWordStart(text, 0); index < n; ) {
    const wordEnd = endOfWord(text, index);
    if (index >= covered && names.leads[leadOf(text, index, wordEnd)]) {
      const end = hitAt(text, index, wordEnd, names, out);
      if (end >= 0) covered = end;
    }
    index = nextWordStart(text, wordEnd);
  }
  return out;
}

/** The longest name starting with the word at `index` pushed to `out`: its end, -1 when none. */
function hitAt(text: string, index: number, wordEnd: number, names: NameIndex, out: Hit[]): number {
  const candidates = names.byFirst.get(text.slice(index, wordEnd));
  if (!candidates) return -1;
  for (const c of candidates) {
    if (c.needs && !c.needs.test(text)) continue;
    if (!text.startsWith(c.form, index)) continue;
    const end = index + c.form.length;
    if (isWordChar(text, end)) continue;
    if (disqualified(text, index, c.form.length)) return -1;
    out.push({ index, end, subjects: c.subjects });
    return end;
  }
  return -1;
}

const W = (s: string) => new RegExp(`(?<!\\p{L})(?:${s})(?!\\p{L})`, 'u');
const SIGN_POS = quick(W('överskott\\p{L}*|positiv\\p{L}*|plus|vinst\\p{L}*'));
const SIGN_NEG = quick(W('underskott\\p{L}*|negativ\\p{L}*|minus|förlust\\p{L}*'));
const VARIANCE_WORD = quick(W('avvik\\p{L}*|budgetavvikelse\\p{L}*|prognosavvikelse\\p{L}*|överskrid\\p{L}*|underskrid\\p{L}*|överstig\\p{L}*|understig\\p{L}*'));
const RESULT_WORD = quick(W('överskott\\p{L}*|underskott\\p{L}*|vinst(?:en)?|förlust(?:en)?'));
/** "Underskottet … förklaras främst av … kostnader för skyfallet om totalt 87 Mkr": a verb that explains the result; the figure after it is a cause's. */
const EXPLAINS = quick(/(?<!\p{L})(?:förklaras|förklarades|förklarats|beror|berodde|orsakas|orsakades|hänför|hänförs|hänförde|härrör|härrörde)(?!\p{L})/u);
/** "Det negativa resultatet på 52 mnkr", "ett resultat om –13,9 mnkr", "starka resultat 2021 på 120,9": the result named as a noun. */
const RESULT_NOUN = quick(/(?<!\p{L})(?:resultat(?:et)?(?:\s+(?:för\s+)?(?:19|20)\d\d)?|(?:positivt|negativt)\s+bokslut)\s+(?:på|om)\s*$/u);
const CHANGE_WORD = quick(W('ökning\\p{L}*|ökat|ökade|ökar|öka|minskning\\p{L}*|minskat|minskade|minskar|minska|förändring\\p{L}*|förändrats|sänkning\\p{L}*|höjning\\p{L}*|kostnadsökning\\p{L}*|förbättring\\p{L}*|försämring\\p{L}*|förbättrats|försämrats|(?:högre|lägre|bättre|sämre) resultat med'));
/** A change as a noun ("ökningen av …"), which names its row after "av". */
const CHANGE_NOUN = /^(?:ökning|minskning|förändring|sänkning|höjning|förbättring|försämring)(?:en)?$/u;
const CHANGE_NEG = quick(W('minskning\\p{L}*|minskat|minskade|minskar|minska|sänkning\\p{L}*|försämring\\p{L}*|försämrats|(?:lägre|sämre) resultat med'));
/** A verb (or "budgeterade") at most eight words before the figure. */
const LEVEL_WORD = quick(/(?<!\p{L})(?:uppgick|uppgår|uppgått|uppgå|blev|blir|var|är|landade|landar|hamnade|hamnar|stannade|slutade|redovisade|redovisar|redovisas|visade|visar|uppvisar|uppvisade|motsvarade|motsvarar|prognostiserades|prognostiseras|beräknas|förväntas|budgeterade|budgeterat|kostade|omsatte)(?!\p{L})(?:\s+\S+){0,8}\s*$/u);
const PAST = quick(W('stannade|landade|hamnade|blev|uppgick|slutade|var'));
const FULL_YEAR = quick(W('för året|helåret|helår|hela året'));
const FORECAST_WORD = quick(W('prognos\\p{L}*|prognostiser\\p{L}*|beräknas|förväntas|väntas|bedöms'));
const BUDGET_WORD = quick(W('budgeterade?|budgeterat|budgeten|budgetera\\p{L}*'));
const BUDGET_NAMED = quick(W('mot budget\\p{L}*|gentemot budget\\p{L}*|jämfört med budget\\p{L}*|i förhållande till budget\\p{L}*|budgetavvikelse\\p{L}*|mot tilldelat kommunbidrag|gentemot tilldelat kommunbidrag'));
const REVENUE_WORD = quick(/(?<!\p{L})intäkter\p{L}*/u);
/** The figure's own noun phrase is budgeted: "det budgeterade (positiva) resultatet om" (the row name blanked); asked only of texts holding "budgeterade". */
const BUDGETED_NP = /(?<!\p{L})(?:det|den|de)\s+budgeterade\s+(?:\p{L}+\s+){0,2}\s*(?:på|om)\s*$/u;
/** "… att nämnderna levererade …": a subordinate clause that brings its own subject and verb. */
const NEW_SUBJECT = quick(/(?<!\p{L})(?:att|eftersom|då|när|medan)\s+(?!det\s|den\s|detta\s|de\s)\p{L}{3,}\s+(?:\p{L}+\s+)?(?:levererade|levererar|redovisade|redovisar|visade|visar|gjorde|gör|fick|får|har|hade|bidrog|uppvisade|stod)(?!\p{L})/u);
const INHERIT = /(?:^|\s)(?:eller|motsvarande|vilket motsvarar|vilket motsvarade|det vill säga|dvs\.?|alltså)\s*$/u;
const YOY_AFTER = /^\s*(?:(?:(?:högre|lägre|mer|mindre|bättre|sämre)\s+än\s+|jämfört med\s+|i förhållande till\s+|i jämförelse med\s+|sedan\s+|mot\s+)(?:motsvarande period\s+)?(?:föregående|förra)\s+år|(?:högre|lägre|mer|mindre|bättre|sämre)\s+än\s+(?:19|20)\d\d|(?:från|sedan|jämfört med)\s+(?:år\s+)?(?:19|20)\d\d)/u;
const BUDGET_AFTER = /^\s*(?:(?:högre|lägre|mer|mindre|bättre|sämre)\s+än\s+(?:budget\p{L}*|den budgeterade|det budgeterade)|(?:mot|jämfört med|gentemot)\s+budget)/u;
const SHARE_AFTER = /^\s*(?:av\s+(?:den\s+|det\s+)?(?:\p{L}+\s+){0,3}(?:budget\p{L}*|nettobudget\p{L}*|kommunbidrag\p{L}*|ram\p{L}*))/u;
/** A figure for the year before: "jämfört med 193 Mkr föregående år". */
const PREVIOUS_AFTER = /^\s*(?:föregående|förra)\s+år/u;
const PREVIOUS_BEFORE = /(?:jämfört med|mot|från)\s*$/u;

/** VARIANCE_WORD and RESULT_WORD for walking every occurrence (compiled once, not per quote). */
const VARIANCE_ALL = new RegExp(VARIANCE_WORD.re.source, 'gu');
const RESULT_ALL = new RegExp(RESULT_WORD.re.source, 'gu');

/** Where the last match of any of the global patterns ends in `text`, -1 when none matches. */
function lastEnd(text: string, ...res: RegExp[]): number {
  let end = -1;
  for (const re of res) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) end = Math.max(end, m.index + m[0].length);
  }
  return end;
}

function bindingFor(seg: string, after: string, clause: string, q: Quote, previous: FactBinding | undefined, previousUnit: Quote['unit'] | undefined, clauseBefore: string = clause): FactBinding | undefined {
  const b = seg.replace(/\s+/g, ' ');
  // "167 miljoner bättre än vad vi budgeterat" is "bättre än budgeterat".
  after = after.replace(/^(\s*(?:högre|lägre|mer|mindre|bättre|sämre)\s+än\s+)vad\s+(?:vi|man|nämnden|kommunen|förvaltningen|staden)\s+(?:hade\s+|har\s+)?(?=budget)/u, '$1');
  const sameKind = (u: Quote['unit'] | undefined) => u !== undefined && (u === 'percent' || u === 'pp') === (q.unit === 'percent' || q.unit === 'pp');
  // "79 mkr (462 mkr)", "120,9 miljoner kronor för 2021 (112,7 miljoner kronor 2020)": last year's figure.
  if (q.parenthesised && previous && sameKind(previousUnit)) return { ...previous, measure: 'level', hint: 'previous' };
  if (PREVIOUS_AFTER.test(after) && PREVIOUS_BEFORE.test(b) && previous?.measure === 'level') return { ...previous, hint: 'previous' };
  // "mot det budgeterade positiva resultatet om 200 mnkr": the figure is the budget's own.
  if (b.includes('budgeterade') && BUDGETED_NP.test(b)) return { measure: 'level', hint: 'budget' };
  // Budget named before the figure or right after it: "… om 117 Mkr kunde budgetavvikelsen
  // begränsas till -70 Mkr" names the budget for the second figure, not the first.
  const budgetNamed = BUDGET_NAMED.test(clauseBefore) || BUDGET_AFTER.test(after);
  const columnWord = clause.includes('nettokostnad') ? 'net' : REVENUE_WORD.test(clause) ? 'revenue' : undefined;
  let own: FactBinding | undefined;
  // One exec per sign pattern: its match is the sign word.
  const negWord = SIGN_NEG.exec(b);
  const posWord = negWord ? null : SIGN_POS.exec(b);
  const sign = negWord ? -1 : posWord ? 1 : undefined;
  const signWord = sign === undefined ? undefined : ((negWord ?? posWord)?.[0] ?? undefined);
  const base = { ...(sign ? { sign, signWord } : {}), ...(budgetNamed ? { budgetNamed } : {}), ...(columnWord ? { columnWord } : {}) } as Partial<FactBinding>;
  // The measure word, then a verb that explains it, then the figure: the figure is the cause's.
  const varianceWord = VARIANCE_WORD.test(b);
  const resultWord = RESULT_WORD.test(b);
  const measureEnd = varianceWord || resultWord ? lastEnd(b, VARIANCE_ALL, RESULT_ALL) : -1;
  if (measureEnd >= 0 && EXPLAINS.test(b.slice(measureEnd))) return undefined;
  if (varianceWord || BUDGET_AFTER.test(after)) {
    const better = /^\s*(?:bättre|högre)\s+än\s+budget/u.test(after) ? 1 : /^\s*(?:sämre)\s+än\s+budget/u.test(after) ? -1 : undefined;
    // "185 miljoner lägre än budget": below budget is a shortfall only for a result, not for costs.
    const lower = better === undefined && /^\s*lägre\s+än\s+budget/u.test(after) ? -1 : undefined;
    own = {
      measure: 'variance',
      ...base,
      ...(better !== undefined && sign === undefined ? { sign: better, signWord: better > 0 ? 'bättre' : 'sämre' } : {}),
      ...(lower !== undefined && sign === undefined ? { sign: lower, signWord: 'lägre', signOnResult: true } : {}),
      ...(/prognosavvik|avvik\p{L}* (?:mot|från|gentemot) prognos/u.test(`${b} ${after.slice(0, 40)}`) ? { againstForecast: true } : {}),
    } as FactBinding;
  } else if (CHANGE_WORD.test(b) || YOY_AFTER.test(after)) {
    const word = CHANGE_WORD.exec(b)?.[0];
    const afterSign = /^\s*(?:lägre|sämre|mindre)\s+än/u.test(after) ? -1 : /^\s*(?:högre|bättre|mer)\s+än/u.test(after) ? 1 : undefined;
    const s = word ? (CHANGE_NEG.test(b) ? -1 : 1) : afterSign;
    own = { measure: 'change', ...(s !== undefined ? { sign: s, signWord: word ?? (s < 0 ? 'lägre' : 'högre') } : {}), ...(columnWord ? { columnWord } : {}) } as FactBinding;
  } else if (resultWord) {
    own = { measure: budgetNamed ? 'variance' : 'level', ...base, fromResultWord: true } as FactBinding;
  } else if (LEVEL_WORD.test(b)) {
    const hint = BUDGET_WORD.test(b) ? 'budget' : FORECAST_WORD.test(clause) ? 'forecast' : 'actual';
    // "Resultatet för året stannade på 0,1 mnkr": a year that is over, not this one's figure.
    if (hint === 'actual' && FULL_YEAR.test(b) && PAST.test(b) && !/(?:19|20)\d\d/.test(b)) return undefined;
    own = { measure: 'level', ...base, hint: hint === 'actual' && FULL_YEAR.test(b) ? 'forecast' : hint } as FactBinding;
  } else if (BUDGET_WORD.test(b) && /(?:på|om|till)\s*$/u.test(b)) {
    // "… jämfört med det budgeterade resultatet på 15 mnkr".
    own = { measure: 'level', hint: 'budget' };
  }
  if (q.unit === 'percent' && SHARE_AFTER.test(after) && previous && (!own || own.measure === 'level')) return { ...previous, measure: 'share' };
  if (!own && (q.parenthesised || INHERIT.test(b)) && previous) return previous;
  return own;
}

function factor(unit: Unit | undefined, q: Quote['unit']): number | undefined {
  const scale: Partial<Record<string, number>> = { kr: 1, tkr: 1e3, mnkr: 1e6 };
  if (!unit) return undefined;
  if (q === 'percent' || q === 'pp') return unit === 'percent' ? 1 : undefined;
  if (unit === 'percent') return undefined;
  const from = scale[unit];
  const to = scale[q];
  return from && to ? from / to : undefined;
}

function isResultRow(row: FactRow): boolean {
  return /resultat|över-?\/?underskott|budgetavvikelse|avvikelse/iu.test(row.label);
}

function unitOf(t: FactTable, row: FactRow, c: FactColumn): Unit | undefined {
  if (c.percent) return 'percent';
  return row.unit ?? t.unit;
}

/** What the sentence says about groups and header words. */
interface Words {
  lower: string;
  group: boolean;
}

/**
 * Compiled patterns built from words (a stem, a year), kept by their source: the same few are
 * asked for quote after quote. Only non-global ones, whose test() keeps no state.
 */
const PATTERNS = new Map<string, RegExp>();

function pattern(source: string, flags: '' | 'u'): RegExp {
  const key = `${flags}/${source}`;
  let re = PATTERNS.get(key);
  if (!re) {
    if (PATTERNS.size > 5000) PATTERNS.clear();
    PATTERNS.set(key, (re = new RegExp(source, flags)));
  }
  return re;
}

/** "från 2019", "jämfört med år 2019": the year is a comparison, not the quote's own. */
const COMPARED_YEAR = new Map<number, RegExp>();
const comparedYear = (y: number): RegExp => {
  // By the year itself: asked per quote and per year of its sentence, without building the key.
  let re = COMPARED_YEAR.get(y);
  if (!re) COMPARED_YEAR.set(y, (re = pattern(`(?:från|sedan|jämfört med|än|mot)\\s+(?:år\\s+)?${y}`, '')));
  return re;
};

/** OWN_TOTAL for replacing every occurrence (replace() starts a global pattern from 0 each time). */
const OWN_TOTAL_ALL = new RegExp(OWN_TOTAL.source, 'gu');

/** A qualifier's stem as a pattern, by qualifier: built once, not a source string per test. */
const MENTION = new Map<string, RegExp>();

function mentions(words: Words, qualifier: string): boolean {
  let re = MENTION.get(qualifier);
  if (!re) {
    const stem = qualifier.slice(0, Math.max(4, Math.min(8, qualifier.length - 2)));
    re = pattern(`(?<!\\p{L})${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
    if (MENTION.size > 5000) MENTION.clear();
    MENTION.set(qualifier, re);
  }
  return re.test(words.lower);
}

/** Columns by the group and header words the sentence uses. */
function byWords(cols: FactColumn[], words: Words): FactColumn[] {
  let out = cols;
  const groupCols = out.filter((c) => c.group);
  if (words.group) {
    // The group's figure is not in a table that has no group columns.
    if (!groupCols.length) return [];
    out = groupCols;
  } else out = out.filter((c) => !c.group);
  // The column whose own word the sentence uses most fully ("balanskravsresultatet" names
  // BALANSKRAVSRESULTAT rather than JUSTERING BALANSKRAV).
  // Each column scored once (the best score, then the columns that have it).
  const scores = out.map((c) => {
    let most = 0;
    if (!c.group) for (const q of c.qualifiers) if (q.length > most && mentions(words, q)) most = q.length;
    return most;
  });
  let best = 0;
  for (const x of scores) if (x > best) best = x;
  if (best > 0) return out.filter((_, i) => scores[i] === best);
  const plain = out.filter((c) => c.group || c.qualifiers.every((q) => /^(?:kommun|kommunen|kommunens|stad|staden|stadens)$/u.test(q)));
  return plain.length ? plain : out;
}

function columnsOf(t: FactTable, m: FactColumn['measure'][], words: Words, percent?: boolean): FactColumn[] {
  return byWords(t.columns.filter((c) => m.includes(c.measure) && (percent === undefined || c.percent === percent)), words);
}

/** Narrow columns to a year, else to the report's year. */
function byYear(cols: FactColumn[], year: number | undefined, reportYear: number | undefined): FactColumn[] {
  if (cols.length <= 1 && year === undefined) return cols;
  if (year !== undefined) {
    const hit = cols.filter((c) => c.year === year);
    if (hit.length) return hit;
    // A year named that none of these headers has: the sentence speaks of another column.
    if (cols.some((c) => c.year !== undefined)) return [];
    return cols;
  }
  const current = cols.filter((c) => c.year === undefined || c.year === reportYear);
  return current.length ? current : cols;
}

function cellReading(t: FactTable, row: FactRow, c: FactColumn, q: Quote, signed: boolean): FactReading | undefined {
  const cell = row.cells.get(c.col);
  if (!cell) return undefined;
  const unit = unitOf(t, row, c);
  const k = factor(unit, q.unit);
  if (k === undefined) return undefined;
  const unitText = unit === 'percent' ? '%' : (unit ?? '');
  return { value: cell.value * k, slack: 0.5 * 10 ** -cell.decimals * k, refs: [cell.ref], text: () => ({ label: c.header ? `${row.label}, ${c.header}` : row.label, basis: `${formatNumber(cell.value, cell.decimals)} ${unitText}`.trim() }), signed, decimals: cell.decimals };
}

function pair(row: FactRow, cols: FactColumn[], year: number): { now?: FactCell; before?: FactCell; cNow?: FactColumn; cBefore?: FactColumn } {
  const cNow = cols.find((c) => c.year === year);
  const cBefore = cols.find((c) => c.year === year - 1);
  return { now: cNow && row.cells.get(cNow.col), before: cBefore && row.cells.get(cBefore.col), cNow, cBefore };
}

/** Whether some column of the table is headed by the year (the table has years at all). */
function hasYear(t: FactTable, year: number): boolean {
  return !t.columns.some((c) => c.year !== undefined) || t.columns.some((c) => c.year === year);
}

/** A rate the sentence itself quotes for a year ("Sjukfrånvaron 2015 motsvarade 6,85 %"). */
interface QuotedLevel {
  q: Quote;
  year: number;
  rows: FactRow[];
}

/** "… i förhållande till föregående år", "jämfört med förra året": the change from the year before. */
const FROM_PREVIOUS_YEAR = /^\s*(?:i förhållande till|jämfört med|i jämförelse med|från|mot|sedan)\s+(?:föregående|förra)\s+år(?:et)?(?!\p{L})/u;

/**
 * A change in percentage points for a year no column of the table has, where the sentence quotes
 * that year's rate of the same row and the table has the year before: the quoted rate less the
 * table's. The message names both ("6,85 % för 2015 i texten − Sjukfrånvaro, 2014"): the table's
 * year may have been restated since. Anything less certain gives no reading.
 */
function changeFromQuotedLevel(subjects: Subject[], year: number, levels: QuotedLevel[], q: Quote, lower: string, words: Words): FactReading | undefined {
  if (!FROM_PREVIOUS_YEAR.test(q.after) && !comparedYear(year - 1).test(lower)) return undefined;
  const level = levels.filter((l) => l.year === year && subjects.some((x) => l.rows.includes(x.row)));
  if (level.length !== 1) return undefined;
  const l = level[0];
  const own = subjects.filter((x) => l.rows.includes(x.row));
  if (own.length !== 1) return undefined;
  const { table: t, row } = own[0];
  if (hasYear(t, year)) return undefined;
  const cols = columnsOf(t, ['actual', 'value'], words).filter((c) => c.year === year - 1 && unitOf(t, row, c) === 'percent');
  if (cols.length !== 1) return undefined;
  const cell = row.cells.get(cols[0].col);
  if (!cell) return undefined;
  const d = Math.max(l.q.decimals, cell.decimals);
  return {
    value: l.q.value - cell.value,
    slack: 0.5 * 10 ** -l.q.decimals + 0.5 * 10 ** -cell.decimals,
    refs: [cell.ref],
    text: () => ({
      label: `${formatNumber(l.q.value, l.q.decimals)} % för ${year} i texten − ${cols[0].header ? `${row.label}, ${cols[0].header}` : row.label}`,
      basis: `${formatNumber(l.q.value, l.q.decimals)} − ${formatNumber(cell.value, cell.decimals)} %`,
    }),
    signed: true,
    decimals: d,
  };
}

interface When {
  /** The year the figure is for, when the words give it. */
  year?: number;
  /** A year written right after the figure ("112,7 miljoner kronor 2020"). */
  after?: number;
  /** The latest year the sentence names at all (for a change: the later of the two). */
  latest?: number;
}

function readingFor(s: Subject, b: FactBinding, q: Quote, when: When, reportYear: number | undefined, words: Words): FactReading[] {
  const { table: t, row } = s;
  const pct = q.unit === 'percent' || q.unit === 'pp';
  const percentRow = unitOf(t, row, t.columns[0] ?? ({ percent: false } as FactColumn)) === 'percent';
  const out: FactReading[] = [];
  const tableYear = t.year ?? reportYear;
  if (b.measure === 'level' && b.fromResultWord && !isResultRow(row) && t.columns.some((c) => c.measure === 'variance' && !c.againstForecast)) {
    // "Kommunstyrelsen redovisade ett överskott på 0,2 mkr": the row's deviation from budget.
    return readingFor(s, { ...b, measure: 'variance' }, q, when, reportYear, words);
  }
  if (b.measure === 'variance') {
    let cols = columnsOf(t, ['variance'], words, pct && !percentRow ? true : undefined).filter((c) => !!c.againstForecast === !!b.againstForecast);
    cols = byYear(cols, when.year, tableYear);
    if (!cols.length && b.sign !== undefined && !b.budgetNamed && !b.againstForecast && !pct) {
      // "Kommunstyrelsen redovisar ett överskott om 96 Mkr" in a table of deviations per board.
      return readingFor(s, { ...b, measure: 'level', hint: 'actual', fromResultWord: false }, q, when, reportYear, words);
    }
    if (pct && !percentRow && !cols.length) return readingFor(s, { ...b, measure: 'share' }, q, when, reportYear, words);
    if (!cols.length && !pct && !b.againstForecast) {
      // No variance column: the year's actual minus its budget ("18,2 mkr högre än budgeterat").
      const y = when.year ?? tableYear;
      const act = byYear(columnsOf(t, ['actual', 'value'], words, false), y, tableYear).filter((c) => c.year === y);
      const bud = byYear(columnsOf(t, ['budget'], words, false), y, tableYear).filter((c) => c.year === y);
      if (act.length !== 1 || bud.length !== 1) return [];
      const now = row.cells.get(act[0].col);
      const plan = row.cells.get(bud[0].col);
      const k = factor(unitOf(t, row, act[0]), q.unit);
      if (!now || !plan || k === undefined) return [];
      const d = Math.max(now.decimals, plan.decimals);
      return [{ value: (now.value - plan.value) * k, slack: 10 ** -d * k, refs: [now.ref, plan.ref], text: () => ({ label: `${row.label}, ${act[0].header} − ${bud[0].header}`, basis: `${formatNumber(now.value, now.decimals)} − ${formatNumber(plan.value, plan.decimals)} ${unitOf(t, row, act[0]) ?? ''}`.trim() }), signed: true, decimals: d }];
    }
    for (const c of cols) {
      const r = cellReading(t, row, c, q, true);
      if (r) out.push(r);
    }
    return out;
  }
  if (b.measure === 'share') {
    const v = byYear(columnsOf(t, ['variance'], words, false), when.year, tableYear).filter((c) => !c.againstForecast);
    const bud = byYear(columnsOf(t, ['budget'], words, false), when.year, tableYear);
    if (v.length !== 1 || bud.length !== 1 || q.unit !== 'percent') return [];
    const vc = row.cells.get(v[0].col);
    const bc = row.cells.get(bud[0].col);
    if (!vc || !bc || bc.value === 0) return [];
    const value = (Math.abs(vc.value) / Math.abs(bc.value)) * 100;
    const slack = ((0.5 * 10 ** -vc.decimals) / Math.abs(bc.value)) * 100 + 0.01;
    return [{ value, slack, refs: [vc.ref, bc.ref], text: () => ({ label: `${row.label}, ${v[0].header} / ${bud[0].header}`, basis: `${formatNumber(vc.value, vc.decimals)} av ${formatNumber(bc.value, bc.decimals)} ${t.unit ?? ''}`.trim() }), signed: false, decimals: 1 }];
  }
  if (b.measure === 'change') {
    const pctChange = q.unit === 'percent' && !percentRow;
    if (q.unit === 'pp' && !percentRow) return [];
    if (q.unit === 'percent' && percentRow) return []; // "ökade med 5 %" of a rate: relative or points, unclear
    const target = when.latest ?? tableYear;
    // "Sjukfrånvaron 2015 … en ökning motsvarande 0,57 procentenheter": a change the sentence dates
    // to a year no column of the table has is not the change of the table's latest year.
    if (when.latest !== undefined && !hasYear(t, when.latest)) return [];
    const changeCols = columnsOf(t, ['change'], words, percentRow ? undefined : pctChange);
    let cols = changeCols.filter((c) => c.year === undefined || c.year === target || c.year === tableYear);
    if (cols.length > 1) cols = byYear(cols, undefined, tableYear);
    const signedOk = percentRow || [...row.cells.values()].every((c) => c.value >= 0);
    if (cols.length) {
      for (const c of cols) {
        const r = cellReading(t, row, c, q, signedOk);
        if (r) out.push(r);
      }
      return out;
    }
    if (changeCols.length) return [];
    // No change column: the difference of the two years' columns.
    const yearCols = columnsOf(t, ['actual', 'value', b.columnWord ?? 'net'], words).filter((c) => c.year !== undefined && c.percent === percentRow);
    const y = target !== undefined && yearCols.some((c) => c.year === target) ? target : tableYear;
    if (y === undefined) return [];
    const { now, before, cNow, cBefore } = pair(row, yearCols, y);
    if (!now || !before || !cNow || !cBefore) return [];
    if (pctChange) {
      if (before.value === 0) return [];
      const value = ((now.value - before.value) / Math.abs(before.value)) * 100;
      return [{ value, slack: 0.05, refs: [now.ref, before.ref], text: () => ({ label: `${row.label}, ${cNow.header} mot ${cBefore.header}`, basis: `${formatNumber(now.value, now.decimals)} mot ${formatNumber(before.value, before.decimals)}` }), signed: signedOk, decimals: 1 }];
    }
    const unit = unitOf(t, row, cNow);
    const k = factor(unit, q.unit);
    if (k === undefined) return [];
    const d = Math.max(now.decimals, before.decimals);
    return [{ value: (now.value - before.value) * k, slack: 10 ** -d * k, refs: [now.ref, before.ref], text: () => ({ label: `${row.label}, ${cNow.header} − ${cBefore.header}`, basis: `${formatNumber(now.value, now.decimals)} − ${formatNumber(before.value, before.decimals)} ${unit === 'percent' ? '%' : (unit ?? '')}`.trim() }), signed: signedOk, decimals: d }];
  }
  // level
  if (q.unit === 'pp') return [];
  const hint = b.hint ?? 'actual';
  const wanted: FactColumn['measure'][] = hint === 'budget' ? ['budget'] : hint === 'forecast' ? ['forecast'] : ['actual'];
  let cols: FactColumn[];
  if (b.columnWord && columnsOf(t, [b.columnWord], words).length) cols = columnsOf(t, [b.columnWord], words);
  else cols = columnsOf(t, hint === 'actual' || hint === 'previous' ? ['actual', 'value'] : wanted, words);
  if (!cols.length && (hint === 'actual' || hint === 'previous')) cols = columnsOf(t, ['net'], words);
  if (!cols.length && hint === 'forecast' && !columnsOf(t, ['actual'], words).length) cols = columnsOf(t, ['value'], words);
  cols = cols.filter((c) => (unitOf(t, row, c) === 'percent') === (q.unit === 'percent'));
  // "… visar på ett underskott om 31,2 miljoner kronor": a result column, when the table has one.
  if (b.fromResultWord && cols.some((c) => /resultat|över|under/iu.test(c.header))) cols = cols.filter((c) => /resultat|över|under/iu.test(c.header));
  if (hint === 'previous') {
    const y = when.after ?? ((when.year ?? tableYear) !== undefined ? (when.year ?? (tableYear as number)) - 1 : undefined);
    cols = y === undefined ? [] : cols.filter((c) => c.year === y);
  } else cols = byYear(cols, when.year, tableYear);
  // A result row's sign is a surplus or a deficit, however the sentence writes it.
  const signed = isResultRow(row) || (b.sign !== undefined && b.fromResultWord === true);
  for (const c of cols) {
    const r = cellReading(t, row, c, q, signed || (b.sign !== undefined && /resultat|avvik|över|under/iu.test(c.header)));
    if (r) out.push(r);
  }
  return out;
}

function compare(r: FactReading, q: Quote, b: FactBinding): { ok: boolean; signOnly: boolean } {
  const quotedSign = q.explicitSign ? Math.sign(q.value) : b.sign;
  const mag = (v: number) => Math.abs(v);
  const half = 10 ** -q.decimals / 2;
  const sizeOk =
    q.low !== undefined
      ? mag(r.value) >= Math.abs(q.low) - half - r.slack && mag(r.value) <= Math.abs(q.value) + half + r.slack
      : agrees(mag(r.value), mag(q.value), q.decimals, q.qualifier, r.slack);
  if (!sizeOk) return { ok: false, signOnly: false };
  if (!r.signed || quotedSign === undefined || quotedSign === 0) return { ok: true, signOnly: false };
  // A value that rounds to zero has no sign to contradict.
  if (Math.abs(r.value) <= r.slack + half) return { ok: true, signOnly: false };
  const ok = Math.sign(r.value) === quotedSign;
  return { ok, signOnly: !ok };
}

/** A fronted adverbial ("Jämfört med 2019", "Under året", "Sammantaget") before an inverted verb. */
const FRONTED = /^(?:jämfört med|i jämförelse med|i förhållande till|under|sedan|från|efter|totalt|sammantaget|samtidigt|därmed|dessutom|däremot|dock|i år|i fjol)(?!\p{L})/u;

/** A figure per something: "4 771 kronor per invånare", "59 133 kr/invånare". */
const PER_AFTER = /^\s*(?:per|\/|i genomsnitt per)\s*\p{L}/u;
const PER_LABEL = /(?<!\p{L})per(?!\p{L})|\//u;

/** A row named as a board ("Teknisk nämnd", "Kommunstyrelsen"). */
const BOARD_ROW = /(?:nämnd|nämnden|styrelse|styrelsen)(?!\p{L})/iu;

/**
 * A board's own row in a table of its activities (the only row named as a board) shares its name
 * with the board as a whole: "Tekniska nämndens driftram … 113,1 miljoner kronor" may mean the row
 * "Teknisk nämnd" or the table's total. Both are readings, so the sentence is judged only when
 * they agree or one of them matches.
 */
function withWholeBoard(subjects: Subject[]): Subject[] {
  const extra: Subject[] = [];
  for (const s of subjects) {
    if (s.row.total || !BOARD_ROW.test(s.row.label)) continue;
    if (s.table.rows.filter((r) => !r.total && BOARD_ROW.test(r.label)).length !== 1) continue;
    for (const row of s.table.rows) if (row.total && !subjects.some((x) => x.row === row) && !extra.some((x) => x.row === row)) extra.push({ table: s.table, row });
  }
  return extra.length ? [...subjects, ...extra] : subjects;
}

/**
 * Rows of one label under different sub-headings ("Kommunen" under ÅRETS RESULTAT and under
 * INVESTERINGAR): the sentence's own words pick the heading; if they name none, all stay (and
 * disagree, so nothing is judged).
 */
function bySection(subjects: Subject[], lower: string): Subject[] {
  if (subjects.length < 2 || !subjects.every((x) => x.row.section) || new Set(subjects.map((x) => x.row.section)).size < 2) return subjects;
  const words = (x: Subject) => (x.row.section ?? '').toLowerCase().match(/\p{L}{5,}/gu) ?? [];
  const named = subjects.filter((x) => words(x).some((w) => mentions({ lower, group: false }, w)));
  return named.length ? named : subjects;
}

function ownTotals(tables: FactTable[]): Subject[] {
  return tables.flatMap((t) => t.rows.filter((r) => r.total).map((row) => ({ table: t, row })));
}

function resultRows(tables: FactTable[], words: Words): Subject[] {
  let all = tables.flatMap((t) => t.rows.filter((r) => /^(?:årets|periodens)?\s*resultat(?!\p{L})/iu.test(r.label.trim())).map((row) => ({ table: t, row })));
  // The bottom line itself when the statement has one ("Årets resultat"), not "Resultat efter …".
  const bottom = all.filter((s) => /^(?:årets|periodens) resultat(?:\s*(?:,|i)\s*(?:mnkr|mkr|tkr))?$/iu.test(s.row.label.trim()));
  if (bottom.length) all = bottom;
  // "Årets resultat koncernen": the group's row only when the sentence speaks of the group (else
  // the group's figures are in its columns).
  const own = all.filter((s) => s.row.group === words.group);
  return own.length ? own : all.filter((s) => !s.row.group);
}

/** The result "justerat enligt kommunallagens krav", "efter balanskravsjusteringar". */
const ADJUSTED = quick(/(?<!\p{L})(?:(?:justerat|justerad|justerade)\s+(?:enligt\s+(?:kommunallagens\s+krav|balanskravet)|för\s+realisationsvinster)|efter\s+balanskravsjusteringa[rn]?)(?!\p{L})/u);

/** The one row of a table that is the result after the balanskrav adjustments; none or several and nothing is read. */
function adjustedRows(table: FactTable): Subject[] {
  const rows = table.rows.filter((r) => /balanskravsjuster|justerat resultat/iu.test(r.label));
  return rows.length === 1 ? [{ table, row: rows[0] }] : [];
}

/** The body's own result named without a row label: "Kommunens resultat", "Gnesta kommun redovisade ett överskott". */
const RESULT_SUBJECT = quick(/(?<!\p{L})(?:resultatet|årets resultat|periodens resultat|kommunens resultat|nämndens resultat|koncernens resultat|koncernresultatet)(?!\p{L})/u);
const BODY = quick(/(?<!\p{L})(?:kommun(?:en|ens|s)?|kommunkoncern(?:en|ens)?|koncern(?:en|ens)?|stad(?:en|ens|s)?)(?!\p{L})/u);
const RESULT_VERB = quick(/(?<!\p{L})(?:redovisade|redovisar|redovisas|visade|visar|fick|uppvisar)\s+(?:\S+\s+){0,6}(?:ett|sitt)\s+(?:(?:positivt\s+|negativt\s+)?(?:resultat|överskott|underskott)|(?:positivt|negativt)\s+bokslut)(?:\s+på\s+sista\s+raden)?\s+(?:på|om|med)\s*$/u);
/**
 * "För helåret prognostiseras ett positivt resultat på 316 Mkr": a passive result verb whose
 * subject is the result itself; the clause names nothing else (at most the year), so it is the
 * body's bottom line. "För den samlade verksamheten redovisas ett överskott …" names another body.
 */
const PASSIVE_RESULT = /^(?:(?:för|under)\s+(?:helåret|året|hela året|(?:år\s+)?(?:19|20)\d\d)\s+)?(?:prognostiseras|prognostiserades|redovisas|redovisades|beräknas|förväntas|budgeteras|budgeterades)\s+(?:ett|en)\s+(?:(?:positivt|negativt)\s+)?(?:resultat|överskott|underskott)\s+(?:på|om)\s*$/u;
/** A sentence that opens with the deviation from the budget and its verb. */
const BUDGET_DEVIATION_OPENING = /^(?:den\s+)?(?:totala\s+)?avvikelsen\s+(?:mot|gentemot|i förhållande till)\s+budget(?:en)?\s+(?:uppgick|uppgår|blev|var|är)\s+(?:till\s+)?$/u;
/** "Årets (negativa) budgetavvikelse": the deviation of the year's result. */
const RESULT_DEVIATION = quick(/(?<!\p{L})årets\s+(?:(?:positiva|negativa)\s+)?budgetavvikelse(?!\p{L})/u);
/** A pronoun that takes up the row the previous sentence named. */
const ANAPHOR = quick(/(?<!\p{L})(?:(?:den|det)\s+(?:emellertid|dock|också|därmed|uppgick|uppgår|blev|blir|var|är|visar|visade|hamnade|landade|slutade|stannade)|(?:var|blev|är|blir)\s+det\s+en\s+(?:förbättring|försämring|ökning|minskning)|nämnden|verksamheten|överskottet|underskottet|avvikelsen|budgetavvikelsen)(?!\p{L})/u);
/** The body itself, as against its group. */
const OWN_BODY = quick(/(?<!\p{L})(?:kommunens|kommunen|kommun|staden|stadens)(?!\p{L})/u);
const CONTINUES = /^(?:vilket|vilka|varav|men|och)(?!\p{L})/u;

function yearAfter(after: string): number | undefined {
  const m = /^\s*(?:\p{L}+\s+){0,1}(?:för\s+(?:år\s+)?|år\s+)?((?:19|20)\d\d)(?!\d)/u.exec(after);
  return m ? Number(m[1]) : undefined;
}

/**
 * Every quote the sentence binds to one table cell (or one relation of cells), judged.
 * `skip(paragraph, quote)` leaves out quotes another reader already judged.
 */
export function judgeFacts(facts: Facts, skip: (p: NarrativeParagraph, q: Quote) => boolean, parse: (p: NarrativeParagraph) => Sentence[] = (p) => sentences(p.text.text)): FactJudgement[] {
  if (!facts.paragraphs.length) return [];
  const names = indexNames(facts.tables, wordStarts(facts.paragraphs.map((p) => p.text.text), startsAsked(facts.tables)));
  const out: FactJudgement[] = [];
  // What depends on the tables alone is read once per call, not per quote (nothing below changes
  // these lists: the subjects are filtered into new ones).
  let ownTotalRows: Subject[] | undefined;
  const totals = (): Subject[] => (ownTotalRows ??= ownTotals(facts.tables));
  const bottom = new Map<boolean, Subject[]>();
  const bottomLines = (words: Words): Subject[] => {
    let r = bottom.get(words.group);
    if (!r) bottom.set(words.group, (r = resultRows(facts.tables, words)));
    return r;
  };
  for (const p of facts.paragraphs) {
    const sents: Sentence[] = parse(p);
    let carried: Hit | undefined;
    // A sentence that names one row hands it to the next sentence that names none. Whether it
    // decided what is carried (else what the sentences before it carried goes on).
    const handOn = (hits: Hit[], lower: string): boolean => {
      if (hits.length === 1) carried = hits[0];
      else if (hits.length > 1) carried = undefined;
      else if (namesOwnTotal(lower) && totals().length) carried = { index: 0, end: 0, subjects: totals() };
      else return false;
      return true;
    };
    // Sentences without a figure only hand a row on: they are read for it when a later sentence
    // takes one up (a pronoun, no row of its own), not before.
    const unread: string[] = [];
    const carriedNow = (): Hit | undefined => {
      for (const text of unread) {
        const l = text.toLowerCase();
        handOn(hitsIn(l, names), l);
      }
      unread.length = 0;
      return carried;
    };
    for (const s of sents) {
      if (!s.clauses.some((c) => c.quotes.length)) {
        unread.push(s.text);
        continue;
      }
      const lower = s.text.toLowerCase();
      const hits = hitsIn(lower, names);
      let groupClause = false;
      let previous: FactBinding | undefined;
      let previousUnit: Quote['unit'] | undefined;
      let clauseSubject: Subject[] | undefined;
      const levels: QuotedLevel[] = [];
      // The sentence's latest own year (comparison years left out): the same for each of its quotes.
      let latest: { year: number | undefined } | undefined;
      const latestYear = (): number | undefined => {
        if (!latest) {
          const named = s.years.filter((y) => !comparedYear(y).test(lower));
          latest = { year: named.length ? Math.max(...named) : undefined };
        }
        return latest.year;
      };
      for (const c of s.clauses) {
        const clauseStart = c.start - s.start;
        const clauseEnd = clauseStart + c.text.length;
        const inClause = hits.filter((h) => h.index >= clauseStart && h.end <= clauseEnd);
        const cl = c.text.toLowerCase();
        const continuing = CONTINUES.test(cl);
        // The group (koncernen, bolagen) as the clause says, or as the clause it goes on from said.
        groupClause = GROUP.test(cl) ? true : OWN_BODY.test(cl) ? false : continuing && groupClause;
        const words: Words = { lower, group: groupClause };
        let previousEndInClause = clauseStart;
        for (const q of c.quotes) {
          const qOffset = q.start - s.start;
          const segStart = previousEndInClause;
          // The words between the previous figure of this clause and this one, subjects taken out.
          let seg = lower.slice(previousEndInClause, qOffset);
          for (const h of inClause) if (h.index >= previousEndInClause && h.end <= qOffset) seg = `${seg.slice(0, h.index - previousEndInClause)}${' '.repeat(h.end - h.index)}${seg.slice(h.end - previousEndInClause)}`;
          // "den totala budgetavvikelsen" names the subject; its measure word is not the figure's.
          if (mayNameOwnTotal(seg)) seg = seg.replace(OWN_TOTAL_ALL, (m) => ' '.repeat(m.length));
          let binding = bindingFor(seg, q.after, cl, q, previous, previousUnit, lower.slice(clauseStart, qOffset));
          // The result named as a noun ("det negativa resultatet på 52 mnkr") is a row name the
          // segment lost above; read it from the words as printed.
          const rawSeg = binding ? '' : lower.slice(previousEndInClause, qOffset).replace(/\s+/g, ' ');
          if (!binding && RESULT_NOUN.test(rawSeg)) {
            const sign = SIGN_NEG.test(rawSeg) ? -1 : SIGN_POS.test(rawSeg) ? 1 : undefined;
            binding = { measure: 'level', hint: 'actual', fromResultWord: true, ...(sign ? { sign, signWord: ((sign < 0 ? SIGN_NEG : SIGN_POS).exec(rawSeg) ?? [''])[0] } : {}) } as FactBinding;
          }
          if (!binding) {
            // "Årets resultat -149 Mkr justeras …": a row named with its figure right after it.
            const named = inClause.filter((h) => h.index >= previousEndInClause && h.end <= qOffset).pop();
            if (named && lower.slice(named.end, qOffset).trim() === '' && !q.parenthesised) binding = { measure: 'level', hint: 'actual' } as FactBinding;
          }
          previousEndInClause = q.end - s.start;
          previous = binding ?? previous;
          previousUnit = q.unit;
          if (!binding) continue;
          // The subject: a row named before the figure in its clause, else (in a clause that
          // goes on: "…, vilket …") the sentence's, else the row the previous sentence named.
          // "Årets resultat är positivt tack vare att nämnderna levererade ett överskott på 58 mkr":
          // a subordinate clause with a subject of its own owns the figure, not what comes before it.
          const sub = NEW_SUBJECT.exec(lower.slice(clauseStart, qOffset));
          const from = sub ? clauseStart + sub.index : clauseStart;
          const prior = inClause.filter((h) => h.end <= qOffset && h.index >= from);
          let subjects: Subject[] | undefined = prior.length ? prior[prior.length - 1].subjects : undefined;
          if (subjects && binding.measure === 'change') {
            // "en sänkt kalkylränta har ökat de finansiella kostnaderna med 106 Mkr": the row is
            // the object of the change, the figure one cause's share of it.
            const h = prior[prior.length - 1];
            const verb = CHANGE_WORD.exec(lower.slice(clauseStart, qOffset));
            // "Jämfört med 2019 ökade resultatet med 15,1 mkr": a fronted adverbial puts the verb
            // before its subject (Swedish V2), the row is then the one that changed.
            const lead = verb ? lower.slice(clauseStart, clauseStart + verb.index).trim() : '';
            const inverted = !!verb && FRONTED.test(lead) && lower.slice(clauseStart + verb.index + verb[0].length, h.index).trim() === '';
            // "ökningen av nettokostnaderna på 1,5 procent": a change named as a noun of the row, not a verb's object.
            const ofRow = !!verb && CHANGE_NOUN.test(verb[0]) && /^\s+(?:av|för)\s+$/u.test(lower.slice(clauseStart + verb.index + verb[0].length, h.index));
            if (verb && clauseStart + verb.index < h.index && !inverted && !ofRow) subjects = undefined;
          }
          if (!subjects) {
            const after = inClause.filter((h) => h.index >= qOffset);
            // "Underskottet på 0,4 mkr inom verksamhetsområdet kommunchef": named after the figure.
            if (after.length === 1 && /^\s*(?:\p{L}+\s+){0,3}(?:inom|för|hos|i)\s/u.test(lower.slice(q.end - s.start, after[0].index + 1))) subjects = after[0].subjects;
          }
          const head = lower.slice(from, qOffset);
          // Named since the clause's previous figure (and within a subordinate clause's own words).
          const sinceFigure = lower.slice(Math.max(from, segStart), qOffset);
          // The table's own total named since the clause's previous figure ("Årets negativa
          // budgetavvikelse om 70 Mkr har uppkommit i verksamheterna där … 188 Mkr": not the 188).
          if (!subjects && namesOwnTotal(sinceFigure)) subjects = totals();
          // "Årets negativa budgetavvikelse om 70 Mkr": the bottom line's deviation, named since the
          // clause's previous figure (a later figure in the clause is another subject's).
          if (!subjects && RESULT_DEVIATION.test(sinceFigure)) subjects = bottomLines(words);
          // "Avvikelsen mot budgeten uppgick till -70 Mkr", opening a sentence that names no row:
          // the deviation of the bottom line, where the statement has one.
          if (!subjects && !hits.length && clauseStart === 0 && BUDGET_DEVIATION_OPENING.test(head)) subjects = bottomLines(words);
          const rs = RESULT_SUBJECT.exec(head);
          // "Jämfört med 2019 ökade resultatet …": the verb of an inverted clause, not "ökade" as an adjective.
          const v2 = !!rs && FRONTED.test(head.trim()) && /(?<!\p{L})(?:ökade|minskade|ökat|minskat|förbättrades|försämrades)\s+$/u.test(head.slice(0, rs.index));
          if (!subjects && ((rs && (v2 || !disqualified(lower, clauseStart + rs.index, rs[0].length))) || (RESULT_VERB.test(head) && BODY.test(lower.slice(0, qOffset))) || (binding.fromResultWord && BODY.test(head)) || (!hits.length && PASSIVE_RESULT.test(head.trim())))) subjects = bottomLines(words);
          if (!subjects && (continuing || q.parenthesised || binding.hint === 'previous')) subjects = clauseSubject;
          if (!subjects && !hits.length && ANAPHOR.test(lower.slice(0, qOffset))) subjects = carriedNow()?.subjects;
          if (ADJUSTED.test(lower.slice(0, qOffset))) {
            // "Resultatet för år 2015, justerat enligt kommunallagens krav uppgår till +540 Mkr": the
            // result after the balanskrav adjustments; the participle clause goes on from its subject.
            const base = subjects ?? (/^(?:justerat|justerad|justerade)\s/u.test(cl) ? clauseSubject : undefined);
            if (base) subjects = base.flatMap((sub) => (!isResultRow(sub.row) || /balanskrav/iu.test(sub.row.label) ? [sub] : adjustedRows(sub.table)));
          }
          clauseSubject = subjects ?? clauseSubject;
          if (!subjects || !subjects.length) continue;
          const clauseYears = yearsIn(c.text.slice(0, q.start - c.start)).filter((y) => !comparedYear(y).test(lower.slice(clauseStart, qOffset)));
          const after = yearAfter(q.after);
          const when: When = {
            ...(after !== undefined ? { after } : {}),
            year: clauseYears.length ? clauseYears[clauseYears.length - 1] : after,
            latest: latestYear(),
          };
          // Kept for a change later in the sentence, also when another reader judges this figure.
          if (binding.measure === 'level' && (binding.hint ?? 'actual') === 'actual' && q.unit === 'percent' && !q.qualifier && q.low === undefined && !q.parenthesised && when.year !== undefined) {
            levels.push({ q, year: when.year, rows: subjects.map((x) => x.row) });
          }
          if (skip(p, q)) continue;
          subjects = bySection(subjects, lower);
          subjects = withWholeBoard(subjects);
          // "4 771 kronor per invånare": a ratio, the row's own figure only where the row is one.
          if (PER_AFTER.test(q.after)) subjects = subjects.filter((x) => PER_LABEL.test(x.row.label));
          if (!subjects.length) continue;
          const bound = binding;
          if (bound.measure === 'change' && q.unit === 'pp' && when.latest !== undefined) {
            // "Sjukfrånvaron 2015 motsvarade 6,85 %, vilket var en ökning motsvarande 0,57
            // procentenheter i förhållande till föregående år" against a table that ends at 2014:
            // the change is the sentence's own level less the table's 2014.
            const r = changeFromQuotedLevel(subjects, when.latest, levels, q, lower, words);
            if (r) {
              const { ok, signOnly } = compare(r, q, bound);
              out.push({ paragraph: p, quote: q, sentence: s.text, reading: r, agrees: ok, ...(signOnly ? { signOnly: true, signWord: bound.signWord } : {}) });
              continue;
            }
          }
          const forRow = (sub: Subject): FactBinding => {
            if (!bound.signOnResult || isResultRow(sub.row)) return bound;
            const { sign: _s, signWord: _w, signOnResult: _r, ...rest } = bound;
            return rest;
          };
          const pairs = subjects.flatMap((sub) => {
            const b = forRow(sub);
            return readingFor(sub, b, q, when, facts.reportYear, words).map((r) => ({ r, b }));
          });
          const readings = pairs.map((x) => x.r);
          if (!readings.length) continue;
          const results = pairs.map(({ r, b }) => ({ r, ...compare(r, q, b) }));
          const hit = results.find((x) => x.ok);
          if (hit) {
            out.push({ paragraph: p, quote: q, sentence: s.text, reading: hit.r, agrees: true });
            continue;
          }
          // Judged only when the words leave one cell (or cells that agree on the value).
          const distinct = new Set(readings.map((r) => r.value.toFixed(6)));
          if (distinct.size !== 1) continue;
          const first = results[0];
          out.push({ paragraph: p, quote: q, sentence: s.text, reading: first.r, agrees: false, ...(first.signOnly ? { signOnly: true, signWord: binding.signWord } : {}) });
        }
        if (inClause.length) clauseSubject = inClause[inClause.length - 1].subjects;
      }
      // What the sentences before it hand on matters only if this one hands on nothing.
      if (handOn(hits, lower)) unread.length = 0;
    }
  }
  return out;
}
