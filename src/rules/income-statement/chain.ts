import { INCOME_SUBTOTAL_ROLES, tablesOf, type Figure, type IncomeStatement, type Row } from '../../model/types';
import type { Rule, RuleContext } from '../types';
import { checkIdentity, IDENTITY_MESSAGES } from '../identity';
import { cellLabel, hasValue } from '../tables';

/**
 * Resultaträkning: each subtotal is the previous subtotal plus the rows printed between them
 * (the first: the rows above it), signs as printed — the chain the mapping read from the numbers
 * (src/structure/chain.ts) and named row by row. Varav rows and rows outside the chain take no
 * part; an empty cell is nothing printed. Balanskrav rows are checked where they are printed and
 * continue the chain (Årets resultat → efter balanskravsjusteringar → balanskravsresultat).
 */

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Each subtotal with its parts, from the rows' roles in order. */
export function chainOf(table: IncomeStatement): { total: Row; parts: Row[]; fromPrevious: boolean }[] {
  const out: { total: Row; parts: Row[]; fromPrevious: boolean }[] = [];
  let since: Row[] = [];
  let previous: Row | undefined;
  for (const row of table.rows as Row[]) {
    if (row.role === 'subRow' || row.role === 'other') continue;
    if ((INCOME_SUBTOTAL_ROLES as readonly string[]).includes(row.role)) {
      out.push({ total: row, parts: previous ? [previous, ...since] : since, fromPrevious: !!previous });
      previous = row;
      since = [];
    } else since.push(row);
  }
  return out;
}

function checkTable(ctx: RuleContext, table: IncomeStatement): void {
  const columns = table.columns.filter((c) => !c.facets?.percent);
  for (const { total, parts, fromPrevious } of chainOf(table)) {
    if (!parts.length) continue;
    for (const col of columns) {
      const t = (total.values as Record<string, Figure | undefined>)[col.role];
      if (!hasValue(t) || t.percent) continue;
      // Without the previous subtotal the link says nothing (an empty part is nothing printed, an empty subtotal is not).
      if (fromPrevious && !hasValue((parts[0].values as Record<string, Figure | undefined>)[col.role])) continue;
      const known = parts.map((p) => ({ p, f: (p.values as Record<string, Figure | undefined>)[col.role] })).filter((x) => hasValue(x.f) && !x.f.percent);
      if (!known.length) continue;
      const names = parts.map((p) => squeeze(p.label));
      const body = names.length > 4 ? `${names[0]} + … + ${names[names.length - 1]} (${names.length} rader)` : names.join(' + ');
      checkIdentity(ctx, {
        messageId: 'chainBroken',
        target: { figure: t, label: cellLabel(total, col) },
        terms: known.map(({ p, f }) => ({ figure: f, label: cellLabel(p, col) })),
        identity: `${squeeze(total.label)} = ${body} (${squeeze(col.header)})`,
      });
    }
  }
}

const rule: Rule = {
  meta: {
    id: 'income-statement/chain',
    type: 'problem',
    docs: {
      description: {
        sv: 'I resultaträkningen ska varje delsumma vara föregående delsumma plus raderna mellan dem (nettokostnader, verksamhetens resultat, resultat efter finansiella poster, årets resultat) i varje kolumn.',
        en: 'In the income statement each subtotal equals the previous subtotal plus the rows between them (net costs, operating result, result after financial items, result for the year) in every column.',
      },
    },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: {
      chainBroken: {
        sv: '{{label}} är {{actual}} men {{identity}} ger {{expected}} (skillnad {{diff}}).',
        en: '{{label}} is {{actual}} but {{identity}} gives {{expected}} (difference {{diff}}).',
      },
      ...IDENTITY_MESSAGES,
    },
  },
  check(ctx) {
    for (const table of tablesOf(ctx.model, 'incomeStatement')) checkTable(ctx, table);
  },
};

export default rule;
