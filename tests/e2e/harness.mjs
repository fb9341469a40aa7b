// Shared harness for the end-to-end tests: a static server for dist/ on
// 127.0.0.1 (optionally under a sub-path), Debian's Chromium via playwright-core, and the
// fixture every test file starts from:
//
//   const app = useApp();                         // serves dist/ and launches Chromium once per file
//   test('…', () => app.withPage({ clock: T0 }, async ({ page }) => { … }));
//
// `withPage` opens a fresh phone-sized context, runs the test in it, asserts that the page
// logged no errors and closes the context, also when the test fails.
import http from 'node:http';
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// UPRIGHT_DIST lets parallel work test its own build folder.
export const DIST = process.env.UPRIGHT_DIST || path.resolve(here, '../../dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.txt': 'text/plain',
};

/** Names trunk stamps with a content hash (upright-<hash>_bg.wasm, main-<hash>.css, …). */
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;

/** The Cache-Control the README's deploy section asks hosts for: hashed files for a year, the
 *  page and the worker always revalidated, the other unhashed files for a short while. */
export function cacheControl(rel) {
  if (HASHED.test(rel)) return 'public, max-age=31536000, immutable';
  if (/(^|\/)(index\.html|404\.html|sw\.js)$/.test(rel)) return 'no-cache';
  return 'public, max-age=600';
}

/** Serves `root` at http://127.0.0.1:<port><base> (port 0: any free one), with index.html for
 *  any screen's address, as a static host set up per README.md (Deploying) answers: the
 *  Cache-Control of `cacheControl`, an ETag (a conditional request gets 304), and a file's
 *  pre-compressed copy (file.br, file.gz, written by scripts/post-build.mjs) when the browser
 *  accepts it, with `Content-Encoding` and `Vary: Accept-Encoding`.
 *  A file without such a copy is compressed here: with gzip (default level), or, with
 *  `maxCompression: true` (scripts/bench, for builds from before the copies), brotli (quality 11)
 *  when the browser accepts it, else gzip -9, each computed once per file version (`warm()`
 *  computes them all up front). `brotli: false` answers as a host without brotli does (gzip only).
 *  Resolves to { url, origin, close, setRoot, warm, served }; `served` lists every answered
 *  request as { path, status, encoding, bytes }. */
