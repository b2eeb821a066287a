import { bytes, name } from './xlsx-worker-fetch';
import { readWorkbook } from '../xlsx/read';

/**
 * Demo mode's first workbook, fetched and parsed off the page's thread. office-probe.js starts
 * this worker (its own build entry, the page's query string on its address) before the pane's
 * script has even arrived, so the .xlsx reader (fflate + saxes) loads and parses beside the pane's start-up instead of
 * after it. The one reply is the grid, or the Swedish message of the read error. Any other
 * workbook the user opens is read on the page.
 */

export type WorkerReply = { ok: true; name: string; grid: Awaited<ReturnType<typeof readWorkbook>> } | { ok: false; name: string; message: string };

const scope = self as unknown as { postMessage(reply: WorkerReply): void };

bytes
  .then((data) => readWorkbook(data))
  .then(
    (grid) => scope.postMessage({ ok: true, name, grid }),
    (err: unknown) => scope.postMessage({ ok: false, name, message: err instanceof Error ? err.message : String(err) }),
  );
