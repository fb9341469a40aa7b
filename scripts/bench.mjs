// The measuring half of scripts/bench (which builds the release and installs what is missing,
// then runs this). Serves the build on 127.0.0.1 with brotli and gzip at their maximum levels and
// prints ONE table of figures with PASS/FAIL against the budgets:
//
//   size      first-load transfer of the home screen, per file type, gzip -9 and brotli q11
//   lighthouse Lighthouse 12 user flow (mobile, simulated throttling): home, start tap, player
//   cues      examples/cue_timing.rs: max cue error over a 23-minute workout, 10 minutes hidden
//   memory    JS heap and wasm memory after 60 simulated minutes of workouts vs right after start
//   history   3,650 sessions seeded: load to home vs an empty profile, open History, stored size,
//             and examples/history_scale.rs host figures
//   usable    usable time on a slow phone (slow 4G, 4x CPU): navigation until the first-run button
//             (first visit) or Start (returning visit, service worker installed) is on screen,
//             median of 5, beside the same figures of a reference build measured in the same run
//
// Usage: node scripts/bench.mjs [--size] [--only size,usable,lighthouse,cues,memory,history] [--reference DIR]
//   --size       only the size guard: every file the build ships, and the first load (fast, deterministic)
//   --reference  another build (a dist folder, e.g. the previous commit's, which scripts/bench builds)
//                measured beside this one in the size and usable parts
// Env: UPRIGHT_DIST (the build to measure, default dist/), CHROMIUM / CHROME_PATH.
// Writes the table, the raw figures and the Lighthouse flow report to target/bench/.
// Exit status: 0 when every budget passes, 1 when any fails or a part could not run.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import os from 'node:os';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve, launch, phonePage, waitForHome, installClock, DIST } from '../tests/e2e/harness.mjs';
import { CHROMIUM_FLAGS } from './chromium-flags.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'target', 'bench');
const LH_DIR = path.join(ROOT, '.tools', 'lighthouse');
const CHROME = process.env.CHROME_PATH || process.env.CHROMIUM || '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];
const STORE_KEY = 'upright.store';
const DAY = 86_400_000;
const KB = 1024;
const MB = 1024 * 1024;

const args = process.argv.slice(2);
const SIZE_ONLY = args.includes('--size');
const onlyArg = args.includes('--only') ? args[args.indexOf('--only') + 1] : '';
const PARTS = SIZE_ONLY ? ['size'] : (onlyArg ? onlyArg.split(',') : ['size', 'usable', 'lighthouse', 'cues', 'memory', 'history']);
// BENCH_GZIP_ONLY=1: serve as a host without brotli does (gzip -9 only), as most static hosts do.
const GZIP_ONLY = process.env.BENCH_GZIP_ONLY === '1';
const REFERENCE = args.includes('--reference') ? path.resolve(args[args.indexOf('--reference') + 1]) : null;

// Budgets (KB = 1024 bytes). Size is a guard, not a goal: no shipped file over fileGzip (a
// runaway build). The first visit's transfer is the person's budget: a FAIL in the full bench,
// a figure in the CI guard (`--size`), where only "each file once" fails.
const BUDGET = {
  fileGzip: 560 * KB, firstVisitGzip: 560 * KB,
  firstVisitMs: 2900, returningMs: 500,
  perf: 98, a11y: 100, bp: 100, lcpMs: 1500, tbtMs: 50,
  cueMs: 20, growthPerHour: 1 * MB, historyMs: 50,
};

// ---------------------------------------------------------------------------------------------
// The table

const rows = [];
const notes = [];
/** Free-form blocks printed after the notes (the wasm breakdown). */
const sections = [];
/** One row; `pass` true/false gives PASS/FAIL, undefined means a figure without a budget. */
function row(part, measure, value, budget = '', pass = undefined) {
  rows.push({ part, measure, value: String(value), budget, result: pass === undefined ? '' : pass ? 'PASS' : 'FAIL' });
}
const log = (...a) => console.error(`[bench ${((Date.now() - T_START) / 1000).toFixed(0).padStart(4)} s]`, ...a);
const kb = (b) => `${(b / KB).toFixed(1)} KB`;
const ms = (x, d = 0) => (x === null || x === undefined || Number.isNaN(x) ? 'n/a' : `${x.toFixed(d)} ms`);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN; };
const sleep = (t) => new Promise((r) => setTimeout(r, t));

function table() {
  const head = ['part', 'measure', 'value', 'budget', 'result'];
  const cells = rows.map((r) => [r.part, r.measure, r.value, r.budget, r.result]);
  const w = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => `| ${c.map((x, i) => x.padEnd(w[i])).join(' | ')} |`;
  return [line(head), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

/** Runs one part with a time limit; a part that throws or times out is a FAIL row, never a hang. */
async function part(name, limitMs, fn) {
  if (!PARTS.includes(name)) return;
  const t0 = Date.now();
  log(`${name}: start (limit ${limitMs / 1000} s)`);
  let timer;
  try {
    await Promise.race([fn(), new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`timed out after ${limitMs / 1000} s`)), limitMs); })]);
  } catch (e) {
    log(`${name}: ERROR ${e.stack || e}`);
    row(name, 'could not run', String(e.message || e).split('\n')[0].slice(0, 90), 'runs', false);
  } finally {
    clearTimeout(timer);
    timings[name] = (Date.now() - t0) / 1000;
    log(`${name}: done in ${timings[name].toFixed(0)} s`);
  }
}

/** Runs a command (no shell) with a time limit; resolves to its stdout, rejects on failure. */
function run(cmd, argv, { timeoutMs = 600_000, cwd = ROOT } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      if (code === 0) resolve(out);
      else reject(new Error(`${cmd} ${argv.join(' ')} exited ${code ?? signal}: ${err.trim().split('\n').slice(-3).join(' / ')}`));
    });
  });
}

// Everything that must be closed on the way out, even on Ctrl-C.
const children = new Set();
const closers = [];
async function cleanup() {
  for (const c of children) c.kill('SIGKILL');
  for (const close of closers.splice(0).reverse()) await Promise.race([close().catch(() => {}), sleep(5000)]);
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, async () => { await cleanup(); process.exit(130); });

// ---------------------------------------------------------------------------------------------
// Documents to seed

