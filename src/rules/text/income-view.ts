import type { Column, Figure, IncomeStatement, OperatingColumnRole, OperatingRowRole, OperatingStatement, Row } from '../../model/types';

/**
 * A resultaträkning seen as the operating statement the text rules read (årets resultat,
 * nettokostnader, intäkter, kostnader; utfall, budget, prognos, avvikelse), for a workbook whose
 * result sentences quote its resultaträkning: the municipality's own columns only (never the
 * group's), each operating role once — the latest year's outcome is the actual, the year before
 * the previous actual.
 */

const ROWS: Partial<Record<string, OperatingRowRole>> = {
  revenue: 'revenue',
  costs: 'totalCosts',
  netCosts: 'netCosts',
  result: 'result',
};

export function operatingView(t: IncomeStatement): OperatingStatement {
  const own = t.columns.filter((c) => !/^koncernen /.test(c.role) && !c.facets?.percent);
  const year = (c: Column) => Math.max(0, ...(c.facets?.years ?? (c.year !== undefined ? [c.year] : [])));
  const outcomes = own.filter((c) => c.facets?.scenario === 'actual').sort((a, b) => year(b) - year(a));
  const roles = new Map<string, OperatingColumnRole>();
  const take = (c: Column | undefined, role: OperatingColumnRole) => {
    if (c && !roles.has(c.role) && ![...roles.values()].includes(role)) roles.set(c.role, role);
  };
  take(outcomes[0], 'actual');
  if (outcomes[1] && year(outcomes[1]) < year(outcomes[0])) take(outcomes[1], 'previousActual');
  const latest = outcomes[0] ? year(outcomes[0]) : undefined;
  const sameYear = (c: Column) => latest === undefined || year(c) === 0 || year(c) === latest;
  take(own.find((c) => c.facets?.scenario === 'budget' && sameYear(c)), 'budget');
  take(own.find((c) => c.facets?.scenario === 'forecast' && sameYear(c)), 'forecast');
  take(own.find((c) => c.facets?.scenario === 'variance'), 'variance');
  take(own.find((c) => c.facets?.scenario === 'difference'), 'difference');
  const columns = own.filter((c) => roles.has(c.role)).map((c) => ({ ...c, role: roles.get(c.role) as OperatingColumnRole }));
  const rows = (t.rows as Row[]).map((r) => {
    const values: Partial<Record<OperatingColumnRole, Figure>> = {};
    for (const [from, to] of roles) {
      const f = (r.values as Record<string, Figure | undefined>)[from];
      if (f) values[to] = f;
    }
    return { ...r, role: ROWS[r.role] ?? 'other', values } as Row<OperatingRowRole, OperatingColumnRole>;
  });
  const { kind: _kind, ...rest } = t;
  return { ...rest, kind: 'operating', columns, rows };
}
