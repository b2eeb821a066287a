import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkbookGrid } from '../grid/types';
import type { WritePlan } from '../grid/write-plan';
import { readToolState } from '../grid/tool-state';
import type { Finding } from '../model/finding';
import type { WorkbookMapping } from '../model/mapping-types';
import type { ReportModel } from '../model/types';
import { describeExcelError, errorCode, type Lang, type UndoRecord, type UndoResult, type WorkbookService } from '../excel';
import type { CoreApi, LeftOutItem, TableNotes } from './core';
import type { BoardWords } from './board-words';
import { rememberedWords } from './board-memory';
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
  /** Rows and columns the mapping left out, placed in their tables. */
  leftOut: LeftOutItem[];
  /** The board's words remembered from an earlier workbook, when they changed this mapping. */
  fromMemory?: BoardWords;
  /** Per table: where each role came from and the relations the numbers show; read with the checks (absent before them, or when they could not be read). */
  notes?: TableNotes[];
}

export type WriteKind = 'fill' | 'report' | 'mapping' | 'state';

export interface UndoEntry {
  label: string;
  kind: WriteKind;
  record: UndoRecord;
  /** Run after the workbook is restored (a mapping save takes back the words it remembered). */
  onUndo?: () => void;
}

/**
 * The undo history of one workbook, kept outside the pane's components: re-reading the same
 * workbook (or the demo coming back to a workbook it has open) keeps what can be undone.
 */
export interface UndoHistory {
  entries: UndoEntry[];
}

/** Where a notice belongs: beside the control that caused it. */
export type NoticePlace = 'header' | 'mapping' | 'validate' | 'assess' | 'report' | 'copy';

export interface Notice {
  text: string;
  where: NoticePlace;
  /** Move focus to the notice (after undo, when the pressed button may be gone or disabled). */
  focus?: boolean;
}

/** Show progress only for work that takes longer than this. */
const PROGRESS_DELAY_MS = 300;

export function describeError(err: unknown, lang: Lang, t: Translate): string {
  const code = errorCode(err);
  if (code === 'Unknown' && err instanceof Error) return t('unexpected', { message: err.message });
  return describeExcelError(err, lang);
}

/** The notes beside the roles are an aid: if they cannot be read, the mapping step still works. */
function notesOf(fn: () => TableNotes[]): TableNotes[] | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

