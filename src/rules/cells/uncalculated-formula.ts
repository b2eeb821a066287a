import type { Rule } from '../types';
import { parseA1 } from '../../grid/address';
import { oddFigures } from '../figures';
import { oddTableCells, refKey } from '../tables';
import type { SourceRef } from '../../model/types';

/**
 * A formula cell without a cached value: the file was written by a program that does not
 * calculate (or saved with calculation off), so the figure Excel would show is unknown. The sums
 * and outcome checks cannot use such a cell; instead of skipping it silently, or calling the
 * outcome missing, the table gets one warning naming how many cells and the first of them.
 */
const rule: Rule = {
  meta: {
    id: 'cells/uncalculated-formula',
    type: 'problem',
    docs: {
      description: {
        sv: 'Formler i en rapporttabell ska ha ett sparat värde; annars är arbetsboken inte omräknad och talen kan inte kontrolleras.',
        en: 'Formulas in a report table must have a saved value; otherwise the workbook has not been recalculated and the figures cannot be checked.',
      },
    },
    severity: 'warning',
    schema: {},
    defaultOptions: {},
    messages: {
      uncalculated: {
        sv: 'Arbetsboken är inte omräknad – öppna och spara den i Excel. {{count}} formler i tabellen på bladet {{sheet}} saknar sparat värde (första: {{cell}}) och har inte kunnat kontrolleras.',
        en: 'The workbook has not been recalculated – open and save it in Excel. {{count}} formulas in the table on sheet {{sheet}} have no saved value (first: {{cell}}) and could not be checked.',
      },
    },
  },
  check(ctx) {
    const byTable = new Map<string, Map<string, SourceRef>>();
    const add = (tableId: string, ref: SourceRef) => {
      const cells = byTable.get(tableId) ?? new Map<string, SourceRef>();
      cells.set(refKey(ref), ref);
      byTable.set(tableId, cells);
    };
    for (const placed of oddFigures(ctx)) {
      const f = placed.figure;
      if (f.formula && f.value === null && !f.problem) add(placed.tableId, f.ref);
    }
    // Formula cells of the table that the mapping did not turn into figures (a total column it left out).
    for (const table of ctx.model.tables) {
      for (const { cell, ref } of oddTableCells(ctx, table)) if (cell.formula && cell.value === null) add(table.id, ref);
    }
    for (const table of ctx.model.tables) {
      const cells = byTable.get(table.id);
      if (!cells || cells.size === 0) continue;
      const first = [...cells.values()].sort((a, b) => {
        const pa = parseA1(a.cell);
        const pb = parseA1(b.cell);
        return pa.row - pb.row || pa.col - pb.col;
      })[0];
      ctx.report({ messageId: 'uncalculated', ref: first, data: { count: cells.size, sheet: table.sheet, cell: first.cell }, related: [...cells.values()].slice(0, 50) });
    }
  },
};

export default rule;
