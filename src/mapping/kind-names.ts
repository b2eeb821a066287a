import type { TableKind } from '../model/types';

/** Swedish names of the table kinds, for messages. */
export const KIND_NAMES: Record<TableKind, string> = {
  operating: 'Drift',
  investments: 'Investeringar',
  indicators: 'Mål och nyckeltal',
  internalControl: 'Internkontroll',
  staff: 'Personal',
  sickLeave: 'Sjukfrånvaro',
  workInjuries: 'Arbetsskador',
  forecastAccuracy: 'Prognossäkerhet',
  activities: 'Drift per verksamhet',
  incomeStatement: 'Resultaträkning',
  forecastReview: 'Prognossäkerhet',
  narrative: 'Kommentarer',
};
