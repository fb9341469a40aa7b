// The three engines' drivers, and a session on each through selenium-webdriver.
//
// Every engine is the distribution's own: WebKitGTK's WebKitWebDriver + MiniBrowser (under
// xvfb-run, it needs a display), Firefox ESR + geckodriver (cargo install), Chromium +
// chromedriver. This file starts each driver itself and selenium-webdriver connects to it as a
// remote end, so Selenium Manager (which would look for or download drivers) never runs.
import { spawn, execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Builder, By, error } from 'selenium-webdriver';
import { PNG } from 'pngjs';
import { serve } from '../e2e/harness.mjs';
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags.mjs';

/** Milliseconds to sleep. */
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/** The first existing path of `paths`, or the one `which` finds for `name`. */
function locate(name, paths = []) {
  for (const p of paths) if (p && fs.existsSync(p)) return p;
  try { return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null; } catch { return null; }
}

/** MiniBrowser ships inside libwebkit2gtk's package, outside PATH. */
function miniBrowser() {
  const known = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'];
  const found = known.find((p) => fs.existsSync(p));
  if (found) return found;
  try {
    return execFileSync('sh', ['-c', 'dpkg -L libwebkit2gtk-4.1-0 | grep /MiniBrowser$'], { encoding: 'utf8' }).trim().split('\n')[0] || null;
  } catch { return null; }
}

// Firefox would otherwise reach out to Mozilla's services (updates, telemetry, safe browsing,
// remote settings): the tests make no request beyond 127.0.0.1.
const FIREFOX_PREFS = {
  'devtools.console.stdout.content': true,
  'app.update.disabledForTesting': true,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'browser.region.network.url': '',
  'services.settings.server': 'http://127.0.0.1:9/',
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'media.autoplay.default': 0,
  'media.autoplay.blocking_policy': 0,
  'dom.webnotifications.enabled': false,
};

const CHROMIUM_ARGS = ['--headless=new', ...CHROMIUM_FLAGS, '--window-size=390,844'];

/** How to start each engine's driver and what to ask it for. */
export const ENGINES = {
  webkit: {
    label: 'WebKit',
    driver: () => locate('WebKitWebDriver', ['/usr/bin/WebKitWebDriver']),
    // WebKitGTK needs an X display; xvfb-run gives it one and goes with it.
    command: (bin, port) => [locate('xvfb-run'), ['-a', '-s', '-screen 0 1280x1024x24', bin, `--port=${port}`]],
    capabilities: () => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] },
    }),
    version: () => pkgVersion('libwebkit2gtk-4.1-0'),
  },
  firefox: {
    label: 'Firefox',
    driver: () => locate('geckodriver', [`${process.env.CARGO_HOME || `${process.env.HOME}/.cargo`}/bin/geckodriver`]),
    command: (bin, port) => [bin, [`--port=${port}`, '--host=127.0.0.1']],
    capabilities: () => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: locate('firefox-esr', ['/usr/bin/firefox-esr']) || locate('firefox'),
        args: ['-headless', '-width=390', '-height=844'],
        prefs: FIREFOX_PREFS,
      },
    }),
    version: () => pkgVersion('firefox-esr'),
  },
  chromium: {
    label: 'Chromium',
    driver: () => locate('chromedriver', ['/usr/bin/chromedriver']),
    command: (bin, port) => [bin, [`--port=${port}`]],
    capabilities: () => ({
      browserName: 'chrome',
      'goog:chromeOptions': { binary: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS },
    }),
    version: () => pkgVersion('chromium'),
  },
};

/** The Debian package's version, for the report; "?" where dpkg does not know it. */
function pkgVersion(name) {
  try { return execFileSync('dpkg-query', ['-W', '-f=${Version}', name], { encoding: 'utf8' }).trim(); } catch { return '?'; }
}

/**
 * Starts `engine`'s driver on a free port (in its own process group, so stopping it ends the
 * browsers it started too) and resolves once it answers /status. selenium-webdriver talks to
 * it as a remote end (`usingServer`), so Selenium Manager never runs and nothing is downloaded.
 */
export async function startDriver(engine) {
  const spec = ENGINES[engine];
  if (!spec) throw new Error(`unknown engine ${engine}`);
  const bin = spec.driver();
  if (!bin) throw new Error(`${spec.label}: no WebDriver binary found (scripts/lib.sh ensure_engines installs it)`);
  const port = await freePort();
  const [cmd, args] = spec.command(bin, port);
  const log = [];
  const proc = spawn(cmd, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (chunk) => { log.push(chunk.toString()); if (log.length > 400) log.splice(0, 200); };
  proc.stdout.on('data', keep);
  proc.stderr.on('data', keep);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`${spec.label} driver exited: ${log.join('')}`);
    try {
      const r = await fetch(`${base}/status`);
      if (r.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`${spec.label} driver did not start: ${log.join('')}`);
    await sleep(100);
  }
  return {
    engine, label: spec.label, base, log,
    /** Starts a browser with a fresh profile. */
    session: () => Session.create(engine, base, spec.capabilities()),
    /** Ends the driver and everything it started (its process group). */
    stop: async () => {
      if (proc.exitCode !== null) return;
      try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* gone */ }
      for (let i = 0; i < 50 && proc.exitCode === null; i++) await sleep(100);
      if (proc.exitCode === null) try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ }
    },
  };
}

