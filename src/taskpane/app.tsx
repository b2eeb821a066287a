import { useMemo, useState } from 'react';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Tab,
  TabList,
  Text,
  webLightTheme,
} from '@fluentui/react-components';
import { readToolState } from '../grid/tool-state';
import { emptyPlan } from '../grid/write-plan';
import type { Lang, WorkbookService } from '../excel';
import type { CoreApi, FillPreview, ReportPreview } from './core';
import type { FillSettings } from '../assessment';
import { translator } from './i18n';
import { describeError, useSession } from './use-session';
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
}

export function App(props: AppProps) {
  return (
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <Pane {...props} />
    </FluentProvider>
  );
}

function Pane({ services, loadCore, lang, initialStep, waiting }: AppProps) {
  const t = useMemo(() => translator(lang), [lang]);
  const s = useStyles();
  const session = useSession(services, loadCore, lang, t);
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

  const shownFill = analysis && step === 'assess' ? fill() : undefined;
  const shownReport = analysis && step === 'report' ? report() : undefined;
  const lastUndo = session.undoStack[session.undoStack.length - 1];
  const generatedBefore = useMemo(() => (analysis ? (readToolState(analysis.grid).generatedSheets?.length ?? 0) > 0 : false), [analysis]);

  return (
    <div className={s.root} data-testid="pane">
      <div className={s.header}>
        <h1 className={s.title}>{t('appTitle')}</h1>
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
      </div>
      {(session.busy || !services || ((!analysis || (step === 'validate' && analysis.validated === false)) && !session.error)) && (
        <div data-testid="progress">
          <ProgressBar />
          <Text size={200}>{session.busy ?? waiting ?? t('reading')}</Text>
        </div>
      )}
      {session.error && (
        <MessageBar intent="error" data-testid="error">
          <MessageBarBody>{session.error}</MessageBarBody>
        </MessageBar>
      )}
      {session.notice && (
        <MessageBar intent="success" data-testid="notice">
          <MessageBarBody>{session.notice}</MessageBarBody>
        </MessageBar>
      )}
      {((n) => n && <MessageBar intent="warning" data-testid="capability-notice"><MessageBarBody>{n}</MessageBarBody></MessageBar>)(services?.capabilityNotice?.(lang) ?? null)}
      <TabList selectedValue={step} onTabSelect={(_, d) => setStep(d.value as Step)} size="small">
        <Tab value="mapping" data-testid="tab-mapping">
          1. {t('stepMapping')}
        </Tab>
        <Tab value="validate" data-testid="tab-validate">
          2. {t('stepValidate')}
        </Tab>
        <Tab value="assess" data-testid="tab-assess">
          3. {t('stepAssess')}
        </Tab>
        <Tab value="report" data-testid="tab-report">
          4. {t('stepReport')}
        </Tab>
      </TabList>
      {analysis && step === 'mapping' && (
        <MappingStep
          mapping={analysis.mapping}
          problem={analysis.problems.mapping}
          lang={lang}
          t={t}
          onSave={(mapping) =>
            void session.write(t('saveMapping'), { ...emptyPlan(), state: { ...readToolState(analysis.grid), mapping } }, t('mappingSaved'))
          }
        />
      )}
      {analysis && step === 'validate' && analysis.validated !== false && (
        <ValidateStep
          findings={analysis.findings}
          problem={analysis.problems.mapping ?? analysis.problems.validate}
          lang={lang}
          t={t}
          onSelect={(f) => void session.select(f.sheet, f.cell)}
          onRerun={() => void session.reload()}
        />
      )}
      {analysis && shownFill && (
        <AssessStep
          preview={shownFill.preview}
          problem={shownFill.problem}
          lang={lang}
          t={t}
          onSettings={setFillSettings}
          onFill={() => shownFill.preview && void session.write(t('fill'), shownFill.preview.plan, t('filledDone', { count: shownFill.preview.plan.edits.length }))}
        />
      )}
      {analysis && shownReport && (
        <ReportStep
          preview={shownReport.preview}
          problem={shownReport.problem}
          regenerate={generatedBefore}
          lang={lang}
          t={t}
          onGenerate={() =>
            shownReport.preview &&
            void session.write(generatedBefore ? t('regenerate') : t('generate'), shownReport.preview.plan, t('generated', { count: shownReport.preview.sheets.length }))
          }
          onCopied={() => session.setNotice(t('copied'))}
        />
      )}
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