/** The page's own document for a returning person: screening accepted, no sessions. */
function emptyDoc(now) {
  return {
    version: 2, sessions: [],
    settings: {
      cue_mode: 'voice-and-beeps', volume: 0.8, voice: null, get_ready_s: 5, breath_s: 6, bridge_rest_s: 10,
      crunch_rest_s: 45, swing_rest_s: 15, levels: [0, 0, 0, 0, 0], enabled: [true, true, true, true, true],
      theme: 'system', large_text: false,
    },
    meta: { last_export_ms: null, persist: null, screening_accepted_ms: now - 30 * DAY, pain_warning_shown_ms: null, suggestions_declined: [] },
  };
}

/** Seeds localStorage on the server's origin from a 404 page, before the app ever loads. */
async function seed(page, origin, entries) {
  await page.goto(`${origin}/__bench_seed__`);
  await page.evaluate((e) => { localStorage.clear(); for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v); }, entries);
}

// ---------------------------------------------------------------------------------------------
// 1. First-load transfer

const TYPE_OF = (p) => {
  if (/\.html?$/.test(p) || p.endsWith('/')) return 'html';
  if (p.endsWith('.wasm')) return 'wasm';
  if (p.endsWith('.js')) return 'js';
  if (p.endsWith('.css')) return 'css';
  if (p.endsWith('.webmanifest')) return 'manifest';
  if (/icons\/|\.png$|\.ico$/.test(p)) return 'icons';
  if (p.endsWith('.svg')) return 'svg';
  return 'other';
};
const TYPES_ORDER = ['html', 'js', 'wasm', 'css', 'svg', 'manifest', 'icons', 'other'];

const packedCache = new Map();
function packedSizes(file) {
  const st = fs.statSync(file);
  const key = `${file}:${st.mtimeMs}:${st.size}`;
  if (!packedCache.has(key)) packedCache.set(key, packFile(file));
  return packedCache.get(key);
}
/** A file's size raw, gzip -9 and brotli q11: its pre-compressed copies (file.gz, file.br, what
 *  a host sends) when the build wrote them, else compressed here at those levels. */
function packFile(file) {
  const body = fs.readFileSync(file);
  const copy = (ext) => (fs.existsSync(`${file}.${ext}`) ? fs.statSync(`${file}.${ext}`).size : null);
  return {
    raw: body.length,
    gzip: copy('gz') ?? zlib.gzipSync(body, { level: 9 }).length,
    br: copy('br') ?? zlib.brotliCompressSync(body, { params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }).length,
  };
}

/** Every file under `root` a browser may download (relative paths), for the per-file guard: not
 *  the pre-compressed copies (file.br, file.gz), which are `file` in another encoding. */
function shippedFiles(root, rel = '') {
  return fs.readdirSync(path.join(root, rel), { withFileTypes: true }).flatMap((e) => {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (!e.isDirectory() && /\.(br|gz)$/.test(p) && fs.existsSync(path.join(root, p.slice(0, -3)))) return [];
    return e.isDirectory() ? shippedFiles(root, p) : [p];
  });
}

/** The guard: the largest shipped file, gzip -9, against the per-file ceiling. */
function fileGuard(root, label) {
  const sizes = shippedFiles(root).map((p) => ({ p, ...packedSizes(path.join(root, p)) }));
  const big = sizes.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  row('size', `${label}largest shipped file (${big.p.replace(/-[0-9a-f]{16}/, '-<hash>')}; ${sizes.length} files)`,
    `${kb(big.gzip)} gz / ${kb(big.br)} br (${kb(big.raw)} raw)`, `<= ${BUDGET.fileGzip / KB} KB gz`, big.gzip <= BUDGET.fileGzip);
}

/** What a first visit transferred, as the server answered it (the worker's install included):
 *  requests, bodies as sent, and the same files' gzip -9 sizes (a gzip-only host). */
