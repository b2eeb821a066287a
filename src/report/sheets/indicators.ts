import type { Indicators, ReportModel } from '../../model/types';
import { cleanLines, cleanText } from '../figures';
import { headerRow, noteRow, setFigure, startSheet, type SheetDraft } from './common';
import type { SheetBuilder } from '../sheet-builder';

/**
 * "Rapport Mål och nyckeltal": per goal its title and assessment (with the signal colour), then
 * its key figures (indicator, target, outcomes, assessment); footnotes numbered below, each
 * text once.
 */

const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

export function superscript(n: number): string {
  return String(n)
    .split('')
    .map((d) => SUPERSCRIPT[Number(d)])
    .join('');
}

const VALUE_WIDTH = 11;
const ASSESSMENT_WIDTH = 15;

function headerOf(table: Indicators, role: string, fallback: string, index = 0): string {
  const cols = table.columns.filter((c) => c.role === role).sort((a, b) => a.col - b.col);
  const h = cols[index]?.header;
  return h ? cleanText(h) : fallback;
}

interface ValueColumn {
  role: 'target' | 'outcome' | 'previousOutcome';
  index: number;
}

/**
 * The order of the value columns as the controller keeps them (2024: target before outcome;
 * 2019: outcome before target); columns the model does not place come after, in that default order.
 */
function valueOrder(table: Indicators, prevCount: number): ValueColumn[] {
  const wanted: ValueColumn[] = [
    { role: 'target', index: 0 },
    { role: 'outcome', index: 0 },
    ...Array.from({ length: prevCount }, (_, i) => ({ role: 'previousOutcome' as const, index: i })),
  ];
  const position = (v: ValueColumn): number => {
    const cols = table.columns.filter((c) => c.role === v.role).sort((a, b) => a.col - b.col);
    return cols[v.index]?.col ?? Number.MAX_SAFE_INTEGER;
  };
  return wanted
    .map((v, i) => ({ v, i, p: position(v) }))
    .sort((a, b) => a.p - b.p || a.i - b.i)
    .map((x) => x.v);
}

function assessmentCell(b: SheetBuilder, row: number, col: number, a: { text: string | null; fill?: string } | undefined): void {
  if (!a || (!a.text && !a.fill)) return;
  b.set(row, col, a.text ? cleanText(a.text) : null, {
    ...(a.fill ? { fill: a.fill } : {}),
    style: { wrap: true, horizontal: 'center', vertical: 'top' },
  });
}

function writeIndicators(b: SheetBuilder, table: Indicators, footnotes: Map<string, number>, prevCount: number): void {
  const lastCol = 4 + prevCount;
  const goalLabel = headerOf(table, 'goal', 'Nämndens mål');
  const prevHeaders = Array.from({ length: prevCount }, (_, i) => {
    const fromIndicator = table.goals.flatMap((g) => g.indicators).find((ind) => ind.previousOutcomes[i])?.previousOutcomes[i].header;
    return headerOf(table, 'previousOutcome', fromIndicator ? cleanText(fromIndicator) : 'Föregående utfall', i);
  });
  const order = valueOrder(table, prevCount);
  const headers = [
    headerOf(table, 'indicator', 'Nyckeltal'),
    ...order.map((v) => (v.role === 'target' ? headerOf(table, 'target', 'Mål') : v.role === 'outcome' ? headerOf(table, 'outcome', 'Utfall') : prevHeaders[v.index])),
    'Bedömning',
  ];
  let council: string | undefined;
  table.goals.forEach((goal, gi) => {
    if (gi > 0) b.skip(1);
    if (goal.councilGoal && cleanLines(goal.councilGoal) !== council) {
      council = cleanLines(goal.councilGoal);
      const r = b.next();
      b.set(r, 1, council, { bold: true, style: { wrap: true, fontSize: 12 } });
      b.mergeAcross(r, 1, lastCol);
    }
    const r = b.next();
    b.set(r, 1, `${goalLabel}: ${cleanText(goal.title.text)}`, { bold: true, style: { wrap: true, vertical: 'top' } });
    b.mergeAcross(r, 1, lastCol - 1);
    assessmentCell(b, r, lastCol, goal.assessment);
    if (goal.indicators.length === 0) return;
    headerRow(b, headers);
    for (const ind of goal.indicators) {
      const ir = b.next();
      let name = cleanText(ind.name.text);
      const note = ind.footnote ? cleanText(ind.footnote) : '';
      if (note) {
        if (!footnotes.has(note)) footnotes.set(note, footnotes.size + 1);
        name += superscript(footnotes.get(note) ?? 0);
      }
      b.set(ir, 1, name, { style: { wrap: true, vertical: 'top' } });
      order.forEach((v, k) => {
        const col = 2 + k;
        if (v.role === 'target') {
          if (ind.target) b.set(ir, col, cleanText(ind.target.text), { style: { horizontal: 'right', vertical: 'top', wrap: true } });
        } else if (v.role === 'outcome') {
          setFigure(b, ir, col, ind.outcome);
        } else {
          setFigure(b, ir, col, ind.previousOutcomes[v.index]?.figure);
        }
      });
      assessmentCell(b, ir, lastCol, ind.assessment);
      b.rule(ir, 'bottom', lastCol);
    }
  });
}

export function indicatorsSheet(model: ReportModel, tables: Indicators[]): SheetDraft {
  const prevCount = Math.max(
    0,
    ...tables.map((t) => t.columns.filter((c) => c.role === 'previousOutcome').length),
    ...tables.flatMap((t) => t.goals.flatMap((g) => g.indicators.map((i) => i.previousOutcomes.length))),
  );
  const lastCol = 4 + prevCount;
  const nameWidth = Math.max(26, 88 - VALUE_WIDTH * (2 + prevCount) - ASSESSMENT_WIDTH);
  const widths = [nameWidth, ...Array.from({ length: 2 + prevCount }, () => VALUE_WIDTH), ASSESSMENT_WIDTH];
  const b = startSheet(widths, 'Mål och nyckeltal', model);
  const footnotes = new Map<string, number>();
  tables.forEach((t, i) => {
    if (i > 0) b.skip(1);
    writeIndicators(b, t, footnotes, prevCount);
  });
  if (footnotes.size > 0) {
    b.skip(1);
    for (const [text, n] of footnotes) noteRow(b, `${superscript(n)} ${text}`, lastCol);
  }
  return { kind: 'indicators', baseName: 'Rapport Mål och nyckeltal', key: tables.map((t) => t.id).join('|'), builder: b, lastCol };
}
