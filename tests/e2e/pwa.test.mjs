// Installable, offline, safe to update: the manifest and icons, the service worker's offline
// cache, the "new version ready" flow (never during a workout), the Content-Security-Policy and
// same-origin-only traffic, at the root and under a sub-path.
// Every test makes its own browser context (a fresh profile: no service worker, no caches).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { DIST, useApp, withServer, serve, waitForHome, workerList } from './harness.mjs';
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags.mjs';

const T = { timeout: 120_000 };
// Servers of their own per test (a snapshot, another build, a sub-path), so none for the file.
const app = useApp({ serve: false });
let snapshot;
const temps = [];

/** A private copy of `from`, removed after the run. */
function copyDir(from, prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  // Timestamps kept: the server takes a pre-compressed copy only when it is not older than its file.
  fs.cpSync(from, dir, { recursive: true, preserveTimestamps: true });
  temps.push(dir);
  return dir;
}

// Tests serve a snapshot of dist/ (or of UPRIGHT_E2E_DIST, e.g. a deliberately broken copy to
// see these tests fail), so a rebuild running meanwhile cannot change files under them.
const SOURCE = process.env.UPRIGHT_E2E_DIST || DIST;
before(async () => {
  assert.ok(fs.existsSync(path.join(SOURCE, 'sw.js')), `${SOURCE} has no sw.js: build the release first`);
  snapshot = copyDir(SOURCE, 'upright-a-');
});
after(async () => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

/** The policy README.md tells hosts to send as a header (less frame-ancestors). */
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; "
  + "connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

const buildIdOf = (dir) =>
  /<meta name="upright-build" content="([0-9a-f]+)"/.exec(fs.readFileSync(path.join(dir, 'index.html'), 'utf8'))?.[1];

/**
 * Build B: a copy of build A whose service worker and page carry another build id, so the
 * browser sees a byte-different sw.js (a new version) with its own cache.
 */
function makeBuildB() {
  const dir = copyDir(snapshot, 'upright-b-');
  const a = buildIdOf(dir);
  assert.ok(a, 'index.html has no upright-build meta');
  const b = [...a].reverse().join('') === a ? `${a}0` : [...a].reverse().join('');
  const swFile = path.join(dir, 'sw.js');
  const sw = fs.readFileSync(swFile, 'utf8');
  assert.ok(sw.includes(`const BUILD_ID = "${a}";`), 'sw.js does not carry the build id');
  fs.writeFileSync(swFile, sw.replace(`const BUILD_ID = "${a}";`, `const BUILD_ID = "${b}";`));
  const indexFile = path.join(dir, 'index.html');
  fs.writeFileSync(indexFile, fs.readFileSync(indexFile, 'utf8').replace(`content="${a}"`, `content="${b}"`));
  // Their pre-compressed copies are A's: gone, so the server sends B's files.
  for (const file of [swFile, indexFile]) for (const ext of ['br', 'gz']) fs.rmSync(`${file}.${ext}`, { force: true });
  return { dir, a, b };
}

/** Resolves once a service worker controls the page (first install claims it). */
function waitForControl(page) {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
    return { scope: reg.scope, script: navigator.serviceWorker.controller.scriptURL, caches: await caches.keys() };
  });
}

/** Asks the registration to check for a new sw.js and waits until the new one has installed (is waiting). */
function updateAndWaitInstalled(page) {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    const installed = new Promise((resolve, reject) => {
      reg.addEventListener('updatefound', () => {
        const worker = reg.installing;
        worker.addEventListener('statechange', () => {
          if (worker.state === 'installed') resolve();
          if (worker.state === 'redundant') reject(new Error('the new service worker failed to install'));
        });
      }, { once: true });
    });
    await reg.update();
    if (!reg.installing && !reg.waiting) throw new Error('no new service worker was found');
    if (!reg.waiting) await installed;
    // Let the app's own statechange listener and the view react.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return !!reg.waiting;
  });
}

