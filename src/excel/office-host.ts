import type { ExcelHost, XContext } from './api';

/**
 * The only place that touches the `Office` and `Excel` globals from office.js. Everything else
 * gets an ExcelHost, so it runs the same on Excel and on the in-browser workbook.
 */

export interface OfficeInfo {
  host: string;
  platform?: string;
}

function officeLoaded(): boolean {
  return typeof Office !== 'undefined' && typeof Office.onReady === 'function';
}

/**
 * Resolve with the Office host, or null when the page runs outside Office (office.js failed to
 * load — e.g. offline — or Office.onReady reports no host). Never waits on a hanging CDN
 * longer than `timeoutMs`.
 */
export function detectOffice(timeoutMs = 4000): Promise<OfficeInfo | null> {
  return new Promise((resolve) => {
    let settled = false;
    const pending: { timer?: ReturnType<typeof setTimeout> } = {};
    const finish = (v: OfficeInfo | null): void => {
      if (!settled) {
        settled = true;
        if (pending.timer !== undefined) clearTimeout(pending.timer);
        resolve(v);
      }
    };
    const onReady = (): void => {
      Office.onReady()
        .then((info) => finish(info.host ? { host: String(info.host), platform: info.platform ? String(info.platform) : undefined } : null))
        .catch(() => finish(null));
    };
    if (officeLoaded()) {
      onReady();
      return;
    }
    // Set by office-probe.js, which watches the script tag from before it starts loading.
    const probe = (window as unknown as { __officeJs?: string }).__officeJs;
    if (probe === 'failed') {
      finish(null);
      return;
    }
    const script = typeof document !== 'undefined' ? document.getElementById('office-js') : null;
    if (!script) {
      finish(null);
      return;
    }
    script.addEventListener('load', () => (officeLoaded() ? onReady() : finish(null)));
    script.addEventListener('error', () => finish(null));
    pending.timer = setTimeout(() => (officeLoaded() ? onReady() : finish(null)), timeoutMs);
  });
}

export function officeExcelHost(): ExcelHost {
  return {
    run: <T>(batch: (ctx: XContext) => Promise<T>): Promise<T> =>
      Excel.run((context) => batch(context as unknown as XContext)),
    supports: (version: string): boolean => Office.context.requirements.isSetSupported('ExcelApi', version),
  };
}

/** Office's UI language ("sv-SE", "en-US"), or the browser's outside Office. */
export function displayLanguage(): string {
  if (officeLoaded() && Office.context?.displayLanguage) return Office.context.displayLanguage;
  return typeof navigator !== 'undefined' ? navigator.language : 'sv-SE';
}

/** Register a ribbon command; Office is told the command finished even when it fails. */
export function associateCommand(id: string, handler: () => Promise<void>): void {
  Office.actions.associate(id, (event: Office.AddinCommands.Event) => {
    handler()
      .catch(() => undefined)
      .finally(() => event.completed());
  });
}

/** Run `fn` once Office is ready (for the ribbon's function file). */
export function whenOfficeReady(fn: () => void): void {
  if (officeLoaded()) void Office.onReady(() => fn());
}
