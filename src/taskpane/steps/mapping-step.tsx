import { useMemo, useState } from 'react';
import { Badge, Button, Checkbox, Select, Text } from '@fluentui/react-components';
import type { ColumnMapping, RowMapping, TableMapping, WorkbookMapping } from '../../model/mapping-types';
import type { Lang } from '../../excel/errors';
import type { LeftOutItem } from '../core';
import { kindLabel, type Translate } from '../i18n';
import { duplicateColumnRoles, roleLabel, roleOptions } from '../roles';
import { addWords, countWords, type BoardWords } from '../board-words';
import { useStyles } from '../styles';

interface Props {
  mapping?: WorkbookMapping;
  leftOut: LeftOutItem[];
  /** The board's words remembered from an earlier workbook that this mapping uses. */
  fromMemory?: BoardWords;
  problem?: string;
  lang: Lang;
  t: Translate;
  /** Save the corrected mapping and the board's own words chosen on the way. */
  onSave(mapping: WorkbookMapping, words: BoardWords): void;
  notice?: React.ReactNode;
}

const IGNORE = 'ignore';
/** Rows shown at once per table; a 20 000-row table opens page by page. */
const ROW_PAGE = 60;

/** A choice for a row or column the mapper left out. */
interface Choice {
  role: string;
  saveWord: boolean;
}

const itemKey = (i: LeftOutItem): string => `${i.table}:${i.axis}:${i.axis === 'row' ? i.row : i.col}`;

function yearOf(header: string): number | undefined {
  const m = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;
  let last: number | undefined;
  for (const x of header.matchAll(m)) last = Number(x[1]);
  return last;
}

function RoleSelect(props: { value: string; options: string[]; lang: Lang; t: Translate; label: string; testId: string; empty?: boolean; onChange(v: string): void }) {
  const s = useStyles();
  return (
    <Select
      className={s.roleSelect}
      size="small"
      aria-label={props.label}
      // A long role is cut off in a narrow pane: the full text shows on hover and focus.
      title={props.value ? `${props.label} – ${props.value === IGNORE ? props.t('ignoreRole') : roleLabel(props.value, props.lang)}` : props.label}
      data-testid={props.testId}
      value={props.value}
      onChange={(_, d) => props.onChange(d.value)}
    >
      {props.empty && <option value="">{props.t('chooseRole')}</option>}
      {props.options.map((o) => (
        <option key={o} value={o}>
          {roleLabel(o, props.lang)}
        </option>
      ))}
      <option value={IGNORE}>{props.t('ignoreRole')}</option>
    </Select>
  );
}

function Item(props: { addr: string; text: string; children: React.ReactNode; reason?: string; testId?: string }) {
  const s = useStyles();
  return (
    <li className={s.item} data-testid={props.testId}>
      <span className={s.addr}>{props.addr}</span>
      <span className={s.itemText} title={props.text}>
        {props.text}
      </span>
      <span className={s.itemControl}>{props.children}</span>
      {props.reason && <span className={s.itemReason}>{props.reason}</span>}
    </li>
  );
}

interface EditorProps {
  table: TableMapping;
  index: number;
  leftOut: LeftOutItem[];
  choices: Map<string, Choice>;
  lang: Lang;
  t: Translate;
  onChange(t: TableMapping): void;
  onChoose(item: LeftOutItem, c: Choice | undefined): void;
}