export function serve({ root = DIST, base = '/', maxCompression = false, brotli = true, port = 0 } = {}) {
  let current = root;
  const served = [];
  const packed = new Map();
  const compress = (file, body, encoding) => {
    const st = fs.statSync(file);
    const key = `${encoding}:${file}:${st.mtimeMs}:${st.size}`;
    if (!packed.has(key)) {
      packed.set(key, encoding === 'br'
        ? zlib.brotliCompressSync(body, { params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
        : zlib.gzipSync(body, maxCompression ? { level: zlib.constants.Z_BEST_COMPRESSION } : {}));
    }
    return packed.get(key);
  };
  /** The body to send for `file` and its encoding, given the request's Accept-Encoding. */
  const encode = (file, type, accept) => {
    const body = fs.readFileSync(file);
    if (type.startsWith('image/png')) return { out: body, encoding: null };
    const wants = (e) => (brotli || e !== 'br') && new RegExp(`\\b${e}\\b`).test(accept);
    // A copy older than its file (a test edited the file) is stale: compressed here instead.
    const fresh = (copy) => fs.existsSync(copy) && fs.statSync(copy).mtimeMs >= fs.statSync(file).mtimeMs;
    for (const [encoding, ext] of [['br', 'br'], ['gzip', 'gz']]) {
      if (wants(encoding) && fresh(`${file}.${ext}`)) return { out: fs.readFileSync(`${file}.${ext}`), encoding };
    }
    if (maxCompression && wants('br')) return { out: compress(file, body, 'br'), encoding: 'br' };
    if (wants('gzip')) return { out: compress(file, body, 'gzip'), encoding: 'gzip' };
    return { out: body, encoding: null };
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(base)) { res.writeHead(404); res.end(); return; }
    let rel = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    let file = path.join(current, path.normalize(rel));
    // A screen's address (./history, ./back-bridge) gets the app's page, as trunk serve and a
    // host set up for a single-page app answer. Names starting with __ stay 404 (the bench
    // seeds storage from such a page without starting the app).
    if (!fs.existsSync(file) && !rel.includes('.') && !rel.startsWith('__')) file = path.join(current, 'index.html');
    if (!file.startsWith(current) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      served.push({ path: url.pathname, status: 404, encoding: null, bytes: 9 });
      res.writeHead(404); res.end('not found'); return;
    }
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    const st = fs.statSync(file);
    const etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
    const headers = { 'content-type': type, 'cache-control': cacheControl(path.relative(current, file)), etag };
    if (!type.startsWith('image/png')) headers.vary = 'accept-encoding';
    if (req.headers['if-none-match'] === etag) {
      served.push({ path: url.pathname, status: 304, encoding: null, bytes: 0 });
      res.writeHead(304, headers); res.end(); return;
    }
    const { out, encoding } = encode(file, type, req.headers['accept-encoding'] || '');
    if (encoding) headers['content-encoding'] = encoding;
    served.push({ path: url.pathname, status: 200, encoding, bytes: out.length });
    res.writeHead(200, headers); res.end(out);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      resolve({
        url: `http://127.0.0.1:${bound}${base}`,
        origin: `http://127.0.0.1:${bound}`,
        setRoot: (dir) => { current = dir; },
        // With maxCompression: compresses every file that has no pre-compressed copy now, so
        // no later request makes the server take CPU from the browser being measured.
        warm: () => {
          const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
            e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]);
          for (const file of walk(current)) {
            if ((TYPES[path.extname(file)] || '').startsWith('image/png') || /\.(br|gz)$/.test(file)) continue;
            const body = fs.readFileSync(file);
            if (!fs.existsSync(`${file}.br`)) compress(file, body, 'br');
            if (!fs.existsSync(`${file}.gz`)) compress(file, body, 'gzip');
          }
        },
        served,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }),
      });
    });
  });
}

/** Launches Chromium with the flags this machine needs (root, no network). */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_FLAGS, '--autoplay-policy=no-user-gesture-required'],
  });
}

/** The phone every test runs on unless it says otherwise (Playwright context options). */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** A phone-sized page that records console errors and page errors (the bench's pages; a test
 *  uses `withPage`, which also checks them). */
