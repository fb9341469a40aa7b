// A whole workout under a fake clock: titles and countdowns along the way,
// Done on rep steps, a reload in the middle of a hold, and 3-2-1 beeps put on
// the Web Audio clock (spied in an init script).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, waitForHome, installClock } from './harness.mjs';

const app = useApp();

// Records every oscillator start with its frequency and when it was due.
const AUDIO_SPY = () => {
  window.__beeps = [];
  const set = AudioParam.prototype.setValueAtTime;
  AudioParam.prototype.setValueAtTime = function (v, t) { this.__value = v; return set.call(this, v, t); };
  const create = BaseAudioContext.prototype.createOscillator;
  BaseAudioContext.prototype.createOscillator = function () {
    const osc = create.call(this);
    const ctx = this;
    const start = osc.start;
    osc.start = function (when) {
      window.__beeps.push({ freq: osc.frequency.__value, when, now: ctx.currentTime, wall: Date.now() });
      return start.call(this, when);
    };
    return osc;
  };
};

const title = (page) => page.getByTestId('step-title').innerText();
const countdown = (page) => page.getByTestId('countdown').innerText().then(Number);

async function startWorkout(page, settings = {}) {
  const t0 = new Date('2026-11-20T08:00:00Z').getTime();
  await installClock(page, t0);
  await page.addInitScript(AUDIO_SPY);
  await page.goto(app.server.url);
  await waitForHome(page);
  if (Object.keys(settings).length) {
    await page.evaluate((changes) => {
      const doc = JSON.parse(localStorage.getItem('upright.store'));
      Object.assign(doc.settings, changes);
      localStorage.setItem('upright.store', JSON.stringify(doc));
    }, settings);
    await page.reload();
    await waitForHome(page);
  }
  // From here on time moves only when the test says so.
  await page.clock.pauseAt(t0 + 60_000);
  await page.getByTestId('pain-before').locator('button[data-value="4"]').click();
  await page.getByTestId('start-workout').click();
  await page.getByTestId('player').waitFor();
}

test('runs the whole routine to the summary under a fake clock', () => app.withPage(async ({ page }) => {
  await startWorkout(page);
  assert.equal(await title(page), 'Get ready');
  // Getting down onto the floor is a change of position: 15 s, not the usual 5.
  assert.equal(await countdown(page), 15);
  await page.clock.runFor(12000);
  assert.equal(await countdown(page), 3);
  await page.clock.runFor(3000);
  assert.equal(await title(page), 'Bridge hold');
  assert.equal(await page.getByTestId('set-index').innerText(), 'Hold 1 of 2');
  assert.equal(await countdown(page), 10);
  assert.equal(await page.getByTestId('next-up').innerText(), 'Next: Rest');

  // 3-2-1 ticks (880 Hz) before "Get ready" ended were put on the audio clock ahead of time.
  const ticks = await page.evaluate(() => window.__beeps.filter((b) => b.freq === 880));
  assert.ok(ticks.length >= 3, `expected 3-2-1 ticks, got ${JSON.stringify(ticks)}`);
  for (const t of ticks) assert.ok(t.when >= t.now, 'a beep is scheduled at or after the audio clock');

  const seen = ['Get ready', 'Bridge hold'];
  let doneTaps = 0;
  let lastProgress = 0;
  for (let i = 0; i < 900; i++) {
    if (await page.getByTestId('summary').count()) break;
    if (await page.getByTestId('done-reps').count()) {
      assert.equal(await page.getByTestId('rep-target').innerText(), '15 reps');
      await page.getByTestId('done-reps').click();
      doneTaps++;
    } else {
      await page.clock.runFor(1000);
    }
    if (await page.getByTestId('summary').count()) break;
    const t = await title(page);
    if (t !== seen[seen.length - 1]) seen.push(t);
    const progress = Number(await page.getByTestId('workout-progress').getAttribute('data-value'));
    assert.ok(progress >= lastProgress, 'progress never goes back');
    lastProgress = progress;
  }
  assert.equal(doneTaps, 2, 'two crunch sets, each finished with Done');
  assert.deepEqual(seen, [
    'Get ready', 'Bridge hold', 'Rest', 'Bridge hold', 'Next: Crunches', 'Crunches', 'Rest', 'Crunches',
    'Next: Core breath', 'Core breath', 'Next: Leg swings', 'Front swings – left leg', 'Rest',
    'Front swings – left leg', 'Rest', 'Front swings – right leg', 'Rest', 'Front swings – right leg', 'Rest',
    'Side swings – left leg', 'Rest', 'Side swings – left leg', 'Rest', 'Side swings – right leg', 'Rest',
    'Side swings – right leg', 'Next: Mid-back stretches', 'Cobra', 'Rest', 'Cobra', 'Rest', 'Cobra', 'Next: Side reach',
    'Side reach – left', 'Side reach – right', 'Side reach – left', 'Side reach – right',
    'Side reach – left', 'Side reach – right',
  ]);
  await page.getByTestId('summary').waitFor();
  const results = await page.getByTestId('summary-results').innerText();
  assert.match(results, /Back bridge: 2 of 2 holds/);
  assert.match(results, /Crunches: 30 reps in 2 of 2 sets/);
  await page.getByTestId('pain-after').locator('button[data-value="2"]').click();
  await page.getByTestId('save-session').click();
  await page.getByTestId('history-list').waitFor();
  assert.equal(await page.getByTestId('history-item').count(), 1);
  assert.match(await page.getByTestId('history-item').innerText(), /pain 4 → 2/);
  // The running workout was cleared: opening the app lands on home, not the player.
  await page.goto(app.server.url);
  await waitForHome(page);
  assert.equal(await page.getByTestId('player').count(), 0);
}));

