import { tablesOf } from '../../model/types';
import type { NarrativeParagraph, SourceRef } from '../../model/types';
import type { Rule, RuleContext } from '../types';
import { formatNumber } from '../format';
import { agrees, sentences, yearsIn } from './parse';
import type { Quote, Sentence } from './parse';
import { balanskravReadings, bindingOf, readings, tablesFor, timingOf } from './resolve';
import type { Binding, Reading, Tables } from './resolve';
import { refersToParagraphSubject, sameReferent, subjectsIn } from './subjects';
import { factsOf } from './table-facts';
import { judgeFacts } from './facts-check';
import type { Referent, SubjectHit } from './subjects';

/** A quote the rule could tie to a table figure, with the readings it was compared with. */
export interface CheckedQuote {
  paragraph: NarrativeParagraph;
  quote: Quote;
  sentence: string;
  referent: Referent;
  readings: Reading[];
  alternatives: Reading[];
  agrees: boolean;
  binding?: Binding;
}

/** The words a change's direction stands for: [negative, positive] (results and variances keep `mismatch`). */
const SIGN_WORDS: Partial<Record<Binding['measure'], [string, string]>> = { change: ['minskning', 'ökning'] };

const QUALIFIER_WORD = { above: 'drygt ', below: 'knappt ', about: 'cirka ', over: 'över ', under: 'under ' } as const;

/** The quote as the message shows it: plain spaces and a hyphen-minus, like every other figure. */
function quoteText(q: Quote): string {
  const raw = q.raw.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u2212\u2013]/g, '-');
  return `${q.qualifier ? QUALIFIER_WORD[q.qualifier] : ''}${raw}`;
}

function unitText(q: Quote): string {
  return q.unit === 'percent' ? '%' : q.unit === 'pp' ? 'procentenheter' : q.unit;
}

function matches(r: Reading, q: Quote, b: Binding): boolean {
  let quoted = q.value;
  let actual = r.value;
  const signedQuote = q.explicitSign || b.signWord !== undefined;
  if (signedQuote && r.signed) {
    if (!q.explicitSign && b.signWord !== undefined) quoted = b.signWord * Math.abs(q.value);
  } else {
    quoted = Math.abs(quoted);
    actual = Math.abs(actual);
  }
  return agrees(actual, quoted, q.decimals, q.qualifier, r.slack);
}

/**
 * The years that date a quote within its clause. A parenthesis is its own aside: a quote inside
 * one ("(96,8 miljoner kronor 2020)") takes the years written in it, and the years of an aside
 * closed before the quote ("… för 2021 (112,7 miljoner kronor 2020), varav … 107,0") do not date it.
 */
function quoteYears(text: string, offset: number, length: number): number[] {
  const before = text.slice(0, offset);
  const open = before.lastIndexOf('(');
  if (open > before.lastIndexOf(')')) {
    const close = text.indexOf(')', offset + length);
    const aside = yearsIn(text.slice(open, close < 0 ? text.length : close));
    if (aside.length) return aside;
  }
  return yearsIn(withoutAsides(before));
}

/** The text with each innermost parenthesis ("(4,4 procent)") blanked out. */
function withoutAsides(text: string): string {
  return text.includes('(') ? text.replace(/\([^()]*\)/g, ' ') : text;
}

/**
 * A year the sentence compares with ("… en förbättring jämfört med 2018", "sedan 2015") is the
 * base of a comparison, not the year of a figure quoted elsewhere in the sentence.
 */
function withoutComparisonYears(text: string): string {
  return text.replace(/(?:jämfört med|i jämförelse med|i förhållande till|från|sedan|än|mot)\s+(?:år\s+)?(?:19|20)\d\d(?!\d)/giu, ' ');
}

/** What a sentence says for all its quotes: whether it speaks of the balanskrav, the years it dates them to. */
interface SentenceFacts {
  balanskrav: boolean;
  years: number[];
}