export async function phonePage(browser, { colorScheme = 'light', reducedMotion = 'no-preference', viewport = PHONE.viewport } = {}) {
  const context = await browser.newContext({ ...PHONE, viewport, colorScheme, reducedMotion });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

/** Presses "I understand" on the first-run health screening and waits for home. */
export async function acceptScreening(page) {
  await page.getByTestId('screening-accept').click();
  await page.getByTestId('start-workout').waitFor({ timeout: 20000 });
}

/**
 * One of the service worker's file lists in the build `dir` (scripts/post-build writes them into
 * sw.js): 'PRECACHE' (what install caches) or 'LATER' (kept later: other languages, PNG icons),
 * as [[path, integrity], …].
 */
export const workerList = (dir, name) =>
  JSON.parse(new RegExp(`const ${name} = (\\[[\\s\\S]*?\\n\\]);`).exec(fs.readFileSync(path.join(dir, 'sw.js'), 'utf8'))[1]);

/** Waits for the app to mount its home screen, accepting the first-run
 *  screening on the way if it shows (tests of the screening check it themselves). */
export async function waitForHome(page) {
  const home = page.getByTestId('start-workout');
  const screening = page.getByTestId('screening');
  await home.or(screening).first().waitFor({ timeout: 20000 });
  if (await screening.count()) await acceptScreening(page);
  await home.waitFor({ timeout: 20000 });
}

// Playwright's fake clock numbers timers from 1e12, which does not fit the
// 32-bit ids web-sys hands to Leptos, so clearing a timer would miss. Map the
// fake ids to small ones (real browsers already use small ids). Timeouts and
// animation frames forget their id once they fire, so long fake runs (the
// bench's 60 simulated minutes) do not grow the heap through this map.
export const SMALL_TIMER_IDS = () => {
  for (const [set, clear, once] of [['setTimeout', 'clearTimeout', true], ['setInterval', 'clearInterval', false],
    ['requestAnimationFrame', 'cancelAnimationFrame', true]]) {
    const fakeSet = window[set].bind(window);
    const fakeClear = window[clear].bind(window);
    const ids = new Map();
    let next = 1;
    window[set] = (cb, ...rest) => {
      const id = next++;
      const run = once && typeof cb === 'function' ? (...a) => { ids.delete(id); return cb(...a); } : cb;
      ids.set(id, fakeSet(run, ...rest));
      return id;
    };
    window[clear] = (id) => { if (ids.has(id)) { fakeClear(ids.get(id)); ids.delete(id); } };
  }
};

/** Seeds `upright.store` with `text` before the app's first load (only on the first navigation,
 *  so a reload reads what the app itself saved). */
export async function seedStore(page, text) {
  await page.addInitScript((t) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('upright.store', t);
      sessionStorage.setItem('seeded', '1');
    }
  }, text);
}

/** Installs Playwright's fake clock at `time` (ms) with timer ids the app can hold. */
export async function installClock(page, time) {
  await page.clock.install({ time });
  await page.addInitScript(SMALL_TIMER_IDS);
}

/**
 * Opens a fresh context of `browser` (PHONE with `opts`' Playwright context options over it),
 * runs `body({ page, context, errors })`, then asserts that no error was logged and closes the
 * context (also when `body` throws, so a failed test leaves no page behind).
 * Options of our own, taken out before the context is made:
 * - `clock`: install Playwright's fake clock at this instant (ms) before the first load;
 * - `seed`: the text of `upright.store` before the first load (`seedStore`);
 * - `consoleErrors: false`: count only uncaught page errors, not `console.error` lines (for a
 *   test whose subject makes the browser log one, e.g. a refused request).
 * `errors` is the live list, for a test that checks it at a point of its own.
 */
export async function withPage(browser, opts, body) {
  if (typeof opts === 'function') [opts, body] = [{}, opts];
  const { clock, seed, consoleErrors = true, ...contextOptions } = opts;
  const context = await browser.newContext({ ...PHONE, ...contextOptions });
  try {
    const page = await context.newPage();
    const errors = [];
    if (consoleErrors) page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    if (clock !== undefined) await installClock(page, clock);
    if (seed !== undefined) await seedStore(page, seed);
    const result = await body({ page, context, errors });
    assert.deepEqual(errors, [], 'the page logged errors');
    return result;
  } finally {
    await context.close();
  }
}

/** Serves with `opts` (see `serve`), runs `body(server)`, then closes the server (also when
 *  `body` throws): for a test that needs a server of its own (another build, a sub-path). */
export async function withServer(opts, body) {
  const server = await serve(opts);
  try {
    return await body(server);
  } finally {
    await server.close();
  }
}

/**
 * The fixture of a test file: before its tests it serves dist/ (with `serveOptions`; `serve:
 * false` for a file that starts servers of its own) and launches Chromium, after them it closes
 * both. Returns { server, browser, withPage(opts?, body) }; `server` and `browser` are set once
 * the tests run.
 */
export function useApp({ serve: serveOptions = {} } = {}) {
  const app = {
    server: null,
    browser: null,
    withPage: (opts, body) => withPage(app.browser, opts, body),
  };
  before(async () => {
    if (serveOptions) app.server = await serve(serveOptions);
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
