// The player as a person with a keyboard, with Larger text on a small phone, and
// under its questions (issue 24): every question holds the workout (the countdown
// stays, nothing is said under it) and follows the dialog pattern (focus in, Tab
// kept inside, Escape = the safe answer, focus back); Space and Enter press the
// focused button; a paced crunch set shows the crunch it is on; at 360 x 640 and
// 320 x 568 with Larger text every step kind shows its title, count and
// instruction whole, with every control at least 44 x 44.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, waitForHome, installClock, seedStore } from './harness.mjs';

const app = useApp();

const T0 = new Date('2026-11-20T08:00:00Z').getTime();

// Records every utterance with the page's (fake) clock.
const SPEECH_SPY = () => {
  window.__said = [];
  speechSynthesis.speak = (u) => window.__said.push({ text: u.text, at: Date.now() });
};

/** A UTC phone of `width` x `height` (device scale 1). */
const phone = (width = 390, height = 844) => ({ viewport: { width, height }, deviceScaleFactor: 1, timezoneId: 'UTC' });

/** Opens home at T0 (then a paused clock) with `settings` stored. */
async function open(page, { settings = {} } = {}) {
  await installClock(page, T0);
  await page.addInitScript(SPEECH_SPY);
  const doc = JSON.stringify({ version: 3, sessions: [], pain_log: [], settings, meta: { screening_accepted_ms: T0 - 86_400_000 } });
  await seedStore(page, doc);
  await page.goto(app.server.url);
  await waitForHome(page);
  await page.clock.pauseAt(T0 + 60_000);
}

async function start(page) {
  await page.getByTestId('start-workout').click();
  await page.getByTestId('player').waitFor();
}

const title = (page) => page.getByTestId('step-title').innerText();
const countdown = (page) => page.getByTestId('countdown').innerText().then(Number);
const focused = (page) => page.evaluate(() => document.activeElement?.dataset.testid ?? document.activeElement?.tagName);
const said = (page) => page.evaluate(() => window.__said.map((s) => s.text));

/** Runs to the first bridge hold, `left` seconds before its end (of 10). */
async function toBridgeHold(page, left = 8) {
  await page.clock.runFor(15_000 + (10 - left) * 1000);
  assert.equal(await title(page), 'Bridge hold');
  assert.equal(await countdown(page), left);
}

/** Presses Tab (or Shift+Tab) `n` times and returns where focus went each time. */
async function tabs(page, n, key = 'Tab') {
  const seen = [];
  for (let i = 0; i < n; i++) {
    await page.keyboard.press(key);
    seen.push(await page.evaluate(() => {
      const a = document.activeElement;
      return { id: a?.dataset.testid, inSheet: Boolean(a?.closest('[role="alertdialog"]')) };
    }));
  }
  return seen;
}

test('each question holds the workout: the countdown stays and nothing is said under it; the answer runs it again only if it ran before', () => app.withPage(phone(), async ({ page }) => {
  await open(page);
  await start(page);
  await toBridgeHold(page, 8);

  // "Finish now": held while asked (the hold's "Last one" would come within these 20 s).
  await page.getByTestId('finish').click();
  await page.getByTestId('finish-workout').waitFor();
  const mark = (await said(page)).length;
  await page.clock.runFor(20_000);
  assert.equal(await countdown(page), 8, 'the countdown stays while the question shows');
  assert.equal(await title(page), 'Bridge hold');
  assert.deepEqual((await said(page)).slice(mark), [], 'nothing is said under the question');
  await page.getByTestId('finish-keep').click();
  await page.getByTestId('pause').waitFor();
  await page.clock.runFor(1000);
  assert.equal(await countdown(page), 7, 'it runs again: it was running when asked');

  // "This hurts": stops, says so once, and nothing more until answered.
  const mark2 = (await said(page)).length;
  await page.getByTestId('this-hurts').click();
  await page.getByTestId('hurt-choices').waitFor();
  await page.clock.runFor(30_000);
  assert.equal(await countdown(page), 7);
  assert.deepEqual((await said(page)).slice(mark2), ['Stop and rest. Breathe easy, and don\'t push through pain.']);
  await page.getByTestId('hurt-continue').click();
  await page.clock.runFor(1000);
  assert.equal(await countdown(page), 6);

  // Paused first: answering "Keep going" leaves it paused.
  await page.getByTestId('pause').click();
  await page.getByTestId('finish').click();
  await page.getByTestId('finish-keep').click();
  await page.clock.runFor(5000);
  assert.equal(await countdown(page), 6, 'still paused: it was paused before the question');
  await page.getByTestId('resume').waitFor();

  // The back gesture's question holds it too; staying runs it again.
  await page.getByTestId('resume').click();
  await page.evaluate(() => history.back());
  await page.getByTestId('leave-workout').waitFor();
  await page.clock.runFor(10_000);
  assert.equal(await countdown(page), 6);
  await page.getByTestId('leave-stay').click();
  await page.clock.runFor(1000);
  assert.equal(await countdown(page), 5);
}));

