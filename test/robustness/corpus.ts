import type { Cell, SheetGrid, WorkbookGrid } from '../../src/grid/types';
import { STATE_SHEET, stateSheet, type ToolState } from '../../src/grid/tool-state';
import { toA1 } from '../../src/grid/address';
import type { WorkbookMapping } from '../../src/model/mapping-types';
import {
  type Random,
  seeded,
  pick,
  int,
  cloneWorkbook,
  allCells,
  deleteRows,
  deleteColumns,
  duplicateRows,
  duplicateColumn,
  moveRow,
  swapColumns,
  shift,
  numberCells,
  textCells,
  setCell,
  numberAsText,
  ODD_TEXT,
  ERRORS,
  ODD_NUMBERS,
  findSheet,
  emptySheet,
  bigSheet,
  lastRow,
  lastCol,
  addMerge,
} from './mutations';

/**
 * The robustness corpus: hundreds of broken or odd workbooks derived from the two sample
 * workbooks. Every entry is rebuilt from (base, category, seed), so a failure names its input
 * exactly and can be reproduced with `buildVariant(id)`.
 */

export interface Bases {
  /** seeds/delarsrapport-2024.xlsx read into a grid. */
  interim2024: WorkbookGrid;
  /** seeds/arsbokslut-2019.xlsx read into a grid. */
  annual2019: WorkbookGrid;
}

export interface Variant {
  id: string;
  category: string;
  /** Large variants are run in memory only, never written to disk in the test. */
  large?: boolean;
  build: (bases: Bases, map: Mapper) => WorkbookGrid;
}

/** The mapper, injected so stale saved mappings can be made from the real one. */
export type Mapper = (wb: WorkbookGrid) => WorkbookMapping;

type Mutation = (wb: WorkbookGrid, rnd: Random, map: Mapper) => void;

function dataSheet(wb: WorkbookGrid, rnd: Random): SheetGrid | undefined {
  return findSheet(wb, rnd, (s) => s.rows.length > 0);
}

