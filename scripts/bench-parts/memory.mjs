// The memory part of the bench: 60 simulated minutes of back-to-back workouts under Playwright's
// fake clock; JS heap (after forced GC) and wasm memory growth per hour.
import fs from 'node:fs';
import path from 'node:path';
import { installClock, phonePage, waitForHome } from '../../tests/e2e/harness.mjs';
import { BUDGET, KB, OUT, STORE_KEY, emptyDoc, kb, notes, row } from './common.mjs';

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

/** The part. */
export const memory = {
  name: 'memory',
  limitMs: 600_000,
  async measure({ server, browser }) {
    await memoryPart(server, await browser());
  },
};
