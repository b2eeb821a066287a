import { Button, Text } from '@fluentui/react-components';
import type { ChangeEvent } from 'react';
import type { Lang } from '../../excel/errors';
import type { FillSettings, ScaleChoice } from '../../assessment';
import type { FillPreview } from '../core';
import type { Translate } from '../i18n';
import { useStyles } from '../styles';

interface Props {
  preview?: FillPreview;
  problem?: string;
  lang: Lang;
  t: Translate;
  onFill(): void;
  /** A new choice of scale, goal rule or limit: the preview is planned again with it. */
  onSettings?(settings: FillSettings): void;
}

/**
 * The signal colour as a bar beside the text, the text itself dark on the pane's background:
 * white on the scale's green and red read at 2.9:1 (WCAG AA needs 4.5:1).
 */
function colourBar(fill: string): React.CSSProperties {
  return { borderLeft: `14px solid #${fill}` };
}

// The step's own words (the Bedömningar step is the assessment module's; the pane's shared
// dictionary stays the pane's).
const WORDS = {
  sv: {
    scaleFor: { indicator: 'Skala för nyckeltal', goal: 'Skala för mål' },
    source: {
      setting: 'vald i inställningarna',
      cells: 'läst ur ifyllda bedömningar',
      legend: 'läst ur nämndens förklaring',
      default: 'standard – arbetsboken visar ingen skala',
      none: 'nämndens skala kan inte läsas – inget fylls i',
    },
    at: 'i',
    limits: { legend: 'gränser enligt förklaringen', default: 'standardgränser – ändra vid behov', builtin: 'den inbyggda skalans gränser' },
    level: 'Nivå',
    rule: 'Regel',
    limit: 'Gräns (% från målet)',
    chooseScale: 'Välj skala',
    fromWorkbook: 'Som arbetsboken visar',
    goalRule: 'Regel för målens samlade bedömning',
    rules: { '': 'Ingen vald', worst: 'Sämsta nyckeltalet', average: 'Medel av nyckeltalen', allMet: 'Alla nyckeltal uppnådda' },
    saved: 'Valen sparas i arbetsboken när bedömningarna fylls i.',
    ruleSource: { setting: 'vald', printed: 'nämndens egen regel', default: 'standard', none: 'ingen regel – målraderna lämnas tomma' },
  },
  en: {
    scaleFor: { indicator: 'Scale for key figures', goal: 'Scale for goals' },
    source: {
      setting: 'chosen in the settings',
      cells: 'read from assessments filled in',
      legend: "read from the board's legend",
      default: 'default – the workbook shows no scale',
      none: "the board's scale cannot be read – nothing is filled",
    },
    at: 'in',
    limits: { legend: 'limits from the legend', default: 'default limits – change if needed', builtin: "the built-in scale's limits" },
    level: 'Level',
    rule: 'Rule',
    limit: 'Limit (% from target)',
    chooseScale: 'Choose scale',
    fromWorkbook: 'As the workbook shows',
    goalRule: 'Rule for the goals as a whole',
    rules: { '': 'None chosen', worst: 'Weakest key figure', average: 'Average of the key figures', allMet: 'All key figures met' },
    saved: 'The choices are saved in the workbook when the assessments are filled in.',
    ruleSource: { setting: 'chosen', printed: "the board's own rule", default: 'default', none: 'no rule – goal rows are left empty' },
  },
} as const;

