/** Styles of the demo page (grid beside the pane), injected once; the add-in never loads them. */
export const DEMO_CSS = `
.demo-root { display: flex; flex-direction: column; height: 100vh; font-family: "Segoe UI", system-ui, sans-serif; }
.demo-banner { background: #fff4ce; border-bottom: 1px solid #e0c97f; padding: 6px 12px; display: flex; gap: 12px; align-items: center; flex-wrap: wrap; font-size: 13px; }
.demo-main { display: flex; flex: 1; min-height: 0; }
.demo-grid { flex: 1; display: flex; flex-direction: column; min-width: 0; border-right: 1px solid #ddd; }
.demo-tabs { display: flex; gap: 2px; padding: 4px; background: #f3f3f3; overflow-x: auto; }
.demo-tab { border: 1px solid #ccc; background: #fafafa; padding: 3px 10px; font: inherit; font-size: 12px; cursor: pointer; white-space: nowrap; }
.demo-tab-active { background: #fff; border-bottom-color: #fff; font-weight: 600; color: #0f6cbd; }
.demo-scroll { flex: 1; overflow: auto; }
.demo-table { border-collapse: collapse; font-size: 12px; }
.demo-table th { background: #f3f3f3; color: #555; font-weight: normal; border: 1px solid #ddd; padding: 1px 4px; position: sticky; top: 0; }
.demo-table tbody th { min-width: 28px; text-align: right; position: sticky; left: 0; z-index: 1; }
.demo-table thead th { z-index: 2; }
.demo-table td { border: 1px solid #e5e5e5; padding: 1px 4px; max-width: 320px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.demo-num { text-align: right; }
.demo-selected { outline: 3px solid #c50f1f; outline-offset: -2px; background-color: #fde7e9 !important; }
.demo-hidden-row td { color: #6b6b6b; }
.demo-hidden-col { color: #6b6b6b; }
.demo-pane { width: 440px; flex: none; min-height: 0; }
`;
