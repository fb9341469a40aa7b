// The usable part of the bench: on a slow phone (slow 4G, 4x CPU), the time from navigation until
// the first-run button (first visit) or Start (returning visit, service worker in control) is on
// screen, median of 5 fresh profiles, beside a reference build measured in the same run.
import path from 'node:path';
import { BUDGET, ROOT, STORE_KEY, emptyDoc, median, ms, notes, row, sleep } from './common.mjs';

/** Slow 4G and a phone's CPU, through the DevTools protocol. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const CPU_SLOWDOWN = 4;

/** In the page: when the first-run button or Start enters the DOM, ms after navigation start, as
 *  a promise the bench awaits (`window.__usable`). Not Playwright's waitForFunction: its polling
 *  evaluates Playwright's own injected script in the page while the app starts, which took 57-66
 *  ms of the main thread at 4x CPU, a cost no person's phone has. */
const MARK_USABLE = () => {
  const seen = () => document.querySelector('[data-testid="start-workout"], [data-testid="screening-accept"]');
  window.__usable = new Promise((usable) => {
    new MutationObserver((_, obs) => {
      if (seen()) { obs.disconnect(); usable(performance.now()); }
    }).observe(document, { childList: true, subtree: true });
  });
  // The first frame with text in it, and whether that text was the static screening (index.html's
  // copy, shown before the wasm arrives): when a first visit can start reading the warning signs.
  window.__readable = new Promise((readable) => {
    new PerformanceObserver((list, obs) => {
      const fcp = list.getEntriesByName('first-contentful-paint')[0];
      if (!fcp) return;
      obs.disconnect();
      const boot = document.getElementById('boot-screening');
      readable({ at: fcp.startTime, screening: !!boot && getComputedStyle(boot).display !== 'none' && !seen() });
    }).observe({ type: 'paint', buffered: true });
  });
};

/**
 * One visit in a fresh profile: `first` = nothing stored, nothing cached; otherwise a returning
 * person (screening accepted, service worker installed and in control), measured on a reload.
 * Resolves to ms from navigation start until the button is in the DOM, and on a first visit also
 * `readable`: the first contentful paint and whether it showed the static screening.
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
    let timer;
    const late = new Promise((_, fail) => { timer = setTimeout(() => fail(new Error('usable: no button within 60 s')), 60_000); });
    try {
      const usable = await Promise.race([page.evaluate(() => window.__usable), late]);
      return { usable, readable: first ? await page.evaluate(() => window.__readable) : undefined };
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await context.close();
  }
}

async function usablePart(server, refServer, browser, { reference, gzipOnly }) {
  const RUNS = Math.max(1, Number(process.env.BENCH_USABLE_RUNS || 5));
  const builds = [['this build', server], ...(refServer ? [['reference', refServer]] : [])];
  const got = {};
  // Runs alternate between the builds, so a slow moment of the machine lands on both.
  for (let n = 0; n < RUNS; n++) {
    for (const [name, srv] of builds) {
      for (const first of [true, false]) {
        const key = `${name}:${first ? 'first' : 'returning'}`;
        const visit = await usableOnce(browser, srv.url, first);
        (got[key] ||= []).push(visit.usable);
        if (first) (got[`${name}:readable`] ||= []).push(visit.readable);
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
  // The screening readable: a first visit's first text on screen, when it is the static screening.
  const readable = (name) => {
    const seen = got[`${name}:readable`];
    if (!seen) return undefined;
    const xs = seen.map((r) => r.at);
    return { xs, median: median(xs), all: seen.every((r) => r.screening), none: !seen.some((r) => r.screening) };
  };
  const mine = readable('this build');
  const ref = readable('reference');
  const say = (r) => `${fmt(r.xs)}${r.all ? '' : r.none ? ', not the screening (no static screening)' : ', not always the screening'}`;
  row('usable', `first visit, the screening readable (first contentful paint), median of ${RUNS}`,
    ref ? `${say(mine)} vs reference ${say(ref)}` : say(mine), `<= ${BUDGET.readableMs} ms, the static screening`,
    mine.all && mine.median <= BUDGET.readableMs);
  notes.push(`usable: Chromium with CDP Network.emulateNetworkConditions (150 ms latency, 1.6 Mbps down, 750 kbps up) and `
    + `Emulation.setCPUThrottlingRate ${CPU_SLOWDOWN}; each run a fresh profile; time = performance.now() when the button enters `
    + `the DOM (a MutationObserver), from navigation start, awaited as a promise the page resolves (no Playwright polling in the page while it starts). Returning: screening accepted, the service worker installed and in `
    + `control, then a throttled reload. Both builds served here with ${gzipOnly ? 'gzip -9 only (BENCH_GZIP_ONLY=1)' : 'brotli q11'}.`
    + (reference ? ` Reference: ${path.relative(ROOT, reference) || reference}.` : ' No reference build given (scripts/bench --reference REV).'));
}

/** The part. */
export const usable = {
  name: 'usable',
  limitMs: 900_000,
  async measure({ server, refServer, browser, reference, gzipOnly }) {
    await usablePart(server, refServer, await browser(), { reference, gzipOnly });
  },
};
