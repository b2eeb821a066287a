import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's headless chromium in a fresh profile, offline as on this machine and in CI: Office's
 * CDN is unreachable, so its request is aborted at once instead of waiting for a timeout.
 */
export async function launchOffline(viewport: { width: number; height: number }): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'nr-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await context.route(/appsforoffice\.microsoft\.com/, (route) => route.abort('internetdisconnected'));
  return context;
}
