import { INCOME_SUBTOTAL_ROLES, tablesOf, type Figure, type IncomeStatement, type Row } from '../../model/types';
import type { Rule, RuleContext } from '../types';
import { checkIdentity, IDENTITY_MESSAGES } from '../identity';
import { cellLabel, hasValue } from '../tables';
import { roundingTolerance } from '../tolerance';

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
    // Varav rows, rows outside the chain and the rows of a block (under their own sum) take no part.
    if (row.role === 'subRow' || row.role === 'other' || row.level > 0) continue;
    if ((INCOME_SUBTOTAL_ROLES as readonly string[]).includes(row.role)) {
      out.push({ total: row, parts: previous ? [previous, ...since] : since, fromPrevious: !!previous });
      previous = row;
      since = [];
    } else since.push(row);
  }
  return out;
}

const valueIn = (row: Row, role: string) => (row.values as Record<string, Figure | undefined>)[role];

/**
 * Blocks with their own sum inside a link (Skattenetto over Skatteintäkter, Generella
 * statsbidrag …): a run of level-1 rows (not varav rows) and the level-0 row right after or right
 * before it — whichever the numbers show to be their sum in more columns (after when neither).
 */
export function blocksOf(table: IncomeStatement): { total: Row; parts: Row[] }[] {
  const rows = table.rows as Row[];
  const out: { total: Row; parts: Row[] }[] = [];
  const holdsIn = (total: Row | undefined, parts: Row[]) => {
    if (!total || total.level !== 0 || total.role === 'subRow' || total.role === 'other') return -1;
    let n = 0;
    for (const c of table.columns) {
      const t = valueIn(total, c.role);
      const fs = parts.map((p) => valueIn(p, c.role)).filter(hasValue);
      if (!hasValue(t) || !fs.length) continue;
      const sum = fs.reduce((a, f) => a + f.value, 0);
      if (Math.abs(sum - t.value) <= roundingTolerance([t.decimals, ...fs.map((f) => f.decimals)]) + 1e-9) n++;
    }
    return n;
  };
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].level === 0 || rows[i].role === 'subRow' || rows[i].role === 'other') continue;
    let j = i;
    while (j + 1 < rows.length && rows[j + 1].level > 0 && rows[j + 1].role !== 'subRow' && rows[j + 1].role !== 'other') j++;
    const parts = rows.slice(i, j + 1);
    const after = holdsIn(rows[j + 1], parts);
    const before = holdsIn(rows[i - 1], parts);
    const total = before > after ? rows[i - 1] : after >= 0 ? rows[j + 1] : undefined;
    if (total && parts.length >= 2) out.push({ total, parts });
    i = j;
  }
  return out;
}

function checkTable(ctx: RuleContext, table: IncomeStatement): void {
  const columns = table.columns.filter((c) => !c.facets?.percent);
  for (const { total, parts } of blocksOf(table)) {
    for (const col of columns) {
      const t = valueIn(total, col.role);
      const known = parts.map((p) => ({ p, f: valueIn(p, col.role) })).filter((x) => hasValue(x.f) && !x.f.percent);
      if (!hasValue(t) || t.percent || !known.length) continue;
      checkIdentity(ctx, {
        messageId: 'chainBroken',
        target: { figure: t, label: cellLabel(total, col) },
        terms: known.map(({ p, f }) => ({ figure: f, label: cellLabel(p, col) })),
        identity: `${squeeze(total.label)} = ${parts.map((p) => squeeze(p.label)).join(' + ')} (${squeeze(col.header)})`,
      });
    }
  }
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
