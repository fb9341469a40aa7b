// The routine's limits on every path (issue 15) and the coach a person can follow with eyes
// closed (issue 16): never more than 100 crunches a day whatever is tapped, what is left after
// an earlier workout, pain logged on a rest day, a crunch set done without a tap, paced breaths,
// and every control on screen with Larger text on a small phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, waitForHome, installClock, seedStore } from './harness.mjs';

const app = useApp();

const DAY = 86_400_000;
const T0 = new Date('2026-11-20T08:00:00Z').getTime();

// Records every utterance and every oscillator start, with the page's (fake) clock.
const SPY = () => {
  window.__said = [];
  window.__beeps = [];
  speechSynthesis.speak = (u) => window.__said.push({ text: u.text, at: Date.now() });
  const create = BaseAudioContext.prototype.createOscillator;
  BaseAudioContext.prototype.createOscillator = function () {
    const osc = create.call(this);
    const start = osc.start;
    osc.start = function (when) { window.__beeps.push({ at: Date.now() }); return start.call(this, when); };
    return osc;
  };
};

/** A UTC phone of `width` x `height` (device scale 1) that counts uncaught page errors. */
const phone = (width = 390, height = 844) => ({ viewport: { width, height }, deviceScaleFactor: 1, timezoneId: 'UTC', consoleErrors: false });

/** Opens home at T0 (then a paused clock) as a returning person with `settings`. */
async function open(page, { settings = {}, sessions = [], pain_log = [] } = {}) {
  await installClock(page, T0);
  await page.addInitScript(SPY);
  const doc = JSON.stringify({ version: 3, sessions, pain_log, settings, meta: { screening_accepted_ms: T0 - 30 * DAY } });
  await seedStore(page, doc);
  await page.goto(app.server.url);
  await waitForHome(page);
  await page.clock.pauseAt(T0 + 60_000);
}

const title = (page) => page.getByTestId('step-title').innerText();
const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('upright.store')));
const crunchesIn = (record) => record.exercises.filter((r) => r.exercise === 'crunches').reduce((n, r) => n + (r.done.reps || 0), 0);

/** Skips ahead (Skip ▶) until the step title is `want`. */
async function skipTo(page, want) {
  for (let i = 0; i < 60 && (await title(page)) !== want; i++) await page.getByTestId('next').click();
  assert.equal(await title(page), want);
}

test('Done, Previous, Done on crunches stops offering crunch sets at 100, and the summary shows what was done', () => app.withPage(phone(), async ({ page }) => {
  // The top of the ladder: 100 crunches in the plan.
  await open(page, { settings: { levels: [0, 5, 0, 0, 0] } });
  await page.getByTestId('start-workout').click();
  await page.getByTestId('player').waitFor();
  await skipTo(page, 'Crunches');
  let sets = 0;
  let total = 0;
  for (let i = 0; i < 30; i++) {
    if ((await title(page)) !== 'Crunches') {
      // Back into the crunches, as a person who wants more would.
      await page.getByTestId('prev').click();
      if ((await title(page)) !== 'Crunches') break;
    }
    total += parseInt(await page.getByTestId('rep-target').innerText(), 10);
    await page.getByTestId('done-reps').click();
    sets++;
  }
  assert.equal(total, 100, `${sets} sets prompted, 100 crunches and no more`);
  await page.getByTestId('finish').click();
  await page.getByTestId('finish-save').click();
  await page.getByTestId('summary').waitFor();
  assert.match(await page.getByTestId('summary-results').innerText(), /Crunches: 100 reps in \d of \d sets/);
  const doc = await stored(page);
  assert.equal(crunchesIn(doc.sessions[0]), 100);
}));

test('a second workout the same day says how many crunches are left, and offers only those', () => app.withPage(phone(), async ({ page }) => {
  const earlier = {
    id: 'morning', started_at_ms: T0 - 60 * 60_000, ended_at_ms: T0 - 45 * 60_000, tz_offset_min: 0, routine_version: 1,
    exercises: [{ exercise: 'crunches', planned: { kind: 'reps', reps: 20, sets: 4 }, done: { reps: 80, sets: 4 } }],
    completed: true,
  };
  await open(page, { settings: { levels: [0, 3, 0, 0, 0] }, sessions: [earlier] });
  const note = await page.getByTestId('crunch-note').innerText();
  assert.match(note, /80 crunches today/);
  assert.match(note, /20 left/);
  await page.getByTestId('start-workout').click();
  await page.getByTestId('player').waitFor();
  await skipTo(page, 'Crunches');
  assert.equal(await page.getByTestId('rep-target').innerText(), '20 reps');
  await page.getByTestId('done-reps').click();
  assert.notEqual(await title(page), 'Crunches', 'one set of 20, then no more');
  await page.getByTestId('prev').click();
  assert.notEqual(await title(page), 'Crunches', 'Previous does not go back into a crunch set past the limit');
}));

