import { useState } from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { Lang } from '../../excel/errors';
import type { Finding } from '../../model/finding';
import type { LeftOutItem, ReportPreview } from '../core';
import { kindLabel, type Translate } from '../i18n';
import { viewFinding } from '../finding-view';
import { useStyles } from '../styles';

interface Props {
  preview?: ReportPreview;
  problem?: string;
  /** Report sheets from an earlier run exist (the button then says "Skapa om"). */
  regenerate: boolean;
  /** Errors not acknowledged, and rows and columns the mapping left out: listed before writing. */
  openErrors: Finding[];
  leftOut: LeftOutItem[];
  lang: Lang;
  t: Translate;
  onGenerate(): void;
  onCopied(): void;
  notice?: React.ReactNode;
  copyNotice?: React.ReactNode;
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

const SHOWN = 8;

export function ReportStep(props: Props) {
  const { t, preview, lang } = props;
  const s = useStyles();
  const [copying, setCopying] = useState(false);
  const [asking, setAsking] = useState(false);
  if (props.problem) return <Text className={s.problem}>{props.problem}</Text>;
  if (!preview) return null;
  const draft = preview.text.map((p) => (p.section ? `${p.section}\n${p.paragraph}` : p.paragraph)).join('\n\n');
  const replaced = preview.plan.deleteSheets;
  const leftOut = props.leftOut.filter((i) => i.axis !== 'region');
  const needsAsk = props.openErrors.length > 0 || leftOut.length > 0;
  const label = props.regenerate ? t('regenerate') : t('generate');
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
      {replaced.length > 0 && (
        <Text block size={200} data-testid="replaces">
          {t('replaces', { names: replaced.join(', ') })}
        </Text>
      )}
      {!asking && (
        <div className={s.actions}>
          <Button appearance="primary" data-testid="generate" disabled={preview.sheets.length === 0} onClick={() => (needsAsk ? setAsking(true) : props.onGenerate())}>
            {label}
          </Button>
        </div>
      )}
      {asking && (
        <div className={s.guard} role="group" aria-labelledby="guard-title" data-testid="report-guard">
          <h3 className={s.sheetHeading} id="guard-title">
            {t('guardTitle')}
          </h3>
          {props.openErrors.length > 0 && (
            <>
              <Text block weight="semibold">
                {t('guardErrors', { count: props.openErrors.length })}
              </Text>
              <ul className={s.bullets} data-testid="guard-errors">
                {props.openErrors.slice(0, SHOWN).map((f, i) => (
                  <li key={i}>
                    <span className={s.addr}>
                      {f.sheet}!{f.cell}
                    </span>{' '}
                    {viewFinding(f, lang, t).headline}
                  </li>
                ))}
                {props.openErrors.length > SHOWN && <li>…</li>}
              </ul>
            </>
          )}
          {leftOut.length > 0 && (
            <>
              <Text block weight="semibold">
                {t('guardLeftOut', { count: leftOut.length })}
              </Text>
              <ul className={s.bullets} data-testid="guard-left-out">
                {leftOut.slice(0, SHOWN).map((i, k) => (
                  <li key={k}>
                    <span className={s.addr}>
                      {i.sheet}!{i.axis === 'row' ? i.row : i.letter}
                    </span>{' '}
                    {i.text}
                  </li>
                ))}
                {leftOut.length > SHOWN && <li>…</li>}
              </ul>
            </>
          )}
          {replaced.length > 0 && <Text block>{t('replaces', { names: replaced.join(', ') })}</Text>}
          <Text block>{t('guardAsk')}</Text>
          <div className={s.actions}>
            <Button
              appearance="primary"
              data-testid="generate-anyway"
              onClick={() => {
                setAsking(false);
                props.onGenerate();
              }}
            >
              {t('generateAnyway')}
            </Button>
            <Button data-testid="generate-cancel" onClick={() => setAsking(false)}>
              {t('cancel')}
            </Button>
          </div>
        </div>
      )}
      {props.notice}
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
      {props.copyNotice}
    </div>
  );
}
