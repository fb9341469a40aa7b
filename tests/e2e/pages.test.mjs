// The first run's other answer, a very painful day before Start, and the words around a
// workout: what a person meets on the screens around the player.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, waitForHome, installClock } from './harness.mjs';

const app = useApp();

const T0 = new Date('2026-11-20T08:00:00Z').getTime();

test('first run: "I have one of these" says to see a doctor first and offers no workout; back returns to the list', () => app.withPage({ viewport: { width: 360, height: 640 } }, async ({ page }) => {
  await page.goto(app.server.url);
  await page.getByTestId('screening').waitFor({ timeout: 20_000 });
  await page.getByTestId('screening-has-sign').click();
  const advice = page.getByTestId('screening-see-doctor');
  await advice.waitFor();
  assert.match(await advice.innerText(), /Please see a doctor first/);
  // Focus moves to the advice, for a screen reader and a keyboard.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'see-doctor-title');
  assert.equal(await page.getByTestId('start-workout').count(), 0, 'no workout offered');
  assert.equal(await page.getByTestId('screening-accept').count(), 0);
  // Nothing was accepted: a reload shows the screening again.
  await page.reload();
  await page.getByTestId('screening').waitFor({ timeout: 20_000 });
  await page.getByTestId('screening-has-sign').click();
  await page.getByTestId('screening-back').click();
  await page.getByTestId('screening-accept').click();
  await page.getByTestId('start-workout').waitFor();
}));

test('a rating of 9 before Start asks first; "Only the gentle stretches" starts the stretches alone', () => app.withPage(async ({ page }) => {
  await installClock(page, T0);
  await page.goto(app.server.url);
  await waitForHome(page);
  // 8 starts at once.
  await page.getByTestId('pain-before').locator('button[data-value="8"]').click();
  await page.getByTestId('pain-before').locator('button[data-value="9"]').click();
  await page.getByTestId('start-workout').click();
  const ask = page.getByTestId('pain-ask');
  await ask.waitFor();
  assert.match(await ask.innerText(), /Your back is at 9 out of 10\. Go on today\?/);
  assert.equal(new URL(page.url()).pathname, '/', 'nothing started yet');
  // Another rating takes the question away: it was about the old one.
  await page.getByTestId('pain-before').locator('button[data-value="4"]').click();
  await ask.waitFor({ state: 'detached' });
  await page.getByTestId('pain-before').locator('button[data-value="10"]').click();
  await page.getByTestId('start-workout').click();
  await page.getByTestId('start-stretches').click();
  await page.getByTestId('player').waitFor();
  const kinds = await page.evaluate(() => {
    const active = JSON.parse(localStorage.getItem('upright.active'));
    return [...new Set(active.session.plan.steps.map((s) => s.exercise))];
  });
  assert.deepEqual(kinds, ['mid-back-stretches']);
  assert.match(await page.locator('.exercise-label').innerText(), /Mid-back stretches/);
}));

test('a workout ended at once: "Workout ended early" over Save, every exercise "skipped" without zeros; no title repeated as next', () => app.withPage(async ({ page }) => {
  await installClock(page, T0);
  await page.goto(app.server.url);
  await waitForHome(page);
  await page.clock.pauseAt(T0 + 60_000);
  await page.getByTestId('start-workout').click();
  await page.getByTestId('player').waitFor();
  // Through the bridge to the crunches' get-ready: its title is not said again below it. The
  // first hold is held 4 s, so something was done (a session with nothing done is no workout).
  let held = false;
  for (let i = 0; i < 20; i++) {
    const title = await page.getByTestId('step-title').innerText();
    const next = await page.getByTestId('next-up').innerText();
    assert.notEqual(next.trim(), title.trim(), `"${title}" over "${next}"`);
    if (title === 'Next: Crunches') break;
    if (!held && (await page.getByTestId('set-index').innerText()).startsWith('Hold')) {
      await page.clock.runFor(4_000);
      held = true;
    }
    await page.getByTestId('next').click();
  }
  assert.ok(held, 'a bridge hold was reached');
  assert.equal(await page.getByTestId('step-title').innerText(), 'Next: Crunches');
  await page.getByTestId('finish').click();
  await page.getByTestId('finish-save').click();
  await page.getByTestId('summary').waitFor();
  assert.equal(await page.locator('.summary h2').innerText(), 'Workout ended early');
  const lines = await page.getByTestId('summary-results').locator('li').allInnerTexts();
  assert.ok(lines.some((l) => l === 'Crunches: skipped'), lines.join('\n'));
  assert.ok(lines.every((l) => !/\b0 reps in 0\b/.test(l)), lines.join('\n'));
}));

test("importing the app's own CSV says only the JSON backup can be imported, and changes nothing", () => app.withPage(async ({ page }) => {
  await page.goto(app.server.url);
  await waitForHome(page);
  await page.getByRole('link', { name: 'History', exact: true }).click();
  await page.getByTestId('history-list').waitFor({ state: 'attached' });
  const csv = 'date,start time,duration min,completed,pain before,pain after,felt,bridge holds,crunch reps,crunch sets,'
    + 'core breaths,swing sides,stretches done,skipped exercises,stopped for pain,note\r\n'
    + '2026-11-19,08:00,11,yes,4,3,about right,2,30,2,5,8,yes,,,\r\n';
  await page.getByTestId('import-file').setInputFiles({ name: 'upright-history.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const notice = page.getByTestId('app-notice');
  await notice.waitFor();
  const text = await notice.innerText();
  assert.match(text, /Only the JSON backup/);
  assert.doesNotMatch(text, /not valid JSON/);
  assert.equal(await page.getByTestId('history-item').count(), 0);
}));

test('keyboard only: past the screening focus is on home\'s title; Settings, History and a card open with focus on their heading, and Back returns home with focus on the link that opened them', () => app.withPage({ viewport: { width: 360, height: 640 } }, async ({ page }) => {
  await page.goto(app.server.url);
  await page.getByTestId('screening').waitFor({ timeout: 20_000 });
  await page.getByTestId('screening-accept').click();
  await page.getByTestId('start-workout').waitFor();
  const focused = () => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent.trim()}`);
  // Past the screening, home's title has focus (its buttons are gone).
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.equal(await focused(), 'H1 Upright');
  for (const name of ['Settings', 'History']) {
    await page.getByRole('link', { name, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.activeElement?.textContent === n, name);
    assert.equal(await focused(), `H2 ${name}`);
    // Back sits just before the heading.
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focused(), 'BUTTON Back');
    await page.keyboard.press('Enter');
    await page.getByTestId('start-workout').waitFor();
    // Home again, with focus back on the link the person used, not on the page.
    await page.waitForFunction((n) => document.activeElement?.textContent.trim() === n, name);
    assert.equal(await focused(), `A ${name}`);
  }
  // Settings' safety information, and back: focus on its link again.
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByTestId('safety-info').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('screening-accept').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'safety-info');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByTestId('start-workout').waitFor();
  // The fourth exercise, far down home: its card, then Back, and focus (and the view) is on it again.
  const swings = page.locator('[data-testid="exercise-item"][data-exercise="leg-swings"] a');
  await swings.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
  assert.match(await focused(), /^H2 Leg swings/);
  await page.getByTestId('card-back').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('start-workout').waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('[data-exercise="leg-swings"]') !== null);
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'A');
  assert.ok(await swings.evaluate((a) => { const r = a.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }), 'the link is in view');
}));
