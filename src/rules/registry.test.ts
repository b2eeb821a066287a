import * as fs from 'fs';
import * as path from 'path';
import { rules } from './registry';
import { checkMeta } from './rule-tester';
import { placeholders } from './messages';
import type { AnyRule } from './types';

/**
 * ESLint's checkRuleFiles, for us: every rule module is registered, documented in both
 * languages, and has a test file beside it with valid and invalid cases.
 */

const ROOT = __dirname;
const SECTIONS = fs.readdirSync(ROOT).filter((d) => fs.statSync(path.join(ROOT, d)).isDirectory());

function ruleModules(): { id: string; file: string; rule: AnyRule }[] {
  const out: { id: string; file: string; rule: AnyRule }[] = [];
  for (const section of SECTIONS) {
    for (const f of fs.readdirSync(path.join(ROOT, section))) {
      if (!f.endsWith('.ts') || f.endsWith('.test.ts')) continue;
      const file = path.join(ROOT, section, f);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(file) as { default?: AnyRule };
      if (mod.default && typeof mod.default === 'object' && 'meta' in mod.default) {
        out.push({ id: `${section}/${f.replace(/\.ts$/, '')}`, file, rule: mod.default });
      }
    }
  }
  return out;
}

describe('rule catalogue', () => {
  const modules = ruleModules();

  test('every rule module is registered under the id its path names', () => {
    expect(modules.length).toBeGreaterThanOrEqual(25);
    for (const m of modules) {
      expect(m.rule.meta.id).toBe(m.id);
      expect(rules).toContain(m.rule);
    }
    expect(rules.length).toBe(modules.length);
  });

  test('the registry is sorted by id and ids are unique', () => {
    const ids = rules.map((r) => r.meta.id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(rules.map((r) => [r.meta.id, r] as const))('%s is documented in Swedish and English', (_id, rule) => {
    expect(() => checkMeta(rule)).not.toThrow();
    expect(rule.meta.docs.description.sv.length).toBeGreaterThan(20);
    expect(rule.meta.docs.description.en.length).toBeGreaterThan(20);
    for (const m of Object.values(rule.meta.messages)) {
      // The same placeholders in both languages: a fallback never loses a value.
      expect(placeholders(m.en).sort()).toEqual(placeholders(m.sv).sort());
    }
  });

  test('the README lists every rule with its severity', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const r of rules) expect(readme).toContain(`| \`${r.meta.id}\` | ${r.meta.severity} |`);
  });

  test.each(rules.map((r) => [r.meta.id] as const))('%s has a test beside it with valid and invalid cases', (id) => {
    const file = path.join(ROOT, `${id}.test.ts`);
    expect(fs.existsSync(file)).toBe(true);
    const src = fs.readFileSync(file, 'utf8');
    expect(src).toMatch(/new RuleTester\(\)\.run\(rule,/);
    expect(src).toMatch(/valid:\s*\[\s*\{/);
    expect(src).toMatch(/invalid:\s*\[\s*\{/);
  });
});
