// Main-thread tasks on the paths people tap: the Start tap (home -> player) and the first
// History open with 3,650 sessions stored, each in a fresh profile of headless Chromium with its
// CPU slowed (DevTools Emulation.setCPUThrottlingRate, 4x by default: a slow phone), and each
// once with V8's default lazy wasm compilation and once with --no-wasm-lazy-compilation (every
// function compiled up front, so what remains is the app's own work).
//
// A Chromium trace (Playwright's browser.startTracing, category devtools.timeline) runs from just
// before the tap until the screen the tap opened has painted and 1.5 s have passed (what the tap
// queued: saving, the audio clock, the service worker's fetches of a first visit are done by
// then); every RunTask on the page's main thread in that window counts. Printed per path and
// flag: longest task, total blocking time (the sum of each task's time past 50 ms, as Lighthouse
// counts it), tasks over 50 ms, the task that ran the tap's click handler, and tap -> the frame
// that first shows the new screen / shows all of it; medians of the runs.
//
//   node scripts/bench-taps.mjs [--dist DIR] [--reference DIR] [--runs N] [--cpu RATE] [--json FILE] [--traces DIR]
//
// Needs a release build in dist/ (trunk build --release --offline). Not a test: figures only.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from './chromium-flags.mjs';
import { serve } from '../tests/e2e/harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const DIST = path.resolve(arg('dist', process.env.UPRIGHT_DIST || path.join(ROOT, 'dist')));
const RUNS = Number(arg('runs', 5));
// --reference DIR: another build measured beside this one in the same run.
const REFERENCE = arg('reference', null) && path.resolve(arg('reference'));
const CPU = Number(arg('cpu', 4));
const JSON_OUT = arg('json', null);
// --traces DIR keeps every trace (open in DevTools' Performance panel) and prints each long task.
const TRACES = arg('traces', null);
// --only start|history: one path.
const ONLY = arg('only', null);
const DAY = 86_400_000;
const LONG_MS = 50;

/** 3,650 daily sessions ending yesterday, every exercise done, pain before and after, a note on
 *  every tenth: the stored format of src/store (a format-2 document, migrated on load). */
function tenYears(now) {
  const planned = {
    'back-bridge': [{ kind: 'holds', hold_s: 10, repeats: 2, ball: false }, { holds: 2 }],
    crunches: [{ kind: 'reps', reps: 15, sets: 2 }, { reps: 30, sets: 2 }],
    'core-breath': [{ kind: 'breaths', count: 5 }, { breaths: 5 }],
    'leg-swings': [{ kind: 'swings', seconds: 30, front_rounds: 1 }, { sides: 4 }],
    'mid-back-stretches': [{ kind: 'stretches', cobra_repeats: 3, cobra_breaths: 2, reach_per_side: 3 }, { breaths: 3, sides: 6 }],
  };
  const first = Math.floor(now / DAY) * DAY - 3650 * DAY + 7 * 3_600_000;
  const sessions = Array.from({ length: 3650 }, (_, i) => {
    const start = first + i * DAY + (i % 5) * 600_000;
    return {
      id: `seed-${start}`, started_at_ms: start, ended_at_ms: start + 15 * 60_000, tz_offset_min: 0, routine_version: 1,
      exercises: Object.entries(planned).map(([id, [p, done]]) => ({ exercise: id, planned: p, done })),
      pain_before: 2 + (i % 3), pain_after: 1 + (i % 3), completed: true,
      ...(i % 10 === 0 ? { note: `day ${i}: felt fine, a little stiff in the morning` } : {}),
    };
  });
  return JSON.stringify({
    version: 2, sessions, settings: {},
    meta: { screening_accepted_ms: first - DAY, last_export_ms: now - DAY, pain_warning_shown_ms: now },
  });
}

/** Main-thread tasks of the page in `trace` (a Chromium trace's JSON): the renderer main thread
 *  that ran the most, as [{ ts, dur }] in ms from the trace's clock. */
