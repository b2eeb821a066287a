import type { Indicators, InternalControl, ReportModel, SickLeave, Staff, WorkInjuries } from '../model/types';
import { classifyAssessment, classifyControl, type AssessmentClass } from './assessment-class';
import { cleanText, figureNumber, rowOf } from './figures';
import { capitalize, countPair, formatNumber, listJoin, numberWord, ofTotal, ratePercent } from './phrases';
import type { DraftParagraph } from './sheets/text';
import { isFraction } from './sheets/people';

/** Draft text for goals, internal control, staff, sick leave and work injuries. */

/** How each class reads after "bedöms som" for goals. */
const GOAL_PHRASES: Partial<Record<AssessmentClass, [string, string]>> = {
  met: ['helt uppfyllt', 'helt uppfyllda'],
  largely: ['i hög grad uppfyllt', 'i hög grad uppfyllda'],
  partly: ['delvis uppfyllt', 'delvis uppfyllda'],
  near: ['nära uppfyllt', 'nära uppfyllda'],
  notMet: ['ej uppfyllt', 'ej uppfyllda'],
};

/** How each class reads for key figures, as [finite verb, rest]: "fem har uppnått målvärdet". */
const INDICATOR_PHRASES: Partial<Record<AssessmentClass, [string, string]>> = {
  met: ['har', 'uppnått målvärdet'],
  largely: ['har', 'i hög grad uppnått målvärdet'],
  partly: ['har', 'delvis uppnått målvärdet'],
  near: ['ligger', 'nära målvärdet'],
  notMet: ['har', 'inte nått målvärdet'],
  noValue: ['saknar', 'värde'],
};

const ORDER: AssessmentClass[] = ['met', 'largely', 'partly', 'near', 'notMet', 'noValue'];

function countBy(classes: AssessmentClass[]): Map<AssessmentClass, number> {
  const m = new Map<AssessmentClass, number>();
  for (const c of classes) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}

function goalsSentence(table: Indicators): string | null {
  const goals = table.goals;
  if (goals.length === 0) return null;
  const header = table.columns.find((c) => c.role === 'goal')?.header ?? '';
  const noun = /åtagande/i.test(header) ? 'åtaganden' : 'mål';
  const counts = countBy(goals.map((g) => classifyAssessment(g.assessment)));
  const total = numberWord(goals.length, 'neuter');
  const assessed = ORDER.filter((c) => GOAL_PHRASES[c] && counts.get(c));
  const missing = goals.length - assessed.reduce((s, c) => s + (counts.get(c) ?? 0), 0);
  if (assessed.length === 0) return `Bedömning av måluppfyllelse saknas ännu för nämndens ${total} ${noun}.`;
  const parts = assessed.map((c) => {
    const n = counts.get(c) ?? 0;
    const [sg, pl] = GOAL_PHRASES[c] ?? ['', ''];
    return `${numberWord(n, 'neuter')} som ${n === 1 ? sg : pl}`;
  });
  let s = `Av nämndens ${total} ${noun} bedöms ${listJoin(parts)}`;
  if (missing > 0) s += `; ${numberWord(missing, 'neuter')} saknar bedömning`;
  s += '.';
  const notMet = goals.filter((g) => classifyAssessment(g.assessment) === 'notMet').map((g) => `”${cleanText(g.title.text)}”`);
  if (notMet.length > 0) {
    const which = noun === 'åtaganden' ? (notMet.length === 1 ? 'Det åtagande' : 'De åtaganden') : notMet.length === 1 ? 'Det mål' : 'De mål';
    s += ` ${which} som inte har uppfyllts är ${listJoin(notMet)}.`;
  }
  return s;
}

