/**
 * Whether the page surely runs outside Office, decided at once, without waiting for office.js.
 * The signals are the ones office.js itself reads to find its host (`_retrieveHostInfo` in
 * office.debug.js): the `_host_Info` query parameter, `window.name`, sessionStorage
 * "hostInfoValue", and the objects Office's webviews put on the window. When none of them is
 * there and the page is not framed (Office on the web frames the pane), office.js would report
 * no host, so the pane can start demo mode at once. Whenever in doubt the answer is false and the
 * pane waits for office.js as before.
 */

export interface PageSignals {
  search: string;
  /** window.name: Office on the web passes its host info there. */
  name: string;
  /** The page is inside a frame. */
  framed: boolean;
  /** sessionStorage "hostInfoValue", which office.js keeps across the pane's reloads. */
  sessionHostInfo: string | null;
  /** Objects an Office host injects: external.GetHostInfo/GetContext, agaveHost, WebView2, WKWebView handlers. */
  hostObjects: boolean;
}

export function surelyOutsideOffice(p: PageSignals): boolean {
  if (p.framed || p.hostObjects) return false;
  if (/[?&]_host_info=/i.test(p.search)) return false;
  if (p.sessionHostInfo) return false;
  return p.name === '';
}

interface HostWindow {
  external?: object;
  agaveHost?: unknown;
  chrome?: { webview?: unknown };
  webkit?: { messageHandlers?: unknown };
}

/** Read the signals from the page; anything that cannot be read counts as a sign of Office. */
export function pageSignals(win: Window): PageSignals {
  let framed = true;
  try {
    framed = win.top !== win.self;
  } catch {
    // A cross-origin parent: framed
  }
  let sessionHostInfo: string | null = null;
  try {
    sessionHostInfo = win.sessionStorage.getItem('hostInfoValue');
  } catch {
    sessionHostInfo = 'unreadable';
  }
  let hostObjects = true;
  try {
    const w = win as unknown as HostWindow;
    const ext = w.external;
    hostObjects =
      (ext !== undefined && ext !== null && ('GetHostInfo' in ext || 'GetContext' in ext)) ||
      w.agaveHost !== undefined ||
      w.chrome?.webview !== undefined ||
      w.webkit?.messageHandlers !== undefined;
  } catch {
    // unreadable: assume Office
  }
  return { search: win.location.search, name: win.name, framed, sessionHostInfo, hostObjects };
}
