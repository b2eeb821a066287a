import type { WorkbookGrid } from '../grid/types';
import type { AnalysisMethod, AnalysisReply, AnalysisRequest } from './analysis-worker';
import type { AnalysisCore } from './use-session';

/** Rows of a sheet per message to the worker: a short task each on the page. */
const ROWS_PER_MESSAGE = 500;
/** Work on the page between two yields to the event loop. */
const SLICE_MS = 15;

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    // webpack bundles the worker from this expression (its own chunk, same origin).
    // @ts-expect-error import.meta is for the bundler; the type check runs with module commonjs.
    return new Worker(new URL('./analysis-worker.ts', import.meta.url));
  } catch {
    return null;
  }
}

const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The analysis of `grid` in a worker, or null where the page cannot start one (the caller then
 * runs the core on the page). The grid is copied to the worker in slices with yields between.
 */
export async function startRemoteAnalysis(grid: WorkbookGrid, local: AnalysisCore): Promise<AnalysisCore | null> {
  const worker = startWorker();
  if (!worker) return null;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let failed: Error | null = null;
  const failAll = (e: Error): void => {
    failed = e;
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  worker.onerror = (e) => {
    e.preventDefault();
    failAll(new Error(e.message || 'worker failed'));
  };
  worker.onmessage = (e: MessageEvent<AnalysisReply>) => {
    const r = e.data;
    const w = waiting.get(r.id);
    if (!w) return;
    waiting.delete(r.id);
    if (r.ok) w.resolve(r.value);
    else w.reject(new Error(r.message));
  };
  const post = (m: AnalysisRequest): void => worker.postMessage(m);
  let start = performance.now();
  for (let index = 0; index < grid.sheets.length; index++) {
    const { rows, ...frame } = grid.sheets[index];
    post({ type: 'sheet', index, sheet: frame, rowCount: rows.length });
    for (let from = 0; from < rows.length; from += ROWS_PER_MESSAGE) {
      post({ type: 'rows', index, start: from, rows: rows.slice(from, from + ROWS_PER_MESSAGE) });
      if (performance.now() - start > SLICE_MS) {
        await breathe();
        start = performance.now();
      }
    }
  }
  let next = 1;
  const remote = <T>(method: AnalysisMethod, args: unknown[]): Promise<T> => {
    if (failed) return Promise.reject(failed);
    const id = next++;
    return new Promise<T>((resolve, reject) => {
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      post({ type: 'call', id, method, args });
    });
  };
  // A worker that cannot run (its script refused, out of memory): the page does the work; an
  // error of the core itself is the caller's, as on the page.
  const call = <T>(method: AnalysisMethod, args: unknown[], here: () => Promise<T>): Promise<T> =>
    remote<T>(method, args).catch((e: unknown) => {
      if (failed) return here();
      throw e;
    });
  return {
    mapWorkbook: (saved, extra) => call('mapWorkbook', [saved, extra], () => local.mapWorkbook(saved, extra)),
    leftOut: (mapping) => call('leftOut', [mapping], () => local.leftOut(mapping)),
    describe: (mapping, extra) => call('describe', [mapping, extra], () => local.describe(mapping, extra)),
    buildModel: (mapping) => call('buildModel', [mapping], () => local.buildModel(mapping)),
    validate: (model) => call('validate', [model], () => local.validate(model)),
    dispose: () => worker.terminate(),
  };
}