const pageBuildId = (page) => page.evaluate(() => document.querySelector('meta[name="upright-build"]')?.content);
const startWorkout = async (page) => {
  await page.getByTestId('start-workout').click();
  await page.getByTestId('player').waitFor({ timeout: 10_000 });
};
const openHistory = async (page) => {
  await page.getByRole('link', { name: 'History', exact: true }).click();
  await page.getByTestId('history-list').waitFor({ state: 'attached', timeout: 10_000 });
};

/** Loads the app, waits for the service worker, then reloads with the network gone and uses it. */
function offlineRoundTrip(base) {
  return withServer({ root: snapshot, base }, (server) => app.withPage(async ({ context, page }) => {
    await page.goto(server.url);
    await waitForHome(page);
    const sw = await waitForControl(page);
    assert.equal(sw.scope, server.url, 'the worker is scoped to the app folder');
    assert.equal(sw.script, `${server.url}sw.js`);
    assert.deepEqual(sw.caches, [`upright-${buildIdOf(snapshot)}`]);

    // Offline twice over: the browser's emulation and no server at all.
    await context.setOffline(true);
    await server.close();
    await page.reload();
    await waitForHome(page);
    assert.equal(await pageBuildId(page), buildIdOf(snapshot));
    assert.equal(await page.evaluate(() => navigator.onLine), false);
    // The illustrations sprite comes from the cache too.
    const sprite = await page.evaluate(async () => (await fetch('poses.svg')).status);
    assert.equal(sprite, 200);
    await openHistory(page);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await startWorkout(page);
    assert.ok(await page.getByTestId('step-title').isVisible());
  }));
}

/**
 * A phone-sized page in a persistent profile (a fresh temporary one): Chromium reports every
 * incognito context (all of `browser.newContext()`'s) as not installable.
 */
async function persistentPhonePage() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'upright-profile-'));
  temps.push(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
  });
  return { context, page: context.pages()[0] ?? await context.newPage() };
}

