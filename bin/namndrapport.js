#!/usr/bin/env node
'use strict';
// Runs the compiled CLI (built by `npm ci` through the prepare script, or `npm run build:cli`).
// In a checkout where the build is missing or older than the sources, it runs the TypeScript
// sources through ts-node instead, so the command never runs stale code.
const path = require('path');
const fs = require('fs');

const root = path.join(__dirname, '..');
const built = path.join(root, 'build', 'cli', 'cli', 'main.js');

function newestSource(dir) {
  let newest = 0;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.(ts|json)$/.test(e.name) && !/\.test\.ts$/.test(e.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function builtIsCurrent() {
  if (!fs.existsSync(built)) return false;
  return fs.statSync(built).mtimeMs >= newestSource(path.join(root, 'src'));
}

let cli;
if (builtIsCurrent()) {
  cli = require(built);
} else {
  require('ts-node').register({ transpileOnly: true, project: path.join(root, 'tsconfig.json') });
  cli = require(path.join(root, 'src', 'cli', 'main.ts'));
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
