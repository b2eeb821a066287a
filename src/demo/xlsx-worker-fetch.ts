import { fetchSample, pickSample } from './samples';

/**
 * The worker's first module (modules run in import order): the sample's download starts before
 * the reader (fflate and saxes), the bulk of the worker's script, is evaluated. The page passes its own query string
 * on the worker's address, so `sample=` picks the workbook as on the page.
 */
export const name = pickSample(new URLSearchParams(self.location.search).get('sample'));
export const bytes = fetchSample(name);
// Handled where it is awaited (xlsx-worker.ts replies with the message).
bytes.catch(() => undefined);
