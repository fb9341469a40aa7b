// Shared harness for the end-to-end tests: a static server for dist/ on
// 127.0.0.1 (optionally under a sub-path) and Debian's Chromium via playwright-core.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
// UPRIGHT_DIST lets parallel work test its own build folder.
export const DIST = process.env.UPRIGHT_DIST || path.resolve(here, '../../dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.txt': 'text/plain',
};

/** Serves `root` at http://127.0.0.1:<port><base>; resolves to { url, close, setRoot }. */
export function serve({ root = DIST, base = '/' } = {}) {
  let current = root;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(base)) { res.writeHead(404); res.end(); return; }
    let rel = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(current, path.normalize(rel));
    if (!file.startsWith(current) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404); res.end('not found'); return;
    }
    const body = fs.readFileSync(file);
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-cache' };
    if (/gzip/.test(req.headers['accept-encoding'] || '') && !type.startsWith('image/png')) {
      headers['content-encoding'] = 'gzip';
      res.writeHead(200, headers); res.end(zlib.gzipSync(body));
    } else { res.writeHead(200, headers); res.end(body); }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}${base}`,
        origin: `http://127.0.0.1:${port}`,
        setRoot: (dir) => { current = dir; },
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
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage', '--autoplay-policy=no-user-gesture-required',
    ],
  });
}

/** A phone-sized page that records console errors and page errors. */
export async function phonePage(browser, { colorScheme = 'light', reducedMotion = 'no-preference' } = {}) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
    colorScheme, reducedMotion,
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

/** Waits for the app to mount its home screen. */
export async function waitForHome(page) {
  await page.getByTestId('start-workout').waitFor({ timeout: 20000 });
}
