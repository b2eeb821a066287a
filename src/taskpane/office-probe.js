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