test('keyboard: each question takes focus, keeps Tab inside, answers Escape with its safe answer and gives focus back; Space and Enter press the focused button', () => app.withPage(phone(), async ({ page }) => {
  await open(page);
  await start(page);
  await toBridgeHold(page, 8);

  // Space on a focused Pause presses it once (not the page's Space shortcut as well).
  await page.getByTestId('pause').focus();
  await page.keyboard.press('Space');
  await page.getByTestId('resume').waitFor();
  assert.equal(await focused(page), 'resume', 'focus stays on the same button');
  await page.clock.runFor(3000);
  assert.equal(await countdown(page), 8, 'paused by one press');
  await page.keyboard.press('Enter');
  await page.getByTestId('pause').waitFor();
  await page.clock.runFor(1000);
  assert.equal(await countdown(page), 7);

  // "Finish now" by Enter: the sheet takes focus on "Keep going", Tab stays inside it.
  await page.getByTestId('finish').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('finish-workout').waitFor();
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'finish-keep');
  for (const stop of [...await tabs(page, 5), ...await tabs(page, 5, 'Shift+Tab')]) {
    assert.ok(stop.inSheet, `Tab left the sheet for ${stop.id}`);
  }
  // Arrow keys are not the page's shortcuts under a question.
  await page.keyboard.press('ArrowRight');
  assert.equal(await title(page), 'Bridge hold');
  await page.keyboard.press('Escape');
  assert.equal(await page.getByTestId('finish-workout').count(), 0, 'Escape answers "Keep going"');
  // Focus is back on "Finish now".
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'finish');
  await page.clock.runFor(1000);
  assert.equal(await countdown(page), 6, 'and the workout runs on');

  // Space on a focused "This hurts" presses it: the choices, not only a pause.
  await page.getByTestId('this-hurts').focus();
  await page.keyboard.press('Space');
  await page.getByTestId('hurt-choices').waitFor();
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'hurt-stretches');
  for (const stop of await tabs(page, 4)) assert.ok(stop.inSheet, `Tab left the sheet for ${stop.id}`);
  // Enter presses the focused answer: Tab twice from the first answer is "It was a twinge: continue".
  await page.getByTestId('hurt-stretches').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'hurt-continue');
  await page.keyboard.press('Enter');
  assert.equal(await page.getByTestId('hurt-choices').count(), 0);
  assert.equal(await page.getByTestId('hurt-notice').count(), 0, 'continued: no stretches');
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'this-hurts');
  // Again, and Escape: the safe answer is the gentle stretches.
  await page.keyboard.press('Space');
  await page.getByTestId('hurt-choices').waitFor();
  await page.keyboard.press('Escape');
  await page.getByTestId('hurt-notice').waitFor();
  assert.equal(await page.getByTestId('hurt-choices').count(), 0);

  // The back gesture's question: focus on "Stay", Escape stays.
  await page.locator('body').focus();
  await page.evaluate(() => { document.activeElement?.blur(); history.back(); });
  await page.getByTestId('leave-workout').waitFor();
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'leave-stay');
  for (const stop of await tabs(page, 3)) assert.ok(stop.inSheet, `Tab left the sheet for ${stop.id}`);
  await page.keyboard.press('Escape');
  assert.equal(await page.getByTestId('leave-workout').count(), 0);
  assert.ok(await page.getByTestId('player').isVisible(), 'stayed in the workout');

  // With no control focused, Space is still the pause shortcut and Enter ends a counted set.
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('Space');
  await page.getByTestId('resume').waitFor();
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('Space');
  await page.getByTestId('pause').waitFor();
}));

test('a workout left for hours: the welcome-back question takes focus, and Escape resumes it where it stopped', () => app.withPage(phone(), async ({ page }) => {
  await open(page, { settings: { crunch_pace_ms: 0 } });
  await start(page);
  for (let i = 0; i < 40 && !(await page.getByTestId('done-reps').count()); i++) await page.clock.runFor(5000);
  await page.clock.fastForward('03:00:00');
  await page.reload();
  await page.getByTestId('stale-workout').waitFor();
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'stale-resume');
  for (const stop of await tabs(page, 4)) assert.ok(stop.inSheet, `Tab left the sheet for ${stop.id}`);
  await page.keyboard.press('Escape');
  assert.equal(await page.getByTestId('stale-workout').count(), 0);
  assert.equal(await title(page), 'Crunches');
  await page.getByTestId('pause').waitFor();
}));

