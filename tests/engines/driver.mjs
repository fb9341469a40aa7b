// A tiny W3C WebDriver client over fetch, and the three engines' drivers.
//
// Hand-rolled rather than an npm client: the few commands the journeys use (session, navigate,
// find, click, send keys, execute, refresh) are plain HTTP + JSON, and the npm clients bring
// helpers that download browsers and drivers, which this machine must never do. Every engine is
// the distribution's own: WebKitGTK's WebKitWebDriver + MiniBrowser (under xvfb-run, it needs a
// display), Firefox ESR + geckodriver (cargo install), Chromium + chromedriver.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve } from '../e2e/harness.mjs';

/** The W3C key for an element reference in JSON. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

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

const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage', '--window-size=390,844',
];

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

/** A WebDriver error as an Error with the driver's own words. */
class WebDriverError extends Error {
  constructor(method, path, status, value) {
    super(`${method} ${path}: ${status} ${value?.error || ''}: ${String(value?.message || '').split('\n')[0]}`);
    this.code = value?.error;
  }
}

/**
 * Starts `engine`'s driver on a free port (in its own process group, so stopping it ends the
 * browsers it started too) and resolves once it answers /status.
 */
export async function startDriver(engine) {
  const spec = ENGINES[engine];
  if (!spec) throw new Error(`unknown engine ${engine}`);
  const bin = spec.driver();
  if (!bin) throw new Error(`${spec.label}: no WebDriver binary found (scripts/lib.sh ensure_engines installs it)`);
  const port = await freePort();
  const [cmd, args] = spec.command(bin, port);
  const log = [];
  const proc = spawn(cmd, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...(spec.env ? spec.env() : {}) } });
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

/** One browser session: a fresh profile, one window. */
export class Session {
  /** Asks the driver at `base` for a new session with `capabilities`. */
  static async create(engine, base, capabilities) {
    const s = new Session(engine, base, null);
    const value = await s.cmd('POST', '/session', {
      capabilities: { alwaysMatch: { ...capabilities, pageLoadStrategy: 'normal', timeouts: { script: 60_000, pageLoad: 30_000, implicit: 0 } } },
    }, 90_000);
    s.id = value.sessionId;
    s.capabilities = value.capabilities;
    return s;
  }

  constructor(engine, base, id) {
    this.engine = engine;
    this.base = base;
    this.id = id;
  }

  /** Sends one command; resolves to its `value`, throws the driver's error. */
  async cmd(method, path, body, timeout = 90_000) {
    const url = this.id && !path.startsWith('/session') ? `${this.base}/session/${this.id}${path}`
      : path === '/session' ? `${this.base}/session` : `${this.base}${path}`;
    const r = await fetch(url, {
      method,
      headers: body ? { 'content-type': 'application/json; charset=utf-8' } : {},
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(timeout),
    });
    const json = await r.json().catch(() => ({}));
    if (!r.ok) throw new WebDriverError(method, path, r.status, json.value);
    return json.value;
  }

  /** Goes to `url` and waits for its load. */
  go(url) { return this.cmd('POST', '/url', { url }); }

  /** Reloads the page, as the driver's Refresh command does. */
  refresh() { return this.cmd('POST', '/refresh', {}); }

  /** The current address. */
  url() { return this.cmd('GET', '/url'); }