test('a reload in the middle of a hold resumes the same step with the same time left', () => app.withPage(async ({ page }) => {
  await startWorkout(page);
  await page.clock.runFor(15000 + 4000);
  assert.equal(await title(page), 'Bridge hold');
  assert.equal(await countdown(page), 6);
  await page.reload();
  await page.getByTestId('player').waitFor();
  assert.equal(await title(page), 'Bridge hold');
  assert.equal(await countdown(page), 6);
  await page.clock.runFor(6000);
  assert.equal(await title(page), 'Rest');
}));

test('pause freezes the countdown; keyboard and buttons move between steps', () => app.withPage(async ({ page }) => {
  await startWorkout(page);
  await page.clock.runFor(17000);
  assert.equal(await countdown(page), 8);
  await page.getByTestId('pause').click();
  await page.clock.runFor(60000);
  assert.equal(await countdown(page), 8);
  assert.equal(await title(page), 'Bridge hold');
  await page.keyboard.press('Space');
  await page.getByTestId('pause').waitFor();
  await page.clock.runFor(1000);
  assert.equal(await countdown(page), 7);
  await page.keyboard.press('ArrowRight');
  assert.equal(await title(page), 'Rest');
  await page.getByTestId('prev').click();
  assert.equal(await title(page), 'Bridge hold');
  assert.equal(await countdown(page), 10);
  await page.getByTestId('finish').click();
  await page.getByTestId('finish-save').click();
  await page.getByTestId('summary').waitFor();
}));

test('after a reload the player asks for one tap to turn the sound back on, and beeps follow it', () => app.withPage(async ({ page }) => {
  await startWorkout(page);
  await page.clock.runFor(15000 + 4000);
  assert.equal(await title(page), 'Bridge hold');
  // Sound runs after the Start tap: no prompt.
  await page.clock.runFor(2000);
  assert.equal(await page.getByTestId('sound-on').count(), 0);
  await page.reload();
  await page.getByTestId('player').waitFor();
  // A reloaded page has no sound until a tap: the player asks for it.
  await page.clock.runFor(2000);
  await page.getByTestId('sound-on').waitFor();
  assert.equal(await page.evaluate(() => window.__beeps.length), 0, 'no beeps without sound');
  await page.getByTestId('sound-on').click();
  await page.clock.runFor(1000);
  assert.equal(await page.getByTestId('sound-on').count(), 0);
  // The hold's last seconds and the rest that follows are on the audio clock again.
  await page.clock.runFor(4000);
  assert.ok(await page.evaluate(() => window.__beeps.length) >= 3, 'the 3-2-1 beeps were scheduled after the tap');
}));

