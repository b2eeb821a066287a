import type { SheetGrid, WorkbookGrid } from '../grid/types';
import { core } from './core-impl';

/**
 * The first analysis of a workbook (mapping, left-out rows, model, checks) off the page's
 * thread: on a 20 000-row workbook the mapper alone would block the pane for half a second.
 * The grid arrives in slices (a sheet's frame, then its rows a few hundred at a time), each a
 * short task on the page; the answers (mapping, model, findings) are small.
 */

export type AnalysisRequest =
  | { type: 'sheet'; index: number; sheet: Omit<SheetGrid, 'rows'>; rowCount: number }
  | { type: 'rows'; index: number; start: number; rows: SheetGrid['rows'] }
  | { type: 'call'; id: number; method: AnalysisMethod; args: unknown[] };

export type AnalysisMethod = 'mapWorkbook' | 'leftOut' | 'describe' | 'buildModel' | 'validate';

export type AnalysisReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

const scope = self as unknown as { postMessage(m: AnalysisReply): void; onmessage: ((e: { data: AnalysisRequest }) => void) | null };
const sheets: SheetGrid[] = [];
const grid: WorkbookGrid = { sheets };

function call(method: string, args: unknown[]): unknown {
  switch (method) {
    case 'mapWorkbook':
      return core.mapWorkbook(grid, args[0] as Parameters<typeof core.mapWorkbook>[1], args[1]);
    case 'leftOut':
      return core.leftOut(grid, args[0] as Parameters<typeof core.leftOut>[1]);
    case 'describe':
      return core.describe(grid, args[0] as Parameters<typeof core.describe>[1], args[1]);
    case 'buildModel':
      return core.buildModel(grid, args[0] as Parameters<typeof core.buildModel>[1]);
    case 'validate':
      return core.validate(args[0] as Parameters<typeof core.validate>[0], grid);
    default:
      throw new Error(`Unknown method ${method}`);
  }
}

scope.onmessage = (e) => {
  const m = e.data;
  if (m.type === 'sheet') {
    const rows: SheetGrid['rows'] = [];
    rows.length = m.rowCount;
    sheets[m.index] = { ...m.sheet, rows };
  } else if (m.type === 'rows') {
    const rows = sheets[m.index].rows;
    for (let i = 0; i < m.rows.length; i++) if (i in m.rows) rows[m.start + i] = m.rows[i];
  } else {
    try {
      scope.postMessage({ id: m.id, ok: true, value: call(m.method, m.args) });
    } catch (err) {
      scope.postMessage({ id: m.id, ok: false, message: err instanceof Error ? err.message : String(err) });
    }
  }
};
