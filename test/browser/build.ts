import { execFileSync } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import * as path from 'path';

/** Build dist/ with webpack (production) unless it is newer than every input. */

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');

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

export function ensureBuilt(): { built: boolean } {
  const page = path.join(DIST, 'taskpane.html');
  const inputs = ['src', 'assets', 'seeds', 'manifest.xml', 'webpack.config.js', 'package-lock.json'].map((p) => newest(path.join(ROOT, p)));
  if (existsSync(page) && statSync(page).mtimeMs > Math.max(...inputs)) return { built: false };
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
    cwd: ROOT,
    stdio: 'pipe',
    timeout: 15 * 60 * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { built: true };
}
