// The size part of the bench, and the whole of the size guard (scripts/size-guard.mjs): every
// file the build ships against the per-file ceiling (gzip -9), what the first load transfers per
// file type, what a whole first visit transferred as the server answered it (the service
// worker's install included), and what the wasm is made of (twiggy on the module with names).
// With `guard` (the guard, `scripts/bench --size`) the first visit's KB budget is a figure, not
// a FAIL: only a file over the ceiling or a file downloaded twice fails.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { phonePage, waitForHome } from '../../tests/e2e/harness.mjs';
import { BUDGET, KB, OUT, ROOT, STORE_KEY, emptyDoc, kb, notes, row, run, sections, sleep } from './common.mjs';

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
function wireTransfer(served, root, label, workerInstalled, guard) {
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
    `each file once${guard ? ' (guard)' : ''}, <= ${BUDGET.firstVisitGzip / KB} KB gz${guard && gzip > BUDGET.firstVisitGzip ? ` (over by ${kb(gzip - BUDGET.firstVisitGzip)}: reported, not guarded)` : ''}`,
    // Each file once is always guarded; over the KB budget, the guard reports it (no PASS/FAIL).
    !workerInstalled || twice.length ? false : gzip <= BUDGET.firstVisitGzip ? true : guard ? undefined : false);
  if (twice.length) notes.push(`size${label ? ` (${label.trim()})` : ''}: downloaded more than once on a first visit: ${twice.join(', ')}`);
  if (!workerInstalled) notes.push(`size${label ? ` (${label.trim()})` : ''}: the service worker did not install during the first visit`);
}

async function sizePart(server, browser, root, label = '', guard = false) {
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
  wireTransfer(server.served.slice(servedFrom), root, label, workerInstalled, guard);
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
async function wasmBreakdown(dist) {
  const buildId = /name="upright-build" content="([^"]+)"/.exec(fs.readFileSync(path.join(dist, 'index.html'), 'utf8'))?.[1];
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
  const shipped = fs.readdirSync(dist).find((f) => f.endsWith('_bg.wasm'));
  return [
    `wasm by crate (twiggy, shallow sizes of the release module with names kept: ${kb(total)} raw; `
      + `shipped ${shipped ? kb(fs.statSync(path.join(dist, shipped)).size) : '?'} raw):`,
    ...top(byCrate, 15).map(fmt),
    'wasm by the app\'s own modules (upright::…):',
    ...top(byModule, 15).map(fmt),
    'largest functions:',
    ...code.sort((a, b) => b.shallow_size - a.shallow_size).slice(0, 10).map((i) => fmt([i.name.slice(0, 90), i.shallow_size])),
  ];
}

/** The part: this build (and the reference build beside it), then the wasm breakdown. */
export const size = {
  name: 'size',
  limitMs: 180_000,
  async measure({ server, refServer, reference, dist, browser, guard }) {
    await sizePart(server, await browser(), dist, '', guard);
    if (refServer) await sizePart(refServer, await browser(), reference, 'reference: ', guard);
    sections.push(...await wasmBreakdown(dist));
  },
};