/** DevTools' own installability check, plus the manifest as Chromium parsed it. */
async function installability(base) {
  const server = await serve({ root: snapshot, base });
  const { context, page } = await persistentPhonePage();
  try {
    await page.goto(server.url);
    await waitForHome(page);
    await waitForControl(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.equal(manifest.url, `${server.url}manifest.webmanifest`);
    assert.deepEqual(manifest.errors, []);
    // Relative start_url and scope resolve to the folder the app is served from.
    const parsed = manifest.manifest ?? manifest.parsed; // newer Chromium: `manifest`; older: `parsed`
    assert.equal(parsed?.scope, server.url);
    if ('startUrl' in parsed) assert.equal(parsed.startUrl, server.url);
    return { page, server, context };
  } catch (e) {
    await context.close();
    await server.close();
    throw e;
  }
}

test('a first visit downloads each file once: the worker\'s install takes the page\'s copies from the HTTP cache', T, () => withServer({ root: snapshot }, (server) =>
  app.withPage(async ({ page }) => {
    await page.goto(server.url);
    await waitForHome(page);
    await waitForControl(page);
    const precache = workerList(snapshot, 'PRECACHE');
    // The install is done (the worker controls the page) and cached the whole build.
    const cached = await page.evaluate(async () => (await (await caches.open((await caches.keys())[0])).keys()).length);
    assert.equal(cached, precache.length, 'every file of the build is in the worker\'s cache');

    const byPath = new Map();
    for (const r of server.served) (byPath.get(r.path) ?? byPath.set(r.path, []).get(r.path)).push(r.status);
    // Every file of the build came over the network once, with its body (200).
    for (const [file] of precache) {
      const statuses = byPath.get(new URL(file, server.url).pathname) ?? [];
      assert.equal(statuses.filter((s) => s === 200).length, 1, `${file} was downloaded once (${statuses.join(', ')})`);
    }
    // Nothing was asked for twice, but the page (its host says no-cache) may be revalidated
    // once: a 304 without a body.
    for (const [p, statuses] of byPath) {
      if (p === '/') assert.ok(statuses.length === 1 || (statuses.length === 2 && statuses[1] === 304), `/ answered ${statuses.join(', ')}`);
      else assert.equal(statuses.length, 1, `${p} was requested ${statuses.length} times (${statuses.join(', ')})`);
    }
  })));

/** The paths (relative to the app) in the worker's cache, once it holds every one of `required`
 *  (the worker keeps them in the background; the test's timeout bounds the wait). */
const cachedPaths = (page, base, required) => page.evaluate(async ([base, required]) => {
  for (;;) {
    const cache = await caches.open((await caches.keys())[0]);
    const paths = (await cache.keys()).map((r) => r.url.slice(base.length));
    if (required.every((f) => paths.includes(f))) return paths;
    await new Promise((r) => setTimeout(r, 50));
  }
}, [base, required]);

test('a first visit downloads only what the person uses: the own language is kept offline, the other languages and icons on the next visit', T, () => withServer({ root: snapshot }, (server) =>
  app.withPage({ locale: 'de-DE' }, async ({ context, page }) => {
    const later = workerList(snapshot, 'LATER').map(([f]) => f);
    assert.ok(later.some((f) => f.startsWith('locales/es/')) && later.some((f) => f.endsWith('.png')), `kept later: ${later}`);
    const own = later.filter((f) => f.startsWith('locales/de/'));
    assert.ok(own.length >= 5, 'the German message files are in the build');

    await page.goto(server.url);
    await waitForHome(page);
    await waitForControl(page);
    // The worker keeps the German files the page has just read (from the HTTP cache: once each).
    let cached = await cachedPaths(page, server.url, own);
    const servedOf = (f) => server.served.filter((r) => r.path === new URL(f, server.url).pathname && r.status === 200).length;
    for (const f of own) assert.equal(servedOf(f), 1, `${f} downloaded once`);
    // Nothing else of the later files crossed the wire or sits in the cache.
    for (const f of later.filter((f) => !own.includes(f))) {
      assert.equal(servedOf(f), 0, `${f} is not downloaded on a first visit`);
      assert.ok(!cached.includes(f), `${f} is not cached on a first visit`);
    }

    // A returning visit (the page is controlled): every later file is kept, in the background.
    await page.reload();
    await waitForHome(page);
    cached = await cachedPaths(page, server.url, later);
    for (const f of later) assert.equal(servedOf(f), 1, `${f} downloaded once (${JSON.stringify(server.served.filter((r) => r.path.includes(f)))})`);

    // Offline: the app opens in German, and Spanish can be chosen.
    await context.setOffline(true);
    await server.close();
    await page.reload();
    await waitForHome(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    await page.goto(`${server.url}settings`);
    await page.getByTestId('language').selectOption('es');
    await page.getByRole('heading', { name: 'Ajustes' }).waitFor({ timeout: 10_000 });
  })));

/** GET `url` with `headers`; resolves to { status, headers, body } without decompressing. */
const rawGet = (url, headers) => new Promise((resolve, reject) => {
  http.get(url, { headers }, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
  }).on('error', reject);
});

test('the build ships brotli and gzip copies of each text and wasm file, and they are served with their encoding', T, async () => {
  const walk = (dir, rel = '') => fs.readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(dir, path.join(rel, e.name)) : [path.join(rel, e.name)]));
  const files = walk(snapshot);
  const texts = files.filter((f) => /\.(html|js|css|wasm|svg|webmanifest)$/.test(f));
  assert.ok(texts.some((f) => f.endsWith('_bg.wasm')), 'the build has its wasm');
  for (const f of texts) {
    const body = fs.readFileSync(path.join(snapshot, f));
    const br = path.join(snapshot, `${f}.br`);
    const gz = path.join(snapshot, `${f}.gz`);
    if (body.length > 1024) assert.ok(fs.existsSync(br) && fs.existsSync(gz), `${f} has .br and .gz copies`);
    if (fs.existsSync(br)) assert.ok(zlib.brotliDecompressSync(fs.readFileSync(br)).equals(body), `${f}.br holds ${f}`);
    if (fs.existsSync(gz)) assert.ok(zlib.gunzipSync(fs.readFileSync(gz)).equals(body), `${f}.gz holds ${f}`);
  }
  // No PNG gets copies (already compressed), and no copy of a copy.
  assert.deepEqual(files.filter((f) => /\.png\.(br|gz)$|\.(br|gz)\.(br|gz)$/.test(f)), []);

  await withServer({ root: snapshot }, async (server) => {
    const wasm = texts.find((f) => f.endsWith('_bg.wasm'));
    for (const [accept, encoding, ext] of [['gzip, deflate, br', 'br', 'br'], ['gzip, deflate', 'gzip', 'gz']]) {
      const res = await rawGet(`${server.url}${wasm}`, { 'accept-encoding': accept });
      assert.equal(res.status, 200);
      assert.equal(res.headers['content-encoding'], encoding);
      assert.equal(res.headers['content-type'], 'application/wasm');
      assert.match(res.headers.vary, /accept-encoding/i);
      assert.match(res.headers['cache-control'], /immutable/);
      assert.ok(res.body.equals(fs.readFileSync(path.join(snapshot, `${wasm}.${ext}`))), `the ${ext} copy is sent as it is`);
    }
    const plain = await rawGet(server.url, {});
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.match(plain.headers['cache-control'], /no-cache/);
    assert.ok(plain.body.equals(fs.readFileSync(path.join(snapshot, 'index.html'))));
  });
});

