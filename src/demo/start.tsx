import { startTransition, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Root } from 'react-dom/client';
import type { WorkbookGrid } from '../grid/types';
import { createWorkbookService, type Lang } from '../excel';
import { createFakeExcel, type FakeExcel } from '../excel/fake';
import { App } from '../taskpane/app';
import type { UndoHistory } from '../taskpane/use-session';
import { loadCore } from '../taskpane/core';
import { translator } from '../taskpane/i18n';
import { GridView } from './grid-view';
import { DEMO_CSS } from './demo.css';
import { readXlsx } from './read-xlsx';
import { readFileInWorker } from './open-file';
import { SAMPLES, fetchSample, pickSample } from './samples';

/**
 * Demo mode: the real pane and the real Office.js adapter, running on an in-browser Excel over
 * a workbook read with ExcelJS — the sample from seeds/ or any .xlsx the user opens.
 */

/** A workbook already on its way when the demo starts (fetched and parsed at boot). */
export interface InitialWorkbook {
  name: string;
  grid: Promise<WorkbookGrid>;
}

interface Loaded {
  id: number;
  name: string;
  fake: FakeExcel;
  /** The workbook's undo history: coming back to a sample keeps what can be undone in it. */
  history: UndoHistory;
}

/** Samples opened so far, kept in memory as Excel keeps open workbooks. */
const openSamples = new Map<string, Loaded>();

/** The pane's width in pixels from `?pane=350` (Office gives a pane 320–450 px), else 440. */
function paneWidth(): number {
  const n = Number(new URLSearchParams(window.location.search).get('pane'));
  return Number.isFinite(n) && n >= 280 && n <= 900 ? n : 440;
}

const FIRST_ID = 1;
let nextId = FIRST_ID;

function DemoRoot({ lang, sample, initial }: { lang: Lang; sample?: string; initial?: InitialWorkbook }) {
  const t = useMemo(() => translator(lang), [lang]);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [, setVersion] = useState(0);
  const [sheet, setSheet] = useState('');
  // Until the first workbook is in, the pane shows its frame with progress (not nothing).
  const [starting, setStarting] = useState(true);
  const [reading, setReading] = useState(false);

  const show = (next: Loaded): void => {
    // A handle for trying error paths from the console or a browser test (a locked sheet,
    // cell-edit mode); demo mode only.
    (window as unknown as { namndrapportDemo?: unknown }).namndrapportDemo = { world: next.fake.world };
    setLoaded(next);
    setSheet(next.fake.grid.sheets.find((s) => (s.state ?? 'visible') === 'visible')?.name ?? '');
  };

  const open = async (name: string, read: () => Promise<WorkbookGrid>, sample = false): Promise<void> => {
    const known = sample ? openSamples.get(name) : undefined;
    if (known) {
      // The same workbook again: re-read by a fresh pane, its changes and undo history kept.
      show({ ...known, id: nextId++ });
      return;
    }
    setStatus(t('demoLoading', { name }));
    // The pane shows the reading at once, in place of the workbook it had (not the old one
    // looking current), and gets a frame to paint that before the reading starts.
    setReading(true);
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    try {
      const grid: WorkbookGrid = await read();
      const fake = createFakeExcel(grid);
      const next: Loaded = { id: nextId++, name, fake, history: { entries: [] } };
      if (sample) openSamples.set(name, next);
      show(next);
      setStatus(null);
    } catch (e) {
      setStatus(t('demoReadError', { name, message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setStarting(false);
      setReading(false);
    }
  };

  const openSample = (file: string): Promise<void> => open(file, () => readXlsx(fetchSample(file)), true);

  useEffect(() => {
    if (initial) void open(initial.name, () => initial.grid, true);
    else void openSample(pickSample(sample));
    // Load once on start; later loads come from the user's choices.
  }, []);

  useEffect(() => {
    if (!loaded) return undefined;
    return loaded.fake.world.onChange(() => {
      const sel = loaded.fake.world.selection;
      if (sel) setSheet(sel.sheet);
      // Redrawing the sheet (hundreds of rows) after every sync is a transition: React renders
      // it in slices, so a long read's many syncs never block the pane in one piece.
      startTransition(() => setVersion((v) => v + 1));
    });
  }, [loaded]);

  const services = useMemo(() => (loaded ? createWorkbookService(loaded.fake) : null), [loaded]);
  // The sheet beside the pane (the demo's stand-in for Excel) is drawn in a background render,
  // after the pane's own update: a new workbook reaches the pane first.
  const shown = useDeferredValue(loaded);
  const selection = loaded?.fake.world.selection ?? null;

  return (
    <div className="demo-root">
      <style>{DEMO_CSS}</style>
      <div className="demo-banner" data-testid="demo-banner">
        <span>{t('demoBanner')}</span>
        <label>
          {t('demoSample')}:{' '}
          <select data-testid="sample" value={loaded && SAMPLES.includes(loaded.name) ? loaded.name : ''} onChange={(e) => void openSample(e.target.value)}>
            <option value="" disabled>
              –
            </option>
            {SAMPLES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('demoOpen')}{' '}
          <input
            type="file"
            data-testid="open-file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void open(file.name, () => file.arrayBuffer().then(readFileInWorker));
            }}
          />
        </label>
        {loaded && <strong data-testid="workbook-name">{loaded.name}</strong>}
        {selection && <span data-testid="selection">{t('demoCell', { sheet: selection.sheet, cell: selection.address })}</span>}
        {status && <span data-testid="demo-status">{status}</span>}
      </div>
      <div className="demo-main">
        {shown && <GridView grid={shown.fake.grid} sheet={sheet} selection={selection} onSheet={setSheet} />}
        <div className="demo-pane" data-testid="demo-pane" style={{ width: `${paneWidth()}px` }}>
          {reading && status ? (
            <App key={starting ? FIRST_ID : `reading-${nextId}`} loadCore={loadCore} lang={lang} waiting={status} />
          ) : loaded && services ? (
            <App key={loaded.id} services={services} loadCore={loadCore} lang={lang} history={loaded.history} />
          ) : (
            // The same key as the first workbook's pane: the frame stays, its content fills in.
            starting && <App key={FIRST_ID} loadCore={loadCore} lang={lang} waiting={status ?? undefined} />
          )}
        </div>
      </div>
    </div>
  );
}

export function startDemo(root: Root, lang: Lang, sample?: string, initial?: InitialWorkbook): void {
  root.render(<DemoRoot lang={lang} sample={sample} initial={initial} />);
}