  /** Runs `fn(...args)` in the page and returns its (JSON) result; a returned promise is awaited. */
  exec(fn, ...args) {
    return this.cmd('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments);`, args });
  }

  /** Runs an async `fn(...args)` in the page through execute/async (for engines whose sync execute does not await). */
  execAsync(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ err: String(e && e.stack || e) }));`;
    return this.cmd('POST', '/execute/async', { script, args }).then((r) => {
      if (r && r.err) throw new Error(`in page: ${r.err}`);
      return r ? r.ok : r;
    });
  }

  /** All elements matching a CSS selector, as WebDriver references. */
  async all(css) {
    const found = await this.cmd('POST', '/elements', { using: 'css selector', value: css });
    return found.map((e) => e[ELEMENT]);
  }

  /** Waits until `css` matches a displayed element and returns it. */
  async waitFor(css, { timeout = 20_000, visible = true } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const ids = await this.all(css);
      for (const id of ids) {
        if (!visible) return id;
        try { if (await this.cmd('GET', `/element/${id}/displayed`)) return id; } catch { /* went stale */ }
      }
      if (Date.now() > deadline) {
        const body = await this.exec(() => document.body && document.body.innerText.slice(0, 600)).catch(() => '?');
        throw new Error(`timed out waiting for ${css} on ${await this.url().catch(() => '?')}; page says: ${body}`);
      }
      await sleep(50);
    }
  }

  /** Waits until `css` matches nothing. */
  async waitGone(css, timeout = 20_000) {
    const deadline = Date.now() + timeout;
    while ((await this.all(css)).length) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${css} to go`);
      await sleep(50);
    }
  }

  /** Waits until `fn(...args)` run in the page returns something truthy, and returns it. */
  async until(fn, { timeout = 20_000, args = [], what = String(fn) } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const v = await this.exec(fn, ...args).catch((e) => { if (Date.now() > deadline) throw e; return null; });
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(100);
    }
  }

  /** A real WebDriver click (pointer events, user activation) on the first displayed match. */
  async click(css, opts) {
    const id = await this.waitFor(css, opts);
    await this.cmd('POST', `/element/${id}/click`, {});
  }

  /** Types `text` into the element (for a file input: its path). */
  async sendKeys(css, text, opts) {
    const id = await this.waitFor(css, opts);
    await this.cmd('POST', `/element/${id}/value`, { text });
  }

  /** The rendered text of the first match. */
  async text(css, opts) {
    const id = await this.waitFor(css, opts);
    return this.cmd('GET', `/element/${id}/text`);
  }

  /** Clicks an element reference returned by `exec` (e.g. found by its label's text). */
  async clickRef(ref) {
    const id = ref && ref[ELEMENT];
    if (!id) throw new Error(`not an element: ${JSON.stringify(ref)}`);
    await this.cmd('POST', `/element/${id}/click`, {});
  }

  /** The number of elements matching `css`. */
  async count(css) { return (await this.all(css)).length; }

  /** Ends the session and its browser (errors ignored: the browser may already be gone). */
  async close() {
    if (!this.id) return;
    try { await this.cmd('DELETE', `/session/${this.id}`, undefined, 30_000); } catch { /* gone */ }
    this.id = null;
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
  fs.writeFileSync(sw, text.replace(/const PRECACHE = \[/, 'const PRECACHE = ["engines-shim.js",'));
  return dir;
}

/** The cache headers README.md tells hosts to send, by file. */
function hostCacheControl(pathname) {
  if (/-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(pathname)) return 'max-age=31536000, immutable';
  if (/(poses\.svg|icon\.svg|manifest\.webmanifest|\/icons\/.*)$/.test(pathname)) return 'max-age=300';
  return 'no-cache';
}

/**
 * Serves `root` as a host set up the way README.md asks: the e2e harness's server (SPA
 * fallback, gzip) behind a front that sets README's cache headers, so engines cache what a
 * real deploy lets them cache. Resolves to { url, origin, close }.
 */
export async function serveLikeHost(root) {
  const inner = await serve({ root });
  const front = http.createServer((req, res) => {
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
    url: `${origin}/`, origin,
    close: async () => {
      if (closed) return;
      closed = true;
      front.closeAllConnections?.();
      await new Promise((r) => front.close(r));
      await inner.close();
    },
  };
}

/**
 * Decodes a WebDriver screenshot (8-bit RGB or RGBA PNG, not interlaced) and returns
 * px(x, y) -> [r, g, b] and its size: enough to ask whether a picture was drawn.
 */
export function decodePng(base64) {
  const buf = Buffer.from(base64, 'base64');
  let pos = 8;
  let width = 0;
  let height = 0;
  let type = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const kind = buf.toString('ascii', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (kind === 'IHDR') {
      width = data.readUInt32BE(0); height = data.readUInt32BE(4); type = data[9];
      if (data[8] !== 8 || data[12] !== 0 || (type !== 2 && type !== 6)) throw new Error('unsupported PNG');
    }
    if (kind === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const bpp = type === 6 ? 4 : 3;
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? out[y * stride + i - bpp] : 0;
      const b = y ? out[(y - 1) * stride + i] : 0;
      const c = i >= bpp && y ? out[(y - 1) * stride + i - bpp] : 0;
      let v = line[i];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c; const pa = Math.abs(p - a); const pb = Math.abs(p - b); const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[y * stride + i] = v & 255;
    }
  }
  return { width, height, px: (x, y) => [out[y * stride + x * bpp], out[y * stride + x * bpp + 1], out[y * stride + x * bpp + 2]] };
}