function TableEditor(props: EditorProps) {
  const { table, t, lang, index, leftOut, choices } = props;
  const s = useStyles();
  const rowOptions = roleOptions(table.kind, 'row', table.rows.map((r) => r.role).filter((r) => r !== IGNORE));
  const colOptions = roleOptions(table.kind, 'column', table.columns.map((c) => c.role).filter((r) => r !== IGNORE));
  // A closed table's controls are built when it is opened: dozens of them for a whole workbook
  // would hold up the first step for content nobody sees yet. Tables with something left out open.
  const [open, setOpen] = useState(index === 0 || leftOut.length > 0);
  const [allRows, setAllRows] = useState(false);
  const chosenCols = leftOut.filter((i) => i.axis === 'column' && choices.get(itemKey(i))?.role).map((i) => ({ letter: i.letter ?? '', role: choices.get(itemKey(i))?.role ?? '' }));
  const dupes = duplicateColumnRoles([...table.columns, ...chosenCols]);
  const rows = allRows ? table.rows : table.rows.slice(0, ROW_PAGE);
  const what = (axis: 'row' | 'column', id: string | number, text: string) => `${t(axis === 'row' ? 'rowN' : 'columnN', { n: id })}: ${text}`;
  return (
    <details className={s.card} data-testid={`table-${index}`} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className={s.summary}>
        <Text weight="semibold">{kindLabel(table.kind, lang)}</Text>{' '}
        <Text size={200}>
          {t('tableSummary', {
            range: `${table.sheet}!${table.range}`,
            rows: table.rows.length,
            cols: table.columns.length,
            confidence: Math.round(table.confidence * 100),
          })}
        </Text>{' '}
        {table.confirmed && <Badge appearance="outline">{t('confirmed')}</Badge>}
        {leftOut.length > 0 && (
          <Badge appearance="tint" color="warning">
            {t('leftOut', { count: leftOut.length })}
          </Badge>
        )}
      </summary>
      {open && dupes.length > 0 && (
        <div role="alert" className={s.problem} data-testid={`duplicate-${index}`}>
          {dupes.map((d) => (
            <span key={d.role} className={s.block}>
              {t('duplicateRole', { cols: d.letters.join(', '), role: roleLabel(d.role, lang) })}
            </span>
          ))}
        </div>
      )}
      {open && table.columns.length > 0 && (
        <>
          <h4 className={s.subHeading}>{t('columns')}</h4>
          <ul className={s.list}>
            {table.columns.map((c, ci) => (
              <Item key={c.col} addr={c.letter} text={c.header}>
                <RoleSelect
                  value={c.role}
                  options={colOptions}
                  lang={lang}
                  t={t}
                  label={t('roleFor', { what: what('column', c.letter, c.header) })}
                  testId={`col-role-${index}-${c.letter}`}
                  onChange={(role) => props.onChange({ ...table, columns: table.columns.map((x, i) => (i === ci ? { ...x, role } : x)) })}
                />
              </Item>
            ))}
          </ul>
        </>
      )}
      {open && table.rows.length > 0 && (
        <>
          <h4 className={s.subHeading}>{t('rows')}</h4>
          <ul className={s.list}>
            {rows.map((r) => (
              <Item key={r.row} addr={String(r.row)} text={r.label}>
                {rowOptions.length > 0 ? (
                  <RoleSelect
                    value={r.role}
                    options={rowOptions}
                    lang={lang}
                    t={t}
                    label={t('roleFor', { what: what('row', r.row, r.label) })}
                    testId={`row-role-${index}-${r.row}`}
                    onChange={(role) => props.onChange({ ...table, rows: table.rows.map((x) => (x.row === r.row ? { ...x, role } : x)) })}
                  />
                ) : (
                  <span className={s.muted}>{roleLabel(r.role, lang)}</span>
                )}
              </Item>
            ))}
          </ul>
          {!allRows && table.rows.length > ROW_PAGE && (
            <Button size="small" onClick={() => setAllRows(true)}>
              {t('showAllRows', { count: table.rows.length })}
            </Button>
          )}
        </>
      )}
      {open && leftOut.length > 0 && (
        <>
          <h4 className={s.subHeading}>{t('leftOut', { count: leftOut.length })}</h4>
          <ul className={s.list} data-testid={`left-out-${index}`}>
            {leftOut.map((item) => {
              const key = itemKey(item);
              const choice = choices.get(key);
              const id = item.axis === 'row' ? String(item.row) : (item.letter ?? '');
              const options = item.axis === 'row' ? rowOptions : colOptions;
              const testId = `left-out-${index}-${item.axis}-${id}`;
              return (
                <Item key={key} addr={id} text={item.text} reason={item.reason} testId={testId}>
                  <RoleSelect
                    value={choice?.role ?? ''}
                    options={options}
                    lang={lang}
                    t={t}
                    empty
                    label={t('roleFor', { what: what(item.axis === 'row' ? 'row' : 'column', id, item.text) })}
                    testId={`${testId}-role`}
                    onChange={(role) => props.onChoose(item, role ? { role, saveWord: choice?.saveWord ?? true } : undefined)}
                  />
                  {choice && choice.role !== IGNORE && (
                    <Checkbox
                      data-testid={`${testId}-word`}
                      checked={choice.saveWord}
                      label={t('saveWord')}
                      onChange={(_, d) => props.onChoose(item, { ...choice, saveWord: d.checked === true })}
                    />
                  )}
                </Item>
              );
            })}
          </ul>
        </>
      )}
    </details>
  );
}