test('the manifest makes the app installable (no installability errors) and lists real icons', T, async () => {
  const { page, server, context } = await installability('/');
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(snapshot, 'manifest.webmanifest'), 'utf8'));
    assert.equal(manifest.name, 'Upright');
    assert.equal(manifest.display, 'standalone');
    assert.equal(manifest.start_url, './');
    assert.equal(manifest.scope, './');
    assert.equal(manifest.id, './');
    // Theme colours match the stylesheet's --accent and --bg.
    const css = fs.readFileSync(path.join(snapshot, fs.readdirSync(snapshot).find((f) => /^main-.*\.css$/.test(f))), 'utf8');
    assert.match(css, new RegExp(`--accent:\\s*${manifest.theme_color}`, 'i'));
    assert.match(css, new RegExp(`--bg:\\s*${manifest.background_color}`, 'i'));

    // Each PNG icon has the size it claims; the "any" icon has transparent rounded corners,
    // the maskable one is full bleed with its white mark inside the 80% safe circle.
    for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
      const info = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.naturalWidth; c.height = img.naturalHeight;
        const g = c.getContext('2d');
        g.drawImage(img, 0, 0);
        const { data } = g.getImageData(0, 0, c.width, c.height);
        let maxMark = 0;
        for (let y = 0; y < c.height; y++) {
          for (let x = 0; x < c.width; x++) {
            const i = (y * c.width + x) * 4;
            if (data[i + 3] > 128 && data[i] > 200 && data[i + 1] > 200 && data[i + 2] > 200) {
              maxMark = Math.max(maxMark, Math.hypot(x + 0.5 - c.width / 2, y + 0.5 - c.height / 2));
            }
          }
        }
        return { w: img.naturalWidth, h: img.naturalHeight, corner: [...data.slice(0, 4)], markRadius: maxMark / c.width };
      }, icon.src);
      assert.equal(`${info.w}x${info.h}`, icon.sizes, `${icon.src} size`);
      if (icon.purpose === 'maskable') {
        assert.deepEqual(info.corner, [0x1f, 0x6f, 0x5c, 255], `${icon.src} is full bleed`);
        assert.ok(info.markRadius > 0.2 && info.markRadius <= 0.4, `${icon.src} mark reaches ${info.markRadius} of the width`);
      } else {
        assert.equal(info.corner[3], 0, `${icon.src} has rounded (transparent) corners`);
      }
    }
    const links = await page.evaluate(() => ({
      manifest: document.querySelector('link[rel="manifest"]')?.href,
      svg: document.querySelector('link[rel="icon"][type="image/svg+xml"]')?.href,
      apple: document.querySelector('link[rel="apple-touch-icon"]')?.href,
    }));
    for (const href of Object.values(links)) {
      assert.ok(href?.startsWith(server.url), `${href} is relative to the app`);
      assert.equal(await page.evaluate(async (u) => (await fetch(u)).status, href), 200, href);
    }
  } finally {
    await context.close();
    await server.close();
  }
});