const mutations: Record<string, Mutation> = {
  'delete-rows': (wb, rnd) => {
    const s = dataSheet(wb, rnd);
    if (s) deleteRows(s, int(rnd, 1, Math.max(1, lastRow(s))), int(rnd, 1, 3));
  },
  'delete-columns': (wb, rnd) => {
    const s = dataSheet(wb, rnd);
    if (s) deleteColumns(s, int(rnd, 1, Math.max(1, lastCol(s))), int(rnd, 1, 2));
  },
  'move-rows': (wb, rnd) => {
    const s = dataSheet(wb, rnd);
    if (s) moveRow(s, int(rnd, 1, Math.max(1, lastRow(s))), int(rnd, 1, lastRow(s) + 1));
  },
  'duplicate-rows': (wb, rnd) => {
    const s = dataSheet(wb, rnd);
    if (s) duplicateRows(s, int(rnd, 1, Math.max(1, lastRow(s))), int(rnd, 1, 3));
  },
  'duplicate-columns': (wb, rnd) => {
    const s = dataSheet(wb, rnd);
    if (!s) return;
    if (rnd() < 0.5) duplicateColumn(s, int(rnd, 1, Math.max(1, lastCol(s))));
    else swapColumns(s, int(rnd, 1, Math.max(1, lastCol(s))), int(rnd, 1, Math.max(1, lastCol(s))));
  },
  'text-in-number-cells': (wb, rnd) => {
    for (let i = int(rnd, 1, 6); i > 0; i--) {
      const s = dataSheet(wb, rnd);
      const cells = s ? numberCells(s) : [];
      if (cells.length === 0) continue;
      const c = pick(rnd, cells);
      c.value = rnd() < 0.5 ? numberAsText(rnd, c.value as number) : pick(rnd, ODD_TEXT);
    }
  },
  'error-values': (wb, rnd) => {
    for (let i = int(rnd, 1, 5); i > 0; i--) {
      const s = dataSheet(wb, rnd);
      const cells = s ? allCells(s) : [];
      if (cells.length === 0) continue;
      const c = pick(rnd, cells);
      c.value = { error: pick(rnd, ERRORS) };
      if (rnd() < 0.5) c.formula = pick(rnd, ['1/0', 'A1+#REF!', 'VLOOKUP(1,X:X,2,0)', 'SUM(B4:B9)']);
    }
  },
  'merged-across-tables': (wb, rnd) => {
    for (let i = int(rnd, 1, 3); i > 0; i--) {
      const s = dataSheet(wb, rnd);
      if (!s) continue;
      const top = int(rnd, 1, Math.max(1, lastRow(s)));
      const left = int(rnd, 1, Math.max(1, lastCol(s)));
      const bottom = top + int(rnd, 0, 12);
      const right = left + int(rnd, 0, 4);
      addMerge(s, `${toA1(top, left)}:${toA1(bottom, right)}`);
    }
  },
  'unicode-minus-and-spaces': (wb, rnd) => {
    for (const s of wb.sheets) {
      for (const c of numberCells(s)) if (rnd() < 0.3) c.value = numberAsText(rnd, c.value as number);
      for (const c of textCells(s)) {
        if (rnd() < 0.2) c.value = (c.value as string).replace(/ /g, pick(rnd, ['\u00a0', '\u2009', '\u202f', '  ']));
        if (rnd() < 0.1) c.value = `\u00a0${c.value as string}\u00a0`;
      }
    }
  },
  'huge-and-tiny-numbers': (wb, rnd) => {
    for (let i = int(rnd, 1, 8); i > 0; i--) {
      const s = dataSheet(wb, rnd);
      const cells = s ? numberCells(s) : [];
      if (cells.length) pick(rnd, cells).value = pick(rnd, ODD_NUMBERS);
    }
  },
  'empty-sheets': (wb, rnd) => {
    const r = rnd();
    if (r < 0.3) {
      const s = dataSheet(wb, rnd);
      if (s) {
        s.rows = [];
        s.merges = [];
      }
    } else if (r < 0.6) {
      wb.sheets.splice(int(rnd, 0, wb.sheets.length), 0, emptySheet(pick(rnd, ['Blad1', 'Tomt', 'Drift (tom)', 'Sheet2'])));
    } else if (r < 0.8) {
      // Only one sheet survives.
      const keep = dataSheet(wb, rnd);
      wb.sheets = keep ? [keep] : [];
    } else {
      // Rows that exist but hold nothing (formatting only).
      const s = dataSheet(wb, rnd);
      if (!s) return;
      const start = lastRow(s) + 1;
      for (let r = start; r < start + 20; r++) setCell(s, r, 1, null, { fill: 'FFFF00' });
    }
  },
  formulas: (wb, rnd) => {
    for (let i = int(rnd, 1, 8); i > 0; i--) {
      const s = dataSheet(wb, rnd);
      const cells = s ? numberCells(s) : [];
      if (cells.length === 0) continue;
      const c = pick(rnd, cells);
      c.formula = pick(rnd, ['SUM(B4:B9)', 'B5-C5', 'ROUND(B5/1000,0)', `'${s?.name}'!A1`, 'IFERROR(1/0,"")', 'NOW()']);
      if (rnd() < 0.3) c.value = null; // never calculated
      else if (rnd() < 0.2) c.value = ''; // IFERROR(...,"")
    }
  },
  'hidden-rows-and-sheets': (wb, rnd) => {
    const s = dataSheet(wb, rnd);
    if (!s) return;
    const rows = new Set(s.hiddenRows ?? []);
    for (let i = int(rnd, 1, 5); i > 0; i--) rows.add(int(rnd, 1, Math.max(1, lastRow(s))));
    s.hiddenRows = [...rows].sort((a, b) => a - b);
    if (rnd() < 0.3) s.state = pick(rnd, ['hidden', 'veryHidden'] as const);
  },
  'generated-sheet-names': (wb, rnd) => {
    const name = pick(rnd, ['Rapport Drift', 'Rapport Investeringar', 'Rapport Sammanfattning', 'Rapport Mål', 'Rapport Drift (2)', 'rapport drift']);
    if (wb.sheets.some((s) => s.name === name)) return;
    const source = dataSheet(wb, rnd);
    const sheet: SheetGrid = source && rnd() < 0.5 ? { ...structuredClone(source), name } : emptySheet(name);
    if (sheet.rows.length === 0) setCell(sheet, 1, 1, 'Egna anteckningar – får inte skrivas över');
    wb.sheets.push(sheet);
  },
  'fake-state-sheet': (wb, rnd, map) => {
    wb.sheets = wb.sheets.filter((s) => s.name !== STATE_SHEET);
    const choice = int(rnd, 0, BROKEN_STATES.length + STALE_STATES.length - 1);
    let sheet: SheetGrid;
    if (choice < BROKEN_STATES.length) {
      sheet = emptySheet(STATE_SHEET);
      const text = BROKEN_STATES[choice](wb);
      const chunks = rnd() < 0.3 ? [text.slice(0, Math.floor(text.length / 2)), text.slice(Math.floor(text.length / 2))] : [text];
      chunks.forEach((t, i) => setCell(sheet, i + 1, 1, t));
      sheet.state = pick(rnd, ['veryHidden', 'hidden', 'visible'] as const);
    } else {
      // A mapping saved before the controller changed the sheets: realistic and nasty.
      const mapping = map(wb);
      const state: ToolState = { version: 1, mapping };
      sheet = stateSheet(state);
      STALE_STATES[choice - BROKEN_STATES.length](wb, rnd);
    }
    wb.sheets.push(sheet);
  },
  'odd-values': (wb, rnd) => {
    for (let i = int(rnd, 2, 10); i > 0; i--) {
      const s = dataSheet(wb, rnd);
      const cells = s ? allCells(s) : [];
      if (cells.length === 0) continue;
      const c = pick(rnd, cells);
      c.value = pick(rnd, [true, false, new Date(Date.UTC(2024, 7, 31)), new Date(Date.UTC(1899, 11, 31)), '', pick(rnd, ODD_TEXT)]);
    }
  },
  'shifted-tables': (wb, rnd) => {
    const s = dataSheet(wb, rnd);
    if (s) shift(s, int(rnd, 0, 30), int(rnd, 0, 5));
  },
  'renamed-and-reordered-sheets': (wb, rnd) => {
    for (let i = wb.sheets.length - 1; i > 0; i--) {
      const j = int(rnd, 0, i);
      [wb.sheets[i], wb.sheets[j]] = [wb.sheets[j], wb.sheets[i]];
    }
    const s = dataSheet(wb, rnd);
    if (!s) return;
    const name = pick(rnd, [s.name.toUpperCase(), s.name.toLowerCase(), `${s.name} (2)`, `${s.name} 2024`, 'Blad1', `Kopia 'av' ${s.name}`, `${s.name} – kopia`]).slice(0, 31);
    if (!wb.sheets.some((x) => x.name === name)) s.name = name;
    if (rnd() < 0.4) {
      const copy = dataSheet(wb, rnd);
      const copyName = `${copy?.name ?? 'Blad'} (2)`.slice(0, 31);
      if (copy && !wb.sheets.some((x) => x.name === copyName)) wb.sheets.push({ ...structuredClone(copy), name: copyName });
    }
  },
  'headers-damaged': (wb, rnd) => {
    const s = dataSheet(wb, rnd);
    if (!s) return;
    const headers = textCells(s).filter((c) => c.row <= 6);
    for (let i = int(rnd, 1, 3); i > 0 && headers.length; i--) {
      const c = pick(rnd, headers);
      const text = typeof c.value === 'string' ? c.value : '';
      c.value = pick(rnd, [null, '', 'Kolumn', 'Budget', 'Budget 2024', 'Prognos', 'Bokslut 2019 2018', text.toUpperCase(), `${text}*`]);
    }
  },
};