function wireTransfer(served, root, label, workerInstalled) {
  const fileOf = (p) => {
    const rel = decodeURIComponent(p.replace(/^\//, '')) || 'index.html';
    return path.join(root, rel.endsWith('/') ? `${rel}index.html` : rel);
  };
  const bodies = served.filter((r) => r.status === 200);
  const count = new Map();
  for (const r of bodies) count.set(r.path, (count.get(r.path) || 0) + 1);
  const twice = [...count].filter(([, n]) => n > 1).map(([p, n]) => `${p.replace(/-[0-9a-f]{16}/, '-<hash>')} x${n}`);
  const sent = bodies.reduce((n, r) => n + r.bytes, 0);
  const gzip = bodies.reduce((n, r) => n + (fs.existsSync(fileOf(r.path)) ? packedSizes(fileOf(r.path)).gzip : 0), 0);
  const revalidated = served.filter((r) => r.status === 304).length;
  row('size', `${label}first visit over the wire, the worker's install included (${served.length} requests, ${revalidated} answered 304)`,
    `${kb(gzip)} gz / ${kb(sent)} as sent (${[...new Set(bodies.map((r) => r.encoding || 'identity'))].join(', ')})`,
    `each file once${SIZE_ONLY ? ' (guard)' : ''}, <= ${BUDGET.firstVisitGzip / KB} KB gz${SIZE_ONLY && gzip > BUDGET.firstVisitGzip ? ` (over by ${kb(gzip - BUDGET.firstVisitGzip)}: reported, not guarded)` : ''}`,
    // Each file once is always guarded; over the KB budget, the guard reports it (no PASS/FAIL).
    !workerInstalled || twice.length ? false : gzip <= BUDGET.firstVisitGzip ? true : SIZE_ONLY ? undefined : false);
  if (twice.length) notes.push(`size${label ? ` (${label.trim()})` : ''}: downloaded more than once on a first visit: ${twice.join(', ')}`);
  if (!workerInstalled) notes.push(`size${label ? ` (${label.trim()})` : ''}: the service worker did not install during the first visit`);
}

async function sizePart(server, browser, root = DIST, label = '') {
  const { context, page } = await phonePage(browser);
  const base = new URL(server.url);
  await context.addInitScript(([key, doc]) => { if (!localStorage.getItem(key)) localStorage.setItem(key, doc); },
    [STORE_KEY, JSON.stringify(emptyDoc(Date.now()))]);
  const requests = [];
  context.on('request', (r) => requests.push({ url: r.url(), sw: !!r.serviceWorker(), type: r.resourceType() }));
  const servedFrom = server.served.length;
  let workerInstalled = false;
  try {
    await page.goto(server.url);
    await waitForHome(page);
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
    // The worker's install (its precache) is part of a first visit's transfer.
    workerInstalled = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      const w = reg.active;
      if (w.state !== 'activated') await new Promise((r) => w.addEventListener('statechange', () => w.state === 'activated' && r()));
      return true;
    }).catch(() => false);
    await sleep(1000);
  } finally { await context.close(); }
  wireTransfer(server.served.slice(servedFrom), root, label, workerInstalled);
  const rel = (u) => { const url = new URL(u); return url.origin === base.origin ? decodeURIComponent(url.pathname.slice(base.pathname.length)) || 'index.html' : null; };
  const counted = new Map();
  const excluded = new Set();
  const lazy = new Set();
  for (const r of requests) {
    const p = rel(r.url);
    if (p === null || p.startsWith('__')) continue;
    // The service worker's script and everything it fetches (its background precache) come after
    // the first screen; they are listed in the notes, not counted.
    if (r.sw || p === 'sw.js') { excluded.add(p); continue; }
    // A split build (the reference, before one module) fetched its other screens' wasm modules
    // after the first screen: listed apart, not counted.
    if (/^wasm-[0-9a-f]+\/(split_\w+|chunk_\d+)\.wasm$/.test(p)) { lazy.add(p); continue; }
    counted.set(p, 'requested');
  }
  // A phone's browser also fetches the manifest and the favicon for the page it shows; headless
  // Chromium may not, so both are added from index.html when the recording lacks them.
  const html = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
  for (const m of html.matchAll(/<link\b[^>]*\brel="(manifest|icon)"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    if (!href || (m[1] === 'icon' && !/svg/.test(m[0]))) continue; // the SVG favicon is the one Chrome picks
    const p = href.replace(/^\.\//, '');
    if (!counted.has(p)) counted.set(p, 'declared');
  }
  const byType = {};
  const files = [];
  for (const [p, how] of counted) {
    const file = path.join(root, p);
    if (!fs.existsSync(file)) continue;
    const s = packedSizes(file);
    files.push({ path: p, how, type: TYPE_OF(p), ...s });
    const t = (byType[TYPE_OF(p)] ||= { raw: 0, gzip: 0, br: 0, n: 0 });
    t.raw += s.raw; t.gzip += s.gzip; t.br += s.br; t.n += 1;
  }
  const total = files.reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip, br: a.br + f.br }), { raw: 0, gzip: 0, br: 0 });
  for (const t of TYPES_ORDER) {
    if (!byType[t]) continue;
    const s = byType[t];
    row('size', `${label}first load: ${t} (${s.n} file${s.n > 1 ? 's' : ''})`, `${kb(s.gzip)} gz / ${kb(s.br)} br (${kb(s.raw)} raw)`);
  }
  row('size', `${label}first load: total`, `${kb(total.gzip)} gz / ${kb(total.br)} br (${kb(total.raw)} raw)`);
  fileGuard(root, label);
  const precache = [...excluded].filter((p) => fs.existsSync(path.join(root, p)))
    .map((p) => packedSizes(path.join(root, p)))
    .reduce((a, s) => ({ n: a.n + 1, gzip: a.gzip + s.gzip }), { n: 0, gzip: 0 });
  const later = [...lazy].map((p) => packedSizes(path.join(root, p)))
    .reduce((a, s) => ({ n: a.n + 1, gzip: a.gzip + s.gzip }), { n: 0, gzip: 0 });
  const servedEnc = [...new Set(server.served.filter((s) => s.encoding).map((s) => s.encoding))].join(', ') || 'none';
  notes.push(`size${label ? ` (${label.trim()})` : ''}: counted ${files.map((f) => `${f.path}${f.how === 'declared' ? ' (declared in index.html, not fetched by headless Chromium)' : ''}`).join(', ')}; `
    + `not counted: PNG icons (the first screen requests none; the install prompt and the precache do), the service worker and its install's precache (${precache.n} files asked for after the first screen, ${kb(precache.gzip)} gz; what of it crossed the wire is in the row "first visit over the wire"), the other screens' wasm modules the app loads after the first screen (${later.n} files, ${kb(later.gzip)} gz). `
    + `Sizes are each file compressed offline at gzip -9 and brotli q11 (bodies only, no headers); Chromium negotiated: ${servedEnc}.`);
  return { files, byType, total, excluded: [...excluded] };
}

// ---------------------------------------------------------------------------------------------
// 1a. What the wasm is made of

/** Where scripts/bench puts the release module with its function names kept (see there). */
const NAMED_WASM = path.join(OUT, 'names', 'upright_bg.wasm');

/** The crate a (demangled) function name belongs to: the first path in it, past `<`, `&`. */
const crateOf = (name) => /([A-Za-z_][A-Za-z0-9_]*)::/.exec(name)?.[1] ?? null;

/** The app's own module of an `upright::…` name: the longest module path that is a file in src/. */
function moduleOf(name) {
  const segs = (/upright::([A-Za-z0-9_:]+)/.exec(name)?.[1] ?? '').split('::');
  let best = '(crate root)';
  for (let n = 1; n <= segs.length; n++) {
    const rel = segs.slice(0, n).join('/');
    if (fs.existsSync(path.join(ROOT, 'src', `${rel}.rs`)) || fs.existsSync(path.join(ROOT, 'src', rel, 'mod.rs'))) best = segs.slice(0, n).join('::');
  }
  return best;
}

/**
 * The largest contributors to the release wasm, by crate and by the app's own modules, from
 * twiggy on the same module built with its names kept. Sizes are shallow (each function's own
 * bytes, raw, before compression); the names section itself is left out. Resolves to lines of
 * text for the report, or a line saying why there are none.
 */
