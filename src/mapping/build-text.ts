import type { TableMapping } from '../model/mapping-types';
import type { ControlPoint, InternalControl, InternalControlColumnRole, Narrative, NarrativeParagraph } from '../model/types';
import type { FigureReader } from './figures';
import { columnOfRole, modelColumns, tableBase } from './model-parts';

const CONTROL_ROLES: readonly InternalControlColumnRole[] = ['risk', 'control', 'frequency', 'method', 'assessment', 'result'];

/** Internal-control points; a risk cell merged over several rows (or left blank) carries down. */
export function buildInternalControl(t: TableMapping, reader: FigureReader): InternalControl {
  const col = columnOfRole(t);
  const points: ControlPoint[] = [];
  for (const rm of t.rows) {
    if (rm.role !== 'point') continue;
    const r = rm.row;
    const at = (role: string) => {
      const c = col(role);
      return c ? reader.text(r, c) : undefined;
    };
    const risk = at('risk') ?? points[points.length - 1]?.risk;
    if (!risk) continue;
    const point: ControlPoint = { risk, row: r };
    const control = at('control');
    if (control) point.control = control;
    const frequency = at('frequency');
    if (frequency) point.frequency = frequency;
    const method = at('method');
    if (method) point.method = method;
    const assessment = col('assessment');
    if (assessment) point.assessment = reader.assessment(r, assessment);
    const result = at('result');
    if (result) point.result = result;
    points.push(point);
  }
  return { kind: 'internalControl', ...tableBase(t), columns: modelColumns(t, CONTROL_ROLES), points };
}

/** Paragraphs with the section they sit under (a section column, or the last heading row). */
export function buildNarrative(t: TableMapping, reader: FigureReader): Narrative {
  const textCol = t.columns.find((c) => c.role === 'text')?.col;
  const sectionCol = t.columns.find((c) => c.role === 'section')?.col;
  const paragraphs: NarrativeParagraph[] = [];
  let heading: string | undefined;
  for (const rm of t.rows) {
    if (rm.role === 'heading') {
      heading = (sectionCol ? reader.text(rm.row, sectionCol)?.text : undefined) ?? rm.label;
      continue;
    }
    if (rm.role !== 'paragraph' || !textCol) continue;
    const text = reader.text(rm.row, textCol);
    if (!text) continue;
    const section = (sectionCol ? reader.text(rm.row, sectionCol)?.text : undefined) ?? heading;
    paragraphs.push(section ? { section, text } : { text });
  }
  return { kind: 'narrative', ...tableBase(t), paragraphs };
}
