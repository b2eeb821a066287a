import { sheetFromValues, getValue } from '../../src/grid/sheet';
import { parseA1 } from '../../src/grid/address';
import type { SheetGrid } from '../../src/grid/types';
import { seeded, deleteRows, deleteColumns, duplicateRows, moveRow, swapColumns, shift, allCells, numberAsText } from './mutations';
import { corpus } from './corpus';

/** The generator must itself produce well-formed grids, or the corpus would report false crashes. */

function grid(): SheetGrid {
  const s = sheetFromValues('Drift', [
    ['Titel', null, null],
    ['Rad', 'Budget', 'Utfall'],
    ['A', 1, 2],
    ['B', 3, 4],
    ['C', 5, 6],
  ]);
  s.merges = ['A1:C1'];
  s.hiddenRows = [4];
  return s;
}

function consistent(s: SheetGrid): void {
  for (const c of allCells(s)) {
    expect(parseA1(c.address)).toEqual({ row: c.row, col: c.col });
    expect(s.rows[c.row - 1][c.col - 1]).toBe(c);
  }
}

describe('corpus mutations', () => {
  it('deletes rows and shifts the rest up, keeping merges and hidden rows in step', () => {
    const s = grid();
    deleteRows(s, 3, 1);
    consistent(s);
    expect(getValue(s, 3, 1)).toBe('B');
    expect(s.hiddenRows).toEqual([3]);
    expect(s.merges).toEqual(['A1:C1']);
    deleteRows(s, 1, 1);
    expect(s.merges).toEqual([]);
  });

  it('deletes, swaps and shifts columns', () => {
    const s = grid();
    deleteColumns(s, 2, 1);
    consistent(s);
    expect(getValue(s, 3, 2)).toBe(2);
    swapColumns(s, 1, 2);
    expect(getValue(s, 3, 1)).toBe(2);
    shift(s, 2, 1);
    consistent(s);
    expect(getValue(s, 5, 2)).toBe(2);
  });

  it('duplicates and moves rows', () => {
    const s = grid();
    duplicateRows(s, 3, 2);
    consistent(s);
    expect([getValue(s, 3, 1), getValue(s, 4, 1), getValue(s, 5, 1), getValue(s, 6, 1)]).toEqual(['A', 'A', 'A', 'B']);
    moveRow(s, 6, 1);
    consistent(s);
    expect(getValue(s, 1, 1)).toBe('B');
    expect(getValue(s, 2, 1)).toBe('Titel');
  });

  it('writes numbers the way pasted text looks', () => {
    const rnd = seeded(7);
    const texts = Array.from({ length: 50 }, () => numberAsText(rnd, -32296));
    expect(texts.some((t) => t.includes('\u2212'))).toBe(true);
    expect(texts.every((t) => /32/.test(t))).toBe(true);
  });

  it('names at least 500 distinct variants, deterministically', () => {
    const ids = corpus().map((v) => v.id);
    expect(ids.length).toBeGreaterThanOrEqual(500);
    expect(new Set(ids).size).toBe(ids.length);
    expect(corpus().map((v) => v.id)).toEqual(ids);
  });
});
