// The first paint before the wasm has arrived: a first visit reads the screening (the warning
// signs) from the HTML and CSS alone, written there at build time from the app's own words; the
// app then replaces it with the live screening in place, whose buttons work. A person who has
// accepted the screening never sees that static copy (assets/boot.js, before the first paint).
// The wasm is held back by routing, so "before the app starts" is a state, not a race.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, phonePage, seedStore } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Holds every request for the wasm until `release()` is called; `asked()` says whether the
 *  page has asked for it yet. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((r) => { release = r; });
  let asked = false;
  await page.route(/\.wasm$/, async (route) => { asked = true; await gate; await route.continue(); });
  return { release: () => release(), asked: () => asked };
}

/** Sums the page's layout shifts from its first paint on. */
const WATCH_SHIFTS = () => {
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

/** The words a person reads in a screening block, line by line (only what is shown: the static
 *  block holds every language, and shows one). */
const words = (locator) => locator.evaluate((el) => [...el.querySelectorAll('h1, h2, p, li, button')]
  .filter((e) => e.checkVisibility())
  .map((e) => e.textContent.replace(/\s+/g, ' ').trim()));

test('a first visit reads the screening from the HTML before the app starts; the app then takes over in place and its button works', async () => {
  const { page, errors, context } = await phonePage(browser);
  await page.addInitScript(WATCH_SHIFTS);
  const wasm = await holdWasm(page);
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  const early = page.getByTestId('boot-screening');
  await early.waitFor({ state: 'visible' });
  assert.ok(wasm.asked(), 'the page has asked for the wasm, and waits for it');
  assert.equal(await page.getByTestId('screening').count(), 0, 'the app has not started');
  const before = await words(early);
  assert.ok(before.length >= 8, JSON.stringify(before));
  assert.ok(await early.locator('.warning-signs li').count() > 0, 'the warning signs are listed');
  assert.ok(await early.getByRole('heading', { level: 1 }).isVisible());
  assert.equal(await page.locator('#boot').isVisible(), false, "home's static lead is not shown to a first visit");
  // Nothing can answer a tap yet: the buttons say so rather than doing nothing.
  assert.deepEqual(await early.locator('button:visible').evaluateAll((bs) => bs.map((b) => b.disabled)), [true, true]);
  const box = await early.locator('h1:visible').boundingBox();

  wasm.release();
  const live = page.getByTestId('screening');
  await live.waitFor({ state: 'visible', timeout: 20000 });
  assert.equal(await early.count(), 0, 'the static copy is gone');
  assert.deepEqual(await words(live), before, 'the static copy says what the live screening says');
  assert.deepEqual(await live.locator('h1').boundingBox(), box, 'the heading stays where it was');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await page.evaluate(() => window.__shift), 0, 'nothing moved when the app took over');
  await page.getByTestId('screening-accept').click();
  await page.getByTestId('start-workout').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a person who has accepted the screening sees home\'s static lead, never the static screening', async () => {
  const { page, errors, context } = await phonePage(browser);
  await seedStore(page, JSON.stringify({ version: 3, sessions: [], meta: { screening_accepted_ms: Date.now() - 86_400_000 } }));
  // Shown or hidden by boot.js and the stylesheet, both before the first paint: with the app held
  // back, what is visible now is what every frame so far has shown.
  const wasm = await holdWasm(page);
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  await page.locator('#boot').waitFor({ state: 'visible' });
  assert.equal(await page.getByTestId('boot-screening').count(), 1, 'the static screening is in the HTML');
  assert.equal(await page.getByTestId('boot-screening').isVisible(), false, 'but hidden');
  wasm.release();
  await page.getByTestId('start-workout').waitFor({ timeout: 20000 });
  assert.equal(await page.getByTestId('boot-screening').count(), 0);
  assert.equal(await page.getByTestId('screening').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a stored history without a screening answer (an old format) gets the static screening, then the live one', async () => {
  const { page, errors, context } = await phonePage(browser);
  await seedStore(page, JSON.stringify({ version: 3, sessions: [], meta: { screening_accepted_ms: null } }));
  const wasm = await holdWasm(page);
  await page.goto(`${server.url}history`, { waitUntil: 'domcontentloaded' });
  await page.getByTestId('boot-screening').waitFor({ state: 'visible' });
  wasm.release();
  await page.getByTestId('screening').waitFor({ timeout: 20000 });
  assert.equal(await page.getByTestId('boot-screening').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a German phone's first visit reads the static screening in German, and the app's screening is the same", async () => {
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const wasm = await holdWasm(page);
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  const early = page.getByTestId('boot-screening');
  await early.waitFor({ state: 'visible' });
  assert.equal(await early.locator('section:visible').getAttribute('lang'), 'de');
  const before = await words(early);
  assert.equal(before[0], 'Bevor du anfängst');
  assert.ok(!before.includes('I understand'), JSON.stringify(before));
  wasm.release();
  const live = page.getByTestId('screening');
  await live.waitFor({ state: 'visible', timeout: 20000 });
  assert.deepEqual(await words(live), before, 'the static German says what the live German screening says');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  assert.deepEqual(errors, []);
  await context.close();
});
