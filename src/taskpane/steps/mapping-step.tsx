import { useMemo, useState } from 'react';
import { Badge, Button, Checkbox, Select, Text } from '@fluentui/react-components';
import type { ColumnMapping, RowMapping, TableMapping, WorkbookMapping } from '../../model/mapping-types';
import type { Lang } from '../../excel/errors';
import type { Finding } from '../../model/finding';
import { parseA1, parseRange } from '../../grid/address';
import type { LeftOutItem, TableNotes } from '../core';
import type { ItemNote, RelationNote } from '../table-notes';
import { kindLabel, type Translate } from '../i18n';
import { duplicateColumnRoles, roleLabel, roleOptions } from '../roles';
import { addWords, columnWordRole, countWords, type BoardWords } from '../board-words';
import { useStyles } from '../styles';

interface Props {
  mapping?: WorkbookMapping;
  leftOut: LeftOutItem[];
  /** The board's words remembered from an earlier workbook that this mapping uses. */
  fromMemory?: BoardWords;
  /** Per table: where each role came from and the relations the numbers show. */
  notes?: TableNotes[];
  /** The checks' findings, once they have run: expectations the numbers contradict are shown by their table. */
  findings?: readonly Finding[];
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
/** A row or column of a table's lists, for the words to save: "0:row:9", "0:column:3". */
export const wordKey = (table: number, axis: 'row' | 'column', id: number): string => `${table}:${axis}:${id}`;

/** Sheet rows as a short list: "rad 7–10", "rad 5, 12". */
export function rowsText(rows: readonly number[], t: Translate): string {
  if (rows.length > 2 && rows.every((r, i) => i === 0 || r === rows[i - 1] + 1)) return t('rowRange', { from: rows[0], to: rows[rows.length - 1] });
  return t('rowList', { rows: rows.join(', ') });
}

const MINUS = '\u2212';

/** Where a role came from, in words: "Källa: ur siffrorna – summerar med blocket till … (rad 12)". */
export function sourceText(note: ItemNote | undefined, changed: boolean, t: Translate): string | undefined {
  if (changed) return t('sourceLine', { source: t('sourceChosen') });
  if (!note) return undefined;
  const names = { numbers: 'sourceNumbers', board: 'sourceBoard', builtIn: 'sourceBuiltIn', saved: 'sourceSaved', default: 'sourceDefault', none: 'sourceNone' } as const;
  let source = t(names[note.source]);
  if (note.source === 'numbers') {
    if (note.partOf) source += ` – ${t('sourcePartOf', { label: note.partOf.label, row: note.partOf.row })}`;
    else if (note.totalOf) source += ` – ${t('sourceTotalOf', { parts: rowsText(note.totalOf.parts, t) })}`;
  }
  return t('sourceLine', { source });
}

/** A relation in short Swedish: "Verksamhetens kostnader = rad 7–10", "Avvikelse = Prognos − Budget", with its support. */
export function relationText(rel: RelationNote, t: Translate): { text: string; support?: string } {
  let text: string;
  if (rel.type === 'recurring') text = t('relationRecurring', { total: rel.total, where: rel.where ?? '', other: rel.terms[0]?.name ?? '' });
  else {
    const long = rel.type === 'rowSum' && rel.terms.length > 3 && rel.rows;
    const rhs = long
      ? rowsText(rel.rows as number[], t)
      : rel.terms.map((x, i) => (i === 0 ? (x.sign < 0 ? `${MINUS}${x.name}` : x.name) : `${x.sign < 0 ? ` ${MINUS} ` : ' + '}${x.name}`)).join('');
    text = `${rel.total} = ${rhs}`;
  }
  const parts: string[] = [];
  if (rel.checked > 0) {
    const key = rel.type === 'rowSum' ? 'relationHoldsColumns' : rel.type === 'columns' ? 'relationHoldsRows' : 'relationRecurringHolds';
    parts.push(t(key, { holds: rel.holds, checked: rel.checked }));
  }
  if (rel.breaks.length > 0) parts.push(t('relationBreaks', { cells: rel.breaks.join(', ') }));
  return parts.length > 0 ? { text, support: parts.join('; ') } : { text };
}

function yearOf(header: string): number | undefined {
  const m = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;
  let last: number | undefined;
  for (const x of header.matchAll(m)) last = Number(x[1]);
  return last;
}

function RoleSelect(props: { value: string; options: string[]; lang: Lang; t: Translate; label: string; testId: string; empty?: boolean; describedBy?: string; onChange(v: string): void }) {
  const s = useStyles();
  return (
    <Select
      className={s.roleSelect}
      size="small"
      aria-label={props.label}
      aria-describedby={props.describedBy}
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

function Item(props: { addr: string; text: string; children: React.ReactNode; reason?: string; testId?: string; source?: string; sourceKind?: string; conflict?: string; noteId?: string }) {
  const s = useStyles();
  return (
    <li className={s.item} data-testid={props.testId}>
      <span className={s.addr}>{props.addr}</span>
      <span className={s.itemText} title={props.text}>
        {props.text}
      </span>
      <span className={s.itemControl}>{props.children}</span>
      {props.reason && <span className={s.itemReason}>{props.reason}</span>}
      {(props.source || props.conflict) && (
        <span className={s.itemReason} id={props.noteId}>
          {props.source && (
            // What to review stands out by a symbol, weight and a rule beside it, not by colour alone.
            <span className={REVIEW.has(props.sourceKind ?? '') ? s.sourceReview : s.block}>
              {props.sourceKind === 'numbers' && <span aria-hidden="true">Σ </span>}
              <span data-testid={props.testId ? `${props.testId}-source` : undefined} data-source={props.sourceKind}>
                {props.source}
              </span>
            </span>
          )}
          {props.conflict && (
            <span className={s.conflict}>
              <span aria-hidden="true">⚠ </span>
              <span data-testid={props.testId ? `${props.testId}-conflict` : undefined}>{props.conflict}</span>
            </span>
          )}
        </span>
      )}
    </li>
  );
}

/** Sources the controller should look at: roles from the numbers, the board's words, their own changes. */
const REVIEW = new Set(['numbers', 'board', 'chosen', 'none']);

/** The table's arithmetic as the numbers show it, closed until asked for. */
function Relations(props: { notes?: TableNotes; index: number; t: Translate }) {
  const s = useStyles();
  const { notes, t, index } = props;
  if (!notes) return null;
  if (notes.tooLarge) return <Text block size={200} className={s.muted}>{t('relationsTooLarge')}</Text>;
  if (notes.relations.length === 0) return null;
  return (
    <details className={s.relations} data-testid={`relations-${index}`}>
      <summary>{t('relations', { count: notes.relations.length })}</summary>
      <ul className={s.relationLines}>
        {notes.relations.map((r, k) => {
          const { text, support } = relationText(r, t);
          return (
            <li key={k} data-testid="relation" data-holds={r.breaks.length > 0 ? 'no' : 'yes'} title={r.type === 'rowSum' && r.terms.length > 3 ? `${r.total} = ${r.terms.map((x) => x.name).join(' + ')}` : undefined}>
              <span className={s.block}>{text}</span>
              {support && <span className={s.muted}>{support}</span>}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

interface EditorProps {
  table: TableMapping;
  /** The table as the workbook was read, to tell the controller's changes from what was read. */
  base?: TableMapping;
  notes?: TableNotes;
  /** What the words led the checks to expect and the numbers contradict ("stämmer bara på 0 av 6 ställen"). */
  dropped: readonly Finding[];
  /** Rows and columns of the lists to save (or not) as the board's words. */
  words: ReadonlyMap<string, boolean>;
  onWord(key: string, save: boolean): void;
  index: number;
  leftOut: LeftOutItem[];
  choices: Map<string, Choice>;
  lang: Lang;
  t: Translate;
  onChange(t: TableMapping): void;
  onChoose(item: LeftOutItem, c: Choice | undefined): void;
}

function TableEditor(props: EditorProps) {
  const { table, t, lang, index, leftOut, choices, notes, base, words } = props;
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
  const baseRow = new Map((base?.rows ?? []).map((r) => [r.row, r.role]));
  const fromNumbers = table.rows.filter((r) => notes?.rows[r.row]?.source === 'numbers' && baseRow.get(r.row) === r.role).length;
  const baseCol = new Map((base?.columns ?? []).map((c) => [c.col, c.role]));
  /** The word checkbox: for a role the controller changed (saved unless unticked), or one from the numbers (to confirm). */
  const wordBox = (key: string, role: string, changed: boolean, note: ItemNote | undefined, testId: string) => {
    if (role === IGNORE || (!changed && note?.source !== 'numbers')) return null;
    return (
      <Checkbox data-testid={`${testId}-word`} checked={words.get(key) ?? changed} label={t('saveWord')} onChange={(_, d) => props.onWord(key, d.checked === true)} />
    );
  };
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
        {fromNumbers > 0 && (
          <Badge appearance="outline" data-testid={`from-numbers-${index}`}>
            {t('fromNumbersCount', { count: fromNumbers })}
          </Badge>
        )}{' '}
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
      {open && <Relations notes={notes} index={index} t={t} />}
      {open && props.dropped.length > 0 && (
        <ul className={s.list} data-testid={`dropped-${index}`}>
          {props.dropped.map((f, k) => (
            <li key={k} className={s.conflict}>
              <span aria-hidden="true">⚠ </span>
              {t('expectationDropped', { message: lang === 'sv' ? f.message : (f.messageEn ?? f.message) })}
            </li>
          ))}
        </ul>
      )}
      {open && table.columns.length > 0 && (
        <>
          <h4 className={s.subHeading}>{t('columns')}</h4>
          <ul className={s.list}>
            {table.columns.map((c, ci) => {
              const note = notes?.columns[c.col];
              const changed = baseCol.has(c.col) && baseCol.get(c.col) !== c.role;
              const id = `col-${index}-${c.letter}`;
              return (
                <Item key={c.col} addr={c.letter} text={c.header} testId={id} source={sourceText(note, changed, t)} sourceKind={changed ? 'chosen' : note?.source} noteId={`${id}-note`}>
                  <RoleSelect
                    value={c.role}
                    options={colOptions}
                    lang={lang}
                    t={t}
                    label={t('roleFor', { what: what('column', c.letter, c.header) })}
                    testId={`col-role-${index}-${c.letter}`}
                    describedBy={note || changed ? `${id}-note` : undefined}
                    onChange={(role) => props.onChange({ ...table, columns: table.columns.map((x, i) => (i === ci ? { ...x, role } : x)) })}
                  />
                  {wordBox(wordKey(index, 'column', c.col), c.role, changed, note, id)}
                </Item>
              );
            })}
          </ul>
        </>
      )}
      {open && table.rows.length > 0 && (
        <>
          <h4 className={s.subHeading}>{t('rows')}</h4>
          <ul className={s.list}>
            {rows.map((r) => {
              const note = notes?.rows[r.row];
              const changed = baseRow.has(r.row) && baseRow.get(r.row) !== r.role;
              const id = `row-${index}-${r.row}`;
              // Rows of a kind without row roles (goals, text) have nothing to review: no source line.
              const source = rowOptions.length > 0 || (note && note.source !== 'default') ? sourceText(note, changed, t) : undefined;
              const conflict = note?.conflict && !changed ? t('sourceConflict', note.conflict) : undefined;
              return (
                <Item key={r.row} addr={String(r.row)} text={r.label} testId={id} source={source} sourceKind={changed ? 'chosen' : note?.source} conflict={conflict} noteId={`${id}-note`}>
                  {rowOptions.length > 0 ? (
                    <>
                      <RoleSelect
                        value={r.role}
                        options={rowOptions}
                        lang={lang}
                        t={t}
                        label={t('roleFor', { what: what('row', r.row, r.label) })}
                        testId={`row-role-${index}-${r.row}`}
                        describedBy={source || conflict ? `${id}-note` : undefined}
                        onChange={(role) =>
                          props.onChange({
                            ...table,
                            // The controller's role is no longer the one the numbers gave.
                            rows: table.rows.map((x) => {
                              if (x.row !== r.row) return x;
                              const { inferred: _inferred, ...rest } = x;
                              return role === baseRow.get(r.row) ? { ...(base?.rows.find((b) => b.row === r.row) ?? rest), role } : { ...rest, role };
                            }),
                          })
                        }
                      />
                      {wordBox(wordKey(index, 'row', r.row), r.role, changed, note, id)}
                    </>
                  ) : (
                    <span className={s.muted}>{roleLabel(r.role, lang)}</span>
                  )}
                </Item>
              );
            })}
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

/**
 * The mapping with the controller's choices for left-out rows and columns put in, and the words
 * to save: those of the left-out items chosen with "Spara som nämndens ord", and those of the
 * table's own rows and columns listed in `saveWords` (`wordKey`s: a role the controller changed,
 * or confirmed where the numbers gave it), each with its role in `mapping`.
 */
export function applyChoices(
  mapping: WorkbookMapping,
  leftOut: readonly LeftOutItem[],
  choices: ReadonlyMap<string, Choice>,
  dirty: ReadonlySet<number>,
  saveWords: ReadonlySet<string> = new Set(),
): { mapping: WorkbookMapping; words: BoardWords } {
  let words: BoardWords = {};
  const touched = new Set(dirty);
  const tables = mapping.tables.map((tb, i) => {
    for (const r of tb.rows) {
      if (!saveWords.has(wordKey(i, 'row', r.row)) || r.role === IGNORE || !r.label.trim()) continue;
      words = addWords(words, tb.kind, 'rows', r.role, r.label);
      touched.add(i);
    }
    const headers = [...tb.columns, ...leftOut.filter((x) => x.table === i && x.axis === 'column').map((x) => ({ header: x.text, role: choices.get(itemKey(x))?.role ?? '' }))];
    for (const c of tb.columns) {
      if (!saveWords.has(wordKey(i, 'column', c.col)) || c.role === IGNORE || !c.header.trim()) continue;
      words = addWords(words, tb.kind, 'columns', columnWordRole(tb.kind, c.role, c.header, headers), c.header);
      touched.add(i);
    }
    const mine = leftOut.filter((item) => item.table === i && choices.get(itemKey(item))?.role);
    if (mine.length === 0) return tb;
    touched.add(i);
    // A row kept in the table as it stands (role "other") and listed as left out takes the role
    // chosen for it: replaced, not listed twice.
    const chosenRows = new Set(mine.filter((x) => x.axis === 'row').map((x) => x.row));
    const chosenCols = new Set(mine.filter((x) => x.axis === 'column').map((x) => x.col));
    const rows: RowMapping[] = tb.rows.filter((r) => !chosenRows.has(r.row));
    const columns: ColumnMapping[] = tb.columns.filter((c) => !chosenCols.has(c.col));
    for (const item of mine) {
      const choice = choices.get(itemKey(item)) as Choice;
      if (item.axis === 'row' && item.row !== undefined) {
        const kept = tb.rows.find((r) => r.row === item.row);
        rows.push({ row: item.row, label: kept?.label ?? item.text, role: choice.role, level: kept?.level ?? 0 });
      }
      if (item.axis === 'column' && item.col !== undefined) {
        const col: ColumnMapping = { col: item.col, letter: item.letter ?? '', header: item.text, role: choice.role };
        const year = yearOf(item.text);
        if (year !== undefined) col.year = year;
        columns.push(col);
      }
      if (choice.saveWord && choice.role !== IGNORE && item.text.trim()) {
        const role = item.axis === 'column' ? columnWordRole(tb.kind, choice.role, item.text, headers) : choice.role;
        words = addWords(words, tb.kind, item.axis === 'row' ? 'rows' : 'columns', role, item.text);
      }
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

/** Findings of expectations the numbers contradict, inside a table's range. */
export function droppedIn(table: TableMapping, findings: readonly Finding[] | undefined): Finding[] {
  if (!findings) return [];
  let box;
  try {
    box = parseRange(table.range);
  } catch {
    return [];
  }
  return findings.filter((f) => {
    if (f.messageId !== 'expectationDropped' || f.sheet !== table.sheet) return false;
    try {
      const { row, col } = parseA1(f.cell);
      return row >= box.top && row <= box.bottom && col >= box.left && col <= box.right;
    } catch {
      return false;
    }
  });
}

/**
 * The table rows and columns whose words go with the save: a role the controller changed is
 * saved unless the box was unticked; a role from the numbers only when ticked (confirmed).
 */
export function wordsToSave(draft: WorkbookMapping, base: WorkbookMapping | undefined, notes: readonly TableNotes[] | undefined, words: ReadonlyMap<string, boolean>): Set<string> {
  const out = new Set<string>();
  draft.tables.forEach((tb, i) => {
    const was = base?.tables[i];
    const baseRow = new Map((was?.rows ?? []).map((r) => [r.row, r.role]));
    const baseCol = new Map((was?.columns ?? []).map((c) => [c.col, c.role]));
    for (const r of tb.rows) {
      const key = wordKey(i, 'row', r.row);
      const changed = baseRow.has(r.row) && baseRow.get(r.row) !== r.role;
      const fromNumbers = notes?.[i]?.rows[r.row]?.source === 'numbers';
      if ((changed || fromNumbers) && (words.get(key) ?? changed)) out.add(key);
    }
    for (const c of tb.columns) {
      const key = wordKey(i, 'column', c.col);
      const changed = baseCol.has(c.col) && baseCol.get(c.col) !== c.role;
      if (changed && (words.get(key) ?? true)) out.add(key);
    }
  });
  return out;
}

export function MappingStep(props: Props) {
  const { t, lang, leftOut } = props;
  const s = useStyles();
  const [draft, setDraft] = useState(props.mapping);
  const [dirty, setDirty] = useState<Set<number>>(new Set());
  const [choices, setChoices] = useState<Map<string, Choice>>(new Map());
  const [words, setWords] = useState<Map<string, boolean>>(new Map());
  // A new mapping from the workbook replaces the draft during render (not in an effect, which
  // would render every table twice on the way in).
  const [base, setBase] = useState(props.mapping);
  if (base !== props.mapping) {
    setBase(props.mapping);
    setDraft(props.mapping);
    setDirty(new Set());
    setChoices(new Map());
    setWords(new Map());
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

  const applied = applyChoices(draft, leftOut, choices, dirty, wordsToSave(draft, props.mapping, props.notes, words));
  const dupes = applied.mapping.tables.some((tb) => duplicateColumnRoles(tb.columns).length > 0);
  const changed = dirty.size > 0 || choices.size > 0 || words.size > 0 || !!props.fromMemory;
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
              base={props.mapping?.tables[index]}
              notes={props.notes?.[index]}
              dropped={droppedIn(table, props.findings)}
              words={words}
              onWord={(key, save) => setWords(new Map(words).set(key, save))}
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
