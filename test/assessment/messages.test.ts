import { ASSESSMENT_RULES } from '../../src/assessment';
import { makeFinding } from '../../src/assessment/messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('assessment rule messages', () => {
  const all = Object.entries(ASSESSMENT_RULES).flatMap(([rule, meta]) =>
    Object.entries(meta.messages).map(([id, m]) => [rule, id, m.sv, m.en] as const),
  );

  it.each(all)('%s/%s: Swedish and English use the same placeholders', (_rule, _id, sv, en) => {
    expect(placeholders(sv).length).toBeGreaterThan(0);
    expect(placeholders(en)).toEqual(placeholders(sv));
  });

  it('every rule id is "assessment/<name>"', () => {
    for (const rule of Object.keys(ASSESSMENT_RULES)) expect(rule).toMatch(/^assessment\/[a-z-]+$/);
  });

  it('renders data into both languages and leaves no placeholder open', () => {
    const f = makeFinding('assessment/unreadable-target', 'unreadable', { sheet: 'Mål och nyckeltal', cell: 'G7' }, { target: 'Se kommentar', indicator: 'Kostnad för köpt vård' });
    expect(f).toMatchObject({ rule: 'assessment/unreadable-target', severity: 'info', sheet: 'Mål och nyckeltal', cell: 'G7', messageId: 'unreadable' });
    expect(f.message).toBe('Målvärdet "Se kommentar" för "Kostnad för köpt vård" är inte ett maskinläsbart mål – ingen bedömning görs, cellen lämnas som den är.');
    expect(f.messageEn).toContain('"Se kommentar"');
    const missing = makeFinding('assessment/no-outcome', 'missing', { sheet: 'S', cell: 'A1' }, {});
    // A missing datum stays visible rather than silently vanishing.
    expect(missing.message).toContain('{indicator}');
  });
});
