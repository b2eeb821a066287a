import { numericTable, reportModel } from './build';
import { ANNUAL } from './small';
import type { ForecastDifference, ForecastReview, ForecastReviewColumn, ReportModel } from '../../../src/model/types';

/** Malmö 2015's first rows: Bokslut | Delårsrapp jan-aug | Avvikelse = Bokslut − prognos (B–D). */
export function review(values: number[][], differences: ForecastDifference[], total = false): ReportModel {
  const labels = ['Servicenämnd', 'Kommunstyrelse', 'Ekonomiskt bistånd', 'Stadsbyggnadsnämnd', 'ÅRETS RESULTAT'];
  const t = numericTable('forecastReview', {
    sheet: 'Prognossäkerhet',
    headerRow: 1,
    columns: [
      { role: 'utfall', header: 'Bokslut' },
      { role: 'prognos jan–aug', header: 'Delårsrapp jan-aug' },
      { role: 'avvikelse', header: 'Avvikelse' },
    ],
    rows: values.map((v, i) => ({ role: total && i === values.length - 1 ? 'total' : 'activity', label: labels[i], values: v, level: total && i === values.length - 1 ? 0 : total ? 1 : 0 })),
  }) as unknown as ForecastReview;
  const uses: ForecastReviewColumn['use'][] = ['outcome', 'forecast', 'deviation'];
  t.columns = t.columns.map((c, i) => ({ ...c, use: uses[i], ...(i === 1 ? { period: 'jan–aug' } : {}) }));
  t.differences = differences;
  return reportModel(ANNUAL, [t]);
}