/**
 * One browser session (a fresh profile, one window) on a selenium-webdriver `WebDriver`, with
 * the few waits the journeys share. `wd` is the WebDriver itself, for anything else.
 */
export class Session {
  /** Asks the driver at `base` for a new session with `capabilities`. */
  static async create(engine, base, capabilities) {
    const wd = await new Builder()
      .disableEnvironmentOverrides()
      .usingServer(base)
      .withCapabilities({ ...capabilities, pageLoadStrategy: 'normal' })
      .build();
    // Paths typed into a file input go to the browser as they are: the browser runs on this
    // machine, and the drivers here have no Selenium Grid upload endpoint.
    wd.setFileDetector(null);
    await wd.manage().setTimeouts({ script: 60_000, pageLoad: 30_000, implicit: 0 });
    // A phone-sized window in every engine, as near as each allows, so a layout that gives way
    // on a short screen is seen in all three (viewports seen here: Chromium 390x844, WebKitGTK
    // 447x806, headless Firefox 500x657).
    await wd.manage().window().setRect({ width: 390, height: 844 });
    return new Session(engine, wd);
  }

  constructor(engine, wd) {
    this.engine = engine;
    this.wd = wd;
  }

  /** Goes to `url` and waits for its load. */
  go(url) { return this.wd.get(url); }

  /** Reloads the page, as the driver's Refresh command does. */
  refresh() { return this.wd.navigate().refresh(); }

  /** The current address. */
  url() { return this.wd.getCurrentUrl(); }

  /** Runs `fn(...args)` in the page and returns its result (elements come back as WebElements). */
  exec(fn, ...args) {
    return this.wd.executeScript(`return (${fn}).apply(null, arguments);`, ...args);
  }

