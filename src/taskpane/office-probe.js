// Runs before office.js (synchronously, tiny): records whether the CDN script loaded or failed,
// so the pane can start demo mode at once when it is offline instead of waiting for a timeout.
// Resource load and error events do not bubble, but they can be captured on window.
window.__officeJs = 'loading';
window.addEventListener(
  'error',
  function (e) {
    if (e.target && e.target.id === 'office-js') window.__officeJs = 'failed';
  },
  true,
);
window.addEventListener(
  'load',
  function (e) {
    if (e.target && e.target.id === 'office-js') window.__officeJs = 'loaded';
  },
  true,
);
// With ?demo, demo mode's start begins here, beside the pane's own script instead of after it
// has run: the demo and core chunks are preloaded, and a worker fetches and parses the sample
// workbook (src/demo/xlsx-worker.ts) while the page starts; boot.ts takes its reply from
// window.__demoWorkbook. File names are filled in by the build (webpack.config.js,
// DemoPreload). Without ?demo nothing starts here (Office never needs ExcelJS).
(function (preload) {
  if (!/[?&]demo(=|&|$)/.test(window.location.search)) return;
  for (var i = 0; i < preload.scripts.length; i++) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'script';
    link.href = preload.scripts[i];
    document.head.appendChild(link);
  }
  if (!preload.worker || typeof Worker === 'undefined') return;
  var box = { reply: null, listeners: [] };
  var settle = function (reply) {
    if (box.reply) return;
    box.reply = reply;
    for (var j = 0; j < box.listeners.length; j++) box.listeners[j](reply);
  };
  try {
    // The worker reads `sample=` from the query string it is given.
    var worker = new Worker(preload.worker + window.location.search);
    worker.onmessage = function (e) {
      settle(e.data);
      worker.terminate();
    };
    // The worker could not run: the page reads the workbook itself.
    worker.onerror = function (e) {
      e.preventDefault();
      settle({ ok: false, failed: true });
      worker.terminate();
    };
    window.__demoWorkbook = box;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 here: no optional catch binding in old Office webviews
  } catch (e) {
    // No worker: the page reads the workbook itself
  }
})(/* DEMO_PRELOAD */ { scripts: [], worker: null });