function sentenceFacts(text: string): SentenceFacts {
  const outsideAsides = text.includes('(') ? yearsIn(withoutComparisonYears(withoutAsides(text))) : [];
  return { balanskrav: /balanskrav/iu.test(text), years: outsideAsides.length ? outsideAsides : yearsIn(withoutComparisonYears(text)) };
}

/** The last subject named before `offset` in its clause. */
function lastBefore(hits: readonly SubjectHit[], offset: number): SubjectHit | undefined {
  let last: SubjectHit | undefined;
  for (const h of hits) if (h.index < offset) last = h;
  return last;
}

/**
 * Every quote in the model's narrative that the words tie to a table figure. Quotes whose
 * subject or measure the words do not give are left out: a false alarm costs trust.
 */
export function checkQuotes(t: Tables, paragraphs: readonly NarrativeParagraph[], parse: (p: NarrativeParagraph) => Sentence[] = (p) => sentences(p.text.text)): CheckedQuote[] {
  const out: CheckedQuote[] = [];
  for (const p of paragraphs) {
    const sents = parse(p);
    const section = p.section;
    // The paragraph's subject (its first clause's) is read only when a quote asks for it.
    let paragraphRead = false;
    let paragraphSubjectRead: Referent | undefined;
    const paragraphSubjectOf = (): Referent | undefined => {
      if (!paragraphRead) {
        paragraphRead = true;
        paragraphSubjectRead = subjectsIn(sents[0]?.clauses[0]?.text.toLowerCase() ?? '', section)[0]?.referent;
      }
      return paragraphSubjectRead;
    };
    let paragraphYears: number[] = [];
    for (const s of sents) {
      let clauseSubject: Referent | undefined;
      // The subjects of a clause matter to its own figures and to the clauses after it that go on
      // from it: past the sentence's last figure nothing reads them (a sentence without figures
      // only dates the next ones).
      // What depends on the sentence alone, read once for all its quotes (when one asks).
      let sentenceRead: SentenceFacts | undefined;
      let lastQuoted = -1;
      for (let i = 0; i < s.clauses.length; i++) if (s.clauses[i].quotes.length) lastQuoted = i;
      for (let i = 0; i <= lastQuoted; i++) {
        const c = s.clauses[i];
        const lower = c.text.toLowerCase();
        const hits = subjectsIn(lower, section);
        let previous: Binding | undefined;
        const inherited = c.continues ? clauseSubject : undefined;
        for (const q of c.quotes) {
          const offset = q.start - c.start;
          let referent: Referent | undefined = lastBefore(hits, offset)?.referent ?? hits[0]?.referent;
          referent ??= inherited;
          if (!referent && refersToParagraphSubject(lower)) referent = paragraphSubjectOf();
          const binding = bindingOf(q, previous);
          previous = binding;
          if (!referent || !binding) continue;
          // "Stadens resultat ur balanskravssynpunkt" is the balanskrav result, not Årets resultat:
          // left to the table that has that row (or to no one).
          const balanskrav = referent.table === 'operating' && referent.row === 'result' && (sentenceRead ??= sentenceFacts(s.text)).balanskrav;
          // Years: before the number in its clause, else in its sentence, else the paragraph's last.
          const clauseYears = quoteYears(c.text, offset, q.raw.length);
          const sentenceYears = clauseYears.length ? clauseYears : (sentenceRead ??= sentenceFacts(s.text)).years;
          const years = sentenceYears.length ? sentenceYears : paragraphYears.slice(-1);
          const timing = timingOf(c.text.slice(0, offset + q.raw.length), years, sentenceYears.length > 0);
          const own = balanskrav ? balanskravReadings(t, q, binding, timing) : readings(t, referent, q, binding, timing);
          if (!own.length) continue;
          const paragraphSubject = referent.table === 'operating' && referent.generic ? paragraphSubjectOf() : undefined;
          const alternatives = paragraphSubject && !sameReferent(paragraphSubject, referent) ? readings(t, paragraphSubject, q, binding, timing) : [];
          const ok = own.some((r) => matches(r, q, binding)) || alternatives.some((r) => matches(r, q, binding));
          out.push({ paragraph: p, quote: q, sentence: s.text, referent, readings: own, alternatives, agrees: ok, binding });
        }
        // A later "vilket …" clause speaks of the last subject named in the sentence.
        clauseSubject = hits[hits.length - 1]?.referent ?? clauseSubject;
      }
      if (s.years.length) paragraphYears = s.years;
    }
  }
  return out;
}

