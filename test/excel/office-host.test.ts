import { detectOffice, displayLanguage } from '../../src/excel';

/** How the pane decides between Excel and demo mode (no real office.js here). */

type G = Record<string, unknown>;
const g = globalThis as unknown as G;

afterEach(() => {
  delete g.Office;
  delete g.window;
  delete g.document;
});

function officeWith(host: string | null, displayLanguage = 'sv-SE') {
  return {
    onReady: () => Promise.resolve({ host, platform: host ? 'OfficeOnline' : null }),
    context: { displayLanguage },
  };
}

describe('detectOffice', () => {
  it('reports the Excel host when office.js is loaded inside Excel', async () => {
    g.Office = officeWith('Excel');
    await expect(detectOffice()).resolves.toEqual({ host: 'Excel', platform: 'OfficeOnline' });
  });

  it('reports no host when office.js runs in a plain browser', async () => {
    g.Office = officeWith(null);
    await expect(detectOffice()).resolves.toBeNull();
  });

  it('gives up at once when the probe saw office.js fail to load (offline)', async () => {
    g.window = { __officeJs: 'failed' };
    g.document = { getElementById: () => null };
    await expect(detectOffice(60_000)).resolves.toBeNull();
  });

  it('waits for a slow office.js and then asks it', async () => {
    const listeners: Record<string, () => void> = {};
    g.window = { __officeJs: 'loading' };
    g.document = { getElementById: () => ({ addEventListener: (type: string, fn: () => void) => (listeners[type] = fn) }) };
    const pending = detectOffice(60_000);
    g.Office = officeWith('Excel');
    listeners.load();
    await expect(pending).resolves.toEqual({ host: 'Excel', platform: 'OfficeOnline' });
  });

  it('falls back to demo mode when the script errors', async () => {
    const listeners: Record<string, () => void> = {};
    g.window = { __officeJs: 'loading' };
    g.document = { getElementById: () => ({ addEventListener: (type: string, fn: () => void) => (listeners[type] = fn) }) };
    const pending = detectOffice(60_000);
    listeners.error();
    await expect(pending).resolves.toBeNull();
  });
});

describe('displayLanguage', () => {
  it('takes Office’s display language inside Office', () => {
    g.Office = officeWith('Excel', 'en-GB');
    expect(displayLanguage()).toBe('en-GB');
  });
});
