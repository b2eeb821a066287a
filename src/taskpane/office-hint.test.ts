import { pageSignals, surelyOutsideOffice, type PageSignals } from './office-hint';

const browser: PageSignals = { search: '', name: '', framed: false, sessionHostInfo: null, hostObjects: false };

describe('surelyOutsideOffice', () => {
  it('is sure for a plain browser tab', () => {
    expect(surelyOutsideOffice(browser)).toBe(true);
    expect(surelyOutsideOffice({ ...browser, search: '?lang=en&sample=x.xlsx' })).toBe(true);
  });

  it.each<[string, Partial<PageSignals>]>([
    ['desktop Excel (host info in the address)', { search: '?_host_Info=Excel$Win32$16.01$sv-SE$$$$0' }],
    ['host info after other parameters, any case', { search: '?et=&_HOST_INFO=excel|web|16.00' }],
    ['Excel on the web (framed)', { framed: true }],
    ['host info in window.name', { name: '{"hostInfo":"Excel|Web|16.00|sv-SE"}' }],
    ['any window.name', { name: 'x' }],
    ['a reload inside Office (sessionStorage)', { sessionHostInfo: 'Excel$Mac$16.01$sv-SE' }],
    ['a webview host object', { hostObjects: true }],
  ])('is not sure in %s', (_, over) => {
    expect(surelyOutsideOffice({ ...browser, ...over })).toBe(false);
  });
});

describe('pageSignals', () => {
  function fakeWindow(over: Record<string, unknown> = {}): Window {
    const w: Record<string, unknown> = {
      location: { search: '?demo' },
      name: '',
      sessionStorage: { getItem: () => null },
      external: {},
      ...over,
    };
    w.self = w;
    w.top = over.top ?? w;
    return w as unknown as Window;
  }

  it('reads a plain tab', () => {
    expect(pageSignals(fakeWindow())).toEqual({ search: '?demo', name: '', framed: false, sessionHostInfo: null, hostObjects: false });
  });

  it('sees frames, host objects and storage it cannot read as signs of Office', () => {
    expect(pageSignals(fakeWindow({ top: {} })).framed).toBe(true);
    expect(pageSignals(fakeWindow({ external: { GetContext: () => null } })).hostObjects).toBe(true);
    expect(pageSignals(fakeWindow({ chrome: { webview: {} } })).hostObjects).toBe(true);
    expect(pageSignals(fakeWindow({ webkit: { messageHandlers: {} } })).hostObjects).toBe(true);
    expect(pageSignals(fakeWindow({ agaveHost: {} })).hostObjects).toBe(true);
    const blocked = fakeWindow({
      sessionStorage: {
        getItem: () => {
          throw new Error('SecurityError');
        },
      },
    });
    expect(surelyOutsideOffice(pageSignals(blocked))).toBe(false);
  });
});
