import { readWorkbook } from '../xlsx/read';
import type { SheetGrid } from '../grid/types';

/**
 * A workbook the user opens in demo mode, parsed off the page's thread. The grid goes back in
 * slices (a sheet's frame, then its rows 500 at a time): the page receives each slice as its
 * own task, so copying a 20 000-row sheet into the page never blocks it in one piece.
 */

export type OpenFileMessage =
  | { type: 'sheet'; index: number; sheet: Omit<SheetGrid, 'rows'>; rowCount: number }
  | { type: 'rows'; index: number; start: number; rows: SheetGrid['rows'] }
  | { type: 'done'; sheets: number }
  | { type: 'error'; message: string };

const ROWS_PER_MESSAGE = 500;

const scope = self as unknown as { postMessage(m: OpenFileMessage): void; onmessage: ((e: { data: ArrayBuffer }) => void) | null };

scope.onmessage = (e) => {
  readWorkbook(e.data).then(
    (grid) => {
      grid.sheets.forEach((sheet, index) => {
        const { rows, ...frame } = sheet;
        scope.postMessage({ type: 'sheet', index, sheet: frame, rowCount: rows.length });
        for (let start = 0; start < rows.length; start += ROWS_PER_MESSAGE) scope.postMessage({ type: 'rows', index, start, rows: rows.slice(start, start + ROWS_PER_MESSAGE) });
      });
      scope.postMessage({ type: 'done', sheets: grid.sheets.length });
    },
    (err: unknown) => scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
};
