import type { SheetGrid, WorkbookGrid } from '../grid/types';
import { readXlsx } from './read-xlsx';
import type { OpenFileMessage } from './open-file-worker';

/**
 * Read a workbook the user picked: in a worker (src/demo/open-file-worker.ts) when the page can
 * start one, else on the page. The grid arrives in slices, each its own task on the page.
 */

function startWorker(): Worker | null {
  try {
    // webpack bundles the worker from this expression (its own chunk, same origin: the CSP allows it).
    // @ts-expect-error import.meta is for the bundler; the type check runs with module commonjs.
    return new Worker(new URL('./open-file-worker.ts', import.meta.url));
  } catch {
    return null;
  }
}

export function readFileInWorker(bytes: ArrayBuffer): Promise<WorkbookGrid> {
  const worker = startWorker();
  if (!worker) return readXlsx(bytes);
  return new Promise<WorkbookGrid>((resolve, reject) => {
    const sheets: SheetGrid[] = [];
    let fellBack = false;
    const fallBack = () => {
      if (fellBack) return;
      fellBack = true;
      worker.terminate();
      readXlsx(bytes.slice(0)).then(resolve, reject);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      fallBack();
    };
    worker.onmessage = (e: MessageEvent<OpenFileMessage>) => {
      const m = e.data;
      if (m.type === 'sheet') {
        const rows: SheetGrid['rows'] = [];
        rows.length = m.rowCount;
        sheets[m.index] = { ...m.sheet, rows };
      } else if (m.type === 'rows') {
        const rows = sheets[m.index].rows;
        for (let i = 0; i < m.rows.length; i++) if (i in m.rows) rows[m.start + i] = m.rows[i];
      } else if (m.type === 'done') {
        worker.terminate();
        resolve({ sheets });
      } else {
        worker.terminate();
        reject(new Error(m.message));
      }
    };
    // A copy goes to the worker, so the page can still read the bytes itself if the worker fails.
    const copy = bytes.slice(0);
    worker.postMessage(copy, [copy]);
  });
}