test('a paced crunch set shows the crunch it is on as the big number, the set size beside it', () => app.withPage(phone(), async ({ page }) => {
  await open(page, { settings: { crunch_pace_ms: 1500 } });
  await start(page);
  for (let i = 0; i < 40 && (await title(page)) !== 'Crunches'; i++) await page.getByTestId('next').click();
  assert.equal(await page.getByTestId('rep-count').innerText(), '1');
  assert.equal(await page.getByTestId('rep-target').innerText(), '15 reps');
  await page.clock.runFor(7 * 1500 + 100);
  assert.equal(await page.getByTestId('rep-count').innerText(), '8');
  const sizes = await page.evaluate(() => ['rep-count', 'rep-target'].map((id) =>
    parseFloat(getComputedStyle(document.querySelector(`[data-testid=${id}]`)).fontSize)));
  assert.ok(sizes[0] >= 2 * sizes[1], `the count is the big number (${sizes})`);
  assert.ok(sizes[0] >= 56, `readable from the floor (${sizes[0]} px)`);
}));

// Every element a person needs on a step, and whether it is whole and in sight:
// inside the viewport, not cut by the scrolling part of the player, not cut sideways.
const MEASURE = () => {
  const inView = (r, clip) => r.width > 0 && r.height > 0 && r.left >= -0.5 && r.right <= innerWidth + 0.5
    && r.top >= -0.5 && r.bottom <= innerHeight + 0.5
    && (!clip || (r.top >= clip.top - 0.5 && r.bottom <= clip.bottom + 0.5));
  const main = document.querySelector('.player-main').getBoundingClientRect();
  const needed = ['step-title', 'countdown', 'rep-count', 'rep-target', 'step-instruction', 'set-index', 'workout-progress'];
  const problems = [];
  for (const id of needed) {
    const e = document.querySelector(`[data-testid=${id}]`);
    if (!e || (id === 'set-index' && !e.textContent.trim())) continue;
    const r = e.getBoundingClientRect();
    if (!inView(r, main)) problems.push(`${id} not whole in sight: ${JSON.stringify({ top: r.top, bottom: r.bottom, left: r.left, right: r.right })}`);
    if (e.scrollWidth > e.clientWidth + 1 && id !== 'rep-target') problems.push(`${id} cut sideways (${e.scrollWidth} > ${e.clientWidth})`);
  }
  if (!document.querySelector('[data-testid=countdown], [data-testid=rep-target]')) problems.push('no count');
  for (const b of document.querySelectorAll('.player button')) {
    const r = b.getBoundingClientRect();
    if (r.width < 44 || r.height < 44) problems.push(`${b.dataset.testid || b.innerText} is ${r.width}x${r.height}`);
    if (b.closest('.player-controls') && !inView(r)) problems.push(`${b.dataset.testid || b.innerText} off screen`);
  }
  if (document.documentElement.scrollWidth > document.documentElement.clientWidth) problems.push('the page scrolls sideways');
  return problems;
};

for (const [width, height] of [[360, 640], [320, 568]]) {
  test(`with Larger text at ${width} x ${height} every step kind shows its title, count and instruction whole, and every control is 44 x 44`, () => app.withPage(phone(width, height), async ({ page }) => {
    await open(page, { settings: { large_text: true } });
    await start(page);
    const kinds = new Set();
    const problems = [];
    for (let i = 0; i < 60 && !(await page.getByTestId('summary').count()); i++) {
      await page.clock.runFor(300);
      const t = await title(page);
      kinds.add(await page.evaluate(() => (document.querySelector('[data-testid=countdown]') ? 'timed' : 'reps')));
      for (const p of await page.evaluate(MEASURE)) problems.push(`"${t}": ${p}`);
      if (i === 6) {
        // The questions too: their answers whole, in sight and big enough.
        for (const [open, sheet, answer] of [['finish', 'finish-workout', 'finish-keep'], ['this-hurts', 'hurt-choices', 'hurt-continue']]) {
          await page.getByTestId(open).click();
          await page.getByTestId(sheet).waitFor();
          const bad = await page.evaluate((id) => [...document.querySelectorAll(`[data-testid=${id}] button`)].filter((b) => {
            const r = b.getBoundingClientRect();
            return r.width < 44 || r.height < 44 || r.top < 0 || r.bottom > innerHeight || b.scrollWidth > b.clientWidth + 1;
          }).map((b) => b.dataset.testid), sheet);
          for (const b of bad) problems.push(`"${t}" ${sheet}: ${b} cut, off screen or small`);
          await page.getByTestId(answer).click();
        }
      }
      await page.getByTestId('next').click();
    }
    assert.deepEqual(problems, []);
    assert.deepEqual([...kinds].sort(), ['reps', 'timed']);
  }));
}
