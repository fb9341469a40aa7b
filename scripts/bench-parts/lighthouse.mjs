// The lighthouse part of the bench: one Lighthouse 12 user flow (Puppeteer), mobile, simulated
// throttling, median of 3 runs: home cold, the Start tap as a timespan, the player as a snapshot
// and as a cold load of ./workout that resumes the running workout.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { launch } from '../../tests/e2e/harness.mjs';
import { BUDGET, CHROME, CHROME_FLAGS, OUT, ROOT, STORE_KEY, closers, emptyDoc, log, median, ms, notes, row, sleep } from './common.mjs';

const LH_DIR = path.join(ROOT, '.tools', 'lighthouse');

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

/** The part (in browsers of its own: Lighthouse drives them through its puppeteer-core). */
export const lighthouse = {
  name: 'lighthouse',
  limitMs: 600_000,
  measure: ({ server }) => lighthousePart(server),
};
