// The release build loads at phone size, lists the routine and logs no errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useApp, waitForHome } from './harness.mjs';

const app = useApp();

test('home lists the five exercises with dosage and a Start button, without console errors', () => app.withPage(async ({ page }) => {
  await page.goto(app.server.url);
  await waitForHome(page);
  const ids = await page.locator('[data-testid="exercise-item"]').evaluateAll(
    (els) => els.map((e) => e.getAttribute('data-exercise')));
  assert.deepEqual(ids, ['back-bridge', 'crunches', 'core-breath', 'leg-swings', 'mid-back-stretches']);
  const dosages = await page.getByTestId('exercise-dosage').allInnerTexts();
  assert.match(dosages[0], /2 × 10 s hold/);
  assert.match(dosages[1], /2 × 15 reps, 45 s rest/);
  assert.match(dosages[2], /5 slow breaths/);
  assert.match(dosages[3], /30 s front-to-back per leg/);
  assert.match(dosages[4], /cobra 3 × 2 breaths/);
  assert.ok(await page.getByTestId('start-workout').isVisible());
  // Fits a phone: nothing wider than the viewport.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
}));

test('start-up: the static first paint shows until the app takes over with the same lead text, nothing shifts', () => app.withPage(async ({ page, context }) => {
  await page.goto(app.server.url);
  await waitForHome(page); // accepts the first-run screening, so the next load opens on home
  const again = await context.newPage();
  await again.addInitScript(() => {
    window.__paints = { lcp: [], shift: 0 };
    new PerformanceObserver((list) => {
      // A removed element (the static paint's) reads as null by the time this runs.
      for (const e of list.getEntries()) window.__paints.lcp.push({ size: e.size, lead: e.element ? e.element.classList.contains('lead') : null });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__paints.shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await again.goto(app.server.url);
  await waitForHome(again);
  // Two frames: paint entries of the app's last section are delivered by then.
  await again.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const seen = await again.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'))?.startTime;
    const lead = document.querySelector('main .lead')?.getBoundingClientRect();
    return { ...window.__paints, paint, wasm, boot: !!document.getElementById('boot'), leadArea: lead ? lead.width * lead.height : 0 };
  });
  assert.ok(seen.lcp.length >= 1, 'no largest-contentful-paint entry');
  // The largest paint is the lead paragraph, the static page's or the app's: the app draws the
  // same text in the same box, so taking over never paints something larger later.
  assert.ok(seen.lcp.every((e) => e.lead !== false), JSON.stringify(seen.lcp));
  assert.ok(Math.max(...seen.lcp.map((e) => e.size)) <= seen.leadArea * 1.01, JSON.stringify(seen));
  assert.ok(seen.paint !== undefined && seen.wasm !== undefined, JSON.stringify(seen));
  assert.equal(seen.shift, 0, 'layout shifted while the app took over');
  assert.equal(seen.boot, false, 'the static first paint is still in the page');
}));

test('an old-format history is read and moved to the current format: its settings apply, its sessions show', () => app.withPage(async ({ page }) => {
  const v1 = readFileSync(new URL('../fixtures/store_v1.json', import.meta.url), 'utf8');
  await page.goto(app.server.url);
  await page.evaluate((text) => localStorage.setItem('upright.store', text), v1);
  await page.reload();
  await waitForHome(page); // format 1 had no screening answer, so it is asked for
  assert.equal(await page.getByTestId('app-notice').count(), 0, 'an old format is not a problem');
  assert.match(await page.locator('[data-exercise="leg-swings"] [data-testid="exercise-dosage"]').innerText(), /left out/);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark', 'its settings were read');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('upright.store')));
  assert.ok(stored.version > 1, 'accepting the screening saved it in the current format');
  assert.equal(stored.sessions.length, 3);
  await page.getByRole('link', { name: 'History', exact: true }).click();
  await page.getByTestId('history-list').waitFor();
  assert.equal(await page.getByTestId('history-item').count(), 3);
}));

test('with every other exercise left out, Start still gives the stretches: they follow every workout', () => app.withPage(async ({ page }) => {
  await page.goto(app.server.url);
  await waitForHome(page);
  await page.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem('upright.store'));
    doc.settings.enabled = doc.settings.enabled.map(() => false);
    localStorage.setItem('upright.store', JSON.stringify(doc));
  });
  await page.reload();
  await waitForHome(page);
  assert.match(await page.locator('[data-exercise="mid-back-stretches"] [data-testid="exercise-dosage"]').innerText(), /cobra/);
  await page.getByTestId('start-workout').click();
  await page.getByTestId('player').waitFor();
  assert.match(await page.locator('.exercise-label').innerText(), /Mid-back stretches/);
}));

test('an unreadable running workout is set aside, not resumed and not lost; home says so', () => app.withPage(async ({ page }) => {
  await page.goto(app.server.url);
  await waitForHome(page);
  const garbage = '{"id":"1764000000000-00c0ffee","session":{"plan":';
  await page.evaluate((text) => localStorage.setItem('upright.active', text), garbage);
  await page.reload();
  await page.getByTestId('app-notice').filter({ hasText: 'could not be resumed' }).waitFor();
  await page.getByTestId('start-workout').waitFor();
  assert.equal(await page.getByTestId('player').count(), 0);
  const kept = await page.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('upright.quarantine.')).map((k) => localStorage.getItem(k)));
  assert.deepEqual(kept, [garbage], 'the text is kept aside');
  assert.equal(await page.evaluate(() => localStorage.getItem('upright.active')), null);
  assert.ok(await page.getByTestId('app-notice').getByRole('button', { name: 'Download the original text' }).isVisible());
}));

test('History\'s date formatter is made while home is idle only when there is a date to show, and not under a running workout', () => app.withPage(async ({ page }) => {
  // Count the page's Intl.DateTimeFormat constructions (the first one loads the browser's date
  // data: a long pause on a slow phone), and when the app registers its service worker.
  await page.addInitScript(() => {
    window.__formats = 0;
    Intl.DateTimeFormat = new Proxy(Intl.DateTimeFormat, {
      construct(target, args, newTarget) { window.__formats += 1; return Reflect.construct(target, args, newTarget); },
    });
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
    navigator.serviceWorker.register = (...args) => { window.__registered = true; return register(...args); };
  });
  // The app registers its worker from an idle callback queued just before the formatter's would
  // be; an idle callback queued after that registration runs after both.
  const formatsOnceIdle = async () => {
    await page.waitForFunction(() => window.__registered);
    return page.evaluate(async () => {
      await new Promise((idle) => requestIdleCallback(idle));
      return window.__formats;
    });
  };
  await page.goto(app.server.url);
  await waitForHome(page); // a new person: nothing recorded
  assert.equal(await formatsOnceIdle(), 0, 'nothing to format, nothing made');
  // One pain entry recorded: the next start makes the formatter before History is opened.
  await page.getByTestId('pain-before').locator('button[data-value="3"]').click();
  await page.getByTestId('log-pain').click();
  await page.getByTestId('app-notice').waitFor();
  await page.reload();
  await waitForHome(page);
  await page.waitForFunction(() => window.__formats > 0);
  await page.getByRole('link', { name: 'History', exact: true }).click();
  assert.match(await page.getByTestId('pain-log-item').innerText(), /\d{4}/, 'the entry shows its date');
  // A running workout resumed by a reload: the player has no dates, so none is made.
  await page.goto(app.server.url);
  await page.getByTestId('start-workout').click();
  await page.getByTestId('player').waitFor();
  await page.reload();
  await page.getByTestId('player').waitFor();
  assert.equal(await formatsOnceIdle(), 0, 'nothing made under the running workout');
}));