/** Mapping and model only: all the first step needs (the checks follow, see addValidation). */
export function analyseMapping(
  grid: WorkbookGrid,
  core: CoreApi,
  lang: Lang,
  t: Translate,
  mappingOverride?: WorkbookMapping,
  remembered?: (board: string | undefined) => BoardWords | undefined,
): Analysis {
  const a: Analysis = { grid, findings: [], problems: {}, validated: false, leftOut: [] };
  try {
    const saved = mappingOverride ?? readToolState(grid).mapping;
    a.mapping = core.mapWorkbook(grid, saved);
    // The board's words from an earlier workbook, used only where they change what was found.
    const words = remembered?.(a.mapping.board);
    if (words) {
      const again = core.mapWorkbook(grid, saved, words);
      if (JSON.stringify(again.tables) !== JSON.stringify(a.mapping.tables)) {
        a.mapping = again;
        a.fromMemory = words;
      }
    }
    a.leftOut = core.leftOut(grid, a.mapping);
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
  // The notes beside the roles (sources, relations) follow the first step, with the checks.
  if (a.mapping) {
    const mapping = a.mapping;
    a.notes = notesOf(() => core.describe(a.grid, mapping, a.fromMemory));
  }
  try {
    a.findings = [...a.findings, ...core.validate(a.model, a.grid)];
  } catch (e) {
    a.problems.validate = describeError(e, lang, t);
  }
  return a;
}

/**
 * The core calls of the first analysis, bound to one grid and asynchronous: in a worker where
 * the page can start one (src/taskpane/analysis-remote.ts), else the core on the page.
 */
export interface AnalysisCore {
  mapWorkbook(saved?: WorkbookMapping, extra?: unknown): Promise<WorkbookMapping>;
  leftOut(mapping: WorkbookMapping): Promise<LeftOutItem[]>;
  buildModel(mapping: WorkbookMapping): Promise<{ model: ReportModel; findings: Finding[] }>;
  describe(mapping: WorkbookMapping, extra?: unknown): Promise<TableNotes[]>;
  validate(model: ReportModel): Promise<Finding[]>;
  dispose(): void;
}

export function localAnalysis(grid: WorkbookGrid, core: CoreApi): AnalysisCore {
  return {
    mapWorkbook: async (saved, extra) => core.mapWorkbook(grid, saved, extra),
    leftOut: async (mapping) => core.leftOut(grid, mapping),
    buildModel: async (mapping) => core.buildModel(grid, mapping),
    describe: async (mapping, extra) => core.describe(grid, mapping, extra),
    validate: async (model) => core.validate(model, grid),
    dispose: () => undefined,
  };
}

/** analyseMapping through an AnalysisCore (the same steps, the same result). */
export async function analyseMappingWith(
  grid: WorkbookGrid,
  core: AnalysisCore,
  lang: Lang,
  t: Translate,
  mappingOverride?: WorkbookMapping,
  remembered?: (board: string | undefined) => BoardWords | undefined,
): Promise<Analysis> {
  const a: Analysis = { grid, findings: [], problems: {}, validated: false, leftOut: [] };
  try {
    const saved = mappingOverride ?? readToolState(grid).mapping;
    a.mapping = await core.mapWorkbook(saved);
    const words = remembered?.(a.mapping.board);
    if (words) {
      const again = await core.mapWorkbook(saved, words);
      if (JSON.stringify(again.tables) !== JSON.stringify(a.mapping.tables)) {
        a.mapping = again;
        a.fromMemory = words;
      }
    }
    a.leftOut = await core.leftOut(a.mapping);
    const built = await core.buildModel(a.mapping);
    a.model = built.model;
    a.findings = built.findings;
  } catch (e) {
    a.problems.mapping = describeError(e, lang, t);
  }
  return a;
}

/** addValidation through an AnalysisCore. */
export async function addValidationWith(mapped: Analysis, core: AnalysisCore, lang: Lang, t: Translate): Promise<Analysis> {
  const a: Analysis = { ...mapped, problems: { ...mapped.problems }, validated: true };
  if (!a.model || a.problems.mapping) return a;
  if (a.mapping) a.notes = await core.describe(a.mapping, a.fromMemory).catch(() => undefined);
  try {
    a.findings = [...a.findings, ...(await core.validate(a.model))];
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
  /** A task is queued or running (at once, unlike `busy`, which waits 300 ms before it shows). */
  running: boolean;
  error: { text: string; where: NoticePlace } | null;
  notice: Notice | null;
  undoStack: UndoEntry[];
  reload(): Promise<void>;
  write(label: string, kind: WriteKind, plan: WritePlan, done: string | undefined, where: NoticePlace, onUndo?: () => void): Promise<boolean>;
  undo(): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  setNotice(notice: Notice | null): void;
}

/** What an undo put back, in words: sheets removed, cells restored, the mapping reverted. */
export function undoMessage(entry: UndoEntry, result: UndoResult, t: Translate): string {
  const { record, label } = entry;
  let text: string;
  if (record.addedSheets.length > 0) {
    text = t('undoneSheets', { label, count: record.addedSheets.length, names: record.addedSheets.join(', ') });
    if (record.deletedSheets.length > 0) text += ` ${t('undoneSheetsBack', { count: record.deletedSheets.length })}`;
  } else if (entry.kind === 'mapping') text = t('undoneMapping', { label });
  else if (record.written.length > 0) text = t('undoneCells', { label, restored: result.restored });
  else text = t('undoneState', { label });
  if (result.skipped.length > 0) text += ` ${t('undoneSkipped', { count: result.skipped.length, cells: result.skipped.map((c) => `${c.sheet}!${c.cell}`).join(', ') })}`;
  return text;
}

export function useSession(services: WorkbookService | undefined, loadCore: () => Promise<CoreApi>, lang: Lang, t: Translate, history?: UndoHistory): Session {
  const [analysis, setAnalysis] = useState<Analysis>();
  const [core, setCore] = useState<CoreApi>();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<Session['error']>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [undoStack, setUndoStackState] = useState<UndoEntry[]>(() => history?.entries ?? []);
  // The stack as of now, for a task that runs after others queued before it (React's copy is
  // the one of the last render).
  const stackRef = useRef<UndoEntry[]>(undoStack);
  const [running, setRunning] = useState(0);
  const coreRef = useRef<CoreApi>();
  const phase = useRef<{ label: string; shown: boolean } | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const setUndoStack = useCallback(
    (fn: (s: UndoEntry[]) => UndoEntry[]) => {
      const next = fn(stackRef.current);
      stackRef.current = next;
      if (history) history.entries = next;
      setUndoStackState(next);
    },
    [history],
  );

  /** A new phase of the running task (reading, mapping, checking): the progress line follows it. */
  const step = useCallback((label: string) => {
    if (!phase.current) return;
    phase.current.label = label;
    if (phase.current.shown) setBusy(label);
  }, []);

  /**
   * Run `fn` with a progress indicator that appears after 300 ms, and Swedish errors beside `where`.
   * Tasks run one after another: the buttons are enabled until the progress shows, and a re-read
   * and an undo pressed within that time used to run side by side, the older read could finish
   * last and show a workbook that was no longer there.
   */
  const task = useCallback(
    <T>(label: string, where: NoticePlace, fn: () => Promise<T>): Promise<T | undefined> => {
      setRunning((n) => n + 1);
      const run = async (): Promise<T | undefined> => {
        setError(null);
        setNotice(null);
        const mine = { label, shown: false };
        phase.current = mine;
        const timer = setTimeout(() => {
          mine.shown = true;
          setBusy(mine.label);
        }, PROGRESS_DELAY_MS);
        try {
          return await fn();
        } catch (e) {
          setError({ text: describeError(e, lang, t), where });
          return undefined;
        } finally {
          clearTimeout(timer);
          if (phase.current === mine) phase.current = null;
          setBusy(null);
          setRunning((n) => n - 1);
        }
      };
      // `run` never rejects, so the queue never stops.
      const done = queue.current.then(run);
      queue.current = done;
      return done;
    },
    [lang, t],
  );

  const refresh = useCallback(async (): Promise<void> => {
    if (!services) return;
    const c = coreRef.current ?? (await loadCore());
    coreRef.current = c;
    setCore(c);
    const grid = await services.readGrid();
    step(t('mappingBusy'));
    await afterPaint();
    // Off the page's thread where a worker can start, so a large workbook never freezes the pane.
    const local = localAnalysis(grid, c);
    const remote =
      typeof Worker === 'undefined'
        ? null
        : await import(/* webpackChunkName: "analysis" */ './analysis-remote')
            .then((m) => m.startRemoteAnalysis(grid, local))
            .catch(() => null);
    const ac = remote ?? local;
    try {
      // The first step (the mapping) shows before the checks run, which then fill in the findings.
      const mapped = await analyseMappingWith(grid, ac, lang, t, undefined, rememberedWords);
      setAnalysis(mapped);
      step(t('analysing'));
      await afterPaint();
      setAnalysis(await addValidationWith(mapped, ac, lang, t));
    } finally {
      ac.dispose();
    }
  }, [services, loadCore, lang, t, step]);

  const reload = useCallback(async () => {
    // No workbook yet: nothing to read (the pane shows its frame and waits).
    if (services) await task(t('reading'), 'header', refresh);
  }, [task, refresh, t, services]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const write = useCallback(
    async (label: string, kind: WriteKind, plan: WritePlan, done: string | undefined, where: NoticePlace, onUndo?: () => void): Promise<boolean> => {
      if (!services) return false;
      const ok = await task(t('writing'), where, async () => {
        const record = await services.apply(plan);
        setUndoStack((s) => [...s, { label, kind, record, onUndo }]);
        step(t('reading'));
        await refresh();
        return true;
      });
      // Focus goes to the outcome: the button pressed is often gone (the guard closes, an
      // acknowledged finding leaves the list) or disabled (nothing left to fill).
      if (ok && done) setNotice({ text: done, where, focus: true });
      return ok === true;
    },
    [task, services, refresh, t, step, setUndoStack],
  );

  const undo = useCallback(async () => {
    if (!services || stackRef.current.length === 0) return;
    await task(t('undoing'), 'header', async () => {
      // The last write as of now: one queued before this undo may have added it.
      const last = stackRef.current[stackRef.current.length - 1];
      if (!last) return;
      const result = await services.undo(last.record);
      last.onUndo?.();
      setUndoStack((s) => s.slice(0, -1));
      step(t('reading'));
      await refresh();
      setNotice({ text: undoMessage(last, result, t), where: 'header', focus: true });
    });
  }, [task, services, refresh, t, step, setUndoStack]);

  const select = useCallback(
    async (sheet: string, cell: string) => {
      if (services) await task(t('reading'), 'validate', () => services.selectCell(sheet, cell));
    },
    [task, services, t],
  );

  return { analysis, core, busy, running: running > 0, error, notice, undoStack, reload, write, undo, select, setNotice };
}
