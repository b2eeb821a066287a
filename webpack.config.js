/* Webpack for the add-in, after Microsoft's Office task-pane template: entries taskpane and
 * commands, HtmlWebpackPlugin per page, CopyWebpackPlugin for manifest, icons and the sample
 * workbooks, ts-loader, and an https dev server on localhost:3000. */
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const webpack = require('webpack');

const DEV_URL = 'https://localhost:3000/';
const PORT = Number(process.env.NAMNDRAPPORT_PORT || 3000);
const PROD_URL = process.env.NAMNDRAPPORT_URL ? process.env.NAMNDRAPPORT_URL.replace(/\/?$/, '/') : null;
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';

/**
 * Content-Security-Policy for the pages: scripts only from ourselves and Office's CDN. Fluent UI
 * injects its styles at run time, hence 'unsafe-inline' for styles only. No frame-ancestors
 * here: a meta CSP cannot carry it, and Office on the web must be able to frame the pane.
 */
const CSP = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_CDN}`,
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: blob: ${OFFICE_CDN}`,
  `connect-src 'self' ${OFFICE_CDN}`,
  `frame-src 'self' ${OFFICE_CDN} https://*.office.com https://*.officeapps.live.com`,
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

/**
 * https for the dev server: office-addin-dev-certs generates a CA and a localhost certificate
 * offline (trusting the CA needs sudo, which we never ask for); if that fails, openssl makes a
 * self-signed pair in .certs/. Returns null only when neither works (then plain http).
 */
async function httpsOptions(log = console.log) {
  const read = (ca, cert, key) => ({ ca: ca ? fs.readFileSync(ca) : undefined, cert: fs.readFileSync(cert), key: fs.readFileSync(key) });
  try {
    const devCerts = require('office-addin-dev-certs');
    const d = require('office-addin-dev-certs/lib/defaults');
    if (!fs.existsSync(d.localhostCertificatePath) || !fs.existsSync(d.localhostKeyPath)) {
      await devCerts.generateCertificates();
      log(`Utvecklingscertifikat skapade i ${d.certificateDirectory} (CA:n är inte betrodd: kör "npx office-addin-dev-certs install" med administratörsrätt).`);
    }
    return read(d.caCertificatePath, d.localhostCertificatePath, d.localhostKeyPath);
  } catch (e) {
    log(`office-addin-dev-certs kunde inte skapa certifikat (${e.message}); använder openssl.`);
  }
  try {
    const dir = path.join(__dirname, '.certs');
    const cert = path.join(dir, 'localhost.crt');
    const key = path.join(dir, 'localhost.key');
    if (!fs.existsSync(cert) || !fs.existsSync(key)) {
      fs.mkdirSync(dir, { recursive: true });
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '30', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { stdio: 'ignore' });
    }
    return read(null, cert, key);
  } catch (e) {
    log(`Kunde inte skapa något certifikat (${e.message}); servern kör http.`);
    return null;
  }
}

/**
 * Emits office-probe.js with the chunks demo mode needs and its worker listed in it (their
 * hashed names are known only once the build is done), so that with ?demo they start beside the
 * pane's own script rather than after it has run.
 */
class DemoPreload {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('DemoPreload', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'DemoPreload', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const files = new Set();
        // ExcelJS is not among them: the worker reads the first workbook.
        for (const name of ['demo', 'core']) {
          const group = compilation.namedChunkGroups.get(name);
          if (!group) throw new Error(`DemoPreload: no chunk group "${name}" (webpackChunkName changed?)`);
          for (const chunk of group.chunks) for (const f of chunk.files) if (f.endsWith('.js')) files.add(f);
        }
        const probe = path.join(__dirname, 'src/taskpane/office-probe.js');
        compilation.fileDependencies.add(probe);
        const workerEntry = compilation.entrypoints.get('xlsx-worker');
        const worker = workerEntry ? workerEntry.getFiles().find((f) => f.endsWith('.js')) : null;
        if (!worker) throw new Error('DemoPreload: no xlsx-worker entry');
        const marker = '/* DEMO_PRELOAD */ { scripts: [], worker: null }';
        const text = fs.readFileSync(probe, 'utf8');
        if (!text.includes(marker)) throw new Error(`DemoPreload: ${marker} missing in office-probe.js`);
        compilation.emitAsset('office-probe.js', new webpack.sources.RawSource(text.replace(marker, JSON.stringify({ scripts: [...files], worker }))));
      });
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  const https = env.WEBPACK_SERVE ? await httpsOptions() : null;
  return {
    mode: dev ? 'development' : 'production',
    // No eval-based source maps: the page's CSP forbids eval.
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      // Demo mode only, started by office-probe.js; named like the lazy chunks, as it is one.
      'xlsx-worker': { import: './src/demo/xlsx-worker.ts', chunkLoading: 'import-scripts', filename: dev ? '[name].chunk.js' : '[name].[contenthash:8].chunk.js' },
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].chunk.js' : '[name].[contenthash:8].chunk.js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      // ExcelJS's browser build and the core need none of Node's modules in the page.
      fallback: { fs: false, path: false, os: false, stream: false, crypto: false, zlib: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ES modules so webpack can tree-shake Fluent UI and split the demo off; types are
            // checked by `npm run typecheck`.
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'node', sourceMap: true } },
          },
        },
      ],
    },
    optimization: {
      splitChunks: { chunks: 'async' },
    },
    performance: { hints: false },
    plugins: [
      // src/xlsx/load.ts reads files with Node's fs and Buffer; the page reads bytes instead.
      new webpack.NormalModuleReplacementPlugin(/^\.\/load$/, (resource) => {
        if (/[\\/]src[\\/]xlsx$/.test(resource.context)) resource.request = path.resolve(__dirname, 'src/demo/xlsx-load-browser.ts');
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'seeds/*.xlsx', to: 'seeds/[name][ext]', noErrorOnMissing: true },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            // As in Microsoft's template: a deployment names its own address, e.g.
            // NAMNDRAPPORT_URL=https://tillagg.kommun.se/namndrapport/ npm run build
            transform: (content) => (PROD_URL && !dev ? content.toString().split(DEV_URL).join(PROD_URL) : content),
          },
        ],
      }),
      new DemoPreload(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { csp: CSP },
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        templateParameters: { csp: CSP },
      }),
    ],
    devServer: {
      port: PORT,
      host: 'localhost',
      hot: false,
      static: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https ? { type: 'https', options: https } : { type: 'http' },
      client: { overlay: false },
    },
  };
};

module.exports.httpsOptions = httpsOptions;
module.exports.DEV_URL = DEV_URL;
module.exports.CSP = CSP;