async function wasmBreakdown() {
  const buildId = /name="upright-build" content="([^"]+)"/.exec(fs.readFileSync(path.join(DIST, 'index.html'), 'utf8'))?.[1];
  const stamp = path.join(path.dirname(NAMED_WASM), 'build-id');
  if (!fs.existsSync(NAMED_WASM) || !fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8').trim() !== buildId) {
    return ['wasm by crate: not measured (scripts/bench --size builds the module with names and runs twiggy on it)'];
  }
  let items;
  try {
    items = JSON.parse(await run('twiggy', ['top', '-n', '1000000', '--format', 'json', NAMED_WASM]));
  } catch (e) {
    return [`wasm by crate: not measured: twiggy did not run (${String(e.message || e).slice(0, 120)}; cargo install twiggy)`];
  }
  // The names section (twiggy lists its subsections) and the tool stamps are not shipped.
  const code = items.filter((i) => !/ subsection$|^custom section /.test(i.name));
  const total = code.reduce((n, i) => n + i.shallow_size, 0);
  const byCrate = new Map();
  const byModule = new Map();
  const add = (m, k, n) => m.set(k, (m.get(k) || 0) + n);
  for (const i of code) {
    const crate = crateOf(i.name) ?? (/^data segment /.test(i.name) ? '(data: strings, tables)' : '(unnamed: glue, tables, imports, types)');
    add(byCrate, crate, i.shallow_size);
    if (crate === 'upright') add(byModule, moduleOf(i.name), i.shallow_size);
  }
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  const pct = (x) => `${((100 * x) / total).toFixed(1)}%`;
  const fmt = ([k, v]) => `  ${k.padEnd(40)} ${kb(v).padStart(10)} ${pct(v).padStart(6)}`;
  const shipped = fs.readdirSync(DIST).find((f) => f.endsWith('_bg.wasm'));
  return [
    `wasm by crate (twiggy, shallow sizes of the release module with names kept: ${kb(total)} raw; `
      + `shipped ${shipped ? kb(fs.statSync(path.join(DIST, shipped)).size) : '?'} raw):`,
    ...top(byCrate, 15).map(fmt),
    'wasm by the app\'s own modules (upright::…):',
    ...top(byModule, 15).map(fmt),
    'largest functions:',
    ...code.sort((a, b) => b.shallow_size - a.shallow_size).slice(0, 10).map((i) => fmt([i.name.slice(0, 90), i.shallow_size])),
  ];
}

// ---------------------------------------------------------------------------------------------
// 1b. Usable time on a slow phone

/** Slow 4G and a phone's CPU, through the DevTools protocol. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const CPU_SLOWDOWN = 4;

/** In the page: when the first-run button or Start enters the DOM, ms after navigation start. */
const MARK_USABLE = () => {
  const seen = () => document.querySelector('[data-testid="start-workout"], [data-testid="screening-accept"]');
  new MutationObserver((_, obs) => {
    if (!window.__usableAt && seen()) { window.__usableAt = performance.now(); obs.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
};

/**
 * One visit in a fresh profile: `first` = nothing stored, nothing cached; otherwise a returning
 * person (screening accepted, service worker installed and in control), measured on a reload.
 * Resolves to ms from navigation start until the button is in the DOM and painted.
 */
async function usableOnce(browser, url, first) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    if (!first) {
      await page.addInitScript(([key, doc]) => { if (!localStorage.getItem(key)) localStorage.setItem(key, doc); },
        [STORE_KEY, JSON.stringify(emptyDoc(Date.now()))]);
      await page.goto(url);
      await page.getByTestId('start-workout').waitFor({ timeout: 30_000 });
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
        }
      });
      await sleep(500);
    }
    await page.addInitScript(MARK_USABLE);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    if (first) await page.goto(url, { waitUntil: 'commit' });
    else await page.reload({ waitUntil: 'commit' });
    await page.waitForFunction(() => window.__usableAt, null, { timeout: 60_000, polling: 50 });
    return await page.evaluate(() => window.__usableAt);
  } finally {
    await context.close();
  }
}

async function usablePart(server, refServer, browser) {
  const RUNS = Math.max(1, Number(process.env.BENCH_USABLE_RUNS || 5));
  const builds = [['this build', server], ...(refServer ? [['reference', refServer]] : [])];
  const got = {};
  // Runs alternate between the builds, so a slow moment of the machine lands on both.
  for (let n = 0; n < RUNS; n++) {
    for (const [name, srv] of builds) {
      for (const first of [true, false]) {
        const key = `${name}:${first ? 'first' : 'returning'}`;
        (got[key] ||= []).push(await usableOnce(browser, srv.url, first));
      }
    }
  }
  const fmt = (xs) => `${ms(median(xs))} (${xs.map((x) => x.toFixed(0)).join(', ')})`;
  for (const [kind, label, budget] of [['first', 'first visit, to the first-run button', BUDGET.firstVisitMs],
    ['returning', 'returning visit (service worker), to Start', BUDGET.returningMs]]) {
    const mine = got[`this build:${kind}`];
    const ref = got[`reference:${kind}`];
    row('usable', `${label}, median of ${RUNS}`, ref ? `${fmt(mine)} vs reference ${fmt(ref)}` : fmt(mine),
      `<= ${budget} ms`, median(mine) <= budget);
  }
  notes.push(`usable: Chromium with CDP Network.emulateNetworkConditions (150 ms latency, 1.6 Mbps down, 750 kbps up) and `
    + `Emulation.setCPUThrottlingRate ${CPU_SLOWDOWN}; each run a fresh profile; time = performance.now() when the button enters `
    + `the DOM (a MutationObserver), from navigation start. Returning: screening accepted, the service worker installed and in `
    + `control, then a throttled reload. Both builds served here with ${GZIP_ONLY ? 'gzip -9 only (BENCH_GZIP_ONLY=1)' : 'brotli q11'}.`
    + (REFERENCE ? ` Reference: ${path.relative(ROOT, REFERENCE) || REFERENCE}.` : ' No reference build given (scripts/bench --reference REV).'));
}

// ---------------------------------------------------------------------------------------------
// 2. Lighthouse 12 user flow