/** Marks the quote at `offset` of the cell at `ref` as judged. */
function judge(judged: Map<string, Map<string, Set<number>>>, ref: SourceRef, offset: number): void {
  let cells = judged.get(ref.sheet);
  if (!cells) judged.set(ref.sheet, (cells = new Map()));
  let offsets = cells.get(ref.cell);
  if (!offsets) cells.set(ref.cell, (offsets = new Set()));
  offsets.add(offset);
}

/** Whether the quote at `offset` of the cell at `ref` was judged (by any paragraph of that cell). */
function wasJudged(judged: Map<string, Map<string, Set<number>>>, ref: SourceRef, offset: number): boolean {
  return judged.get(ref.sheet)?.get(ref.cell)?.has(offset) ?? false;
}

function shorten(s: string, n = 160): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/**
 * Sentences that quote a result, a variance, a change or a share ("avvika negativt med 5,0 mnkr
 * eller 8 procent", "uppgår till -6,6 mnkr", "ökat med drygt 9 procent") are compared with the
 * table figure they talk about, with drygt/knappt/cirka, mnkr/tkr and one-decimal rounding
 * understood. A sentence is only judged when its words name both the subject and the measure.
 */
const rule: Rule = {
  meta: {
    id: 'text/quoted-figures',
    type: 'problem',
    docs: {
      description: {
        sv: 'Belopp och procentsatser som citeras i löptexten (resultat, avvikelse, förändring, andel) ska stämma med tabellen de handlar om, med hänsyn till avrundning och ord som drygt, knappt och cirka.',
        en: 'Amounts and percentages quoted in the narrative (result, variance, change, share) agree with the table they refer to, allowing for rounding and words such as drygt, knappt and cirka.',
      },
    },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: {
      mismatch: {
        sv: 'Texten anger {{quoted}} men {{subject}} ger {{computed}} {{unit}} ({{basis}}): ”{{sentence}}”',
        en: 'The text says {{quoted}} but {{subject}} gives {{computed}} {{unit}} ({{basis}}): “{{sentence}}”',
      },
      afterTableError: {
        sv: 'Texten anger {{quoted}} men {{subject}} ger {{computed}} {{unit}} ({{basis}}) – tabellcellen är själv fel, rätta den först: ”{{sentence}}”',
        en: 'The text says {{quoted}} but {{subject}} gives {{computed}} {{unit}} ({{basis}}) – the table cell is wrong itself, correct it first: “{{sentence}}”',
      },
      signMismatch: {
        sv: 'Texten anger {{quoted}} som {{word}} men {{subject}} ger {{computed}} {{unit}} ({{basis}}): ”{{sentence}}”',
        en: 'The text gives {{quoted}} as {{word}} but {{subject}} gives {{computed}} {{unit}} ({{basis}}): “{{sentence}}”',
      },
      unsure: {
        sv: 'Texten anger {{quoted}}, vilket inte stämmer med {{subject}} ({{computed}} {{unit}}); kontrollera vilken siffra meningen avser: ”{{sentence}}”',
        en: 'The text says {{quoted}}, which matches none of {{subject}} ({{computed}} {{unit}}); check which figure the sentence means: “{{sentence}}”',
      },
    },
  },
  check(ctx: RuleContext) {
    const narratives = tablesOf(ctx.model, 'narrative');
    const t = tablesFor(ctx.model);
    // The quotes checkQuotes judged, by the cell they stand in and their offset there: a Set per
    // cell, not a "sheet!cell#offset" string built per quote for both the add and the look-up.
    const judged = new Map<string, Map<string, Set<number>>>();
    // Both readers below parse the narrative's paragraphs: once each is enough (nothing mutates a
    // Sentence). A Map that dies with the call: no ephemeron table for the GC to trace.
    const parsed = new Map<NarrativeParagraph, Sentence[]>();
    const parse = (p: NarrativeParagraph): Sentence[] => {
      let s = parsed.get(p);
      if (!s) parsed.set(p, (s = sentences(p.text.text)));
      return s;
    };
    for (const n of narratives) {
      for (const c of checkQuotes(t, n.paragraphs, parse)) {
        judge(judged, c.paragraph.text.ref, c.quote.start);
        if (c.agrees) continue;
        const q = c.quote;
        // One decimal more than quoted for mnkr and percent (-6,61 against -6,6), as quoted for tkr.
        const decimals = q.unit === 'tkr' || q.unit === 'kr' ? q.decimals : Math.max(1, q.decimals + 1);
        const sure = c.readings.length === 1;
        // A sure finding names the one figure the sentence's own words bind (the paragraph's
        // subject only kept the sentence from being judged when it agreed); an unsure one, at info,
        // lists what it compared with.
        const all = sure ? c.readings : [...c.readings, ...c.alternatives];
        // Right in size, wrong in direction ("minskade resultatet med 15,1 mkr" while it rose): say so.
        const signWord = sure && c.binding?.signWord !== undefined && c.readings[0].signed && agrees(Math.abs(c.readings[0].value), Math.abs(q.value), q.decimals, q.qualifier, c.readings[0].slack) ? SIGN_WORDS[c.binding.measure]?.[c.binding.signWord < 0 ? 0 : 1] : undefined;
        const texts = all.map((r) => r.text());
        const data = {
          quoted: quoteText(q),
          subject: texts.map((x) => x.label).join(' / '),
          computed: all.map((r) => formatNumber(r.value, r.decimals ?? decimals)).join(' / '),
          unit: unitText(q),
          basis: texts.map((x) => x.basis).join('; '),
          sentence: shorten(c.sentence),
        };
        ctx.report({
          messageId: signWord ? 'signMismatch' : sure ? 'mismatch' : 'unsure',
          severity: sure ? undefined : 'info',
          ref: c.paragraph.text.ref,
          data: signWord ? { ...data, word: signWord } : data,
          expected: Math.round(c.readings[0].value * 10 ** decimals) / 10 ** decimals,
          actual: q.value,
          identity: `Citerat tal = ${texts[0].label}`,
          related: all.flatMap((r) => r.refs),
        });
      }
    }
    // Any other table the workbook holds, with the forms prose names its rows by.
    const facts = factsOf(ctx.model, ctx.workbook);
    for (const j of judgeFacts(facts, (p, q) => wasJudged(judged, p.text.ref, q.start), parse)) {
      if (j.agrees) continue;
      const q = j.quote;
      const r = j.reading;
      const text = r.text();
      const decimals = q.unit === 'tkr' || q.unit === 'kr' ? q.decimals : Math.max(r.decimals > q.decimals ? q.decimals + 1 : q.decimals, q.unit === 'mnkr' ? 1 : q.decimals);
      const data = {
        quoted: quoteText(q),
        subject: text.label,
        computed: formatNumber(r.value, decimals),
        unit: unitText(q),
        basis: text.basis,
        sentence: shorten(j.sentence),
      };
      ctx.report({
        // A sign written as "+" or "-" has no word to name: the figure itself is what is wrong.
        messageId: j.signOnly && j.signWord ? 'signMismatch' : 'mismatch',
        ref: j.paragraph.text.ref,
        data: j.signOnly && j.signWord ? { ...data, word: j.signWord } : data,
        expected: Math.round(r.value * 10 ** decimals) / 10 ** decimals,
        actual: q.value,
        identity: `Citerat tal = ${text.label}`,
        related: r.refs,
      });
    }
  },
};

export default rule;
