import type { WorkbookGrid } from '../../grid/types';
import type { ExcelHost, XContext } from '../api';
import { FakeContext, FakeWorld, type FakeOptions, type FakeStats } from './objects';

export { FakeOfficeError, cloneGrid } from './store';
export type { FakeStats, FakeOptions } from './objects';

/**
 * An in-browser Excel over a WorkbookGrid: the slice of the Excel JavaScript API that
 * src/excel uses, with Office.js batching semantics and Excel on the web's limits (5 MB of JSON
 * per request and per response, five million cells per range, refused with Excel's error codes;
 * calls newer than `apiVersion` fail with ApiNotFound). Demo mode, tests and the bench run the
 * real adapter on it; it counts syncs, refusals and the bytes of every sync.
 */
export interface FakeExcel extends ExcelHost {
  readonly world: FakeWorld;
  /** The live workbook (mutated by syncs). */
  readonly grid: WorkbookGrid;
  readonly stats: FakeStats;
  /** Highest ExcelApi requirement set this fake claims, e.g. "1.13"; lower it to test fallbacks. */
  apiVersion: string;
  /** A fresh request context, as `Excel.run` would hand one out. */
  context(): XContext;
}

function versionNumber(v: string): number[] {
  return v.split('.').map((n) => Number(n));
}

export function compareVersions(a: string, b: string): number {
  const x = versionNumber(a);
  const y = versionNumber(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function createFakeExcel(grid: WorkbookGrid, opts: FakeOptions & { apiVersion?: string } = {}): FakeExcel {
  const world = new FakeWorld(grid, opts);
  world.apiVersion = opts.apiVersion ?? '1.13';
  const fake: FakeExcel = {
    world,
    grid,
    stats: world.stats,
    // The world fails calls newer than this at sync, as a real host of that version would.
    get apiVersion(): string {
      return world.apiVersion;
    },
    set apiVersion(v: string) {
      world.apiVersion = v;
    },
    context: () => new FakeContext(world),
    run: async <T>(batch: (ctx: XContext) => Promise<T>): Promise<T> => batch(new FakeContext(world)),
    supports(version: string): boolean {
      return compareVersions(version, world.apiVersion) <= 0;
    },
  };
  return fake;
}