/** Contents of a state sheet that is not what the tool wrote. */
const BROKEN_STATES: ((wb: WorkbookGrid) => string)[] = [
  () => '{broken',
  () => '',
  () => 'null',
  () => '[]',
  () => '42',
  () => '"text"',
  () => '{"version":2}',
  () => '{"version":1,"mapping":"x","filled":"y","generatedSheets":7}',
  () => '{"version":1,"mapping":{"version":1,"tables":"nope"}}',
  () => '{"version":1,"mapping":{"version":1,"tables":[null,1,"x"],"unmapped":null,"period":null}}',
  () =>
    JSON.stringify({
      version: 1,
      mapping: {
        version: 1,
        period: { kind: 'interim', year: 2024, cutoff: 'inte ett datum' },
        unmapped: [],
        tables: [
          { kind: 'operating', sheet: 'Finns inte', range: 'A1:G20', confidence: 1, headerRows: [3], unit: 'tkr', rows: [], columns: [] },
          { kind: 'operating', sheet: 'Drift', range: 'skräp', confidence: 1, headerRows: [], unit: 'tkr', rows: [{ row: -1, label: 'x', role: 'frobnicate' }], columns: [{ col: 0, letter: '', header: '', role: 'budget' }] },
          { kind: 'investments', sheet: 'Investeringar', range: 'XFD1048576:A1', confidence: 2, headerRows: [999999], unit: 'okänd', rows: [{ row: 1048576, label: 'y', role: 'total' }], columns: [{ col: 16384, letter: 'XFD', header: 'z', role: 'forecast' }] },
          { kind: 'okänd', sheet: 'Drift', range: 'A1:B2', confidence: 0, headerRows: [1], unit: 'tkr', rows: [], columns: [] },
        ],
      },
    }),
  (wb) =>
    JSON.stringify({
      version: 1,
      filled: [
        { sheet: wb.sheets[0]?.name ?? 'Drift', cell: 'A1', value: 'inte vår' },
        { sheet: 'Finns inte', cell: 'ZZ0', value: 'x' },
        { sheet: 'Drift', cell: 'not-a-cell', value: 7 },
      ],
    }),
  (wb) =>
    JSON.stringify({
      version: 1,
      // A hostile or damaged state claiming the user's own sheets were generated by the tool.
      generatedSheets: wb.sheets.slice(0, 3).map((s, i) => ({ name: s.name, kind: 'operating', id: `falsk-${i}` })),
    }),
  () => '{"version":1,"__proto__":{"polluted":true},"assessment":{"__proto__":{"polluted":true},"scale":"finns-inte","thresholds":"x","customScales":[null]}}',
  () => '{"version":1,"assessment":{"scale":"goal4","thresholds":{"met":"ja"},"customScales":[{"id":"x","levels":null}]}}',
];