function mainThreadTasks(trace) {
  const events = JSON.parse(trace).traceEvents;
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map();
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || !mains.has(`${e.pid}:${e.tid}`)) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push({ ts: e.ts / 1000, dur: (e.dur || 0) / 1000, click: false });
  }
  const clicks = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click').map((e) => e.ts / 1000);
  for (const list of byThread.values()) for (const t of list) t.click = clicks.some((c) => c >= t.ts && c <= t.ts + t.dur);
  const busiest = [...byThread.values()].sort((a, b) => b.reduce((s, t) => s + t.dur, 0) - a.reduce((s, t) => s + t.dur, 0))[0];
  // From the task that ran the pointerdown on: what comes before it is Playwright's own work
  // (scrolling the target into view, checking it can be clicked).
  const down = Math.min(...events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'pointerdown').map((e) => e.ts / 1000));
  return (busiest || []).filter((t) => t.ts + t.dur >= down);
}

function summarize(tasks) {
  const longest = Math.max(0, ...tasks.map((t) => t.dur));
  const tbt = tasks.reduce((s, t) => s + Math.max(0, t.dur - LONG_MS), 0);
  const long = tasks.filter((t) => t.dur > LONG_MS).length;
  return { longest, tbt, long };
}

/** Marks, in the page, the tap (capture phase), and the frames after `first` (the new screen)
 *  and `whole` (its last part, e.g. History's list) enter the DOM. */
const PROBE = ([first, whole]) => {
  const b = (window.__tap = {});
  document.addEventListener('pointerdown', () => { b.at ??= performance.now(); }, true);
  const frame = (key) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { b[key] = performance.now(); };
    ch.port2.postMessage(0);
  });
  new MutationObserver(() => {
    if (!b.at) return;
    if (!b.firstSeen && document.querySelector(first)) { b.firstSeen = true; frame('firstFrameAt'); }
    if (!b.wholeSeen && document.querySelector(whole)) { b.wholeSeen = true; frame('frameAt'); }
  }).observe(document, { childList: true, subtree: true });
};

