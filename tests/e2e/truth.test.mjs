// The record is what the person did (issue 22): time away is not workout
// time, work before "this hurts" counts, and "Finish now" offers the
// stretches first. Under a fake clock, in UTC.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, waitForHome, installClock } from './harness.mjs';

const app = useApp();

const T0 = new Date('2026-11-20T08:00:00Z').getTime();
const title = (page) => page.getByTestId('step-title').innerText();
const storedDoc = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('upright.store')));

const UTC = { timezoneId: 'UTC' };

/** Home at T0, the clock paused a minute later, then Start. */
async function start(page) {
  await installClock(page, T0);
  await page.goto(app.server.url);
  await waitForHome(page);
  await page.clock.pauseAt(T0 + 60_000);
  await page.getByTestId('start-workout').click();
  await page.getByTestId('player').waitFor();
}

test('left for 45 minutes while running: asked on return, and "save what I did" records under a minute', () => app.withPage(UTC, async ({ page }) => {
  await start(page);
  await page.clock.runFor(20_000);
  assert.equal(await title(page), 'Bridge hold');
  // Away from the player while it runs (the back gesture, "Leave for now").
  await page.goBack();
  await page.getByTestId('leave-go').click();
  await page.getByTestId('workout-running').waitFor();
  await page.clock.runFor(45 * 60_000);
  await page.getByTestId('start-workout').click();
  const ask = page.getByTestId('stale-workout');
  await ask.waitFor();
  assert.match(await ask.innerText(), /away for 45 minutes/);
  await page.getByTestId('stale-save').click();
  await page.getByTestId('summary').waitFor();
  const record = (await storedDoc(page)).sessions[0];
  const seconds = (record.ended_at_ms - record.started_at_ms) / 1000;
  assert.ok(seconds < 60 && seconds >= 19, `recorded ${seconds} s`);
  assert.equal(await page.evaluate(() => localStorage.getItem('upright.active')), null);
}));

test('the app closed while running stops the workout where it was: a reload 45 minutes on asks, resume carries on from there', () => app.withPage(UTC, async ({ page }) => {
  await start(page);
  await page.clock.runFor(24_000);
  const before = await page.getByTestId('countdown').innerText();
  await page.clock.fastForward('45:00');
  await page.reload();
  await page.getByTestId('stale-workout').waitFor();
  await page.getByTestId('stale-resume').click();
  assert.equal(await page.getByTestId('stale-workout').count(), 0);
  assert.equal(await title(page), 'Bridge hold', 'the same step');
  assert.ok(Number(await page.getByTestId('countdown').innerText()) >= Number(before), 'no time passed while away');
  await page.clock.runFor(1_000);
  assert.equal(await page.getByTestId('pause').count(), 1, 'running again');
}));

test('"This hurts" at crunch 8: the summary, History and the printed report show the 8 crunches', () => app.withPage(UTC, async ({ page }) => {
  await start(page);
  for (let i = 0; i < 400 && (await page.getByTestId('rep-count').count()) === 0; i++) await page.clock.runFor(1_000);
  // A paced set ticks every 1.5 s; crunch 8 is on 7 paces in.
  // The big number is the crunch it is on.
  for (let i = 0; i < 80 && (await page.getByTestId('rep-count').innerText()) !== '8'; i++) await page.clock.runFor(250);
  assert.equal(await page.getByTestId('rep-count').innerText(), '8');
  await page.getByTestId('this-hurts').click();
  await page.getByTestId('hurt-end').click();
  await page.getByTestId('summary').waitFor();
  assert.match(await page.getByTestId('summary-results').innerText(), /Crunches: 8 reps in 0 of 2 sets/);
  assert.doesNotMatch(await page.getByTestId('summary').innerText(), /Well done|Workout done/);
  await page.getByTestId('save-session').click();
  // Suggestions (a step back after a hurt) may come first, then History.
  const list = page.getByTestId('history-list');
  await list.or(page.getByTestId('summary-continue')).first().waitFor({ state: 'attached' });
  if (await page.getByTestId('summary-continue').count()) await page.getByTestId('summary-continue').click();
  await list.waitFor({ state: 'attached' });
  assert.match(await page.getByTestId('history-item').first().innerText(), /Crunches: 8 reps/);
  await page.getByRole('link', { name: 'Report for my doctor' }).click();
  await page.getByTestId('report').waitFor();
  await page.emulateMedia({ media: 'print' });
  const stops = page.getByTestId('report-stops');
  assert.ok(await stops.isVisible());
  assert.match(await stops.innerText(), /Crunches\s+8 reps in 0 of 2 sets/);
  const record = (await storedDoc(page)).sessions[0];
  assert.deepEqual(record.crunch_days.map(([, n]) => n), [8], 'the 8 asked for, on the day');
}));

test('"Finish now" offers the stretches first; taking them ends with them done', () => app.withPage(UTC, async ({ page }) => {
  await start(page);
  await page.clock.runFor(20_000);
  await page.getByTestId('finish').click();
  const ask = page.getByTestId('finish-workout');
  await ask.waitFor();
  // The stretches are the first, default answer.
  assert.equal(await ask.locator('button').first().getAttribute('data-testid'), 'finish-stretch');
  await page.getByTestId('finish-stretch').click();
  assert.equal(await title(page), 'Next: Mid-back stretches');
  for (let i = 0; i < 300 && (await page.getByTestId('summary').count()) === 0; i++) await page.clock.runFor(1_000);
  await page.getByTestId('summary').waitFor();
  assert.match(await page.getByTestId('summary-results').innerText(), /Mid-back stretches: 3 of 3 cobras, 6 of 6 side reaches/);
  const record = (await storedDoc(page)).sessions[0];
  assert.ok(record.exercises.every((r) => !r.stopped_for_pain), 'nothing blamed');
}));
