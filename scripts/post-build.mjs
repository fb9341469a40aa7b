// Called by scripts/post-build with the staging dir of a finished trunk build.
// See scripts/post-build for what it fills in; fails loudly if a placeholder is missing,
// so a build can never ship without its CSP or with a service worker that caches nothing.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { transformSync } from 'esbuild';

const dir = path.resolve(process.argv[2]);
const SW = 'sw.js';
const INDEX = 'index.html';

const sha256 = (data, enc = 'hex') => crypto.createHash('sha256').update(data).digest(enc);
const fail = (msg) => { console.error(`post-build: ${msg}`); process.exit(1); };

/** Every file under `root`, as sorted '/'-separated relative paths (dotfiles skipped). */
function walk(root, rel = '') {
  return fs.readdirSync(path.join(root, rel), { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => {
      const p = rel ? `${rel}/${e.name}` : e.name;
      return e.isDirectory() ? walk(root, p) : [p];
    })
    .sort();
}

function replaceOnce(text, placeholder, value, file) {
  const n = text.split(placeholder).length - 1;
  if (n !== 1) fail(`${file}: expected the placeholder ${placeholder} once, found it ${n} times`);
  return text.replace(placeholder, () => value);
}

const files = walk(dir);
for (const f of [INDEX, SW]) if (!files.includes(f)) fail(`${f} is missing from ${dir}`);
const read = (f) => fs.readFileSync(path.join(dir, f));

// 1. No inline script: index.html's one inline <script type="module"> imports the JS glue from
//    the wasm folder (scripts/build-wasm) and starts the wasm. It gets the folder's name, then
//    moves into its own file, named by its content's hash, so the policy needs no per-build
//    script hash and a host can send the same Content-Security-Policy header for every build.
const wasmDir = process.argv[3];
if (!wasmDir || !files.some((f) => f.startsWith(`${wasmDir}/`))) fail(`no wasm folder ${wasmDir} in ${dir}`);
let html = read(INDEX).toString('utf8');
html = html.split('__UPRIGHT_WASM__').join(wasmDir);
// The marker that keeps trunk from building the crate, and the comments meant for whoever edits
// index.html, are not needed by the browser.
html = html.replace(/\s*<link data-trunk rel="rust" data-trunk-skip[^>]*>/, '').replace(/\s*<!--[\s\S]*?-->/g, '');
const base = process.env.TRUNK_PUBLIC_URL || './';
let moved = 0;
html = html.replace(/<script type="module">([\s\S]*?)<\/script>/g, (_, code) => {
  const name = `start-${sha256(code).slice(0, 16)}.js`;
  fs.writeFileSync(path.join(dir, name), `${code.trim()}\n`);
  files.push(name);
  moved += 1;
  return `<script type="module" src="${base}${name}"></script>`;
});
if (moved !== 1) fail(`${INDEX}: expected the one inline loader script, found ${moved}`);
files.sort();

// 1b. Minified JS and CSS (esbuild): trunk's own minifier cannot parse the loader, and the
//     wasm-bindgen glue and the stylesheets are a fifth smaller gzipped without comments and
//     long local names. Names stay: each still starts with the hash of its source. The service
//     worker is left readable; it is not part of the first load. Trunk's integrity hashes on
//     <link> tags are recomputed for the new bytes.
for (const f of files) {
  const loader = f.endsWith('.js') && f !== SW ? 'js' : f.endsWith('.css') ? 'css' : null;
  if (!loader) continue;
  const source = read(f).toString('utf8');
  const { code } = transformSync(source, { loader, minify: true, format: loader === 'js' ? 'esm' : undefined });
  fs.writeFileSync(path.join(dir, f), code);
}
html = html.replace(/<link\b[^>]*>/g, (tag) => {
  const href = tag.match(/\bhref="([^"]+)"/)?.[1];
  const integrity = tag.match(/\bintegrity="(sha\d+)-[^"]*"/);
  if (!href || !integrity) return tag;
  const file = href.startsWith(base) ? href.slice(base.length) : href;
  if (!files.includes(file)) fail(`${INDEX}: integrity for ${href}, which is not in the build`);
  const digest = crypto.createHash(integrity[1]).update(read(file)).digest('base64');
  return tag.replace(integrity[0], `integrity="${integrity[1]}-${digest}"`);
});

// 2. The Content-Security-Policy. Should any other inline script or style ever appear, it is
//    allowed by its hash (and the build says so, since a header policy would then need it too).
const inline = (tag) => [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi'))]
  .filter((m) => !/\bsrc\s*=/i.test(m[1]))
  .map((m) => `'sha256-${sha256(m[2], 'base64')}'`);
const scriptHashes = inline('script');
const styleHashes = inline('style');
if (scriptHashes.length || styleHashes.length) {
  console.warn(`post-build: warning: inline code in ${INDEX}, allowed by hash: ${[...scriptHashes, ...styleHashes].join(' ')}`);
}
const csp = [
  "default-src 'self'",
  ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes].join(' '),
  ["style-src 'self'", ...styleHashes].join(' '),
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
html = replaceOnce(html, '__UPRIGHT_CSP__', csp, INDEX);

// 3. The build id: a short hash of every file's path and contents (index.html with its CSP,
//    sw.js before substitution), so any change anywhere gives a new id, a byte-different
//    sw.js, and so a new service worker with a fresh cache.
const hash = crypto.createHash('sha256');
for (const f of files) {
  hash.update(`${f}\0${sha256(f === INDEX ? html : read(f))}\n`);
}
const buildId = hash.digest('hex').slice(0, 12);
html = replaceOnce(html, '__UPRIGHT_BUILD__', buildId, INDEX);
fs.writeFileSync(path.join(dir, INDEX), html);

// 4. The service worker: its build id and the files to precache, relative to sw.js (so the
//    app works from any sub-path). index.html is cached as "./", the URL the app is opened by.
const precache = files.filter((f) => f !== SW).map((f) => (f === INDEX ? './' : f));
let sw = read(SW).toString('utf8');
sw = replaceOnce(sw, "'__UPRIGHT_BUILD__'", JSON.stringify(buildId), SW);
sw = replaceOnce(sw, "['__UPRIGHT_PRECACHE__']", JSON.stringify(precache, null, 2), SW);
fs.writeFileSync(path.join(dir, SW), sw);

const bytes = files.filter((f) => f !== SW).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
console.log(`post-build: build ${buildId}, ${precache.length} files precached (${(bytes / 1024).toFixed(1)} KiB)`);
console.log(`post-build: CSP ${csp}`);
