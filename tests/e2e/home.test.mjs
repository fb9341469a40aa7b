// The release build loads at phone size, lists the routine and logs no errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, phonePage, waitForHome } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('home lists the five exercises with dosage and a Start button, without console errors', async () => {
  const { page, errors, context } = await phonePage(browser);
  await page.goto(server.url);
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
  assert.deepEqual(errors, []);
  await context.close();
});
