import type { Column, Figure, ReportModel, Row } from '../model/types';
import { cleanText } from './figures';

/**
 * Swedish notes on figures the report could not use: a cell that is not a number (an error
 * value, prose, an empty cell where a figure belongs) is shown as its text in the report sheet,
 * and the draft text leaves out what would have quoted it. The notes say which cell, so nothing
 * is dropped silently.
 */

function describe(f: Figure, what: string): string | null {
  if (!f.problem) return null;
  const raw = f.raw?.trim();
  const shown = raw ? `”${raw}”` : 'Cellen';
  const kind = f.problem === 'error-value' ? 'är ett felvärde' : 'är inte ett tal';
  return `${f.ref.sheet}!${f.ref.cell} (${what}): ${shown} ${kind}; rapportbladet visar cellens text och utkastet utelämnar det som bygger på värdet.`;
}

function rowNotes<R extends string, C extends string>(rows: Row<R, C>[], columns: Column<C>[]): string[] {
  const out: string[] = [];
  for (const row of rows) {
    for (const c of columns) {
      const f = row.values[c.role];
      const note = f && describe(f, `${cleanText(row.label)}, ${cleanText(c.header) || c.role}`);
      if (note) out.push(note);
    }
  }
  return out;
}

export function reportNotes(model: ReportModel): string[] {
  const out: string[] = [];
  for (const t of model.tables) {
    switch (t.kind) {
      case 'operating':
      case 'investments':
      case 'staff':
      case 'sickLeave':
      case 'workInjuries':
      case 'forecastAccuracy':
      case 'activities':
      case 'incomeStatement':
      case 'forecastReview':
        out.push(...rowNotes<string, string>(t.rows as Row[], t.columns));
        break;
      case 'indicators':
        for (const g of t.goals) {
          for (const ind of g.indicators) {
            const name = cleanText(ind.name.text);
            const figures = [ind.outcome, ...ind.previousOutcomes.map((p) => p.figure)];
            for (const f of figures) {
              // A dash is the report's way of saying "no value" (a new key figure), not a problem.
              if (!f || f.raw?.trim() === '-') continue;
              const note = describe(f, name);
              if (note) out.push(note);
            }
          }
        }
        break;
      default:
        break;
    }
  }
  return out;
}
