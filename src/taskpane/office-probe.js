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
// With ?demo, the chunks demo mode needs (demo, ExcelJS, core) start downloading now, beside the
// pane's own script, instead of after it has run. The list is filled in by the build
// (webpack.config.js, DemoPreload); elsewhere nothing is preloaded (Office never needs ExcelJS).
(function (scripts) {
  if (!/[?&]demo(=|&|$)/.test(window.location.search)) return;
  for (var i = 0; i < scripts.length; i++) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'script';
    link.href = scripts[i];
    document.head.appendChild(link);
  }
})(/* DEMO_PRELOAD */ []);