test('after the first visit the app works offline: home, a workout, history', T, async () => {
  await offlineRoundTrip('/');
});

test('under /upright/: installable, scoped to the folder, and works offline', T, async () => {
  const { context, server } = await installability('/upright/');
  await context.close();
  await server.close();
  await offlineRoundTrip('/upright/');
});

test('a new version is offered on the home screen and "Update now" switches to it', T, () => withServer({ root: snapshot }, (server) =>
  app.withPage(async ({ page }) => {
    const B = makeBuildB();
    await page.goto(server.url);
    await waitForHome(page);
    await waitForControl(page);
    assert.equal(await pageBuildId(page), B.a);
    assert.equal(await page.getByTestId('update-ready').count(), 0, 'no banner without a new version');

    // Deploy B. The app looks for it whenever the page becomes visible again.
    server.setRoot(B.dir);
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await page.getByTestId('update-ready').waitFor({ timeout: 20_000 });
    assert.match(await page.getByTestId('update-ready').innerText(), /A new version of Upright is ready/);
    // The new worker waits: the page is still served by A's.
    assert.deepEqual(await page.evaluate(async () => (await caches.keys()).sort()), [`upright-${B.a}`, `upright-${B.b}`].sort());

    // A reload leaves A's worker in charge and B waiting: the banner is back (waiting at load).
    await page.reload();
    await waitForHome(page);
    await page.getByTestId('update-ready').waitFor({ timeout: 10_000 });
    assert.ok(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()).waiting));

    await page.evaluate(() => { window.__beforeUpdate = true; });
    await page.getByTestId('apply-update').click();
    await page.waitForFunction(() => !window.__beforeUpdate && document.readyState === 'complete', null, { timeout: 20_000 });
    await waitForHome(page);
    assert.equal(await pageBuildId(page), B.b);
    const after = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return { waiting: !!reg.waiting, controlled: !!navigator.serviceWorker.controller, caches: await caches.keys() };
    });
    assert.deepEqual(after, { waiting: false, controlled: true, caches: [`upright-${B.b}`] }, 'B took over and A\'s cache is gone');
    assert.equal(await page.getByTestId('update-ready').count(), 0);
  })));

test('no update banner while a workout runs; it appears after finishing and updates without losing the session', T, () => withServer({ root: snapshot }, (server) =>
  app.withPage(async ({ page }) => {
    const B = makeBuildB();
    await page.goto(server.url);
    await waitForHome(page);
    await waitForControl(page);
    await startWorkout(page);
    await page.evaluate(() => { window.__beforeUpdate = true; });

    server.setRoot(B.dir);
    assert.equal(await updateAndWaitInstalled(page), true, 'B is installed and waiting');
    assert.equal(await page.getByTestId('update-ready').count(), 0, 'no banner during the workout');
    assert.ok(await page.getByTestId('player').isVisible());
    assert.equal(await page.evaluate(() => window.__beforeUpdate), true, 'the workout page was not reloaded');

    await page.getByTestId('finish').click();

    await page.getByTestId('finish-save').click();
    await page.getByTestId('summary').waitFor({ timeout: 10_000 });
    await page.getByTestId('update-ready').waitFor({ timeout: 10_000 });
    assert.equal(await pageBuildId(page), B.a);

    await page.getByTestId('apply-update').click();
    await page.waitForFunction(() => !window.__beforeUpdate && document.readyState === 'complete', null, { timeout: 20_000 });
    // The reload stays on the summary, now in build B.
    await page.getByTestId('summary').waitFor({ timeout: 20_000 });
    assert.equal(await pageBuildId(page), B.b);
    assert.deepEqual(await page.evaluate(() => caches.keys()), [`upright-${B.b}`]);
    // The finished workout was saved before the update.
    await page.goto(server.url);
    await waitForHome(page);
    await openHistory(page);
    assert.equal(await page.getByTestId('history-item').count(), 1);
  })));

