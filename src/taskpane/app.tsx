import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Button, FluentProvider, MessageBar, MessageBarBody, ProgressBar, Tab, TabList, Text, webLightTheme } from '@fluentui/react-components';
import pkg from '../../package.json';
import { readToolState } from '../grid/tool-state';
import { emptyPlan } from '../grid/write-plan';
import type { Lang, WorkbookService } from '../excel';
import type { CoreApi, FillPreview, ReportPreview } from './core';
import type { FillSettings } from '../assessment';
import { translator, type TextKey } from './i18n';
import { countWords, mergeWords, type BoardWords } from './board-words';
import { forgetWords, rememberWords } from './board-memory';
import { ackKey, ackOf } from './finding-view';
import { describeError, useSession, type Notice, type NoticePlace, type UndoHistory } from './use-session';
import { useStyles } from './styles';
import { MappingStep } from './steps/mapping-step';
import { ValidateStep } from './steps/validate-step';
import { AssessStep } from './steps/assess-step';
import { ReportStep } from './steps/report-step';

export type Step = 'mapping' | 'validate' | 'assess' | 'report';

export interface AppProps {
  /**
   * Workbook operations (Excel or the in-browser workbook); the pane never touches Excel itself.
   * Absent while the workbook is still on its way: the pane shows its frame and `waiting`.
   */
  services?: WorkbookService;
  waiting?: string;
  loadCore: () => Promise<CoreApi>;
  lang: Lang;
  initialStep?: Step;
  /** This workbook's undo history, kept by whoever owns the workbook (it outlives a re-read). */
  history?: UndoHistory;
}

const STEPS: { id: Step; label: TextKey; help: TextKey }[] = [
  { id: 'mapping', label: 'stepMapping', help: 'mappingHelp' },
  { id: 'validate', label: 'stepValidate', help: 'validateHelp' },
  { id: 'assess', label: 'stepAssess', help: 'assessHelp' },
  { id: 'report', label: 'stepReport', help: 'reportHelp' },
];

export const VERSION: string = (pkg as { version: string }).version;

export function App(props: AppProps) {
  return (
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <Pane {...props} />
    </FluentProvider>
  );
}

/** A notice shown where the action was taken; focused when the control that caused it is gone. */
function NoticeBar({ notice }: { notice: Notice }) {
  const s = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  // Before the browser paints: there is never a frame with the notice shown and focus still on
  // the button that is gone (or on the page).
  useLayoutEffect(() => {
    if (notice.focus) ref.current?.focus();
  }, [notice]);
  return (
    <MessageBar intent="success" data-testid="notice" className={s.notice} ref={ref} tabIndex={-1}>
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  );
}

