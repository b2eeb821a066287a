import { readWorkbook } from '../xlsx/read';
import { fetchSample, pickSample } from './samples';

/**
 * Demo mode's first workbook, fetched and parsed off the page's thread. office-probe.js starts
 * this worker (its own build entry) before the pane's script has even arrived, so ExcelJS loads
 * and parses beside the pane's start-up instead of after it. The reply is the grid, or the
 * Swedish message of the read error. Any other workbook the user opens is read on the page.
 */

export interface WorkerRequest {
  /** The page's location.search: `sample=` picks the workbook, as on the page. */
  search: string;
}

export type WorkerReply = { ok: true; name: string; grid: Awaited<ReturnType<typeof readWorkbook>> } | { ok: false; name: string; message: string };

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(reply: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  const name = pickSample(new URLSearchParams(e.data.search).get('sample'));
  fetchSample(name)
    .then((bytes) => readWorkbook(bytes))
    .then(
      (grid) => scope.postMessage({ ok: true, name, grid }),
      (err: unknown) => scope.postMessage({ ok: false, name, message: err instanceof Error ? err.message : String(err) }),
    );
};