/** The mapping with the controller's choices for left-out rows and columns put in, and the words to save. */
export function applyChoices(mapping: WorkbookMapping, leftOut: readonly LeftOutItem[], choices: ReadonlyMap<string, Choice>, dirty: ReadonlySet<number>): { mapping: WorkbookMapping; words: BoardWords } {
  let words: BoardWords = {};
  const touched = new Set(dirty);
  const tables = mapping.tables.map((tb, i) => {
    const mine = leftOut.filter((item) => item.table === i && choices.get(itemKey(item))?.role);
    if (mine.length === 0) return tb;
    touched.add(i);
    const rows: RowMapping[] = [...tb.rows];
    const columns: ColumnMapping[] = [...tb.columns];
    for (const item of mine) {
      const choice = choices.get(itemKey(item)) as Choice;
      if (item.axis === 'row' && item.row !== undefined) rows.push({ row: item.row, label: item.text, role: choice.role, level: 0 });
      if (item.axis === 'column' && item.col !== undefined) {
        const col: ColumnMapping = { col: item.col, letter: item.letter ?? '', header: item.text, role: choice.role };
        const year = yearOf(item.text);
        if (year !== undefined) col.year = year;
        columns.push(col);
      }
      if (choice.saveWord && choice.role !== IGNORE && item.text.trim()) words = addWords(words, tb.kind, item.axis === 'row' ? 'rows' : 'columns', choice.role, item.text);
    }
    rows.sort((a, b) => a.row - b.row);
    columns.sort((a, b) => a.col - b.col);
    return { ...tb, rows, columns };
  });
  return {
    mapping: { ...mapping, tables: tables.map((tb, i) => (touched.has(i) ? { ...tb, confirmed: true, confidence: 1 } : tb)) },
    words,
  };
}

export function MappingStep(props: Props) {
  const { t, lang, leftOut } = props;
  const s = useStyles();
  const [draft, setDraft] = useState(props.mapping);
  const [dirty, setDirty] = useState<Set<number>>(new Set());
  const [choices, setChoices] = useState<Map<string, Choice>>(new Map());
  // A new mapping from the workbook replaces the draft during render (not in an effect, which
  // would render every table twice on the way in).
  const [base, setBase] = useState(props.mapping);
  if (base !== props.mapping) {
    setBase(props.mapping);
    setDraft(props.mapping);
    setDirty(new Set());
    setChoices(new Map());
  }

  const bySheet = useMemo(() => {
    const groups = new Map<string, { table: TableMapping; index: number }[]>();
    draft?.tables.forEach((table, index) => {
      const list = groups.get(table.sheet) ?? [];
      list.push({ table, index });
      groups.set(table.sheet, list);
    });
    for (const item of leftOut) if (!groups.has(item.sheet) && item.sheet) groups.set(item.sheet, []);
    return [...groups.entries()];
  }, [draft, leftOut]);

  if (props.problem) return <Text className={s.problem}>{props.problem}</Text>;
  if (!draft) return null;

  const applied = applyChoices(draft, leftOut, choices, dirty);
  const dupes = applied.mapping.tables.some((tb) => duplicateColumnRoles(tb.columns).length > 0);
  const changed = dirty.size > 0 || choices.size > 0 || !!props.fromMemory;
  const outside = leftOut.filter((i) => i.table === undefined);

  return (
    <div data-testid="step-mapping">
      <Text block className={s.intro}>
        {t('mappingIntro')}
      </Text>
      {props.fromMemory && (
        <Text block size={200} className={s.memory} data-testid="from-memory">
          {t('fromMemory', { count: countWords(props.fromMemory) })}
        </Text>
      )}
      {draft.tables.length === 0 && <Text block>{t('noTables')}</Text>}
      {bySheet.map(([sheet, tables]) => (
        <section key={sheet} aria-labelledby={`sheet-${sheet}`}>
          <h3 className={s.sheetHeading} id={`sheet-${sheet}`}>
            {sheet}
          </h3>
          {tables.map(({ table, index }) => (
            <TableEditor
              key={index}
              table={table}
              index={index}
              leftOut={leftOut.filter((i) => i.table === index)}
              choices={choices}
              lang={lang}
              t={t}
              onChange={(next) => {
                setDraft({ ...draft, tables: draft.tables.map((x, i) => (i === index ? next : x)) });
                setDirty(new Set([...dirty, index]));
              }}
              onChoose={(item, c) => {
                const next = new Map(choices);
                if (c) next.set(itemKey(item), c);
                else next.delete(itemKey(item));
                setChoices(next);
              }}
            />
          ))}
          {outside.filter((i) => i.sheet === sheet).length > 0 && (
            <details className={s.card}>
              <summary className={s.summary}>
                {t('leftOutSheet')} ({outside.filter((i) => i.sheet === sheet).length})
              </summary>
              <ul className={s.list}>
                {outside
                  .filter((i) => i.sheet === sheet)
                  .map((u, k) => (
                    <li key={k} className={s.reasonLine}>
                      {u.range && <span className={s.addr}>{u.range} </span>}
                      {u.reason}
                    </li>
                  ))}
              </ul>
            </details>
          )}
        </section>
      ))}
      {outside
        .filter((i) => !i.sheet)
        .map((u, k) => (
          <Text block size={200} key={k}>
            {u.reason}
          </Text>
        ))}
      <div className={s.actions}>
        <Button appearance="primary" data-testid="save-mapping" disabled={dupes} onClick={() => props.onSave(applied.mapping, applied.words)}>
          {t('saveMapping')}
        </Button>
        {changed && <Text size={200}>{t('unsaved')}</Text>}
      </div>
      {props.notice}
    </div>
  );
}