function Pane({ services, loadCore, lang, initialStep, waiting, history }: AppProps) {
  const t = useMemo(() => translator(lang), [lang]);
  const s = useStyles();
  const session = useSession(services, loadCore, lang, t, history);
  const [step, setStep] = useState<Step>(initialStep ?? 'mapping');
  const { analysis, core } = session;

  // The previews are built when their step is shown, not on every read: the first step (the
  // mapping) needs neither, and planning the fill and the report is real work on a big workbook.
  // The controller's choice of scale, goal rule and limits in the Bedömningar step; written to the
  // workbook's tool state with the fill, as the command line's --scale/--goal-rule do.
  const [fillSettings, setFillSettings] = useState<FillSettings | undefined>(undefined);
  const fill = useMemo(
    () =>
      once((): { preview?: FillPreview; problem?: string } => {
        if (!analysis || !core || !analysis.model) return { problem: analysis?.problems.mapping };
        try {
          return { preview: core.planFill(analysis.grid, analysis.model, fillSettings) };
        } catch (e) {
          return { problem: describeError(e, lang, t) };
        }
      }),
    [analysis, core, lang, t, fillSettings],
  );

  const report = useMemo(
    () =>
      once((): { preview?: ReportPreview; problem?: string } => {
        if (!analysis || !core || !analysis.model) return { problem: analysis?.problems.mapping };
        try {
          return { preview: core.planReport(analysis.grid, analysis.model) };
        } catch (e) {
          return { problem: describeError(e, lang, t) };
        }
      }),
    [analysis, core, lang, t],
  );

  const state = useMemo(() => (analysis ? readToolState(analysis.grid) : undefined), [analysis]);
  const acknowledged = state?.acknowledged ?? [];
  const shownFill = analysis && step === 'assess' ? fill() : undefined;
  const shownReport = analysis && step === 'report' ? report() : undefined;
  const lastUndo = session.undoStack[session.undoStack.length - 1];
  const generatedBefore = (state?.generatedSheets?.length ?? 0) > 0;
  const openErrors = useMemo(() => {
    const acks = new Set(acknowledged.map(ackKey));
    return (analysis?.findings ?? []).filter((f) => f.severity === 'error' && !acks.has(ackKey(ackOf(f))));
  }, [analysis, acknowledged]);

  const noticeAt = (where: NoticePlace) => (
    <>
      {session.error && session.error.where === where && (
        <MessageBar intent="error" data-testid="error" className={s.notice}>
          <MessageBarBody>{session.error.text}</MessageBarBody>
        </MessageBar>
      )}
      {session.notice && session.notice.where === where && <NoticeBar notice={session.notice} />}
    </>
  );

  // The step is being read or checked (or a write is under way): assistive technology may wait
  // for it, and so do the browser tests (the step's first part shows before the checks end).
  const working = session.running || !services || ((!analysis || analysis.validated === false) && !session.error);
  const waitingForWork = session.busy || !services || ((!analysis || (step === 'validate' && analysis.validated === false)) && !session.error);
  const progressText = session.busy ?? waiting ?? t('reading');
  // What a screen reader hears: progress, then the outcome (the visible notice sits by its button).
  const announcement = session.error?.text ?? session.notice?.text ?? (waitingForWork ? progressText : '');
  const current = STEPS.find((x) => x.id === step) ?? STEPS[0];

  return (
    <div className={s.root} data-testid="pane">
      <header className={s.header}>
        <div className={s.titleBox}>
          <h1 className={s.title}>{t('appTitle')}</h1>
          <span className={s.version} data-testid="version">
            {t('version', { version: VERSION })}
          </span>
        </div>
        <div className={s.actions}>
          <Button size="small" data-testid="reload" onClick={() => void session.reload()} disabled={!services || session.busy !== null}>
            {t('reload')}
          </Button>
          <Button
            size="small"
            data-testid="undo"
            disabled={!services || !lastUndo || session.busy !== null}
            title={lastUndo ? t('undoOf', { label: lastUndo.label }) : t('nothingToUndo')}
            onClick={() => void session.undo()}
          >
            {lastUndo ? t('undoOf', { label: lastUndo.label }) : t('undo')}
          </Button>
        </div>
      </header>
      <div role="status" aria-live="polite" aria-atomic="true" className={s.visuallyHidden} data-testid="live">
        {announcement}
      </div>
      {/* The progress line keeps its place while nothing runs: the tabs and the step below never
          move when work starts or ends (a press on a tab that moved away before the release was lost). */}
      <div className={s.progressSlot}>
        {waitingForWork && (
          <div data-testid="progress" className={s.progress}>
            <ProgressBar aria-label={progressText} />
            <Text size={200} className={s.progressText}>
              {progressText}
            </Text>
          </div>
        )}
      </div>
      {noticeAt('header')}
      {((n) => n && <MessageBar intent="warning" data-testid="capability-notice"><MessageBarBody>{n}</MessageBarBody></MessageBar>)(services?.capabilityNotice?.(lang) ?? null)}
      <nav aria-label={t('steps')}>
        <TabList className={s.tabs} selectedValue={step} onTabSelect={(_, d) => setStep(d.value as Step)} size="small">
          {STEPS.map((x, i) => (
            <Tab key={x.id} value={x.id} data-testid={`tab-${x.id}`}>
              {i + 1}. {t(x.label)}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main aria-busy={working} data-testid="step-area">
        <h2 className={s.stepHeading} data-testid="step-heading">
          {t(current.label)}
        </h2>
        <details className={s.help} data-testid="help">
          <summary>{t('help')}</summary>
          <Text block size={200}>
            {t(current.help)}
          </Text>
        </details>
        {analysis && step === 'mapping' && (
          <MappingStep
            mapping={analysis.mapping}
            leftOut={analysis.leftOut}
            fromMemory={analysis.fromMemory}
            notes={analysis.notes}
            findings={analysis.validated ? analysis.findings : undefined}
            problem={analysis.problems.mapping}
            lang={lang}
            t={t}
            notice={noticeAt('mapping')}
            onSave={(mapping, chosen) => {
              const base = readToolState(analysis.grid);
              // Words remembered from an earlier workbook go into this one too, with those just chosen.
              const words: BoardWords = analysis.fromMemory ? (mergeWords(analysis.fromMemory, chosen) as BoardWords) : chosen;
              const n = countWords(words);
              const remember = countWords(chosen) > 0;
              const next = n > 0 ? { ...base, mapping, synonyms: mergeWords(base.synonyms, words) } : { ...base, mapping };
              void session.write(
                t('saveMapping'),
                'mapping',
                { ...emptyPlan(), state: next },
                n > 0 ? t('mappingSavedWords', { count: n }) : t('mappingSaved'),
                'mapping',
                remember ? () => forgetWords(mapping.board, chosen) : undefined,
              ).then((ok) => {
                // Remembered on this computer once the workbook holds them (undo takes them back).
                if (ok && remember) rememberWords(mapping.board, chosen);
              });
            }}
          />
        )}
        {analysis && step === 'validate' && analysis.validated !== false && (
          <ValidateStep
            findings={analysis.findings}
            acknowledged={acknowledged}
            problem={analysis.problems.mapping ?? analysis.problems.validate}
            lang={lang}
            t={t}
            notice={noticeAt('validate')}
            onSelect={(f) => void session.select(f.sheet, f.cell)}
            onRerun={() => void session.reload()}
            onAcknowledge={(f) => {
              const base = readToolState(analysis.grid);
              const what = `${f.sheet}!${f.cell}`;
              void session.write(t('acknowledgeOf', { what }), 'state', { ...emptyPlan(), state: { ...base, acknowledged: [...(base.acknowledged ?? []), ackOf(f)] } }, t('acknowledged', { what }), 'validate');
            }}
          />
        )}
        {analysis && shownFill && (
          <>
            <AssessStep
              preview={shownFill.preview}
              problem={shownFill.problem}
              lang={lang}
              t={t}
              onSettings={setFillSettings}
              onFill={() => shownFill.preview && void session.write(t('fill'), 'fill', shownFill.preview.plan, t('filledDone', { count: shownFill.preview.plan.edits.length }), 'assess')}
            />
            {noticeAt('assess')}
          </>
        )}
        {analysis && shownReport && (
          <ReportStep
            preview={shownReport.preview}
            problem={shownReport.problem}
            regenerate={generatedBefore}
            openErrors={openErrors}
            leftOut={analysis.leftOut}
            lang={lang}
            t={t}
            notice={noticeAt('report')}
            copyNotice={noticeAt('copy')}
            onGenerate={() =>
              shownReport.preview &&
              void session.write(generatedBefore ? t('regenerate') : t('generate'), 'report', shownReport.preview.plan, t('generated', { count: shownReport.preview.sheets.length }), 'report')
            }
            onCopied={() => session.setNotice({ text: t('copied'), where: 'copy' })}
          />
        )}
      </main>
    </div>
  );
}

/** A computation run at most once, on first use. */
function once<T>(fn: () => T): () => T {
  let done: { value: T } | null = null;
  return () => {
    if (!done) done = { value: fn() };
    return done.value;
  };
}
