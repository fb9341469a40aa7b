// What every part of the bench shares: paths, budgets, the table its rows go into, a command
// runner and the documents to seed. Each measurement is a module of its own beside this one
// (size, usable, lighthouse, cues, memory, history); run.mjs runs the chosen ones.
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS } from '../chromium-flags.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT = path.join(ROOT, 'target', 'bench');
export const CHROME = process.env.CHROME_PATH || process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];
export const STORE_KEY = 'upright.store';
export const DAY = 86_400_000;
export const KB = 1024;
export const MB = 1024 * 1024;

// Budgets (KB = 1024 bytes). Size is a guard, not a goal: no shipped file over fileGzip (a
// runaway build). The first visit's transfer is the person's budget: a FAIL in the full bench,
// a figure in the CI guard (`--size`), where only "each file once" fails.
// fileGzip was 560 KB until the app spoke three languages: Fluent (fluent-bundle, its plural
// rules and language ids) costs about 33 KB gzip and the built-in English messages with their
// lookups about 25 KB, and the Store<Document> 17 KB (604 KB in all, measured 2026-12-07).
// The guard sits one step above that; the first-visit budget stays the person's 560 KB.
export const BUDGET = {
  fileGzip: 640 * KB, firstVisitGzip: 560 * KB,
  firstVisitMs: 2900, returningMs: 450, readableMs: 1500,
  perf: 98, a11y: 100, bp: 100, lcpMs: 1500, tbtMs: 50,
  cueMs: 20, growthPerHour: 1 * MB, historyMs: 60,
};

// ---------------------------------------------------------------------------------------------
// The table

export const rows = [];
export const notes = [];
/** Free-form blocks printed after the notes (the wasm breakdown). */
export const sections = [];
/** One row; `pass` true/false gives PASS/FAIL, undefined means a figure without a budget. */
export function row(part, measure, value, budget = '', pass = undefined) {
  rows.push({ part, measure, value: String(value), budget, result: pass === undefined ? '' : pass ? 'PASS' : 'FAIL' });
}
export const T_START = Date.now();
export const log = (...a) => console.error(`[bench ${((Date.now() - T_START) / 1000).toFixed(0).padStart(4)} s]`, ...a);
export const kb = (b) => `${(b / KB).toFixed(1)} KB`;
export const ms = (x, d = 0) => (x === null || x === undefined || Number.isNaN(x) ? 'n/a' : `${x.toFixed(d)} ms`);
export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN; };
export const sleep = (t) => new Promise((r) => setTimeout(r, t));

export function table() {
  const head = ['part', 'measure', 'value', 'budget', 'result'];
  const cells = rows.map((r) => [r.part, r.measure, r.value, r.budget, r.result]);
  const w = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => `| ${c.map((x, i) => x.padEnd(w[i])).join(' | ')} |`;
  return [line(head), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

/** Runs a command (no shell) with a time limit; resolves to its stdout, rejects on failure. */
export function run(cmd, argv, { timeoutMs = 600_000, cwd = ROOT } = {}) {
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
export const children = new Set();
export const closers = [];
export async function cleanup() {
  for (const c of children) c.kill('SIGKILL');
  for (const close of closers.splice(0).reverse()) await Promise.race([close().catch(() => {}), sleep(5000)]);
}

// ---------------------------------------------------------------------------------------------
// Documents to seed

/** The page's own document for a returning person: screening accepted, no sessions. */
export function emptyDoc(now) {
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
export async function seed(page, origin, entries) {
  await page.goto(`${origin}/__bench_seed__`);
  await page.evaluate((e) => { localStorage.clear(); for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v); }, entries);
}