function indicatorsSentence(table: Indicators): string | null {
  const inds = table.goals.flatMap((g) => g.indicators);
  if (inds.length === 0) return null;
  const classes = inds.map((i) => classifyAssessment(i.assessment));
  const counts = countBy(classes);
  const assessed = ORDER.filter((c) => INDICATOR_PHRASES[c] && counts.get(c));
  const total = numberWord(inds.length, 'neuter');
  if (assessed.length === 0) return inds.length === 1 ? 'Nyckeltalet har ännu inte bedömts.' : `Inget av de ${total} nyckeltalen har ännu bedömts.`;
  // Swedish puts the finite verb second: "Av sju nyckeltal har fem uppnått …, ett ligger nära …".
  const parts = assessed.map((c, i) => {
    const n = numberWord(counts.get(c) ?? 0, 'neuter');
    const [verb, rest] = INDICATOR_PHRASES[c] ?? ['', ''];
    return i === 0 ? `${verb} ${n} ${rest}` : `${n} ${verb} ${rest}`;
  });
  const missing = inds.length - assessed.reduce((s, c) => s + (counts.get(c) ?? 0), 0);
  if (missing > 0) parts.push(`${numberWord(missing, 'neuter')} saknar bedömning`);
  return `Av ${total} nyckeltal ${listJoin(parts)}.`;
}

export function indicatorsNarrative(_model: ReportModel, table: Indicators): DraftParagraph[] {
  const s = [goalsSentence(table), indicatorsSentence(table)].filter((x): x is string => !!x);
  return s.length ? [{ section: 'Mål och nyckeltal', paragraph: s.join(' ') }] : [];
}

export function internalControlNarrative(model: ReportModel, table: InternalControl): DraftParagraph[] {
  const points = table.points;
  if (points.length === 0) return [];
  const classes = points.map((p) => classifyControl(p.assessment));
  const ok = classes.filter((c) => c === 'ok').length;
  const remark = classes.filter((c) => c === 'remark').length;
  const none = classes.filter((c) => c === 'none').length;
  const when = model.period.kind === 'interim' ? 'Vid delårsbokslutet' : model.period.kind === 'annual' ? 'Vid årsbokslutet' : 'Vid uppföljningen';
  const sentences: string[] = [];
  if (ok + remark === 0) {
    sentences.push(`Ingen av de ${numberWord(points.length)} kontrollpunkterna har ännu bedömts.`);
  } else if (ok === points.length) {
    sentences.push(`${when} visar kontrollen att samtliga ${numberWord(points.length)} kontrollpunkter har genomförts utan anmärkning eller med försumbar anmärkning.`);
  } else {
    sentences.push(`${when} visar kontrollen att ${ofTotal(ok, points.length)} kontrollpunkter har genomförts utan anmärkning eller med försumbar anmärkning.`);
  }
  if (remark > 0) {
    const names = points
      .filter((_, i) => classes[i] === 'remark')
      .map((p) => `”${cleanText((p.control ?? p.risk).text)}”`);
    sentences.push(`${remark === 1 ? 'Kontrollpunkten' : 'Kontrollpunkterna'} ${listJoin(names)} har genomförts med anmärkning.`);
  }
  if (none > 0 && ok + remark > 0) sentences.push(`${capitalize(numberWord(none))} ${none === 1 ? 'kontrollpunkt saknar' : 'kontrollpunkter saknar'} ännu bedömning.`);
  return [{ section: 'Internkontroll', paragraph: sentences.join(' ') }];
}

/** "har minskat från 7,9 till 6,6 procent" / "är oförändrad på 6,6 procent". */
function rateChange(current: number, previous: number, decimals: number): string {
  const a = formatNumber(previous, decimals);
  const b = formatNumber(current, decimals);
  if (a === b) return `är oförändrad på ${ratePercent(current, decimals)}`;
  return `har ${current > previous ? 'ökat' : 'minskat'} från ${a} till ${ratePercent(current, decimals)}`;
}

