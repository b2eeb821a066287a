import type { ReportModel } from '../model/types';
import { longDate } from './phrases';

/** The board's name, or a neutral one when the workbook does not say. */
export function boardName(model: ReportModel): string {
  return model.board?.trim() || 'Nämnden';
}

/** "delårsbokslut per 31 augusti 2024", "årsbokslut 2019", or "" when unknown. */
export function periodPhrase(model: ReportModel): string {
  const p = model.period;
  if (p.kind === 'interim') {
    const date = longDate(p.cutoff);
    return date ? `delårsbokslut per ${date}` : `delårsbokslut ${p.year}`;
  }
  if (p.kind === 'annual') return `årsbokslut ${p.year}`;
  return p.year ? String(p.year) : '';
}

/** The sub-title under each generated sheet's heading: "Socialnämnden, delårsbokslut per 31 augusti 2024". */
export function subtitle(model: ReportModel): string {
  const period = periodPhrase(model);
  return period ? `${boardName(model)}, ${period}` : boardName(model);
}
