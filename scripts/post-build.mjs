// trunk's post_build hook (see Trunk.toml): runs after trunk has built the wasm, its JS glue,
// index.html, the CSS and the static files into its staging dir ($TRUNK_STAGING_DIR), before
// that becomes dist/. It does only what the finished build alone can know:
//   index.html  trunk's inline loader <script type="module"> moves to start-<hash>.js, so the
//               Content-Security-Policy needs no inline script (same policy for every build)
//               __UPRIGHT_CSP__    the Content-Security-Policy
//               __UPRIGHT_BUILD__  the build id (<meta name="upright-build">): a hash of every file
//               <!-- __UPRIGHT_SCREENING__ -->  the first-run screening as static HTML, printed by
//                                  `cargo run --bin boot_screening` from the app's own words
//   sw.js       '__UPRIGHT_BUILD__' and ['__UPRIGHT_PRECACHE__']: build id and every file to
//               precache with its SHA-256 (so install may take the HTTP cache's copy: see sw.js)
//   404.html    a copy of index.html, which static hosts serve for any unknown path, so a link
//               to a screen (./history, ./back-bridge) opens the app on a first visit too
//   *.br *.gz   each text and wasm file compressed beside it (brotli quality 11, gzip -9; a debug
//               build quicker levels), for hosts that serve pre-compressed files (README, Deploying)
//               and scripts/serve; trunk compresses nothing itself
// Fails loudly if a placeholder is missing, so a build can never ship without its CSP or with
// a service worker that caches nothing. Usage outside trunk: node scripts/post-build.mjs DIR
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const staging = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!staging) {
  console.error('post-build: no TRUNK_STAGING_DIR (run by trunk) and no DIR argument');
  process.exit(1);
}
const dir = path.resolve(staging);
const SW = 'sw.js';
const INDEX = 'index.html';
const FALLBACK = '404.html';

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

let html = read(INDEX).toString('utf8');

// 0. The screening a first visit reads before the wasm has arrived: printed by a host build of
//    the crate's own words (src/bin/boot_screening.rs), so it cannot drift from the live screen.
//    Host debug build, into the same target dir as trunk's (CARGO_TARGET_DIR, if set).
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let screening;
try {
  screening = execFileSync('cargo', ['run', '--quiet', '--locked', '--offline', '--bin', 'boot_screening'],
    { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
} catch (e) {
  fail(`cargo run --bin boot_screening failed: ${e.message}`);
}
if (!screening.includes('id="boot-screening"')) fail('boot_screening printed no screening');
html = replaceOnce(html, '<!-- __UPRIGHT_SCREENING__ -->', screening.trim().replace(/\n/g, '\n    '), INDEX);

// 1. No inline script: trunk writes its loader (import the glue, start the wasm) inline. It
//    moves into its own file, named by its content's hash, so the policy needs no per-build
//    script hash and a host can send the same Content-Security-Policy header for every build.
const base = process.env.TRUNK_PUBLIC_URL || './';
let moved = 0;
html = html.replace(/<script type="module">([\s\S]*?)<\/script>/g, (_, code) => {
  const name = `start-${sha256(code).slice(0, 16)}.js`;
  fs.writeFileSync(path.join(dir, name), `${code.trim()}\n`);
  files.push(name);
  moved += 1;
  return `<script type="module" src="${base}${name}"></script>`;
});
if (moved !== 1) fail(`${INDEX}: expected trunk's one inline loader script, found ${moved}`);
files.sort();

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
fs.writeFileSync(path.join(dir, FALLBACK), html);

// 4. The service worker: its build id and the files to precache, relative to sw.js (so the
//    app works from any sub-path), each with its integrity ('sha256-<base64>' of its body).
//    index.html is cached as "./", the URL the app is opened by.
//    English is built into the wasm, and the pseudo-locale is for tests only. The other
//    languages' message files and the PNG icons are kept LATER (see sw.js): a first visit
//    downloads only what the person uses.
const offline = files.filter((f) => f !== SW && f !== FALLBACK && !/^locales\/(en|en-XA)\//.test(f))
  .map((f) => [f === INDEX ? './' : f, `sha256-${sha256(read(f), 'base64')}`]);
const isLater = ([f]) => f.startsWith('locales/') || f.endsWith('.png');
const precache = offline.filter((e) => !isLater(e));
const later = offline.filter(isLater);
let sw = read(SW).toString('utf8');
sw = replaceOnce(sw, "'__UPRIGHT_BUILD__'", JSON.stringify(buildId), SW);
const list = (entries) => `[\n${entries.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]`;
sw = replaceOnce(sw, "['__UPRIGHT_PRECACHE__']", list(precache), SW);
sw = replaceOnce(sw, "['__UPRIGHT_LATER__']", list(later), SW);
fs.writeFileSync(path.join(dir, SW), sw);

// 5. Pre-compressed copies: file.br and file.gz beside every text and wasm file, once the files
//    are final. Hosts that serve them (README, Deploying) then send brotli at its highest level,
//    which on-the-fly compression never uses. Skipped when compression would not make it smaller.
const COMPRESS = /\.(html|js|mjs|css|wasm|svg|webmanifest|json|txt|xml)$/;
const release = (process.env.TRUNK_PROFILE || 'release') === 'release';
const brotliQuality = release ? zlib.constants.BROTLI_MAX_QUALITY : 5;
const gzipLevel = release ? zlib.constants.Z_BEST_COMPRESSION : 6;
let packed = 0;
for (const f of [...new Set([...files, SW, FALLBACK])].filter((name) => COMPRESS.test(name))) {
  const body = read(f);
  const siblings = {
    br: zlib.brotliCompressSync(body, { params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: brotliQuality,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    } }),
    gz: zlib.gzipSync(body, { level: gzipLevel }),
  };
  for (const [ext, data] of Object.entries(siblings)) {
    if (data.length < body.length) { fs.writeFileSync(path.join(dir, `${f}.${ext}`), data); packed += 1; }
  }
}

const kib = (entries) => (entries.reduce((n, [f]) => n + fs.statSync(path.join(dir, f === './' ? INDEX : f)).size, 0) / 1024).toFixed(1);
console.log(`post-build: build ${buildId}, ${precache.length} files precached (${kib(precache)} KiB), ${later.length} kept later (${kib(later)} KiB), `
  + `${packed} pre-compressed copies (brotli ${brotliQuality}, gzip ${gzipLevel})`);
console.log(`post-build: CSP ${csp}`);
