import { buildModel, mapWorkbook } from '../../src/mapping';
import { validate } from '../../src/rules';
import type { Finding } from '../../src/model/finding';
import { REPORTS } from './index';
import { workbookWith } from './build';
import type { CorpusReport } from './types';

/**
 * The text checker on real report sentences (test/text-corpus/reports/*: tables and sentences
 * transcribed from published reports, each labelled right or wrong by our own arithmetic) and on
 * planted wrong variants of them. Every sentence is put in its workbook alone and the whole
 * validation runs: a wrong sentence must be flagged at its own cell, a right one never (above info).
 */
interface Case {
  report: CorpusReport;
  id: string;
  text: string;
  wrong: boolean;
  place: 'sheet' | 'beside' | 'below';
}

const cases: Case[] = REPORTS.flatMap((report) =>
  report.sentences.flatMap((s) => {
    const place = s.place ?? 'sheet';
    const full = (t: string) => (s.context ? `${s.context} ${t}` : t);
    return [
      { report, id: s.id, text: full(s.text), wrong: s.label === 'wrong', place },
      ...(s.plants ?? []).map((p, i) => ({ report, id: `${s.id}/plant${i + 1}:${p.kind}`, text: full(p.text), wrong: true, place })),
    ];
  }),
);

function textFindings(c: Case): Finding[] {
  const { workbook, cell } = workbookWith(c.report, c.text, c.place);
  const { model } = buildModel(workbook, mapWorkbook(workbook));
  return validate(model, workbook).filter((f) => f.rule === 'text/quoted-figures' && f.severity !== 'info' && `${f.sheet}!${f.cell}` === cell);
}

const results = cases.map((c) => ({ c, findings: textFindings(c) }));

describe('text corpus', () => {
  test('the corpus: real sentences from several boards of other municipalities, with their tables and sources', () => {
    const sentences = REPORTS.flatMap((r) => r.sentences);
    const municipalities = new Set(REPORTS.map((r) => r.municipality));
    for (const r of REPORTS) expect(r.urls.length).toBeGreaterThan(0);
    expect(new Set(sentences.map((s) => s.id)).size).toBe(sentences.length);
    // Reported, not asserted beyond what the corpus holds today (see the README's text section).
    console.log(`text corpus: ${sentences.length} real sentences (${sentences.filter((s) => s.label === 'wrong').length} wrong as printed), ${cases.filter((c) => c.id.includes('/plant')).length} planted variants, ${REPORTS.length} reports, ${municipalities.size} municipalities`);
    expect(municipalities.size).toBeGreaterThanOrEqual(8);
  });

  test('no right sentence is flagged (any severity above info)', () => {
    const falseAlarms = results.filter((r) => !r.c.wrong && r.findings.length).map((r) => `${r.c.id}: ${r.findings.map((f) => f.message).join(' | ')}`);
    expect(falseAlarms).toEqual([]);
  });

  test('at least 90 % of the wrong sentences are flagged at their own cell', () => {
    const wrong = results.filter((r) => r.c.wrong);
    const missed = wrong.filter((r) => !r.findings.length).map((r) => `${r.c.id}: ${r.c.text}`);
    const rate = (wrong.length - missed.length) / wrong.length;
    console.log(`text corpus: ${wrong.length - missed.length} of ${wrong.length} wrong sentences flagged (${(rate * 100).toFixed(1)} %)${missed.length ? `; missed:\n${missed.join('\n')}` : ''}`);
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });

  test('a flagged sentence names the table cell it contradicts and one figure, never alternatives', () => {
    for (const r of results.filter((x) => x.findings.length)) {
      for (const f of r.findings) {
        expect(f.related?.length).toBeGreaterThan(0);
        expect(f.message).not.toMatch(/ \/ /);
      }
    }
  });
});