/** Changes made after a mapping was saved, so the saved mapping points at the wrong cells. */
const STALE_STATES: ((wb: WorkbookGrid, rnd: Random) => void)[] = [
  (wb, rnd) => mutations['delete-rows'](wb, rnd, () => emptyMapping()),
  (wb, rnd) => mutations['delete-columns'](wb, rnd, () => emptyMapping()),
  (wb, rnd) => mutations['shifted-tables'](wb, rnd, () => emptyMapping()),
  (wb, rnd) => {
    const s = dataSheet(wb, rnd);
    if (s) s.name = `${s.name} gammal`.slice(0, 31);
  },
  (wb, rnd) => {
    const s = dataSheet(wb, rnd);
    if (s) wb.sheets = wb.sheets.filter((x) => x !== s);
  },
];

function emptyMapping(): WorkbookMapping {
  return { version: 1, period: { kind: 'unknown' }, tables: [], unmapped: [] };
}

const PER_BASE: Record<string, number> = {
  'delete-rows': 24,
  'delete-columns': 14,
  'move-rows': 18,
  'duplicate-rows': 14,
  'duplicate-columns': 14,
  'text-in-number-cells': 22,
  'error-values': 18,
  'merged-across-tables': 14,
  'unicode-minus-and-spaces': 16,
  'huge-and-tiny-numbers': 14,
  'empty-sheets': 10,
  formulas: 14,
  'hidden-rows-and-sheets': 10,
  'generated-sheet-names': 8,
  'fake-state-sheet': 24,
  'odd-values': 12,
  'shifted-tables': 10,
  'renamed-and-reordered-sheets': 12,
  'headers-damaged': 14,
  combined: 40,
};

const BASE_NAMES: (keyof Bases)[] = ['interim2024', 'annual2019'];

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function mutated(base: keyof Bases, category: string, n: number): Variant {
  const id = `${base}/${category}/${n}`;
  return {
    id,
    category,
    build: (bases, map) => {
      const wb = cloneWorkbook(bases[base]);
      const rnd = seeded(hash(id));
      if (category === 'combined') {
        const names = Object.keys(mutations);
        for (let i = int(rnd, 2, 5); i > 0; i--) mutations[pick(rnd, names)](wb, rnd, map);
      } else {
        mutations[category](wb, rnd, map);
      }
      return wb;
    },
  };
}

/** A sheet of 50 000 rows (an exported ledger pasted into the workbook). */
function withLedger(base: keyof Bases, where: 'own-sheet' | 'below-drift'): Variant {
  return {
    id: `${base}/large-50k-rows/${where}`,
    category: 'large-50k-rows',
    large: true,
    build: (bases) => {
      const wb = cloneWorkbook(bases[base]);
      const rnd = seeded(hash(where));
      if (where === 'own-sheet') {
        wb.sheets.push(bigSheet('Huvudbok', 50000, 6, rnd));
      } else {
        const drift = wb.sheets.find((s) => /drift/i.test(s.name)) ?? wb.sheets[0];
        const start = lastRow(drift) + 2;
        const ledger = bigSheet('x', 50000, 6, rnd);
        for (const c of allCells(ledger)) setCell(drift, c.row + start, c.col, c.value);
      }
      return wb;
    },
  };
}