/** One Lighthouse user flow in a fresh browser; returns the flow result. */
async function lighthouseFlow(server, startFlow, puppeteer, n) {
  const browser = await puppeteer.launch({
    executablePath: CHROME, headless: true, args: CHROME_FLAGS, defaultViewport: null, protocolTimeout: 120_000,
  });
  const closeBrowser = () => browser.close();
  closers.push(closeBrowser);
  try {
    const page = await browser.newPage();
    // A returning person (screening accepted): the document is put into localStorage before the
    // app's first document runs (not from another page of the origin, whose favicon.ico 404 would
    // count as a console error). localStorage survives Lighthouse's storage reset (which clears the
    // service worker, Cache Storage and the HTTP cache), so every navigation is a cold load.
    await page.evaluateOnNewDocument((k, v) => {
      try { if (!localStorage.getItem(k)) localStorage.setItem(k, v); } catch { /* about:blank */ }
    }, STORE_KEY, JSON.stringify(emptyDoc(Date.now())));
    const flow = await startFlow(page, {
      name: 'Upright',
      config: { extends: 'lighthouse:default', settings: { onlyCategories: ['performance', 'accessibility', 'best-practices'] } },
    });
    await flow.navigate(server.url, { name: 'Home (cold load)' });
    if (!(await page.$('[data-testid="start-workout"]'))) {
      throw new Error('Lighthouse: home (start-workout) did not show after the cold load (screening not seeded?)');
    }
    await flow.startTimespan({ name: 'Start tap to player (timespan)' });
    await page.click('[data-testid="start-workout"]');
    await page.waitForSelector('[data-testid="player"]', { timeout: 20_000 });
    await sleep(3000);
    await flow.endTimespan();
    await flow.snapshot({ name: 'Player (snapshot)' });
    // The running workout is stored (upright.active): a cold reload of the player's address resumes it.
    await flow.navigate(`${server.url}workout`, { name: 'Player (cold reload, workout resumed)', disableStorageReset: false });
    if (!(await page.$('[data-testid="player"]'))) throw new Error('Lighthouse: the reload did not resume the player');
    const result = await flow.createFlowResult();
    fs.writeFileSync(path.join(OUT, `lighthouse-flow-${n}.json`), JSON.stringify(result));
    fs.writeFileSync(path.join(OUT, `lighthouse-flow-${n}.html`), await flow.generateReport());
    return result;
  } finally {
    await Promise.race([browser.close().catch(() => {}), sleep(10_000)]);
    closers.splice(closers.indexOf(closeBrowser), 1);
  }
}

async function lighthousePart(server) {
  const req = createRequire(path.join(LH_DIR, 'package.json'));
  let lhMain, pptrMain;
  try { lhMain = req.resolve('lighthouse'); pptrMain = req.resolve('puppeteer-core'); } catch {
    throw new Error(`lighthouse@12 is not installed in ${path.relative(ROOT, LH_DIR)} (scripts/bench installs it)`);
  }
  const { startFlow } = await import(pathToFileURL(lhMain).href);
  const puppeteer = (await import(pathToFileURL(pptrMain).href)).default;
  const RUNS = Math.max(1, Number(process.env.BENCH_LH_RUNS || 3));
  // step name -> { mode, values: { metric: [per run] }, misses: Set }
  const steps = new Map();
  for (let n = 1; n <= RUNS; n++) {
    log(`lighthouse: flow ${n} of ${RUNS}`);
    const result = await lighthouseFlow(server, startFlow, puppeteer, n);
    for (const step of result.steps) {
      const lhr = step.lhr;
      const s = steps.get(step.name) || { mode: lhr.gatherMode, values: {}, misses: new Set(), warnings: new Set() };
      steps.set(step.name, s);
      const put = (k, v) => { if (v !== null && v !== undefined && !Number.isNaN(v)) (s.values[k] ||= []).push(v); };
      for (const c of ['performance', 'accessibility', 'best-practices']) {
        const sc = lhr.categories[c]?.score;
        if (sc !== null && sc !== undefined && !(c === 'performance' && lhr.gatherMode === 'snapshot')) put(c, Math.round(sc * 100));
        for (const r of lhr.categories[c]?.auditRefs || []) {
          const a = lhr.audits[r.id];
          if (r.weight > 0 && a?.score !== null && a?.score < 1) s.misses.add(r.id);
        }
      }
      for (const a of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'interaction-to-next-paint']) {
        put(a, lhr.audits[a]?.numericValue);
      }
      for (const w of lhr.runWarnings || []) s.warnings.add(w);
    }
  }
  const spread = (xs, f) => (xs.length > 1 ? ` (${xs.map(f).join(', ')})` : '');
  for (const [stepName, s] of steps) {
    const name = `${stepName.replace(/ \(.*\)$/, '')} [${s.mode}]`;
    const v = (k) => s.values[k] || [];
    const score = (k, label, budget, ok) => {
      if (!v(k).length) return;
      const m = median(v(k));
      row('lighthouse', `${name}: ${label}`, `${m}${spread(v(k), String)}`, budget, ok(m));
    };
    score('performance', 'performance', `>= ${BUDGET.perf}`, (m) => m >= BUDGET.perf);
    score('accessibility', 'accessibility', `${BUDGET.a11y}`, (m) => m >= BUDGET.a11y);
    score('best-practices', 'best practices', `${BUDGET.bp}`, (m) => m >= BUDGET.bp);
    const metric = (k, label, budget, limit) => {
      if (!v(k).length) return;
      const m = median(v(k));
      row('lighthouse', `${name}: ${label}`, `${ms(m)}${spread(v(k), (x) => x.toFixed(0))}`,
        limit ? `< ${limit} ms` : '', limit ? m < limit : undefined);
    };
    if (s.mode === 'navigation') {
      metric('first-contentful-paint', 'FCP');
      metric('largest-contentful-paint', 'LCP', true, BUDGET.lcpMs);
    }
    if (s.mode !== 'snapshot') {
      metric('total-blocking-time', 'TBT', true, BUDGET.tbtMs);
      if (v('cumulative-layout-shift').length) row('lighthouse', `${name}: CLS`, median(v('cumulative-layout-shift')).toFixed(3));
    }
    if (s.mode === 'timespan') metric('interaction-to-next-paint', 'INP (the start tap)');
    if (s.misses.size) notes.push(`lighthouse ${stepName}: audits below 100 in some run: ${[...s.misses].join(', ')}`);
    for (const w of s.warnings) notes.push(`lighthouse ${stepName}: warning: ${w}`);
  }
  // The Start tap creates the page's AudioContext (in the task after the tap). In a browser that
  // has not played sound yet that constructor waits for Chromium's audio service to start, which
  // each fresh Lighthouse browser pays inside the Start-tap timespan. Measured apart, so the TBT
  // above can be read: the same constructor once the service runs, in a fresh browser each time.
  const first = [], again = [];
  for (let n = 0; n < RUNS; n++) {
    const browser = await launch();
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}__bench_audio__`);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const [a, b] = await page.evaluate(() => [0, 1].map(() => {
        const t = performance.now(); new AudioContext(); return performance.now() - t;
      }));
      first.push(a); again.push(b);
    } finally { await browser.close(); }
  }
  row('lighthouse', 'Start tap: new AudioContext() in a fresh browser, then again (4x CPU)',
    `${ms(median(first))} then ${ms(median(again))}${spread(first, (x) => x.toFixed(0))}`);
  notes.push(`lighthouse: Lighthouse 12 user flow (startFlow with lighthouse's own puppeteer-core) on ${CHROME}, mobile form factor, `
    + `simulated throttling (Lighthouse defaults); median of ${RUNS} flows, each in a fresh browser (the runs in brackets). `
    + 'Home: navigation with storage reset (service worker, caches and HTTP cache cleared; localStorage holds an accepted screening). '
    + 'Start tap: timespan over the tap on start-workout and 3 s of the running player (a timespan score counts TBT, CLS and INP only); '
    + 'its TBT includes the first AudioContext of a fresh browser, which waits for Chromium\'s audio service to start (the AudioContext row). '
    + 'Player: snapshot (accessibility, best practices), then a cold navigation that resumes the stored running workout straight '
    + 'into the player. Reports: target/bench/lighthouse-flow-N.html.');
}

