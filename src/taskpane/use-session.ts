import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkbookGrid } from '../grid/types';
import type { WritePlan } from '../grid/write-plan';
import { readToolState } from '../grid/tool-state';
import type { Finding } from '../model/finding';
import type { WorkbookMapping } from '../model/mapping-types';
import type { ReportModel } from '../model/types';
import { describeExcelError, errorCode, type Lang, type UndoRecord, type WorkbookService } from '../excel';
import type { CoreApi } from './core';
import type { Translate } from './i18n';

/**
 * The pane's working state: the grid read from the workbook, the mapping, the model and the
 * findings; every write goes through `services` and is kept for undo.
 */

export interface Analysis {
  grid: WorkbookGrid;
  mapping?: WorkbookMapping;
  model?: ReportModel;
  findings: Finding[];
  /** Why a piece could not be computed (e.g. a core layer not available yet). */
  problems: Partial<Record<'mapping' | 'validate', string>>;
  /** False while the checks have not run yet (the first step is shown before them). */
  validated?: boolean;
}

export interface UndoEntry {
  label: string;
  record: UndoRecord;
}

/** Show progress only for work that takes longer than this. */
const PROGRESS_DELAY_MS = 500;

export function describeError(err: unknown, lang: Lang, t: Translate): string {
  const code = errorCode(err);
  if (code === 'Unknown' && err instanceof Error) return t('unexpected', { message: err.message });
  return describeExcelError(err, lang);
}

/** Mapping and model only: all the first step needs (the checks follow, see addValidation). */
export function analyseMapping(grid: WorkbookGrid, core: CoreApi, lang: Lang, t: Translate, mappingOverride?: WorkbookMapping): Analysis {
  const a: Analysis = { grid, findings: [], problems: {}, validated: false };
  try {
    a.mapping = core.mapWorkbook(grid, mappingOverride ?? readToolState(grid).mapping);
    const built = core.buildModel(grid, a.mapping);
    a.model = built.model;
    a.findings = built.findings;
  } catch (e) {
    a.problems.mapping = describeError(e, lang, t);
  }
  return a;
}

/** The same analysis with the checks run (a new object; mapping and model are kept as they are). */
export function addValidation(mapped: Analysis, core: CoreApi, lang: Lang, t: Translate): Analysis {
  const a: Analysis = { ...mapped, problems: { ...mapped.problems }, validated: true };
  if (!a.model || a.problems.mapping) return a;
  try {
    a.findings = [...a.findings, ...core.validate(a.model, a.grid)];
  } catch (e) {
    a.problems.validate = describeError(e, lang, t);
  }
  return a;
}

export function analyse(grid: WorkbookGrid, core: CoreApi, lang: Lang, t: Translate, mappingOverride?: WorkbookMapping): Analysis {
  return addValidation(analyseMapping(grid, core, lang, t, mappingOverride), core, lang, t);
}

/** After the browser has had a chance to paint (with a fallback where frames do not come, e.g. a hidden pane). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = (): void => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, 100);
  });
}

export interface Session {
  analysis?: Analysis;
  core?: CoreApi;
  busy: string | null;
  error: string | null;
  notice: string | null;
  undoStack: UndoEntry[];
  reload(): Promise<void>;
  write(label: string, plan: WritePlan, done?: string): Promise<boolean>;
  undo(): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  setNotice(text: string | null): void;
}

export function useSession(services: WorkbookService | undefined, loadCore: () => Promise<CoreApi>, lang: Lang, t: Translate): Session {
  const [analysis, setAnalysis] = useState<Analysis>();
  const [core, setCore] = useState<CoreApi>();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [undoStack, setUndoStack] = useState<UndoEntry[]>([]);
  const coreRef = useRef<CoreApi>();

  /** Run `fn` with a progress indicator that appears after half a second, and Swedish errors. */
  const task = useCallback(
    async <T>(label: string, fn: () => Promise<T>): Promise<T | undefined> => {
      setError(null);
      setNotice(null);
      const timer = setTimeout(() => setBusy(label), PROGRESS_DELAY_MS);
      try {
        return await fn();
      } catch (e) {
        setError(describeError(e, lang, t));
        return undefined;
      } finally {
        clearTimeout(timer);
        setBusy(null);
      }
    },
    [lang, t],
  );

  const refresh = useCallback(async (): Promise<void> => {
    if (!services) return;
    const c = coreRef.current ?? (await loadCore());
    coreRef.current = c;
    setCore(c);
    const grid = await services.readGrid();
    // The first step (the mapping) shows before the checks run, which then fill in the findings.
    const mapped = analyseMapping(grid, c, lang, t);
    setAnalysis(mapped);
    await afterPaint();
    setAnalysis(addValidation(mapped, c, lang, t));
  }, [services, loadCore, lang, t]);

  const reload = useCallback(async () => {
    // No workbook yet: nothing to read (the pane shows its frame and waits).
    if (services) await task(t('reading'), refresh);
  }, [task, refresh, t, services]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const write = useCallback(
    async (label: string, plan: WritePlan, done?: string): Promise<boolean> => {
      if (!services) return false;
      const ok = await task(t('writing'), async () => {
        const record = await services.apply(plan);
        setUndoStack((s) => [...s, { label, record }]);
        await refresh();
        return true;
      });
      if (ok && done) setNotice(done);
      return ok === true;
    },
    [task, services, refresh, t],
  );

  const undo = useCallback(async () => {
    const last = undoStack[undoStack.length - 1];
    if (!last || !services) return;
    await task(t('undoing'), async () => {
      const result = await services.undo(last.record);
      setUndoStack((s) => s.slice(0, -1));
      await refresh();
      const skipped = result.skipped.length > 0 ? ` ${t('undoneSkipped', { count: result.skipped.length, cells: result.skipped.map((c) => `${c.sheet}!${c.cell}`).join(', ') })}` : '';
      setNotice(t('undone', { restored: result.restored }) + skipped);
    });
  }, [undoStack, task, services, refresh, t]);

  const select = useCallback(
    async (sheet: string, cell: string) => {
      if (services) await task(t('reading'), () => services.selectCell(sheet, cell));
    },
    [task, services, t],
  );

  return { analysis, core, busy, error, notice, undoStack, reload, write, undo, select, setNotice };
}
