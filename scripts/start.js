#!/usr/bin/env node
/* npm start: build the add-in and serve it over https on localhost:3000 (webpack-dev-server),
 * then say where the demo is and how to sideload manifest.xml. Needs no Office and no network:
 * certificates are made locally (see webpack.config.js), and the demo runs without office.js.
 * Before serving, it validates the bundled sample workbook in the terminal (the main job).
 * Options: --port <n> (default 3000; the manifest names 3000); --check-only (validate, don't serve,
 * and exit with validate's code: 0 clean, 1 errors found, 2 could not run). NAMNDRAPPORT_SAMPLE=<file.xlsx>
 * validates another workbook instead of the bundled sample. */
const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');
const makeConfig = require('../webpack.config.js');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** The main job on the bundled sample: validate it in the terminal before serving the pane. */
async function validateSample(sample = process.env.NAMNDRAPPORT_SAMPLE || require('path').join('seeds', 'delarsrapport-2024.xlsx')) {
  const path = require('path');
  const fs = require('fs');
  const built = path.join(__dirname, '..', 'build', 'cli', 'cli', 'main.js');
  if (!fs.existsSync(built)) {
    require('ts-node').register({ transpileOnly: true, project: path.join(__dirname, '..', 'tsconfig.json') });
  }
  const cli = require(fs.existsSync(built) ? built : path.join(__dirname, '..', 'src', 'cli', 'main.ts'));
  console.log(`Validerar exempelarbetsboken ${sample} (samma kontroll som knappen Validera):\n`);
  const code = await cli.main(['validate', sample]);
  console.log(`\nFler kommandon: npx namndrapport --help\n`);
  return code;
}

async function main() {
  const code = await validateSample();
  // --check-only is the CLI's validate: exit with its code (1 when errors are found, 2 when it could not run).
  if (process.argv.includes('--check-only')) {
    process.exitCode = code;
    return;
  }
  const port = Number(option('--port', process.env.NAMNDRAPPORT_PORT || 3000));
  process.env.NAMNDRAPPORT_PORT = String(port);
  const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: 'development' });
  config.devServer.port = port;
  config.infrastructureLogging = { level: 'warn' };
  config.stats = 'errors-warnings';
  const scheme = config.devServer.server.type === 'https' ? 'https' : 'http';
  const base = `${scheme}://localhost:${port}/`;
  const compiler = webpack(config);
  // The banner below says "open the page": print it when the first build is done and the page
  // can be served, not when the server merely listens (a cold build takes a minute or more).
  const firstBuild = new Promise((resolve) => {
    let seen = false;
    compiler.hooks.done.tap('namndrapport-start', (stats) => {
      if (!seen) {
        seen = true;
        resolve(stats);
      }
    });
  });
  console.log('Bygger tillägget (utvecklingsbygge, webpack --mode development) …');
  const server = new WebpackDevServer(config.devServer, compiler);
  try {
    await server.start();
    const stats = await firstBuild;
    if (stats.hasErrors()) console.error('Bygget gav fel (se ovan); sidan kan vara ofullständig.');
  } catch (e) {
    console.error(`Kunde inte starta servern på port ${port}: ${e.message}`);
    console.error(e.code === 'EADDRINUSE' ? `Porten används redan. Stoppa det som kör där, eller starta med: npm start -- --port 3001 (manifestet pekar dock på 3000).` : '');
    process.exit(1);
  }
  console.log(`
Nämndrapport körs på ${base}  (Ctrl+C avslutar)

  Demo utan Excel:  ${base}taskpane.html?demo
                    (exempelarbetsboken från seeds/; välj egen .xlsx i panelen)
  Manifest:         manifest.xml  (serveras även som ${base}manifest.xml)
${scheme === 'http' ? '\n  OBS: inga certifikat kunde skapas, servern kör http. Excel kräver https.\n' : ''}
Certifikat: utvecklingscertifikaten finns i ~/.office-addin-dev-certs/ (CA: ca.crt).
  Webbläsaren och Excel måste lita på CA:n: kör "npx office-addin-dev-certs install"
  (kräver administratör), eller öppna ${base}taskpane.html en gång och godkänn certifikatet.

Sidladda i Excel på webben:
  1. Öppna en arbetsbok på office.com (samma webbläsare som litar på certifikatet).
  2. Start › Tillägg › Fler tillägg › Mina tillägg › Ladda upp mitt tillägg.
  3. Välj manifest.xml. Gruppen "Nämndrapport" med "Visa panel" och "Validera" visas under Start.

Sidladda i Excel för skrivbordet:
  Windows: dela en mapp med manifest.xml i nätverket, lägg till den under Arkiv › Alternativ ›
           Säkerhetscenter › Inställningar för Säkerhetscenter › Betrodda tilläggskataloger,
           starta om Excel och välj Infoga › Mina tillägg › Delad mapp › Nämndrapport.
           (Eller: npx office-addin-debugging start manifest.xml desktop)
  Mac:     kopiera manifest.xml till ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
           och starta om Excel; tillägget finns under Infoga › Mina tillägg.
`);
  const stop = () => server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