test('with two tabs open, updating one lets the other reload onto the new version', T, () => withServer({ root: snapshot }, (server) =>
  app.withPage(async ({ context, page: one }) => {
    const B = makeBuildB();
    await one.goto(server.url);
    await waitForHome(one);
    await waitForControl(one);
    const two = await context.newPage();
    await two.goto(server.url);
    await waitForHome(two);

    server.setRoot(B.dir);
    assert.equal(await updateAndWaitInstalled(two), true, 'B is installed and waiting');
    await one.getByTestId('update-ready').waitFor({ timeout: 10_000 });
    await two.getByTestId('apply-update').click();
    await two.waitForFunction((b) => document.querySelector('meta[name="upright-build"]')?.content === b, B.b, { timeout: 20_000 });

    // Tab one still runs A under B's worker; "Update now" reloads it.
    await one.evaluate(() => { window.__beforeUpdate = true; });
    await one.getByTestId('apply-update').click();
    await one.waitForFunction(() => !window.__beforeUpdate && document.readyState === 'complete', null, { timeout: 20_000 });
    await waitForHome(one);
    assert.equal(await pageBuildId(one), B.b);
  })));

test('every request is same-origin and the Content-Security-Policy reports no violation', T, () => withServer({ root: snapshot }, (server) =>
  app.withPage(async ({ context, page, errors }) => {
    const urls = [];
    const cspConsole = [];
    context.on('request', (r) => urls.push(r.url()));
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspConsole.push(m.text()); });
    await context.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
      }, true);
    });
    await page.goto(server.url);
    await waitForHome(page);
    await waitForControl(page);
    const { csp, inlineScripts } = await page.evaluate(() => ({
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content,
      inlineScripts: [...document.scripts].filter((s) => !s.src).length,
    }));
    assert.equal(csp, CSP);
    assert.equal(inlineScripts, 0, 'trunk\'s loader was moved out of index.html');

    // Home, a workout (a few steps in), the summary, history, settings.
    await startWorkout(page);
    await page.getByTestId('next').click();
    await page.getByTestId('next').click();
    await page.getByTestId('finish').click();
    await page.getByTestId('finish-save').click();
    await page.getByTestId('summary').waitFor();
    await page.getByTestId('save-session').click();
    await page.getByTestId('history-list').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByTestId('settings').waitFor();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await waitForHome(page);

    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(cspConsole, []);
    assert.ok(urls.some((u) => u.endsWith('_bg.wasm')), 'requests were recorded');
    const foreign = urls.filter((u) => !u.startsWith(`${server.origin}/`) && !/^(data|blob):/.test(u));
    assert.deepEqual(foreign, [], 'only same-origin requests');
    assert.deepEqual(errors, []);

    // The policy is in force: an injected inline script does not run and is reported (on the
    // console too: the one error this page may log, taken off the list once it came).
    const refused = page.waitForEvent('console', (m) => m.type() === 'error' && /Content Security Policy/i.test(m.text()));
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.head.append(s);
      return window.__injected === true;
    });
    assert.equal(ran, false);
    await page.waitForFunction(() => window.__csp.length > 0, null, { timeout: 5_000 });
    assert.match((await page.evaluate(() => window.__csp))[0], /^script-src/);
    const report = (await refused).text();
    assert.deepEqual(errors, [report]);
    errors.length = 0;
  })));
