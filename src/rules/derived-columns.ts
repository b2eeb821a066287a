import type { Column, Figure, Row, SourceRef } from '../model/types';
import { checkIdentity, type IdentitySpec } from './identity';
import { cellLabel, columnByRole, hasValue } from './tables';
import { classify, roundingTolerance } from './tolerance';
import type { MessageTemplate, RuleContext } from './types';

/**
 * A column that is the difference of two others (Avvikelse, Differens, Diff): which two, and in
 * which direction, is read from the numbers. The label gives the expectation (Avvikelse =
 * prognos − budget); when the numbers follow another pair on more rows ("Diff" = Budget −
 * Bokslut), the numbers win, and when they follow no pair on most rows the column is not
 * checked row by row — one note says so instead of a finding on every row.
 */

export type Pair<C extends string> = [plus: C, minus: C];

export interface PairChoice<C extends string> {
  pair?: Pair<C>;
  /** Rows where the chosen pair could be checked, and of those where it holds. */
  checked: number;
  holds: number;
  /** The numbers overruled the label's expectation. */
  overruled: boolean;
  /** The label's expectation was contradicted on most rows and no other pair explains the column. */
  dropped: boolean;
}

function votes<C extends string>(rows: readonly Row<string, C>[], target: C, [a, b]: Pair<C>): { checked: number; holds: number } {
  let checked = 0;
  let holds = 0;
  for (const row of rows) {
    const t = row.values[target];
    const x = row.values[a];
    const y = row.values[b];
    if (!hasValue(t) || !hasValue(x) || !hasValue(y)) continue;
    // A row of zeros proves nothing about the direction.
    if (t.value === 0 && x.value === 0 && y.value === 0) continue;
    checked++;
    if (classify(x.value - y.value - t.value, roundingTolerance([t.decimals, x.decimals, y.decimals])) !== 'broken') holds++;
  }
  return { checked, holds };
}

export function choosePair<C extends string>(
  columns: readonly Column<C>[],
  rows: readonly Row<string, C>[],
  target: C,
  expected: Pair<C> | undefined,
  candidates: readonly C[],
): PairChoice<C> {
  const present = candidates.filter((c) => c !== target && columnByRole(columns, c));
  const base = expected && present.includes(expected[0]) && present.includes(expected[1]) ? { pair: expected, ...votes(rows, target, expected) } : undefined;
  let best: { pair: Pair<C>; checked: number; holds: number } | undefined;
  for (const a of present) {
    for (const b of present) {
      if (a === b) continue;
      const v = votes(rows, target, [a, b]);
      if (!best || v.holds > best.holds) best = { pair: [a, b], ...v };
    }
  }
  const majority = (v: { checked: number; holds: number }) => v.checked > 0 && v.holds > v.checked / 2;
  if (best && majority(best) && best.checked >= 3 && (!base || best.holds > base.holds)) {
    return { pair: best.pair, checked: best.checked, holds: best.holds, overruled: !!base, dropped: false };
  }
  if (base) {
    // Too few rows to tell, or the expectation holds on most: keep it.
    if (base.checked < 3 || majority(base) || base.holds * 2 === base.checked) return { ...base, overruled: false, dropped: false };
    return { checked: base.checked, holds: base.holds, overruled: false, dropped: true };
  }
  return { checked: 0, holds: 0, overruled: false, dropped: false };
}

export const DROPPED_MESSAGE: MessageTemplate = {
  sv: '{{column}}: {{expectation}} stämmer bara på {{holds}} av {{checked}} ställen och siffrorna följer inte det sambandet; det kontrolleras inte här.',
  en: '{{column}}: {{expectation}} holds at only {{holds}} of {{checked}} places and the figures do not follow it; it is not checked here.',
};

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Check target = plus − minus on every row with the pair the numbers follow. Reports
 * `expectationDropped` (info) once when the label's expectation is contradicted on most rows.
 */
export function checkDerivedColumn<C extends string>(
  ctx: RuleContext,
  columns: readonly Column<C>[],
  rows: readonly Row<string, C>[],
  spec: { target: C; expected: Pair<C> | undefined; candidates: readonly C[]; messageId: string; name: string },
): void {
  const target = columnByRole(columns, spec.target);
  if (!target) return;
  const choice = choosePair(columns, rows, spec.target, spec.expected, spec.candidates);
  if (choice.dropped && spec.expected) {
    const [a, b] = spec.expected.map((r) => columnByRole(columns, r) as Column<C>);
    ctx.report({
      messageId: 'expectationDropped',
      severity: 'info',
      data: { column: squeeze(target.header), expectation: `${squeeze(a.header)} − ${squeeze(b.header)}`, holds: choice.holds, checked: choice.checked },
      ref: target.ref,
    });
    return;
  }
  if (!choice.pair) return;
  const plus = columnByRole(columns, choice.pair[0]) as Column<C>;
  const minus = columnByRole(columns, choice.pair[1]) as Column<C>;
  const words = `${squeeze(plus.header)} − ${squeeze(minus.header)}`;
  // A pair the numbers chose (no label expectation, or against it) says where it holds.
  const fromNumbers = choice.overruled || !spec.expected || choice.pair[0] !== spec.expected[0] || choice.pair[1] !== spec.expected[1];
  const where = fromNumbers ? `; enligt siffrorna, gäller på ${choice.holds} av ${choice.checked} rader` : '';
  for (const row of rows) {
    checkIdentity(ctx, {
      messageId: spec.messageId,
      target: { figure: row.values[spec.target], label: cellLabel(row, target) },
      terms: [
        { figure: row.values[choice.pair[0]], label: cellLabel(row, plus) },
        { figure: row.values[choice.pair[1]], label: cellLabel(row, minus), sign: -1 },
      ],
      identity: `${spec.name} = ${words} (${squeeze(row.label)}${where})`,
    });
  }
}

/**
 * The same identity in every column (a total row = its parts): when the numbers contradict it
 * in most columns where it can be checked, it is not what the table means (a resultaträkning's
 * Verksamhetens nettokostnader also takes Avskrivningar) — dropped with one note, not reported
 * column by column. Returns the specs to check, or reports the drop and returns none.
 */
export function supportedAcrossColumns(
  ctx: RuleContext,
  specs: IdentitySpec[],
  note: { ref: SourceRef; column: string; expectation: string },
): IdentitySpec[] {
  let checked = 0;
  let broken = 0;
  for (const s of specs) {
    const t = s.target.figure;
    if (!hasValue(t) || !s.terms.every((x) => hasValue(x.figure))) continue;
    const terms = s.terms as { figure: Figure & { value: number }; sign?: 1 | -1 }[];
    const sum = terms.reduce((a, x) => a + (x.sign ?? 1) * x.figure.value, 0);
    if (sum === 0 && t.value === 0) continue;
    checked++;
    if (classify(sum - t.value, roundingTolerance([t.decimals, ...terms.map((x) => x.figure.decimals)])) === 'broken') broken++;
  }
  if (checked >= 2 && broken * 2 > checked) {
    ctx.report({
      messageId: 'expectationDropped',
      severity: 'info',
      data: { column: note.column, expectation: note.expectation, holds: checked - broken, checked },
      ref: note.ref,
    });
    return [];
  }
  return specs;
}