export function sickLeaveNarrative(_model: ReportModel, table: SickLeave): DraftParagraph[] {
  const sentences: string[] = [];
  const pair = (role: 'total' | 'women' | 'men') => {
    const row = rowOf(table.rows, role);
    const cur = figureNumber(row?.values.current);
    const prev = figureNumber(row?.values.previous);
    if (!row || cur === null || prev === null) return null;
    return { cur, prev, decimals: Math.max(row.values.current?.decimals ?? 1, 1) };
  };
  const total = pair('total');
  if (total) sentences.push(`Den totala sjukfrånvaron ${rateChange(total.cur, total.prev, total.decimals)}.`);
  const women = pair('women');
  const men = pair('men');
  if (women && men) {
    const dw = Math.sign(women.cur - women.prev);
    const dm = Math.sign(men.cur - men.prev);
    const womenText = `Kvinnornas sjukfrånvaro ${rateChange(women.cur, women.prev, women.decimals)}`;
    if (dw === dm && dw !== 0) {
      // Same direction: the verb is not repeated ("… och männens från 5,9 till 3,0 procent").
      const from = formatNumber(men.prev, men.decimals);
      sentences.push(`${womenText} och männens från ${from} till ${ratePercent(men.cur, men.decimals)}.`);
    } else {
      sentences.push(`${womenText}, medan männens ${rateChange(men.cur, men.prev, men.decimals)}.`);
    }
  }
  const note = table.note ? cleanText(table.note).replace(/^\*+\s*/, '') : '';
  if (note && /^avser\b/i.test(note)) sentences.push(`Uppgifterna ${note.charAt(0).toLowerCase()}${note.slice(1).replace(/\.$/, '')}.`);
  return sentences.length ? [{ section: 'Sjukfrånvaro', paragraph: sentences.join(' ') }] : [];
}

export function staffNarrative(_model: ReportModel, table: Staff): DraftParagraph[] {
  const total = rowOf(table.rows, 'total');
  const sentences: string[] = [];
  if (total) {
    const persons = figureNumber(total.values.persons);
    const employments = figureNumber(total.values.employments);
    const fte = figureNumber(total.values.fullTimeEquivalents);
    const age = figureNumber(total.values.averageAge);
    const rate = figureNumber(total.values.employmentRate);
    const head: string[] = [];
    if (persons !== null) head.push(`${formatNumber(persons)} personer`);
    if (employments !== null) head.push(`${formatNumber(employments)} anställningar`);
    if (head.length) {
      let s = `Personalen omfattar ${head.join(' med ')}`;
      if (fte !== null) s += `, vilket motsvarar ${formatNumber(fte, total.values.fullTimeEquivalents?.decimals ?? 1)} årsarbetare`;
      sentences.push(`${s}.`);
    }
    const tail: string[] = [];
    if (age !== null) tail.push(`medelåldern är ${formatNumber(age, total.values.averageAge?.decimals ?? 1)} år`);
    if (rate !== null) {
      const pct = isFraction(total.values.employmentRate) ? rate * 100 : rate;
      tail.push(`den genomsnittliga sysselsättningsgraden ${formatNumber(pct, 0)} procent`);
    }
    if (tail.length) sentences.push(`${capitalize(tail.join(' och '))}.`);
  }
  const groups = table.rows
    .filter((r) => r.role === 'group')
    .map((r) => ({ label: cleanText(r.label), n: figureNumber(r.values.persons) }))
    .filter((g): g is { label: string; n: number } => g.n !== null)
    .sort((a, b) => b.n - a.n);
  if (groups.length > 1) sentences.push(`Den största gruppen är ${groups[0].label.toLowerCase()} med ${formatNumber(groups[0].n)} personer.`);
  return sentences.length ? [{ section: 'Personal', paragraph: sentences.join(' ') }] : [];
}

export function workInjuriesNarrative(_model: ReportModel, table: WorkInjuries): DraftParagraph[] {
  const clauses: string[] = [];
  const nouns: Record<string, string> = { injuries: 'anmälda arbetsskador', incidents: 'anmälda tillbud' };
  for (const role of ['injuries', 'incidents'] as const) {
    const row = rowOf(table.rows, role);
    const cur = figureNumber(row?.values.current);
    const prev = figureNumber(row?.values.previous);
    if (!row || cur === null || prev === null) continue;
    const [a, b] = countPair(prev, cur);
    const noun = nouns[role];
    if (cur === prev) clauses.push(`antalet ${noun} är oförändrat, ${b}`);
    else clauses.push(`antalet ${noun} har ${cur > prev ? 'ökat' : 'minskat'} från ${a} till ${b}`);
  }
  if (clauses.length === 0) return [];
  return [{ section: 'Arbetsskador och tillbud', paragraph: `${capitalize(clauses.join(' medan '))}.` }];
}