test('a day\'s pain logged without a workout shows in History and counts toward the doctor warning', () => app.withPage(phone(), async ({ page }) => {
  // One earlier rest day at 8: a second severe day within a week is worth a doctor's look.
  const pain_log = [{ at_ms: T0 - 3 * DAY, tz_offset_min: 0, pain: 8 }];
  await open(page, { pain_log });
  await page.getByTestId('pain-before').locator('button[data-value="8"]').click();
  await page.getByTestId('log-pain').click();
  const notice = page.getByTestId('app-notice');
  await notice.waitFor();
  assert.match(await notice.innerText(), /7 or more on 2 of the last 8 days.*doctor/s);
  const doc = await stored(page);
  assert.equal(doc.pain_log.length, 2);
  assert.equal(typeof doc.meta.pain_warning_shown_ms, 'number');
  await page.getByRole('link', { name: 'History', exact: true }).click();
  const items = page.getByTestId('pain-log-item');
  await items.first().waitFor();
  assert.equal(await items.count(), 2);
  assert.match(await items.first().innerText(), /Nov 20, 2026.*back pain 8 of 10/);
}));

test('a crunch set is ticked, counted aloud and done without a tap; breaths are paced in and out', () => app.withPage(phone(), async ({ page }) => {
  await open(page);
  await page.getByTestId('start-workout').click();
  await page.getByTestId('player').waitFor();
  await skipTo(page, 'Next: Crunches');
  await page.clock.runFor(5_000);
  assert.equal(await title(page), 'Crunches');
  const before = await page.evaluate(() => ({ said: window.__said.length, beeps: window.__beeps.length }));
  // 15 crunches at 1.5 s: the set ends by itself after 22.5 s.
  await page.clock.runFor(23_000);
  assert.equal(await title(page), 'Rest');
  const heard = await page.evaluate((b) => ({ said: window.__said.slice(b.said).map((s) => s.text), beeps: window.__beeps.length - b.beeps }), before);
  assert.ok(heard.beeps >= 15, `a tick for every crunch (${heard.beeps} sounds)`);
  assert.deepEqual(heard.said.filter((t) => /^(Five|Last five)\./.test(t)), ['Five.', 'Last five.']);
  assert.equal((await stored(page)).sessions.length, 0, 'nothing saved yet');
  await skipTo(page, 'Core breath');
  const mark = await page.evaluate(() => window.__said.length);
  await page.clock.runFor(6_000);
  const breath = await page.evaluate((m) => window.__said.slice(m).map((s) => s.text), mark);
  assert.deepEqual(breath.slice(0, 2), ['Breathe in.', 'Out, through a small oo.']);
}));

test('with Larger text on a 360 x 640 phone every player control stays on screen, in the same place on every step', () => app.withPage(phone(360, 640), async ({ page }) => {
  await open(page, { settings: { large_text: true } });
  await page.getByTestId('start-workout').click();
  await page.getByTestId('player').waitFor();
  let first = null;
  for (let i = 0; i < 8; i++) {
    await page.clock.runFor(300);
    const boxes = await page.evaluate(() => ['prev', 'pause', 'next', 'this-hurts', 'finish'].map((id) => {
      const r = document.querySelector(`[data-testid=${id}]`).getBoundingClientRect();
      return { id, x: Math.round(r.x), y: Math.round(r.y), inside: r.top >= 0 && r.bottom <= innerHeight && r.right <= innerWidth, big: r.width >= 44 && r.height >= 44 };
    }));
    for (const b of boxes) assert.ok(b.inside && b.big, `${await title(page)}: ${JSON.stringify(b)}`);
    first ??= boxes;
    assert.deepEqual(boxes, first, `the controls moved on "${await title(page)}"`);
    await page.getByTestId('next').click();
  }
  // The countdown shows too.
  assert.ok(await page.getByTestId('countdown').or(page.getByTestId('rep-target')).first().isVisible());
}));

test('the breath length set in Settings paces each core breath, its exhale cue at the turn; a resume says where we are', () => app.withPage(phone(), async ({ page }) => {
  await open(page, { settings: { slow_breath_s: 14 } });
  await page.getByTestId('start-workout').click();
  await page.getByTestId('player').waitFor();
  await skipTo(page, 'Core breath');
  const start = await page.evaluate(() => Date.now());
  await page.clock.runFor(29_000);
  const said = await page.evaluate((t) => window.__said.filter((s) => s.at >= t).map((s) => ({ text: s.text, ms: s.at - t })), start);
  const ins = said.filter((s) => s.text.endsWith('Breathe in.'));
  const outs = said.filter((s) => /^(Out|Slowly out)/.test(s.text));
  assert.ok(ins.length >= 2 && outs.length >= 2, JSON.stringify(said));
  assert.ok(Math.abs(ins[1].ms - ins[0].ms - 14_000) <= 300, `a 14 s breath: ${JSON.stringify(said)}`);
  const turn = outs[0].ms - ins[0].ms;
  assert.ok(turn >= 3_500 && turn <= 5_500, `the exhale cue ${turn} ms after "Breathe in."`);
  assert.ok(ins[1].ms - outs[0].ms >= 8_000, `${ins[1].ms - outs[0].ms} ms to breathe out`);
  // Paused and resumed during a swing round, the coach says which one.
  await skipTo(page, 'Front swings – left leg');
  await page.clock.runFor(3_000);
  await page.getByTestId('pause').click();
  await page.clock.runFor(5_000);
  const mark = await page.evaluate(() => window.__said.length);
  await page.getByTestId('resume').click();
  await page.clock.runFor(1_000);
  const resumed = await page.evaluate((m) => window.__said.slice(m).map((s) => s.text), mark);
  assert.deepEqual(resumed, ['Going again: front swings, left leg.']);
}));