// ---------------------------------------------------------------------------------------------
// 3. Cue timing (host simulation)

async function cuesPart() {
  const out = await run('cargo', ['run', '--quiet', '--release', '--locked', '--example', 'cue_timing'], { timeoutMs: 900_000 });
  fs.writeFileSync(path.join(OUT, 'cue_timing.txt'), out);
  const num = (re) => { const m = re.exec(out); return m ? Number(m[1]) : NaN; };
  const maxErr = num(/max \|audio time - planned\| \(ms\)\s*\|\s*([\d.]+)/);
  const meanErr = num(/mean \|audio time - planned\| \(ms\)\s*\|\s*([\d.]+)/);
  const missed = num(/\| missed\s*\|\s*(\d+)/);
  const extra = num(/\| extra[^|]*\|\s*(\d+)/);
  const planned = num(/cues planned[^|]*\|\s*(\d+)/);
  const plan = /plan: .*?estimate ([^;]+);/.exec(out)?.[1] || '?';
  row('cues', `max cue error, ${planned} cues, ${plan} workout, 10 min hidden`, ms(maxErr, 3), `<= ${BUDGET.cueMs} ms`, maxErr <= BUDGET.cueMs);
  row('cues', 'mean cue error; missed / extra cues', `${ms(meanErr, 3)}; ${missed} / ${extra}`, '0 / 0', missed === 0 && extra === 0);
  const frozen = /frozen phone[^:]*: (.*)$/m.exec(out)?.[1];
  if (frozen) notes.push(`cues: phone frozen while locked: ${frozen}`);
}

// ---------------------------------------------------------------------------------------------
// 4. Memory over 60 simulated minutes

const CAPTURE_WASM = () => {
  addEventListener('TrunkApplicationStarted', (e) => { window.__benchWasm = e.detail && e.detail.wasm; });
};

async function memoryPart(server, browser) {
  const { context, page, errors } = await phonePage(browser);
  try {
    const T0 = new Date('2026-11-20T08:00:00Z').getTime();
    await context.addInitScript(CAPTURE_WASM);
    await context.addInitScript(([key, doc]) => { if (!localStorage.getItem(key)) localStorage.setItem(key, doc); },
      [STORE_KEY, JSON.stringify(emptyDoc(T0))]);
    const cdp = await context.newCDPSession(page);
    const measure = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const wasm = await page.evaluate(() => window.__benchWasm?.memory?.buffer?.byteLength ?? null);
      const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      return { heap: heap.usedSize, wasm, nodes };
    };
    // installClock maps the fake clock's 1e12+ timer ids to small ones: without it every finished
    // workout leaves its 250 ms interval running under the fake clock (Leptos' i32 handle misses).
    await installClock(page, T0);
    await page.goto(server.url);
    await waitForHome(page);
    await page.clock.pauseAt(T0 + 60_000);
    const start = async () => {
      await page.getByTestId('pain-before').locator('button[data-value="4"]').click();
      await page.getByTestId('start-workout').click();
      await page.getByTestId('player').waitFor();
    };
    await start();
    if (!(await page.evaluate(() => !!window.__benchWasm?.memory))) {
      throw new Error('TrunkApplicationStarted did not hand over the wasm exports (memory)');
    }
    const before = await measure();
    const samples = [{ min: 0, ...before }];
    const STEP = 5000;
    const TARGET = 60 * 60_000;
    let simulated = 0;
    let workouts = 0;
    let doneTaps = 0;
    try {
    for (let i = 0; i < 4000 && simulated < TARGET; i++) {
      if (await page.getByTestId('summary').count()) {
        await page.getByTestId('pain-after').locator('button[data-value="2"]').click();
        await page.getByTestId('save-session').click();
        // With a progression suggestion to show, the summary stays ("Saved." and Continue).
        const list = page.getByTestId('history-list');
        await list.or(page.getByTestId('summary-continue')).first().waitFor();
        if (!(await list.count())) await page.getByTestId('summary-continue').click();
        await list.waitFor();
        await page.getByRole('button', { name: 'Back' }).click();
        await waitForHome(page);
        workouts++;
        await start();
        samples.push({ min: simulated / 60_000, ...(await measure()) });
      } else if (await page.getByTestId('done-reps').count()) {
        await page.getByTestId('done-reps').click();
        doneTaps++;
      } else {
        await page.clock.runFor(STEP);
        simulated += STEP;
      }
    }
    if (simulated < TARGET) throw new Error(`only ${simulated / 60_000} simulated minutes ran`);
    } catch (e) {
      await page.screenshot({ path: path.join(OUT, 'memory-error.png') }).catch(() => {});
      throw new Error(`${e.message.split('\n')[0]} at ${(simulated / 60_000).toFixed(1)} simulated min, workout ${workouts + 1}; page errors: ${errors.join(' | ').slice(0, 600)}`);
    }
    const after = await measure();
    samples.push({ min: simulated / 60_000, ...after });
    const hours = simulated / 3_600_000;
    const heapGrowth = (after.heap - before.heap) / hours;
    const wasmGrowth = (after.wasm - before.wasm) / hours;
    // The slope after the first workout (which warms up every screen's code paths once).
    const warm = samples[1];
    const endMin = simulated / 60_000;
    const steady = warm && endMin > warm.min ? ((after.heap - warm.heap) / (endMin - warm.min)) * 60 : NaN;
    row('memory', `JS heap after start -> after ${(simulated / 60_000).toFixed(0)} simulated min (${workouts} workouts saved)`,
      `${kb(before.heap)} -> ${kb(after.heap)} (${heapGrowth >= 0 ? '+' : ''}${kb(heapGrowth)}/h; after the 1st workout ${steady >= 0 ? '+' : ''}${kb(steady)}/h)`,
      '< 1 MB/h growth', heapGrowth < BUDGET.growthPerHour);
    row('memory', 'wasm linear memory, same span',
      `${kb(before.wasm)} -> ${kb(after.wasm)} (${wasmGrowth >= 0 ? '+' : ''}${kb(wasmGrowth)}/h)`, '< 1 MB/h growth', wasmGrowth < BUDGET.growthPerHour);
    row('memory', 'DOM elements, same span', `${before.nodes} -> ${after.nodes}`);
    notes.push(`memory: Playwright with page.clock (installed, then paused; runFor in 5 s steps), Done tapped on rep steps (${doneTaps} taps); `
      + `each finished workout is saved, History closed, a new one started. After 3 forced GCs (CDP HeapProfiler.collectGarbage): `
      + `JS heap = Runtime.getHeapUsage usedSize; wasm = the exports' memory.buffer.byteLength from trunk's TrunkApplicationStarted event. `
      + `Samples at each new start (min: heap KB / wasm KB): ${samples.map((s) => `${s.min.toFixed(0)}: ${(s.heap / KB).toFixed(0)}/${(s.wasm / KB).toFixed(0)}`).join(', ')}. `
      + `Page errors: ${errors.length}.`);
    fs.writeFileSync(path.join(OUT, 'memory.json'), JSON.stringify({ before, after, samples, simulated, workouts, errors }, null, 1));
  } finally { await context.close(); }
}

