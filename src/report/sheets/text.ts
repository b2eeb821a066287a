import type { ReportModel } from '../../model/types';
import { GREY } from '../sheet-builder';
import { startSheet, type SheetDraft } from './common';

/** "Rapport Text": the draft narrative, a bold heading per section and one wrapped paragraph per cell. */

export interface DraftParagraph {
  section: string;
  paragraph: string;
}

export const TEXT_WIDTH = 90;

export function textSheet(model: ReportModel, paragraphs: DraftParagraph[], key: string): SheetDraft {
  const b = startSheet([TEXT_WIDTH], 'Utkast till text', model);
  b.set(b.next(), 1, 'Skapat från tabellerna – granska och bearbeta innan texten används i rapporten.', {
    style: { fontColor: GREY, italic: true, wrap: true },
  });
  let section: string | null = null;
  for (const p of paragraphs) {
    if (p.section !== section) {
      b.skip(1);
      b.set(b.next(), 1, p.section, { bold: true });
      section = p.section;
    }
    b.set(b.next(), 1, p.paragraph, { style: { wrap: true, vertical: 'top' } });
  }
  return { kind: 'text', baseName: 'Rapport Text', key, builder: b, lastCol: 1 };
}
