import { useEffect, useRef } from 'react';
import type { CellValue, SheetGrid, WorkbookGrid } from '../grid/types';
import { isCellError } from '../grid/types';
import { columnLetters, parseRange } from '../grid/address';

/** The demo workbook drawn as a spreadsheet, with the selected cell highlighted. */

const MAX_ROWS = 400;
const MAX_COLS = 30;

function show(v: CellValue, numFmt: string | undefined): string {
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') {
    const decimals = numFmt && /0\.(0+)/.exec(numFmt)?.[1].length;
    const pct = numFmt?.includes('%');
    const n = pct ? v * 100 : v;
    // Excel's General format shows no thousands separator (a year stays 2024).
    const grouping = !!numFmt && /#,##|,0/.test(numFmt);
    const text = n.toLocaleString('sv-SE', { useGrouping: grouping, minimumFractionDigits: decimals || 0, maximumFractionDigits: decimals || (Number.isInteger(n) ? 0 : 2) });
    return pct ? `${text} %` : text;
  }
  return String(v);
}

interface Props {
  grid: WorkbookGrid;
  sheet: string;
  selection: { sheet: string; address: string } | null;
  onSheet(name: string): void;
}

export function GridView({ grid, sheet, selection, onSheet }: Props) {
  const visible = grid.sheets.filter((s) => (s.state ?? 'visible') === 'visible');
  const current: SheetGrid | undefined = visible.find((s) => s.name === sheet) ?? visible[0];
  const selectedRef = useRef<HTMLTableCellElement>(null);
  const sel = selection && current && selection.sheet === current.name ? parseRange(selection.address) : null;

  useEffect(() => {
    // 'nearest' scrolls only when the cell is out of view, so the row numbers stay visible.
    selectedRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selection, current?.name]);

  if (!current) return <div className="demo-grid-empty">Inga synliga blad.</div>;
  const rows = Math.min(MAX_ROWS, Math.max(current.rows.length, 1));
  let cols = 1;
  for (const r of current.rows) if (r && r.length > cols) cols = r.length;
  cols = Math.min(MAX_COLS, cols);
  // Hidden columns are greyed like hidden rows (the demo shows every cell it checks).
  const hiddenCols = new Set(current.hiddenColumns ?? []);

  return (
    <div className="demo-grid" data-testid="demo-grid">
      <div className="demo-tabs" role="tablist">
        {visible.map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s === current}
            className={s === current ? 'demo-tab demo-tab-active' : 'demo-tab'}
            data-testid="sheet-tab"
            onClick={() => onSheet(s.name)}
          >
            {s.name}
          </button>
        ))}
      </div>
      <div className="demo-scroll">
        <table className="demo-table" data-sheet={current.name}>
          <thead>
            <tr>
              <th />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} className={hiddenCols.has(c + 1) ? 'demo-hidden-col' : undefined}>
                  {columnLetters(c + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, ri) => {
              const r = ri + 1;
              const hidden = current.hiddenRows?.includes(r);
              return (
                <tr key={r} className={hidden ? 'demo-hidden-row' : undefined}>
                  <th>{r}</th>
                  {Array.from({ length: cols }, (_, ci) => {
                    const c = ci + 1;
                    const cell = current.rows[ri]?.[ci];
                    const selected = sel !== null && r >= sel.top && r <= sel.bottom && c >= sel.left && c <= sel.right;
                    const address = `${columnLetters(c)}${r}`;
                    return (
                      <td
                        key={c}
                        ref={selected && r === sel?.top && c === sel?.left ? selectedRef : undefined}
                        data-testid={`cell-${address}`}
                        data-selected={selected ? 'true' : undefined}
                        className={[selected ? 'demo-selected' : '', typeof cell?.value === 'number' ? 'demo-num' : '', hiddenCols.has(c) ? 'demo-hidden-col' : ''].join(' ').trim() || undefined}
                        style={{ background: cell?.fill ? `#${cell.fill}` : undefined, fontWeight: cell?.bold ? 600 : undefined, paddingLeft: cell?.indent ? `${cell.indent * 10 + 4}px` : undefined }}
                        title={cell?.formula ? `=${cell.formula}` : undefined}
                      >
                        {cell ? show(cell.value, cell.numFmt) : ''}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