async function measure(browser, server, store, { tap, first, shows }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.origin}/__bench_seed__`);
    await page.evaluate((text) => { localStorage.clear(); localStorage.setItem('upright.store', text); }, store);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    await page.goto(server.url);
    await page.getByTestId('start-workout').waitFor({ timeout: 60_000 });
    // Home as a person finds it: drawn, its later sections in, the service worker installed.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => new Promise((r) => setTimeout(r, 1500))));
    await page.evaluate(PROBE, [first, shows]);
    // Playwright compiles its helper script into the page on the first waitForFunction: here, not
    // in the traced window.
    await page.waitForFunction(() => true);
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await tap(page);
    await page.waitForFunction(() => window.__tap.frameAt && window.__tap.firstFrameAt, null, { timeout: 60_000 });
    await page.waitForTimeout(1500);
    const trace = await browser.stopTracing();
    const tapAt = await page.evaluate(() => window.__tap);
    // Tracing began just before the tap: every task it holds is the tap's or came after it.
    const tasks = mainThreadTasks(trace.toString('utf8'));
    if (TRACES) {
      fs.mkdirSync(TRACES, { recursive: true });
      const file = path.join(TRACES, `${shows.replace(/\W+/g, '')}-${Date.now()}.json`);
      fs.writeFileSync(file, trace);
      const t0 = tasks[0]?.ts ?? 0;
      console.log(`  ${file}: long tasks at ${tasks.filter((t) => t.dur > LONG_MS).map((t) => `+${(t.ts - t0).toFixed(0)} ms ${t.dur.toFixed(0)} ms`).join(', ')}`);
    }
    return { ...summarize(tasks), tapTask: tasks.find((t) => t.click)?.dur ?? NaN, tapToFirst: tapAt.firstFrameAt - tapAt.at,
      tapToFrame: tapAt.frameAt - tapAt.at, tasks: tasks.length, errors };
  } finally { await context.close(); }
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

const PATHS = [
  ['Start tap (home -> player)', (now) => JSON.stringify({ version: 2, sessions: [], settings: {}, meta: { screening_accepted_ms: now - 30 * DAY } }),
    { name: 'start', tap: (page) => page.getByTestId('start-workout').click(), first: '[data-testid="player"]', shows: '[data-testid="player"]' }],
  ['first History open, 3,650 sessions', tenYears,
    { name: 'history', tap: (page) => page.getByRole('link', { name: 'History', exact: true }).click(), first: 'section.history', shows: '[data-testid="history-list"]' }],
];
const FLAGS_ALL = [['lazy wasm compilation (default)', []], ['--no-wasm-lazy-compilation', ['--js-flags=--no-wasm-lazy-compilation']]];

const FLAGS = FLAGS_ALL.filter(([, f]) => !arg('lazy-only', null) || f.length === 0);
// Each build in its own server; runs alternate between the builds, so a busy machine slows both alike.
const builds = [['this build', DIST], ...(REFERENCE ? [['reference', REFERENCE]] : [])];
const servers = [];
for (const [, root] of builds) servers.push(await serve({ root }));
const results = [];
try {
  for (const [flagName, flags] of FLAGS) {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
      args: [...CHROMIUM_FLAGS, '--autoplay-policy=no-user-gesture-required', ...flags] });
    try {
      for (const [pathName, doc, how] of PATHS.filter(([, , h]) => !ONLY || ONLY.includes(h.name))) {
        const runs = builds.map(() => []);
        // Not counted: the browser's first audio context starts its audio service (hundreds of ms
        // here), and the first run of a fresh browser is slower anyway.
        await measure(browser, servers[0], doc(Date.now()), how);
        for (let i = 0; i < RUNS; i++) {
          // Builds in turns, who goes first alternating, so neither always follows the other.
          const order = i % 2 ? [...builds.keys()].reverse() : [...builds.keys()];
          for (const b of order) runs[b].push(await measure(browser, servers[b], doc(Date.now()), how));
        }
        for (const [b, [buildName]] of builds.entries()) {
          const rs = runs[b];
          const errors = rs.flatMap((r) => r.errors);
          const row = {
            build: buildName, path: pathName, flags: flagName, runs: rs.length,
            longest: median(rs.map((r) => r.longest)), tbt: median(rs.map((r) => r.tbt)),
            long: median(rs.map((r) => r.long)), tapTask: median(rs.map((r) => r.tapTask)),
            tapToFirst: median(rs.map((r) => r.tapToFirst)), tapToFrame: median(rs.map((r) => r.tapToFrame)),
            each: rs.map((r) => ({ longest: +r.longest.toFixed(1), tbt: +r.tbt.toFixed(1), tapTask: +r.tapTask.toFixed(1),
              tapToFirst: +r.tapToFirst.toFixed(1), tapToFrame: +r.tapToFrame.toFixed(1) })),
            errors,
          };
          results.push(row);
          console.log(`${buildName.padEnd(10)} ${pathName.padEnd(34)} ${flagName.padEnd(31)} longest ${row.longest.toFixed(0).padStart(4)} ms  `
            + `TBT ${row.tbt.toFixed(0).padStart(4)} ms  > 50 ms: ${row.long}  the tap's task ${row.tapTask.toFixed(0)} ms  `
            + `tap -> first frame ${row.tapToFirst.toFixed(0)} ms, -> whole ${row.tapToFrame.toFixed(0)} ms`
            + `${errors.length ? `  ERRORS ${errors.length}` : ''}`);
        }
      }
    } finally { await browser.close(); }
  }
} finally { for (const server of servers) await server.close(); }
console.log(`(CPU ${CPU}x slower, median of ${RUNS} fresh profiles each; this build ${DIST}`
  + `${REFERENCE ? `, reference ${REFERENCE}` : ''})`);
if (JSON_OUT) fs.writeFileSync(JSON_OUT, JSON.stringify({ cpu: CPU, dist: DIST, reference: REFERENCE, results }, null, 1));