function special(id: string, build: (bases: Bases) => WorkbookGrid): Variant {
  return { id: `special/${id}`, category: 'special', build };
}

const SPECIALS: Variant[] = [
  special('empty-workbook', () => ({ sheets: [] })),
  special('one-empty-sheet', () => ({ sheets: [emptySheet('Blad1')] })),
  special('only-state-sheet', () => ({ sheets: [stateSheet({ version: 1 })] })),
  special('only-broken-state-sheet', () => {
    const s = emptySheet(STATE_SHEET);
    setCell(s, 1, 1, '{"version":1,');
    return { sheets: [s] };
  }),
  special('only-generated-names', () => ({
    sheets: ['Rapport Drift', 'Rapport Investeringar', 'Rapport Sjukfrånvaro'].map((n) => {
      const s = emptySheet(n);
      setCell(s, 1, 1, n);
      return s;
    }),
  })),
  special('all-numbers-as-text', (b) => {
    const wb = cloneWorkbook(b.interim2024);
    const rnd = seeded(1);
    for (const s of wb.sheets) for (const c of numberCells(s)) c.value = numberAsText(rnd, c.value as number);
    return wb;
  }),
  special('all-errors', (b) => {
    const wb = cloneWorkbook(b.annual2019);
    for (const s of wb.sheets) for (const c of numberCells(s)) c.value = { error: '#REF!' };
    return wb;
  }),
  special('all-formulas-uncalculated', (b) => {
    const wb = cloneWorkbook(b.interim2024);
    for (const s of wb.sheets) for (const c of numberCells(s)) Object.assign(c, { formula: 'SUM(B1:B2)', value: null });
    return wb;
  }),
  special('whole-sheet-merged', (b) => {
    const wb = cloneWorkbook(b.interim2024);
    const s = wb.sheets[0];
    s.merges = [];
    for (const c of allCells(s)) delete c.merge;
    addMerge(s, `A1:${toA1(Math.max(1, lastRow(s)), Math.max(1, lastCol(s)))}`);
    return wb;
  }),
  special('both-samples-in-one-workbook', (b) => {
    const wb = cloneWorkbook(b.interim2024);
    for (const s of cloneWorkbook(b.annual2019).sheets) {
      if (s.name === STATE_SHEET) continue;
      wb.sheets.push({ ...s, name: `${s.name} 2019`.slice(0, 31) });
    }
    return wb;
  }),
  special('every-sheet-hidden', (b) => {
    const wb = cloneWorkbook(b.annual2019);
    for (const s of wb.sheets) s.state = 'hidden';
    return wb;
  }),
  special('sparse-holes', (b) => {
    const wb = cloneWorkbook(b.interim2024);
    for (const s of wb.sheets) {
      const rows: (Cell | undefined)[][] = [];
      s.rows.forEach((r, i) => {
        if (i % 2 === 0) rows[i] = r;
      });
      s.rows = rows;
    }
    return wb;
  }),
  special('forged-state-claims-user-sheets', (b) => {
    const wb = cloneWorkbook(b.interim2024);
    const claim: ToolState = { version: 1, generatedSheets: wb.sheets.map((s, i) => ({ name: s.name, kind: 'operating', id: `falsk-${i}` })) };
    wb.sheets.push(stateSheet(claim));
    return wb;
  }),
  special('max-sheet-name-lengths', (b) => {
    const wb = cloneWorkbook(b.interim2024);
    wb.sheets.forEach((s, i) => {
      if (s.name !== STATE_SHEET) s.name = `${i}${'Å'.repeat(30)}`.slice(0, 31);
    });
    return wb;
  }),
];

/** The whole corpus, in a stable order. */
export function corpus(): Variant[] {
  const out: Variant[] = [...SPECIALS];
  for (const base of BASE_NAMES) {
    for (const [category, count] of Object.entries(PER_BASE)) for (let n = 0; n < count; n++) out.push(mutated(base, category, n));
    out.push(withLedger(base, base === 'interim2024' ? 'own-sheet' : 'below-drift'));
  }
  return out;
}

export function buildVariant(id: string, bases: Bases, map: Mapper): WorkbookGrid {
  const v = corpus().find((x) => x.id === id);
  if (!v) throw new Error(`no corpus entry ${id}`);
  return v.build(bases, map);
}