// ---------------------------------------------------------------------------------------------
// 5. History of 3,650 sessions

/** Records, in the page, when home appears and how long History takes to show its list. */
const HISTORY_PROBE = () => {
  window.__bench = {};
  const seen = () => {
    const b = window.__bench;
    if (!b.homeAt && document.querySelector('[data-testid="start-workout"]')) b.homeAt = performance.now();
    if (b.clickAt && !b.listAt && document.querySelector('[data-testid="history-list"]')) {
      b.listAt = performance.now();
      b.items = document.querySelectorAll('[data-testid="history-item"]').length;
      // The frame that shows the list: its rAF runs before paint, the message right after it.
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { b.frameAt = performance.now(); };
        ch.port2.postMessage(0);
      });
    }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  document.addEventListener('click', (e) => {
    if (e.target.closest && /History/.test(e.target.closest('a, button')?.textContent || '')) window.__bench.clickAt = performance.now();
  }, true);
};

async function historyPart(server, browser) {
  const docPath = path.join(OUT, 'history-3650.json');
  const host = await run('cargo', ['run', '--quiet', '--release', '--locked', '--example', 'history_scale', '--', '--write', docPath], { timeoutMs: 900_000 });
  fs.writeFileSync(path.join(OUT, 'history_scale.txt'), host);
  // The example's ten years start 2026-01-01; move them back by whole days (local times and the
  // daily rhythm unchanged) so the last one was yesterday, and mark the screening as accepted.
  const doc = JSON.parse(fs.readFileSync(docPath, 'utf8'));
  const now = Date.now();
  const last = doc.sessions[doc.sessions.length - 1].started_at_ms;
  const shift = Math.ceil((last - (now - DAY)) / DAY) * DAY;
  for (const s of doc.sessions) { s.started_at_ms -= shift; s.ended_at_ms -= shift; }
  doc.meta.screening_accepted_ms = doc.sessions[0].started_at_ms - DAY;
  doc.meta.last_export_ms = doc.sessions[doc.sessions.length - 200].started_at_ms;
  // The random pain answers may form a "pain keeps coming back" pattern; mark its warning as shown
  // today, else every fresh profile would show it and save the whole document during the load.
  doc.meta.pain_warning_shown_ms = now;
  const full = JSON.stringify(doc);
  const empty = JSON.stringify({ ...doc, sessions: [] });
  const notesCount = doc.sessions.filter((s) => s.note).length;

  const RUNS = 7;
  const results = { full: [], empty: [] };
  // Run 0 is a warm-up (the server compresses each file once; Chromium's first start), not counted.
  for (let i = 0; i <= RUNS; i++) {
    for (const [name, text] of [['empty', empty], ['full', full]]) {
      const { context, page, errors } = await phonePage(browser);
      try {
        await seed(page, server.origin, { [STORE_KEY]: text });
        await context.addInitScript(HISTORY_PROBE);
        await page.goto(server.url);
        await page.getByTestId('start-workout').waitFor({ timeout: 30_000 });
        await page.waitForFunction(() => window.__bench.homeAt);
        const r = { homeAt: await page.evaluate(() => window.__bench.homeAt), errors: errors.length };
        if (name === 'full') {
          await sleep(300);
          await page.getByRole('link', { name: 'History', exact: true }).click();
          await page.waitForFunction(() => window.__bench.frameAt, null, { timeout: 30_000 });
          const b = await page.evaluate(() => window.__bench);
          Object.assign(r, { listMs: b.listAt - b.clickAt, frameMs: b.frameAt - b.clickAt, items: b.items });
          r.stored = await page.evaluate((k) => localStorage.getItem(k)?.length ?? 0, STORE_KEY);
          r.screen = await page.getByTestId('history-item').count();
        }
        if (i > 0) results[name].push(r);
      } finally { await context.close(); }
    }
  }
  // Saving one more workout on top of the 3,650 (the page re-reads, merges, encodes and writes
  // the whole document): tap on Save -> the saved state in the DOM -> its frame.
  const saves = [];
  for (let i = 0; i < 3; i++) {
    const { context, page } = await phonePage(browser);
    try {
      await seed(page, server.origin, { [STORE_KEY]: full });
      await page.goto(server.url);
      await page.getByTestId('start-workout').click({ timeout: 30_000 });
      await page.getByTestId('player').waitFor();
      await page.getByTestId('finish').click();
      await page.getByTestId('finish-save').click();
      await page.getByTestId('summary').waitFor();
      await page.evaluate(() => {
        const b = (window.__save = {});
        document.addEventListener('click', (e) => { if (e.target.closest?.('[data-testid="save-session"]')) b.clickAt = performance.now(); }, true);
        new MutationObserver(() => {
          if (b.clickAt && !b.doneAt && document.querySelector('[data-testid="summary-saved"], [data-testid="history-list"]')) {
            b.doneAt = performance.now();
            requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => { b.frameAt = performance.now(); }; ch.port2.postMessage(0); });
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.getByTestId('save-session').click();
      await page.waitForFunction(() => window.__save.frameAt, null, { timeout: 30_000 });
      const b = await page.evaluate(() => window.__save);
      const count = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)).sessions.length, STORE_KEY);
      saves.push({ ms: b.frameAt - b.clickAt, count });
    } finally { await context.close(); }
  }

  const loadFull = median(results.full.map((r) => r.homeAt));
  const loadEmpty = median(results.empty.map((r) => r.homeAt));
  const frame = median(results.full.map((r) => r.frameMs));
  const list = median(results.full.map((r) => r.listMs));
  const stored = results.full[0].stored;
  row('history', `load to home (start-workout shown), 3,650 sessions vs empty, median of ${RUNS}`,
    `${ms(loadFull)} vs ${ms(loadEmpty)} (+${ms(loadFull - loadEmpty)})`);
  row('history', `open History: tap -> list in DOM / -> its frame (${results.full[0].items} items shown)`,
    `${ms(list, 1)} / ${ms(frame, 1)}`, `< ${BUDGET.historyMs} ms`, frame < BUDGET.historyMs);
  row('history', `save one more workout on top: tap -> saved, next frame (median of ${saves.length})`,
    `${ms(median(saves.map((x) => x.ms)))} (${saves.map((x) => x.ms.toFixed(0)).join(', ')}; ${saves[0].count} sessions stored after)`);
  row('history', 'stored document (upright.store)', `${kb(Buffer.byteLength(full))} (${stored.toLocaleString('en')} chars; ${(stored / doc.sessions.length).toFixed(0)} per session)`);
  const pick = (label) => new RegExp(`^${label}:\\s*([\\d.]+) ms`, 'm').exec(host)?.[1];
  row('history', 'host (native): decode / encode / stats', `${pick('decode')} / ${pick('encode')} / ${pick('stats')} ms`);
  notes.push(`history: document from examples/history_scale.rs (--write; the encoder the page uses), ${doc.sessions.length} daily sessions, `
    + `all five exercises, pain before/after, ${notesCount} notes, shifted to end yesterday; seeded into localStorage from a 404 page of `
    + `the origin before the app loads. Load = performance.now() when start-workout enters the DOM (fresh context, cold cache). `
    + `History = capture-phase click on the History button -> MutationObserver sees history-list (and its items) / -> the `
    + `message posted from the next requestAnimationFrame (the frame that paints it). Runs: home ms ${results.full.map((r) => r.homeAt.toFixed(0)).join(', ')} `
    + `(empty ${results.empty.map((r) => r.homeAt.toFixed(0)).join(', ')}); History frame ms ${results.full.map((r) => r.frameMs.toFixed(1)).join(', ')}. `
    + `Host figures: examples/history_scale.rs, median of 15 native runs (full output: target/bench/history_scale.txt).`);
  fs.writeFileSync(path.join(OUT, 'history.json'), JSON.stringify(results, null, 1));
}

