import { useMemo, useRef, useState } from 'react';
import { Badge, Button, Text, ToggleButton } from '@fluentui/react-components';
import { summarize, type Finding, type Severity } from '../../model/finding';
import type { AcknowledgedFinding } from '../../grid/tool-state';
import type { Lang } from '../../excel/errors';
import type { Translate } from '../i18n';
import { ackKey, ackOf, isRounding, viewFinding } from '../finding-view';
import { useStyles } from '../styles';

interface Props {
  findings: Finding[];
  acknowledged: AcknowledgedFinding[];
  problem?: string;
  lang: Lang;
  t: Translate;
  onSelect(f: Finding): void;
  onRerun(): void;
  onAcknowledge(f: Finding): void;
  notice?: React.ReactNode;
}

const BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };
/** A symbol beside the colour, so the severity never rests on colour alone. */
const SYMBOL: Record<Severity, string> = { error: '✕', warning: '!', info: 'i' };
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const findingId = (f: Finding, i: number) => `finding-${f.sheet}-${f.cell}-${i}`.replace(/[^\w-]/g, '_');

function FindingItem(props: { f: Finding; id: string; lang: Lang; t: Translate; current: boolean; acknowledged?: boolean; onSelect(): void; onAcknowledge?(): void }) {
  const { f, t, lang } = props;
  const s = useStyles();
  const v = viewFinding(f, lang, t);
  const sev = t(f.severity === 'error' ? 'severityError' : f.severity === 'warning' ? 'severityWarning' : 'severityInfo');
  return (
    <li className={props.current ? s.findingCurrent : undefined}>
      <button
        type="button"
        id={props.id}
        className={s.finding}
        data-testid="finding"
        data-cell={`${f.sheet}!${f.cell}`}
        data-severity={f.severity}
        aria-current={props.current ? 'true' : undefined}
        title={t('showCell', { cell: `${f.sheet}!${f.cell}` })}
        onClick={props.onSelect}
      >
        <span className={s.findingHead}>
          <Badge color={BADGE[f.severity]} size="small" appearance="tint">
            {SYMBOL[f.severity]} {sev}
          </Badge>
          <span className={s.addr}>{f.cell}</span>
        </span>
        <span className={s.headline} data-testid="finding-headline">
          {v.headline}
        </span>
        {v.figures.length > 0 && (
          <span className={s.figures} data-testid="finding-figures">
            {v.figures.map((x, i) => (
              <span key={x.key} className={s.figure}>
                {i > 0 && <span aria-hidden="true">· </span>}
                {t(x.key)} <span className={s.number}>{x.text}</span>
              </span>
            ))}
          </span>
        )}
      </button>
      <div className={s.findingTools}>
        <details className={s.relation}>
          <summary>{t('relation')}</summary>
          {v.relations.length > 0 && (
            <ul className={s.relationList}>
              {v.relations.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
          )}
          <p className={s.relationText}>{v.message}</p>
        </details>
        {props.onAcknowledge && (
          <Button size="small" appearance="subtle" data-testid="acknowledge" aria-label={t('acknowledgeOf', { what: `${f.sheet}!${f.cell}` })} onClick={props.onAcknowledge}>
            {t('acknowledge')}
          </Button>
        )}
      </div>
    </li>
  );
}

export function ValidateStep(props: Props) {
  const { t, lang } = props;
  const s = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [current, setCurrent] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const ackSet = useMemo(() => new Set(props.acknowledged.map(ackKey)), [props.acknowledged]);
  const isAck = (f: Finding) => ackSet.has(ackKey(ackOf(f)));

  const { open, rounding, acked } = useMemo(() => {
    const o: Finding[] = [];
    const r: Finding[] = [];
    const a: Finding[] = [];
    for (const f of props.findings) {
      if (isAck(f)) a.push(f);
      else if (isRounding(f)) r.push(f);
      else o.push(f);
    }
    return { open: o, rounding: r, acked: a };
  }, [props.findings, ackSet]);

  const counts = summarize(open);
  // The rounding notes are info too: the Info filter shows and hides their group.
  counts.infos += rounding.length;
  const groups = useMemo(() => {
    const bySheet = new Map<string, Finding[]>();
    for (const f of open) {
      if (!shown[f.severity]) continue;
      const list = bySheet.get(f.sheet) ?? [];
      list.push(f);
      bySheet.set(f.sheet, list);
    }
    for (const list of bySheet.values()) list.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    // Sheets with errors first, then warnings; otherwise in workbook order (sort is stable).
    return [...bySheet.entries()].sort((a, b) => ORDER[a[1][0].severity] - ORDER[b[1][0].severity]);
  }, [open, shown]);

  // Ids in the order shown, for "Nästa fel" / "Föregående fel" (errors and warnings only).
  const ids = new Map<Finding, string>();
  let n = 0;
  for (const [, list] of groups) for (const f of list) ids.set(f, findingId(f, n++));
  const stops = groups.flatMap(([, list]) => list).filter((f) => f.severity !== 'info');

  const move = (dir: 1 | -1) => {
    if (stops.length === 0) return;
    const at = stops.findIndex((f) => ids.get(f) === current);
    const next = stops[at < 0 ? (dir === 1 ? 0 : stops.length - 1) : (at + dir + stops.length) % stops.length];
    const id = ids.get(next) ?? null;
    setCurrent(id);
    props.onSelect(next);
    // The finding comes into view; focus stays on the button pressed, so it can be pressed again.
    if (id) listRef.current?.querySelector(`#${id}`)?.scrollIntoView({ block: 'nearest' });
  };

  const toggle = (sv: Severity, label: string, count: number) => (
    <ToggleButton size="small" checked={shown[sv]} data-testid={`filter-${sv}`} onClick={() => setShown({ ...shown, [sv]: !shown[sv] })}>
      {label} ({count})
    </ToggleButton>
  );

  return (
    <div data-testid="step-validate">
      <div className={s.actions} role="group" aria-label={t('stepValidate')}>
        {toggle('error', t('errors'), counts.errors)}
        {toggle('warning', t('warnings'), counts.warnings)}
        {toggle('info', t('infos'), counts.infos)}
        <Button size="small" data-testid="rerun" onClick={props.onRerun}>
          {t('rerun')}
        </Button>
      </div>
      <div className={s.actions}>
        <Button size="small" data-testid="previous-error" disabled={stops.length === 0} onClick={() => move(-1)}>
          {t('previousError')}
        </Button>
        <Button size="small" data-testid="next-error" disabled={stops.length === 0} onClick={() => move(1)}>
          {t('nextError')}
        </Button>
        {stops.length === 0 && <Text size={200}>{t('noErrorsLeft')}</Text>}
      </div>
      {props.notice}
      {props.problem && <Text className={s.problem}>{props.problem}</Text>}
      {!props.problem && props.findings.length === 0 && <Text block>{t('noFindings')}</Text>}
      {open.length > 0 && groups.length === 0 && <Text block>{t('noFindingsFiltered')}</Text>}
      <div ref={listRef}>
        {groups.map(([sheet, list]) => (
          <section key={sheet}>
            <h3 className={s.sheetHeading}>{sheet}</h3>
            <ul className={s.list}>
              {list.map((f) => (
                <FindingItem
                  key={ids.get(f)}
                  f={f}
                  id={ids.get(f) ?? ''}
                  lang={lang}
                  t={t}
                  current={ids.get(f) === current}
                  onSelect={() => {
                    setCurrent(ids.get(f) ?? null);
                    props.onSelect(f);
                  }}
                  onAcknowledge={() => props.onAcknowledge(f)}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
      {rounding.length > 0 && shown.info && (
        <details className={s.card} data-testid="rounding-group">
          <summary className={s.summary}>{t('rounding', { count: rounding.length })}</summary>
          <Text block size={200} className={s.muted}>
            {t('roundingHelp')}
          </Text>
          <ul className={s.list}>
            {rounding.map((f, i) => (
              <FindingItem key={i} f={f} id={`rounding-${i}`} lang={lang} t={t} current={false} onSelect={() => props.onSelect(f)} />
            ))}
          </ul>
        </details>
      )}
      {acked.length > 0 && (
        <details className={s.card} data-testid="acknowledged-group">
          <summary className={s.summary}>{t('acknowledgedList', { count: acked.length })}</summary>
          <ul className={s.list}>
            {acked.map((f, i) => (
              <FindingItem key={i} f={f} id={`ack-${i}`} lang={lang} t={t} current={false} acknowledged onSelect={() => props.onSelect(f)} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
