// Runs the chosen parts of the bench against a build and prints ONE table of figures with
// PASS/FAIL against the budgets (scripts/bench.mjs and scripts/size-guard.mjs are its entries).
// Serves the build on 127.0.0.1 with brotli and gzip at their maximum levels; starts Chromium
// only when a part asks for it. Writes the table and raw figures to target/bench/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, DIST } from '../../tests/e2e/harness.mjs';
import { OUT, T_START, cleanup, closers, log, notes, row, rows, sections, table } from './common.mjs';
import { size } from './size.mjs';
import { usable } from './usable.mjs';
import { lighthouse } from './lighthouse.mjs';
import { cues } from './cues.mjs';
import { memory } from './memory.mjs';
import { history } from './history.mjs';

/** Every measurement, in the order they run. */
export const PARTS = [size, usable, lighthouse, cues, memory, history];
export const PART_NAMES = PARTS.map((p) => p.name);

for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, async () => { await cleanup(); process.exit(130); });

/** Runs one part with a time limit; a part that throws or times out is a FAIL row, never a hang. */
async function timed(part, ctx, timings) {
  const t0 = Date.now();
  log(`${part.name}: start (limit ${part.limitMs / 1000} s)`);
  let timer;
  try {
    await Promise.race([part.measure(ctx), new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`timed out after ${part.limitMs / 1000} s`)), part.limitMs); })]);
  } catch (e) {
    log(`${part.name}: ERROR ${e.stack || e}`);
    row(part.name, 'could not run', String(e.message || e).split('\n')[0].slice(0, 90), 'runs', false);
  } finally {
    clearTimeout(timer);
    timings[part.name] = (Date.now() - t0) / 1000;
    log(`${part.name}: done in ${timings[part.name].toFixed(0)} s`);
  }
}

/**
 * Measures the build in `dist` with the parts named in `only` and prints the table; resolves to
 * the exit status (0 when every budget passes, 1 when one fails or a part could not run).
 * `guard`: the size guard's rules (the first visit's KB budget a figure, not a FAIL).
 * `reference`: another build's folder, measured beside this one in the size and usable parts.
 * `gzipOnly`: serve both builds as a host without brotli does.
 */
export async function runBench({ only = PART_NAMES, guard = false, reference = null, gzipOnly = false, dist = DIST, report = 'latest.md' } = {}) {
  const unknown = only.filter((n) => !PART_NAMES.includes(n));
  if (unknown.length) {
    console.error(`bench: no part named ${unknown.join(', ')} (parts: ${PART_NAMES.join(', ')})`);
    return 2;
  }
  const LOAD_START = os.loadavg()[0];
  const timings = {};
  fs.mkdirSync(OUT, { recursive: true });
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    console.error(`bench: no build in ${dist} (scripts/bench builds it)`);
    return 2;
  }
  try {
    const server = await serve({ root: dist, maxCompression: true, brotli: !gzipOnly });
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
    if (reference) {
      refServer = await serve({ root: reference, maxCompression: true, brotli: !gzipOnly });
      closers.push(() => refServer.close());
      refServer.warm();
    }
    const ctx = { server, refServer, reference, dist, browser: pw, guard, gzipOnly };
    for (const part of PARTS) if (only.includes(part.name)) await timed(part, ctx, timings);
  } finally {
    await cleanup();
  }

  const total = (Date.now() - T_START) / 1000;
  const build = process.env.UPRIGHT_BUILD_ID || (/name="upright-build" content="([^"]+)"/.exec(fs.readFileSync(path.join(dist, 'index.html'), 'utf8'))?.[1] ?? '?');
  const text = [
    `Upright bench — build ${build}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${only.join(' + ')}; KB = 1024 bytes`,
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
  fs.writeFileSync(path.join(OUT, report), `${text}\n`);
  console.log(`\n${text}`);
  const failed = rows.filter((r) => r.result === 'FAIL');
  if (failed.length) {
    console.log(`\n${failed.length} budget(s) FAIL: ${failed.map((r) => `${r.part} ${r.measure}`).join('; ')}`);
    return 1;
  }
  console.log('\nall budgets PASS');
  return 0;
}