// ---------------------------------------------------------------------------------------------

const T_START = Date.now();
const LOAD_START = os.loadavg()[0];
const timings = {};
fs.mkdirSync(OUT, { recursive: true });
if (!fs.existsSync(path.join(DIST, 'index.html'))) {
  console.error(`bench: no build in ${DIST} (scripts/bench builds it)`);
  process.exit(2);
}
let status = 0;
try {
  const server = await serve({ root: DIST, maxCompression: true, brotli: !GZIP_ONLY });
  closers.push(() => server.close());
  // Brotli at quality 11 takes the server about a second of CPU per build; done
  // here, it cannot land inside a Lighthouse trace on this 2-core machine.
  server.warm();
  let browser = null;
  const pw = async () => {
    if (!browser) { browser = await launch(); closers.push(() => browser.close()); }
    return browser;
  };
  let refServer = null;
  if (REFERENCE) {
    refServer = await serve({ root: REFERENCE, maxCompression: true, brotli: !GZIP_ONLY });
    closers.push(() => refServer.close());
    refServer.warm();
  }
  await part('size', 180_000, async () => {
    await sizePart(server, await pw());
    if (refServer) await sizePart(refServer, await pw(), REFERENCE, 'reference: ');
    sections.push(...await wasmBreakdown());
  });
  await part('usable', 900_000, async () => usablePart(server, refServer, await pw()));
  await part('lighthouse', 600_000, () => lighthousePart(server));
  await part('cues', 900_000, () => cuesPart());
  await part('memory', 600_000, async () => memoryPart(server, await pw()));
  await part('history', 900_000, async () => historyPart(server, await pw()));
} finally {
  await cleanup();
}

const total = (Date.now() - T_START) / 1000;
const build = process.env.UPRIGHT_BUILD_ID || (/name="upright-build" content="([^"]+)"/.exec(fs.readFileSync(path.join(DIST, 'index.html'), 'utf8'))?.[1] ?? '?');
const text = [
  `Upright bench — build ${build}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${PARTS.join(' + ')}; KB = 1024 bytes`,
  '',
  table(),
  '',
  ...notes.map((n) => `- ${n}`),
  '',
  ...(sections.length ? [...sections, ''] : []),
  `time: ${Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(0)} s`).join(', ')}; measuring ${total.toFixed(0)} s; `
    + `${os.cpus().length} CPUs, load average ${LOAD_START.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end `
    + '(timings are of this machine; other work on it inflates Lighthouse TBT and the history/load timings)',
].join('\n');
fs.writeFileSync(path.join(OUT, SIZE_ONLY ? 'size.md' : 'latest.md'), `${text}\n`);
console.log(`\n${text}`);
const failed = rows.filter((r) => r.result === 'FAIL');
if (failed.length) {
  status = 1;
  console.log(`\n${failed.length} budget(s) FAIL: ${failed.map((r) => `${r.part} ${r.measure}`).join('; ')}`);
} else {
  console.log('\nall budgets PASS');
}
process.exit(status);
