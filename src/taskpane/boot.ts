import type { WorkbookGrid } from '../grid/types';
import { fetchSample, pickSample } from '../demo/samples';
import { readXlsx } from '../demo/read-xlsx';
import type { WorkerReply } from '../demo/xlsx-worker';
import { loadCore } from './core';
import { pageSignals, surelyOutsideOffice } from './office-hint';

/**
 * What the pane can start before React is even evaluated. Each step of the way in used to wait
 * for the one before (boot → demo chunk → ExcelJS chunk → fetch → parse → core chunk → map);
 * everything that does not depend on another thing starts here, at once and side by side.
 */

export interface DemoStart {
  name: string;
  /** The sample workbook, fetched and parsed as soon as both the bytes and ExcelJS are there. */
  grid: Promise<WorkbookGrid>;
}

export interface Boot {
  params: URLSearchParams;
  /** Demo mode decided at once: `?demo`, or a page that is surely not inside Office. */
  demo: boolean;
  demoModule?: Promise<typeof import('../demo/start')>;
  workbook?: DemoStart;
}

interface ProbeBox {
  reply: WorkerReply | { ok: false; failed: true } | null;
  listeners: ((reply: NonNullable<ProbeBox['reply']>) => void)[];
}

/**
 * The grid from the worker office-probe.js started with ?demo (see src/demo/xlsx-worker.ts), or
 * null when there is none. If the worker cannot run, the page reads the workbook itself.
 */
function fromProbeWorker(win: Window): Promise<WorkbookGrid> | null {
  const box = (win as unknown as { __demoWorkbook?: ProbeBox }).__demoWorkbook;
  if (!box) return null;
  const reply = new Promise<NonNullable<ProbeBox['reply']>>((resolve) => {
    if (box.reply) resolve(box.reply);
    else box.listeners.push(resolve);
  });
  return reply.then((r) => {
    if (r.ok) return r.grid;
    if ('failed' in r) return readXlsx(fetchSample(pickSample(new URLSearchParams(win.location.search).get('sample'))));
    throw new Error(r.message);
  });
}

export function startBoot(win: Window): Boot {
  const params = new URLSearchParams(win.location.search);
  // Both modes need the core for their first step; a failure here is retried when it is used.
  loadCore().catch(() => undefined);
  const demo = params.has('demo') || surelyOutsideOffice(pageSignals(win));
  if (!demo) return { params, demo };
  const name = pickSample(params.get('sample'));
  const grid = fromProbeWorker(win) ?? readXlsx(fetchSample(name));
  // Handled where it is awaited (the demo shows the error); this only keeps it from being
  // reported as unhandled before the demo is there.
  grid.catch(() => undefined);
  const demoModule = import(/* webpackChunkName: "demo" */ '../demo/start');
  demoModule.catch(() => undefined);
  return { params, demo, demoModule, workbook: { name, grid } };
}
