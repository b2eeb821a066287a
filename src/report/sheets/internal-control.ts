import type { InternalControl, ReportModel, TextValue } from '../../model/types';
import { cleanLines, cleanText } from '../figures';
import { headerRow, startSheet, type SheetDraft } from './common';

/**
 * "Rapport Internkontroll": one row per control point as in the report's appendix — risk,
 * what is checked, frequency, method, the assessment with its signal colour, result and actions.
 */

/** The result column gets the room: its texts run to several paragraphs. */
const WIDTHS = [13, 14, 9, 10, 9, 35];
/** The appendix prints its table in a smaller font, so a long result fits one printed row. */
const BODY_SIZE = 9;
const HEADERS = ['Identifierad risk', 'Vad kontrolleras?', 'Frekvens uppföljning', 'Metod', 'Bedömning', 'Resultat och åtgärder'];

function text(t: TextValue | undefined): string | null {
  return t ? cleanLines(t.text) || null : null;
}

export function internalControlSheet(model: ReportModel, tables: InternalControl[]): SheetDraft {
  const b = startSheet(WIDTHS, 'Internkontroll', model);
  const lastCol = HEADERS.length;
  tables.forEach((table, ti) => {
    if (ti > 0) b.skip(1);
    headerRow(b, HEADERS, 99);
    for (const p of table.points) {
      const r = b.next();
      const style = { wrap: true, vertical: 'top' as const, fontSize: BODY_SIZE };
      [p.risk, p.control, p.frequency, p.method].forEach((t, i) => b.set(r, i + 1, text(t), { style }));
      const a = p.assessment;
      if (a && (a.text || a.fill)) {
        b.set(r, 5, a.text ? cleanText(a.text) : null, { ...(a.fill ? { fill: a.fill } : {}), style: { ...style, horizontal: 'center' } });
      }
      b.set(r, 6, text(p.result), { style });
      b.rule(r, 'bottom', lastCol);
    }
  });
  return { kind: 'internalControl', baseName: 'Rapport Internkontroll', key: tables.map((t) => t.id).join('|'), builder: b, lastCol };
}
