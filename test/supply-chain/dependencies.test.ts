import { readFileSync } from 'fs';
import * as path from 'path';

/**
 * The production dependency list is a decision, not an accident: adding one means editing this
 * list (and SECURITY.md) in the same change. The lockfile must pin every package it installs.
 */

const root = path.join(__dirname, '..', '..');

interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
}

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  dev?: boolean;
  optional?: boolean;
  link?: boolean;
  hasInstallScript?: boolean;
  license?: string;
  dependencies?: Record<string, string>;
}

interface Lockfile {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
}

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageJson;
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as Lockfile;

/** The whole list, sorted. Change it only together with SECURITY.md. */
const PRODUCTION = ['@fluentui/react-components', 'fflate', 'react', 'react-dom', 'saxes', 'zod'];

/** Dev tools SECURITY.md discusses; they must stay dev-only. */
const NOTABLE_DEV = ['webpack-dev-server', 'office-addin-dev-certs', 'webpack', 'playwright-core'];

/** Does an exact version satisfy a simple npm range ("1.2.3", "^1.2.3", "~1.2.3")? */
function satisfies(version: string, range: string): boolean {
  const parse = (v: string): number[] => v.split('-')[0].split('.').map((n) => Number(n));
  const m = /^([~^]?)(\d+\.\d+\.\d+)$/.exec(range.trim());
  if (!m) throw new Error(`unsupported range in package.json: ${range}`);
  const [op, base] = [m[1], parse(m[2])];
  const v = parse(version);
  const cmp = (a: number[], b: number[]): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  if (op === '') return cmp(v, base) === 0;
  if (cmp(v, base) < 0) return false;
  if (op === '~') return v[0] === base[0] && v[1] === base[1];
  // caret: the left-most non-zero part stays fixed
  if (base[0] > 0) return v[0] === base[0];
  if (base[1] > 0) return v[0] === 0 && v[1] === base[1];
  return v[0] === 0 && v[1] === 0 && v[2] === base[2];
}

/** Every package installed because of the production dependencies (npm's own "not dev" flag). */
function productionClosure(): [string, LockEntry][] {
  return Object.entries(lock.packages).filter(([key, entry]) => key !== '' && !entry.dev);
}

describe('supply chain', () => {
  it('has exactly the production dependencies we decided on', () => {
    expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual(PRODUCTION);
  });

  it('keeps the dev servers and certificate tools out of production', () => {
    for (const name of NOTABLE_DEV) {
      expect(pkg.dependencies?.[name]).toBeUndefined();
      expect(pkg.devDependencies?.[name]).toBeDefined();
      expect(lock.packages[`node_modules/${name}`]?.dev).toBe(true);
    }
  });

  it('uses a modern lockfile whose root entry matches package.json', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    const rootEntry = lock.packages[''];
    expect(rootEntry.dependencies).toEqual(pkg.dependencies);
    expect((rootEntry as { devDependencies?: Record<string, string> }).devDependencies).toEqual(pkg.devDependencies);
  });

  it.each(PRODUCTION)('pins %s to one version within its range, with an integrity hash', (name) => {
    const entry = lock.packages[`node_modules/${name}`];
    expect(entry).toBeDefined();
    expect(entry.dev).toBeFalsy();
    expect(entry.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(satisfies(entry.version as string, (pkg.dependencies ?? {})[name])).toBe(true);
    expect(entry.integrity).toMatch(/^sha512-[A-Za-z0-9+/]+=*$/);
  });

  it('pins the parsers of untrusted files exactly, and keeps ExcelJS (tests and scripts only) out of production', () => {
    for (const name of ['fflate', 'saxes']) expect(pkg.dependencies?.[name]).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.dependencies?.exceljs).toBeUndefined();
    expect(pkg.devDependencies?.exceljs).toMatch(/^\d+\.\d+\.\d+$/);
    expect(lock.packages['node_modules/exceljs']?.dev).toBe(true);
    expect(lock.packages['node_modules/jszip']?.dev).toBe(true);
  });

  it('has an exact version and a sha512 integrity for every installed package', () => {
    const unpinned = Object.entries(lock.packages)
      .filter(([key, e]) => key !== '' && !e.link && !(e.version && /^sha512-/.test(e.integrity ?? '')))
      .map(([key]) => key);
    expect(unpinned).toEqual([]);
  });

  it('fetches nothing from outside the registry (no git, file or http tarball sources)', () => {
    const foreign = Object.entries(lock.packages)
      .filter(([, e]) => e.resolved !== undefined && !/^https:\/\/registry\.npmjs\.org\//.test(e.resolved))
      .map(([key, e]) => `${key} ← ${e.resolved}`);
    expect(foreign).toEqual([]);
  });

  it('runs no install scripts for production packages', () => {
    const withScripts = productionClosure()
      .filter(([, e]) => e.hasInstallScript)
      .map(([key]) => key);
    expect(withScripts).toEqual([]);
  });

  it('ships no package under a copyleft-only licence in production', () => {
    const copyleft = productionClosure()
      .filter(([, e]) => /GPL/.test(e.license ?? '') && !/MIT|BSD|Apache/.test(e.license ?? ''))
      .map(([key, e]) => `${key} (${e.license})`);
    expect(copyleft).toEqual([]);
  });

  it('does not depend on the npm "xlsx" package (frozen at 0.18.5 with open CVEs)', () => {
    const sheetjs = Object.keys(lock.packages).filter((k) => /(^|\/)node_modules\/xlsx$/.test(k));
    expect(sheetjs).toEqual([]);
  });

  it('the range checker itself rejects versions outside a range', () => {
    expect(satisfies('18.3.1', '^18.3.1')).toBe(true);
    expect(satisfies('19.0.0', '^18.3.1')).toBe(false);
    expect(satisfies('4.4.1', '4.4.0')).toBe(false);
    expect(satisfies('5.9.9', '~5.9.3')).toBe(true);
    expect(satisfies('5.10.0', '~5.9.3')).toBe(false);
  });
});