  /** Runs an async `fn(...args)` in the page through execute/async (for engines whose sync execute does not await). */
  async execAsync(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ err: String(e && e.stack || e) }));`;
    const r = await this.wd.executeAsyncScript(script, ...args);
    if (r && r.err) throw new Error(`in page: ${r.err}`);
    return r ? r.ok : r;
  }

  /** All elements matching a CSS selector. */
  all(css) { return this.wd.findElements(By.css(css)); }

  /** Waits until `css` matches a displayed element (or any element, `visible: false`) and returns it. */
  async waitFor(css, { timeout = 20_000, visible = true } = {}) {
    try {
      return await this.wd.wait(async () => {
        for (const el of await this.all(css)) {
          if (!visible) return el;
          try { if (await el.isDisplayed()) return el; } catch { /* went stale */ }
        }
        return null;
      }, timeout);
    } catch (e) {
      if (!(e instanceof error.TimeoutError)) throw e;
      const body = await this.exec(() => document.body && document.body.innerText.slice(0, 600)).catch(() => '?');
      throw new Error(`timed out waiting for ${css} on ${await this.url().catch(() => '?')}; page says: ${body}`);
    }
  }

  /** Waits until `css` matches nothing. */
  waitGone(css, timeout = 20_000) {
    return this.wd.wait(async () => (await this.all(css)).length === 0, timeout, `timed out waiting for ${css} to go`);
  }

  /** Waits until `fn(...args)` run in the page returns something truthy, and returns it. */
  until(fn, { timeout = 20_000, args = [], what = String(fn) } = {}) {
    // A page mid-navigation may fail a script; that counts as "not yet".
    return this.wd.wait(() => this.exec(fn, ...args).catch(() => null), timeout, `timed out waiting for ${what}`, 100);
  }

  /**
   * A real WebDriver click (pointer events, user activation) on `el`, scrolled to the middle of
   * the view first, as a person scrolls before a tap: WebKitGTK's driver scrolls a control only
   * to the window's edge and its click there is lost.
   */
  async tap(el) {
    await this.wd.executeScript('arguments[0].scrollIntoView({ block: "center" });', el);
    await el.click();
  }

  /** `tap` on the first displayed match of `css`. */
  async click(css, opts) {
    await this.tap(await this.waitFor(css, opts));
  }

  /** Types `text` into the element (for a file input: its path). */
  async sendKeys(css, text, opts) {
    await (await this.waitFor(css, opts)).sendKeys(text);
  }

  /** The rendered text of the first match. */
  async text(css, opts) {
    return (await this.waitFor(css, opts)).getText();
  }

  /** Taps an element returned by `exec` (e.g. found by its label's text). */
  async clickRef(el) {
    if (!el || typeof el.click !== 'function') throw new Error(`not an element: ${el}`);
    await this.tap(el);
  }

  /** The number of elements matching `css`. */
  async count(css) { return (await this.all(css)).length; }

  /** The viewport as a decoded PNG (pngjs): `{ width, height, data }`, RGBA. */
  async screenshot() { return PNG.sync.read(Buffer.from(await this.wd.takeScreenshot(), 'base64')); }

  /** Ends the session and its browser (errors ignored: the browser may already be gone). */
  async close() {
    if (!this.wd) return;
    try { await this.wd.quit(); } catch { /* gone */ }
    this.wd = null;
  }
}

/** `[data-testid="id"]`. */
export const tid = (id) => `[data-testid="${id}"]`;

/**
 * A private copy of the build in `dist` with the page shim (shim.js) loaded before the app's
 * scripts, in index.html, 404.html and the service worker's precache list (so an offline
 * reload has it too). Returns the copy's folder; the caller removes it.
 */
export function shimmedCopy(dist) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upright-engines-'));
  fs.cpSync(dist, dir, { recursive: true });
  fs.copyFileSync(new URL('./shim.js', import.meta.url), path.join(dir, 'engines-shim.js'));
  for (const page of ['index.html', '404.html']) {
    const file = path.join(dir, page);
    if (!fs.existsSync(file)) continue;
    const html = fs.readFileSync(file, 'utf8');
    if (!html.includes('<head>')) throw new Error(`${page} has no <head>`);
    fs.writeFileSync(file, html.replace('<head>', '<head><script src="engines-shim.js"></script>'));
  }
  const sw = path.join(dir, 'sw.js');
  const text = fs.readFileSync(sw, 'utf8');
  if (!/const PRECACHE = \[/.test(text)) throw new Error('sw.js has no PRECACHE list');
  // An entry is [path, its SHA-256 as Subresource Integrity], as post-build writes them.
  const integrity = `sha256-${crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, 'engines-shim.js'))).digest('base64')}`;
  fs.writeFileSync(sw, text.replace(/const PRECACHE = \[/, `const PRECACHE = [["engines-shim.js", "${integrity}"],`));
  return dir;
}

/** The cache headers README.md tells hosts to send, by file. */
function hostCacheControl(pathname) {
  if (/-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(pathname)) return 'max-age=31536000, immutable';
  if (/(poses\.svg|icon\.svg|manifest\.webmanifest|\/icons\/.*)$/.test(pathname)) return 'max-age=300';
  return 'no-cache';
}

/** The folder the engines tier serves the app from (see serveLikeHost). */
const APP_BASE = '/app/';
/** The journeys' blank same-origin page, outside APP_BASE, where storage is set before the app opens. */
const SETUP_PAGE = '/__engines';

/**
 * Serves `root` as a host set up the way README.md asks: the e2e harness's server (SPA
 * fallback, gzip) behind a front that sets README's cache headers, so engines cache what a
 * real deploy lets them cache. Resolves to { url, origin, setup, close }: `setup` is a blank page
 * of the same origin, outside the app's folder.
 *
 * The app lives in a folder (APP_BASE), not at the origin's root: its service worker's scope
 * is that folder, so a page elsewhere on the origin (the journeys' `/__engines` setup page,
 * where storage is written before the app opens) stays a plain page. At the root, once the
 * worker controls the origin it answers every navigation with the app, so the "setup page"
 * would start the app, and navigating on from it aborted that app's wasm fetch in flight:
 * Firefox reported the loader's rejected top-level await as a window error, written into the
 * storage the journey had just cleared (a flaky `AbortError` in a later noErrors).
 */
export async function serveLikeHost(root) {
  const inner = await serve({ root, base: APP_BASE });
  const front = http.createServer((req, res) => {
    if (new URL(req.url, 'http://x').pathname === SETUP_PAGE) {
      // A real (200) empty page: Chromium shows its own error page, of no origin, for an empty 404.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end('<!doctype html><title>engines setup</title>');
      return;
    }
    const up = http.request(inner.origin + req.url, { method: req.method, headers: req.headers }, (r) => {
      const headers = { ...r.headers, 'cache-control': hostCacheControl(new URL(req.url, 'http://x').pathname) };
      res.writeHead(r.statusCode, headers);
      r.pipe(res);
    });
    up.on('error', () => { res.writeHead(502); res.end(); });
    req.pipe(up);
  });
  await new Promise((r) => front.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${front.address().port}`;
  let closed = false;
  return {
    url: `${origin}${APP_BASE}`, origin, setup: `${origin}${SETUP_PAGE}`,
    close: async () => {
      if (closed) return;
      closed = true;
      front.closeAllConnections?.();
      await new Promise((r) => front.close(r));
      await inner.close();
    },
  };
}