test('"Finish now" asks first: keep going changes nothing, discard leaves no record, save keeps what was done', () => app.withPage(async ({ page }) => {
  await startWorkout(page);
  await page.clock.runFor(19000);
  await page.getByTestId('finish').click();
  await page.getByTestId('finish-workout').waitFor();
  await page.getByTestId('finish-keep').click();
  assert.equal(await page.getByTestId('finish-workout').count(), 0);
  assert.equal(await title(page), 'Bridge hold');

  await page.getByTestId('finish').click();
  await page.getByTestId('finish-discard').click();
  await page.getByTestId('start-workout').waitFor();
  assert.match(await page.getByTestId('start-workout').innerText(), /Start workout/);
  const stored = await page.evaluate(() => ({ active: localStorage.getItem('upright.active'), doc: JSON.parse(localStorage.getItem('upright.store')) }));
  assert.equal(stored.active, null);
  assert.equal(stored.doc.sessions.length, 0, 'a discarded workout leaves no record');

  await page.getByTestId('start-workout').click();
  await page.getByTestId('player').waitFor();
  await page.getByTestId('finish').click();
  await page.getByTestId('finish-save').click();
  await page.getByTestId('summary').waitFor();
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('upright.store')).sessions.length), 1);
}));

test('a workout left for hours asks to resume, save or discard; saving keeps the time really spent', () => app.withPage(async ({ page }) => {
  // Crunches counted by the person: the set waits for Done while the phone lies there.
  await startWorkout(page, { crunch_pace_ms: 0 });
  // Run to the first crunch set, which waits for Done, then leave the phone for three hours.
  for (let i = 0; i < 40 && !(await page.getByTestId('done-reps').count()); i++) await page.clock.runFor(5000);
  await page.getByTestId('done-reps').waitFor();
  await page.clock.fastForward('03:00:00');
  await page.reload();
  await page.getByTestId('stale-workout').waitFor();
  assert.match(await page.getByTestId('stale-workout').innerText(), /away for 3 hours/);
  await page.getByTestId('stale-save').click();
  await page.getByTestId('summary').waitFor();
  const record = await page.evaluate(() => JSON.parse(localStorage.getItem('upright.store')).sessions[0]);
  const minutes = (record.ended_at_ms - record.started_at_ms) / 60_000;
  assert.ok(minutes < 5, `recorded ${minutes} minutes, not the hours it sat waiting`);
}));

// The page's visibility drives the player by itself, between the clock's ticks: the
// clock here moves only by setSystemTime, which runs no timer and no frame.
test('hidden, the player saves how far ahead it coaches; shown again after minutes, it asks at once', () => app.withPage(async ({ page }) => {
  await startWorkout(page);
  await page.clock.runFor(3000);
  const setVisibility = (state) => page.evaluate((state) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
  const coachedUntil = () => page.evaluate(() => JSON.parse(localStorage.getItem('upright.active')).coached_until_ms);
  const hiddenAt = await page.evaluate(() => Date.now());
  await setVisibility('hidden');
  // Hidden, the cues are scheduled more than a minute ahead, and saved as coached.
  await page.waitForFunction((t) => JSON.parse(localStorage.getItem('upright.active')).coached_until_ms > t + 60_000, hiddenAt);
  const until = await coachedUntil();
  // The phone slept: no tick for ten minutes, then the page is shown again.
  await page.clock.setSystemTime(hiddenAt + 10 * 60_000);
  await setVisibility('visible');
  await page.getByTestId('stale-workout').waitFor();
  assert.match(await page.getByTestId('away-text').innerText(), /away for \d+ minutes/);
  assert.equal(await coachedUntil(), until, 'the workout stopped where the coaching stopped');
}));
