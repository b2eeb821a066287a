import { useState } from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { Lang } from '../../excel/errors';
import type { ReportPreview } from '../core';
import { kindLabel, type Translate } from '../i18n';
import { useStyles } from '../styles';

interface Props {
  preview?: ReportPreview;
  problem?: string;
  /** Report sheets from an earlier run exist (the button then says "Skapa om"). */
  regenerate: boolean;
  lang: Lang;
  t: Translate;
  onGenerate(): void;
  onCopied(): void;
}

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Office's webview can refuse clipboard access; fall back to a selection copy.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  document.body.appendChild(area);
  area.select();
  document.execCommand('copy');
  area.remove();
}

export function ReportStep(props: Props) {
  const { t, preview, lang } = props;
  const s = useStyles();
  const [copying, setCopying] = useState(false);
  if (props.problem) return <Text className={s.problem}>{props.problem}</Text>;
  if (!preview) return null;
  const draft = preview.text.map((p) => (p.section ? `${p.section}\n${p.paragraph}` : p.paragraph)).join('\n\n');
  return (
    <div data-testid="step-report">
      <Text block className={s.intro}>
        {t('reportIntro')}
      </Text>
      <h3 className={s.sheetHeading}>{t('sheetsToCreate')}</h3>
      <ul className={s.list} data-testid="report-sheets">
        {preview.sheets.map((sh) => (
          <li key={sh.name}>
            {sh.name} <span className={s.muted}>({kindLabel(sh.kind, lang)})</span>
          </li>
        ))}
      </ul>
      <div className={s.actions}>
        <Button appearance="primary" data-testid="generate" disabled={preview.sheets.length === 0} onClick={props.onGenerate}>
          {props.regenerate ? t('regenerate') : t('generate')}
        </Button>
      </div>
      <h3 className={s.sheetHeading}>{t('draftText')}</h3>
      {preview.text.length === 0 && <Text block>{t('noText')}</Text>}
      <div data-testid="draft-text">
        {preview.text.map((p, i) => (
          <p key={i} className={s.paragraph}>
            {p.section && <strong>{p.section}. </strong>}
            {p.paragraph}
          </p>
        ))}
      </div>
      {preview.text.length > 0 && (
        <Button
          size="small"
          data-testid="copy-text"
          disabled={copying}
          onClick={() => {
            setCopying(true);
            void copyText(draft).then(() => {
              setCopying(false);
              props.onCopied();
            });
          }}
        >
          {t('copy')}
        </Button>
      )}
    </div>
  );
}
