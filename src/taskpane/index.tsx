import { boot } from './boot-now';
import { createRoot } from 'react-dom/client';
import { createWorkbookService, detectOffice, displayLanguage, officeExcelHost } from '../excel';
import { App } from './app';
import { loadCore } from './core';
import { langFrom } from './i18n';

/**
 * Start the pane: inside Excel with the Office.js adapter; anywhere else (a plain browser, no
 * network, `?demo`) the same pane in demo mode on an in-browser workbook, loaded lazily. Where
 * the page is surely not in Office the demo starts at once (see office-hint.ts); otherwise
 * office.js decides.
 */
async function main(): Promise<void> {
  const container = document.getElementById('container');
  if (!container) return;
  const { params } = boot;
  const office = boot.demo ? null : await detectOffice();
  const root = createRoot(container);
  if (office && office.host === 'Excel') {
    const lang = langFrom(displayLanguage());
    root.render(<App services={createWorkbookService(officeExcelHost())} loadCore={loadCore} lang={lang} />);
    return;
  }
  const lang = langFrom(params.get('lang') ?? 'sv');
  const { startDemo } = await (boot.demoModule ?? import(/* webpackChunkName: "demo" */ '../demo/start'));
  startDemo(root, lang, params.get('sample') ?? undefined, boot.workbook);
}

void main();
