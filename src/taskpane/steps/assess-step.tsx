import { Button, Text } from '@fluentui/react-components';
import type { Lang } from '../../excel/errors';
import type { FillPreview } from '../core';
import type { Translate } from '../i18n';
import { useStyles } from '../styles';

interface Props {
  preview?: FillPreview;
  problem?: string;
  lang: Lang;
  t: Translate;
  onFill(): void;
}

/**
 * The signal colour as a bar beside the text, the text itself dark on the pane's background:
 * white on the scale's green and red read at 2.9:1 (WCAG AA needs 4.5:1).
 */
function colourBar(fill: string): React.CSSProperties {
  return { borderLeft: `14px solid #${fill}` };
}

export function AssessStep(props: Props) {
  const { t, preview } = props;
  const s = useStyles();
  if (props.problem) return <Text className={s.problem}>{props.problem}</Text>;
  if (!preview) return null;
  const edits = preview.plan.edits.length;
  return (
    <div data-testid="step-assess">
      <Text block className={s.intro}>
        {t('assessIntro')}
      </Text>
      {preview.scaleName && <Text block size={200}>{t('scaleUsed', { name: preview.scaleName })}</Text>}
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
        <Button appearance="primary" data-testid="fill" disabled={edits === 0} onClick={props.onFill}>
          {t('fill')}
        </Button>
      </div>
    </div>
  );
}
