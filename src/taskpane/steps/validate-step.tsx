import { useMemo, useState } from 'react';
import { Badge, Button, Text, ToggleButton } from '@fluentui/react-components';
import { summarize, type Finding, type Severity } from '../../model/finding';
import type { Lang } from '../../excel/errors';
import type { Translate } from '../i18n';
import { useStyles } from '../styles';

interface Props {
  findings: Finding[];
  problem?: string;
  lang: Lang;
  t: Translate;
  onSelect(f: Finding): void;
  onRerun(): void;
}

const BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function fmt(v: number | string | undefined, lang: Lang): string {
  if (v === undefined) return '–';
  return typeof v === 'number' ? v.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-US') : v;
}

export function ValidateStep(props: Props) {
  const { t, lang } = props;
  const s = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const counts = summarize(props.findings);
  const groups = useMemo(() => {
    const bySheet = new Map<string, Finding[]>();
    for (const f of props.findings) {
      if (!shown[f.severity]) continue;
      const list = bySheet.get(f.sheet) ?? [];
      list.push(f);
      bySheet.set(f.sheet, list);
    }
    for (const list of bySheet.values()) list.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    // Sheets with errors first, then warnings; otherwise in workbook order (sort is stable).
    return [...bySheet.entries()].sort((a, b) => ORDER[a[1][0].severity] - ORDER[b[1][0].severity]);
  }, [props.findings, shown]);

  const sevLabel = (sv: Severity) => t(sv === 'error' ? 'severityError' : sv === 'warning' ? 'severityWarning' : 'severityInfo');
  const toggle = (sv: Severity, label: string, count: number) => (
    <ToggleButton
      size="small"
      checked={shown[sv]}
      data-testid={`filter-${sv}`}
      onClick={() => setShown({ ...shown, [sv]: !shown[sv] })}
    >
      {label} ({count})
    </ToggleButton>
  );

  return (
    <div data-testid="step-validate">
      <div className={s.actions}>
        {toggle('error', t('errors'), counts.errors)}
        {toggle('warning', t('warnings'), counts.warnings)}
        {toggle('info', t('infos'), counts.infos)}
        <Button size="small" data-testid="rerun" onClick={props.onRerun}>
          {t('rerun')}
        </Button>
      </div>
      {props.problem && <Text className={s.problem}>{props.problem}</Text>}
      {!props.problem && props.findings.length === 0 && <Text block>{t('noFindings')}</Text>}
      {props.findings.length > 0 && groups.length === 0 && <Text block>{t('noFindingsFiltered')}</Text>}
      {groups.map(([sheet, list]) => (
        <section key={sheet}>
          <h3 className={s.sheetHeading}>{sheet}</h3>
          <ul className={s.list}>
            {list.map((f, i) => (
              <li key={`${f.rule}-${f.cell}-${i}`}>
                <button
                  type="button"
                  className={s.finding}
                  data-testid="finding"
                  data-cell={`${f.sheet}!${f.cell}`}
                  data-severity={f.severity}
                  title={t('showCell', { cell: `${f.sheet}!${f.cell}` })}
                  onClick={() => props.onSelect(f)}
                >
                  <span className={s.findingHead}>
                    <Badge color={BADGE[f.severity]} size="small">
                      {sevLabel(f.severity)}
                    </Badge>
                    <span className={s.addr}>{f.cell}</span>
                  </span>
                  <span>{lang === 'en' && f.messageEn ? f.messageEn : f.message}</span>
                  {(f.expected !== undefined || f.actual !== undefined) && (
                    <span className={s.muted}>{t('expectedActual', { expected: fmt(f.expected, lang), actual: fmt(f.actual, lang) })}</span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
