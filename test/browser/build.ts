import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';

/**
 * Build dist/ with webpack (production) unless it is newer than every input. Several test
 * files call this at once (jest runs them in parallel); a lock directory makes one build and
 * the others wait for it, since two webpack runs cleaning the same dist/ would break each other.
 */

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
const LOCK = path.join(tmpdir(), `namndrapport-build-${createHash('sha1').update(ROOT).digest('hex').slice(0, 12)}.lock`);
/** A lock older than this belongs to a build that died. */
const STALE_LOCK_MS = 20 * 60 * 1000;

function newest(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(p)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    max = Math.max(max, newest(path.join(p, name)));
  }
  return max;
}

function fresh(): boolean {
  const page = path.join(DIST, 'taskpane.html');
  const inputs = ['src', 'assets', 'seeds', 'manifest.xml', 'webpack.config.js', 'package-lock.json'].map((p) => newest(path.join(ROOT, p)));
  if (!existsSync(page) || statSync(page).mtimeMs <= Math.max(...inputs)) return false;
  // `npm run build:dev` writes dist/ too; only a production build (hashed names) counts here.
  return /taskpane\.[0-9a-f]{8}\.js/.test(readFileSync(page, 'utf8'));
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function ensureBuilt(): { built: boolean } {
  for (;;) {
    if (fresh()) return { built: false };
    try {
      mkdirSync(LOCK);
    } catch {
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      else sleep(1000);
      continue;
    }
    try {
      if (fresh()) return { built: false };
      execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
        cwd: ROOT,
        stdio: 'pipe',
        timeout: 15 * 60 * 1000,
        maxBuffer: 64 * 1024 * 1024,
      });
      return { built: true };
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