function ScaleCard(props: { use: 'indicator' | 'goal'; choice: ScaleChoice; lang: Lang; settings: FillSettings; onSettings?(s: FillSettings): void }) {
  const w = WORDS[props.lang === 'en' ? 'en' : 'sv'];
  const s = useStyles();
  const { choice } = props;
  const editable = (name: string) => choice.levels?.find((l) => l.name === name) && choice.thresholds !== 'legend';
  const setLimit = (level: string, value: number) => {
    const thresholds = props.settings.thresholds ?? {};
    const forScale = { ...(thresholds.scales?.[choice.id] ?? {}), [level]: value };
    props.onSettings?.({ ...props.settings, thresholds: { ...thresholds, scales: { ...(thresholds.scales ?? {}), [choice.id]: forScale } } });
  };
  return (
    <div className={s.card} data-testid={`scale-${props.use}`}>
      <Text block weight="semibold">
        {w.scaleFor[props.use]}: {choice.name || '–'}
      </Text>
      <Text block size={200} className={s.muted} data-testid={`scale-source-${props.use}`}>
        {w.source[choice.source]}
        {choice.where ? ` ${w.at} ${choice.where}` : ''}
        {choice.problem ? ` (${choice.problem})` : ''}
        {choice.thresholds ? ` · ${w.limits[choice.thresholds]}` : ''}
      </Text>
      {choice.levels && choice.levels.length > 0 && (
        <table className={s.table} data-testid={`scale-levels-${props.use}`}>
          <thead>
            <tr>
              <th>{w.level}</th>
              <th>{w.rule}</th>
            </tr>
          </thead>
          <tbody>
            {choice.levels.map((l) => {
              const limit = /(\d+(?:,\d+)?) % från målet/.exec(l.rule);
              return (
                <tr key={l.name}>
                  <td>
                    <span className={s.swatch} style={l.fill ? colourBar(l.fill) : undefined}>
                      {l.name}
                    </span>
                  </td>
                  <td className={s.muted}>
                    {limit && editable(l.name) && props.onSettings ? (
                      <label className={s.limitField}>
                        {w.limit}{' '}
                        <input
                          type="number"
                          min={0}
                          step={1}
                          aria-label={`${w.limit}: ${l.name}`}
                          data-testid={`limit-${l.name}`}
                          defaultValue={Number(limit[1].replace(',', '.'))}
                          onBlur={(e) => {
                            const v = Number(e.currentTarget.value);
                            if (Number.isFinite(v) && v >= 0) setLimit(l.name, v);
                          }}
                        />
                      </label>
                    ) : (
                      l.rule
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}

export function AssessStep(props: Props) {
  const { t, preview } = props;
  const s = useStyles();
  if (props.problem) return <Text className={s.problem}>{props.problem}</Text>;
  if (!preview) return null;
  const w = WORDS[props.lang === 'en' ? 'en' : 'sv'];
  const settings = preview.settings ?? {};
  const edits = preview.plan.edits.length;
  const change = (patch: Partial<FillSettings>) => props.onSettings?.({ ...settings, ...patch });
  return (
    <div data-testid="step-assess">
      <Text block className={s.intro}>
        {t('assessIntro')}
      </Text>
      {!preview.scales && preview.scaleName && <Text block size={200}>{t('scaleUsed', { name: preview.scaleName })}</Text>}
      {preview.scales && (
        <>
          <ScaleCard use="indicator" choice={preview.scales.indicator} lang={props.lang} settings={settings} onSettings={props.onSettings} />
          {preview.scales.goal.id !== preview.scales.indicator.id && (
            <ScaleCard use="goal" choice={preview.scales.goal} lang={props.lang} settings={settings} onSettings={props.onSettings} />
          )}
        </>
      )}
      {props.onSettings && preview.choices && (
        <div className={s.card}>
          <label className={s.settingField}>
            <Text size={200}>{w.chooseScale} </Text>
            <select
              data-testid="choose-scale"
              value={settings.scale ?? ''}
              onChange={(e: ChangeEvent<HTMLSelectElement>) => change({ scale: e.target.value || undefined })}
            >
              <option value="">{w.fromWorkbook}</option>
              {preview.choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label className={s.settingField}>
            <Text size={200}>{w.goalRule} </Text>
            <select data-testid="choose-goal-rule" value={settings.goalRule ?? ''} onChange={(e: ChangeEvent<HTMLSelectElement>) => change({ goalRule: (e.target.value || undefined) as FillSettings['goalRule'] })}>
              {(Object.keys(w.rules) as (keyof typeof w.rules)[]).map((k) => (
                <option key={k} value={k}>
                  {w.rules[k]}
                </option>
              ))}
            </select>
          </label>
          {preview.goalRule && (
            <Text block size={200} className={s.muted} data-testid="goal-rule-source">
              {w.goalRule}: {preview.goalRule.rule ? w.rules[preview.goalRule.rule] : '–'} ({w.ruleSource[preview.goalRule.source]}
              {preview.goalRule.text ? `: ”${preview.goalRule.text}”` : ''})
            </Text>
          )}
          <Text block size={200} className={s.muted}>
            {w.saved}
          </Text>
        </div>
      )}
      {preview.filled.length === 0 && <Text block>{t('nothingToFill')}</Text>}
      {preview.filled.length > 0 && (
        <table className={s.table} data-testid="fill-preview">
          <thead>
            <tr>
              <th>{t('indicator')}</th>
              <th>{t('assessment')}</th>
              <th>{t('reason')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.filled.map((f) => (
              <tr key={`${f.sheet}!${f.cell}`}>
                <td>
                  {f.indicator} <span className={s.addr}>{f.cell}</span>
                </td>
                <td>
                  <span className={s.swatch} style={f.fill ? colourBar(f.fill) : undefined}>
                    {f.value}
                  </span>
                </td>
                <td className={s.muted}>{f.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview.skipped.length > 0 && (
        <details className={s.card}>
          <summary>
            {t('skipped')} ({preview.skipped.length})
          </summary>
          <ul className={s.list}>
            {preview.skipped.map((k) => (
              <li key={`${k.sheet}!${k.cell}`} className={s.muted}>
                {k.indicator ?? k.cell}: {k.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className={s.actions}>
        <Button appearance="primary" data-testid="fill" disabled={edits === 0 && !preview.settings} onClick={props.onFill}>
          {t('fill')}
        </Button>
      </div>
    </div>
  );
}
