import { useMemo, useState } from 'react';
import { Badge, Button, Dropdown, Option, Text } from '@fluentui/react-components';
import type { TableMapping, WorkbookMapping } from '../../model/mapping-types';
import type { Lang } from '../../excel/errors';
import { kindLabel, type Translate } from '../i18n';
import { roleLabel, roleOptions } from '../roles';
import { useStyles } from '../styles';

interface Props {
  mapping?: WorkbookMapping;
  problem?: string;
  lang: Lang;
  t: Translate;
  onSave(mapping: WorkbookMapping): void;
}

function RoleDropdown(props: { value: string; options: string[]; lang: Lang; label: string; testId: string; onChange(v: string): void }) {
  return (
    <Dropdown
      aria-label={props.label}
      data-testid={props.testId}
      size="small"
      value={roleLabel(props.value, props.lang)}
      selectedOptions={[props.value]}
      onOptionSelect={(_, d) => d.optionValue && props.onChange(d.optionValue)}
    >
      {props.options.map((o) => (
        <Option key={o} value={o}>
          {roleLabel(o, props.lang)}
        </Option>
      ))}
    </Dropdown>
  );
}

function TableEditor(props: { table: TableMapping; index: number; lang: Lang; t: Translate; onChange(t: TableMapping): void }) {
  const { table, t, lang, index } = props;
  const s = useStyles();
  const rowOptions = roleOptions(table.kind, 'row', table.rows.map((r) => r.role));
  const colOptions = roleOptions(table.kind, 'column', table.columns.map((c) => c.role));
  // A closed table's dropdowns are built when it is opened: dozens of them for a whole workbook
  // would hold up the first step for content nobody sees yet.
  const [open, setOpen] = useState(index === 0);
  return (
    <details className={s.card} data-testid={`table-${index}`} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <Text weight="semibold">{kindLabel(table.kind, lang)}</Text>{' '}
        <Text size={200}>
          {t('tableSummary', {
            kind: table.title ?? table.sheet,
            range: `${table.sheet}!${table.range}`,
            rows: table.rows.length,
            cols: table.columns.length,
            confidence: Math.round(table.confidence * 100),
          })}
        </Text>{' '}
        {table.confirmed && <Badge appearance="outline">{t('confirmed')}</Badge>}
      </summary>
      {open && table.columns.length > 0 && (
        <table className={s.table}>
          <caption className={s.caption}>{t('columns')}</caption>
          <tbody>
            {table.columns.map((c, ci) => (
              <tr key={c.col}>
                <td className={s.addr}>{c.letter}</td>
                <td>{c.header}</td>
                <td>
                  <RoleDropdown
                    value={c.role}
                    options={colOptions}
                    lang={lang}
                    label={`${t('role')}: ${c.header}`}
                    testId={`col-role-${index}-${c.letter}`}
                    onChange={(role) => props.onChange({ ...table, columns: table.columns.map((x, i) => (i === ci ? { ...x, role } : x)) })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && table.rows.length > 0 && rowOptions.length > 0 && (
        <table className={s.table}>
          <caption className={s.caption}>{t('rows')}</caption>
          <tbody>
            {table.rows.map((r, ri) => (
              <tr key={r.row}>
                <td className={s.addr}>{r.row}</td>
                <td>{r.label}</td>
                <td>
                  <RoleDropdown
                    value={r.role}
                    options={rowOptions}
                    lang={lang}
                    label={`${t('role')}: ${r.label}`}
                    testId={`row-role-${index}-${r.row}`}
                    onChange={(role) => props.onChange({ ...table, rows: table.rows.map((x, i) => (i === ri ? { ...x, role } : x)) })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}

export function MappingStep(props: Props) {
  const { t, lang } = props;
  const s = useStyles();
  const [draft, setDraft] = useState(props.mapping);
  const [dirty, setDirty] = useState<Set<number>>(new Set());
  // A new mapping from the workbook replaces the draft during render (not in an effect, which
  // would render every table twice on the way in).
  const [base, setBase] = useState(props.mapping);
  if (base !== props.mapping) {
    setBase(props.mapping);
    setDraft(props.mapping);
    setDirty(new Set());
  }

  const bySheet = useMemo(() => {
    const groups = new Map<string, { table: TableMapping; index: number }[]>();
    draft?.tables.forEach((table, index) => {
      const list = groups.get(table.sheet) ?? [];
      list.push({ table, index });
      groups.set(table.sheet, list);
    });
    return [...groups.entries()];
  }, [draft]);

  if (props.problem) return <Text className={s.problem}>{props.problem}</Text>;
  if (!draft) return null;

  const save = () => {
    const tables = draft.tables.map((tb, i) => (dirty.has(i) ? { ...tb, confirmed: true, confidence: 1 } : tb));
    props.onSave({ ...draft, tables });
  };

  return (
    <div data-testid="step-mapping">
      <Text block className={s.intro}>
        {t('mappingIntro')}
      </Text>
      {draft.tables.length === 0 && <Text block>{t('noTables')}</Text>}
      {bySheet.map(([sheet, tables]) => (
        <section key={sheet}>
          <h3 className={s.sheetHeading}>{sheet}</h3>
          {tables.map(({ table, index }) => (
            <TableEditor
              key={index}
              table={table}
              index={index}
              lang={lang}
              t={t}
              onChange={(next) => {
                setDraft({ ...draft, tables: draft.tables.map((x, i) => (i === index ? next : x)) });
                setDirty(new Set([...dirty, index]));
              }}
            />
          ))}
        </section>
      ))}
      {draft.unmapped.map((u) => (
        <Text block size={200} key={`${u.sheet}!${u.range}`}>
          {t('unmapped', { range: `${u.sheet}!${u.range}`, reason: u.reason })}
        </Text>
      ))}
      <div className={s.actions}>
        <Button appearance="primary" data-testid="save-mapping" onClick={save}>
          {t('saveMapping')}
        </Button>
        {dirty.size > 0 && <Text size={200}>{t('unsaved')}</Text>}
      </div>
    </div>
  );
}
