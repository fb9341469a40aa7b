// History that is never lost: saved across reloads, corrupt storage kept
// aside, malformed imports refused, export/import round trip, two tabs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { useApp, waitForHome, installClock, seedStore } from './harness.mjs';

const app = useApp();

const T0 = new Date('2026-11-20T08:00:00Z').getTime();

async function openFresh(page) {
  await page.goto(app.server.url);
  await waitForHome(page);
}

/** Starts a workout and finishes it early; returns on the summary screen. */
async function quickWorkout(page, painBefore) {
  if (painBefore !== undefined) {
    await page.getByTestId('pain-before').locator(`button[data-value="${painBefore}"]`).click();
  }
  await page.getByTestId('start-workout').click();
  await page.getByTestId('player').waitFor();
  await page.getByTestId('finish').click();
  await page.getByTestId('finish-save').click();
  await page.getByTestId('summary').waitFor();
}

async function openHistory(page) {
  await page.getByRole('link', { name: 'History', exact: true }).click();
  await page.getByTestId('history-list').waitFor({ state: 'attached' });
}

test('a whole workout under a fake clock is in history after a reload', () => app.withPage(async ({ page }) => {
  await installClock(page, T0);
  await openFresh(page);
  await page.clock.pauseAt(T0 + 60_000);
  await page.getByTestId('pain-before').locator('button[data-value="5"]').click();
  await page.getByTestId('start-workout').click();
  await page.getByTestId('player').waitFor();
  for (let i = 0; i < 400 && !(await page.getByTestId('summary').count()); i++) {
    if (await page.getByTestId('done-reps').count()) await page.getByTestId('done-reps').click();
    else await page.clock.runFor(5000);
  }
  await page.getByTestId('summary').waitFor();
  await page.getByTestId('pain-after').locator('button[data-value="3"]').click();
  await page.locator('textarea').fill('<b>felt</b> better');
  await page.getByTestId('save-session').click();
  await page.getByTestId('history-list').waitFor();
  // A reload stays on History, read back from storage.
  await page.reload();
  await page.getByTestId('history-list').waitFor({ state: 'attached', timeout: 20_000 });
  assert.equal(new URL(page.url()).pathname, '/history');
  const items = page.getByTestId('history-item');
  assert.equal(await items.count(), 1);
  const text = await items.first().innerText();
  // The date in the phone's own style (here en-US), as it read where it was recorded.
  assert.match(text, /Nov 20, 2026/);
  assert.match(text, /pain 5 → 3/);
  assert.match(text, /Crunches: 30 reps in 2 of 2 sets/);
  // A note is text, never markup.
  assert.match(text, /<b>felt<\/b> better/);
  assert.equal(await items.first().locator('b').count(), 0);
  assert.equal(await page.getByTestId('streak').innerText(), '1 day');
}));

test('corrupt storage: notice, raw text kept aside and downloadable, app still starts', () => app.withPage(async ({ page }) => {
  await openFresh(page);
  await quickWorkout(page);
  await page.getByTestId('save-session').click();
  const good = await page.evaluate(() => localStorage.getItem('upright.store'));
  const raw = good.slice(0, good.length - 40); // cut mid-document
  await page.evaluate((r) => localStorage.setItem('upright.store', r), raw);
  await page.goto(app.server.url);
  await waitForHome(page);
  const notice = page.getByTestId('app-notice');
  await notice.waitFor();
  assert.match(await notice.innerText(), /could not be read/);
  const kept = await page.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('upright.quarantine.')).map((k) => localStorage.getItem(k)));
  assert.deepEqual(kept, [raw]);
  const download = page.waitForEvent('download');
  await page.getByTestId('download-raw').click();
  const file = await (await download).path();
  assert.equal(fs.readFileSync(file, 'utf8'), raw);
  // The session before the damage survived.
  await openHistory(page);
  assert.equal(await page.getByTestId('history-item').count(), 1);
}));

test('a malformed import changes nothing and says what is wrong', () => app.withPage(async ({ page }) => {
  await openFresh(page);
  await quickWorkout(page);
  await page.getByTestId('save-session').click();
  const before = await page.evaluate(() => localStorage.getItem('upright.store'));
  const bad = JSON.stringify({ version: 2, sessions: [{ id: 'x', started_at_ms: 1, ended_at_ms: 2, routine_version: 1, exercises: [], pain_before: 12 }] });
  await page.getByTestId('import-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  const notice = page.getByTestId('app-notice');
  await notice.waitFor();
  const message = await notice.innerText();
  assert.match(message, /nothing changed/);
  assert.match(message, /sessions\[0\]\.pain_before/);
  await page.getByTestId('import-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 2,\n "sessions": [oops]}') });
  await page.waitForFunction(() => /line 2/.test(document.querySelector('[data-testid=app-notice]')?.innerText || ''));
  assert.equal(await page.evaluate(() => localStorage.getItem('upright.store')), before);
  assert.equal(await page.getByTestId('history-item').count(), 1);
}));

test('export JSON and import it into a fresh profile: the same history', () => app.withPage(async (a) => {
  await openFresh(a.page);
  for (const pain of [6, 4]) {
    await quickWorkout(a.page, pain);
    await a.page.getByTestId('save-session').click();
    await a.page.getByRole('button', { name: 'Back' }).click();
    await waitForHome(a.page);
  }
  await openHistory(a.page);
  const download = a.page.waitForEvent('download');
  await a.page.getByTestId('export-json').click();
  const dl = await download;
  assert.match(dl.suggestedFilename(), /^upright-history-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = fs.readFileSync(await dl.path(), 'utf8');
  const csvDownload = a.page.waitForEvent('download');
  await a.page.getByTestId('export-csv').click();
  const csv = fs.readFileSync(await (await csvDownload).path(), 'utf8').trim().split(/\r?\n/);
  assert.equal(csv.length, 3, 'header and one row per session');
  const itemsA = await a.page.getByTestId('history-item').allInnerTexts();

  await app.withPage(async (b) => {
    await openFresh(b.page);
    await openHistory(b.page);
    assert.equal(await b.page.getByTestId('history-item').count(), 0);
    await b.page.getByTestId('import-file').setInputFiles({ name: 'h.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await b.page.getByTestId('app-notice').waitFor();
    assert.match(await b.page.getByTestId('app-notice').innerText(), /Imported 2 sessions: all new\./);
    assert.deepEqual(await b.page.getByTestId('history-item').allInnerTexts(), itemsA);
    // Importing the same file again adds nothing.
    await b.page.getByTestId('import-file').setInputFiles({ name: 'h.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await b.page.waitForFunction(() => /all were already here, nothing new/.test(document.querySelector('[data-testid=app-notice]')?.innerText || ''));
    assert.equal(await b.page.getByTestId('history-item').count(), 2);
  });
}));

test('two tabs writing sessions: both are kept', () => app.withPage(async ({ page, context }) => {
  await openFresh(page);
  const other = await context.newPage();
  await other.goto(app.server.url);
  await waitForHome(other);
  await quickWorkout(page, 2);
  await page.getByTestId('save-session').click();
  // The second tab loaded before the first saved; its save must merge, not overwrite.
  await quickWorkout(other, 7);
  await other.getByTestId('save-session').click();
  await other.getByTestId('history-list').waitFor();
  assert.equal(await other.getByTestId('history-item').count(), 2);
  // The first tab was refreshed by the storage event, without a reload.
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=history-item]').length === 2);
  await page.reload();
  await page.getByTestId('history-list').waitFor({ state: 'attached', timeout: 20_000 });
  assert.equal(await page.getByTestId('history-item').count(), 2);
}));

test("another tab's answer to one workout redraws inside that row; every row keeps its nodes", () => app.withPage(async ({ page, context }) => {
  const DAY = 86_400_000;
  const start = (d) => T0 - d * DAY;
  const sessions = [3, 2, 1].map((d) => ({
    id: `seed-${d}`, started_at_ms: start(d), ended_at_ms: start(d) + 15 * 60_000, tz_offset_min: 0, routine_version: 1,
    exercises: [{ exercise: 'crunches', planned: { kind: 'reps', reps: 15, sets: 2 }, done: { reps: 30, sets: 2 } }],
    pain_before: 4, completed: true,
  }));
  await seedStore(page, JSON.stringify({ version: 3, sessions, settings: {}, meta: { screening_accepted_ms: T0 - 30 * DAY } }));
  await openFresh(page);
  await openHistory(page);
  const items = page.getByTestId('history-item');
  assert.equal(await items.count(), 3);
  // Marks every row and every row's text holders, as DOM objects (not attributes the app could copy).
  await page.evaluate(() => {
    for (const li of document.querySelectorAll('[data-testid=history-item]')) {
      li.__kept = true;
      for (const el of li.querySelectorAll('*')) el.__kept = true;
    }
  });
  const other = await context.newPage();
  await other.goto(`${app.server.url}summary?session=seed-2`);
  await other.getByTestId('summary').waitFor({ timeout: 20_000 });
  await other.getByTestId('pain-after').locator('button[data-value="2"]').click();
  await other.getByRole('button', { name: 'Hard', exact: true }).click();
  await other.locator('textarea').fill('stiff at first');
  await other.getByTestId('save-session').click();
  // The first tab hears of it by the storage event, without a reload.
  const answered = page.locator('[data-testid=history-item][data-id="seed-2"]');
  await answered.getByText('stiff at first').waitFor();
  assert.match(await answered.innerText(), /pain 4 → 2.*felt hard/s);
  const kept = await page.evaluate(() => [...document.querySelectorAll('[data-testid=history-item]')].map((li) => ({
    id: li.dataset.id,
    row: li.__kept === true,
    // The answered row's new note paragraph is new; every other element was there before.
    inside: [...li.querySelectorAll('*')].filter((el) => !el.__kept).map((el) => el.className),
  })));
  assert.deepEqual(kept, [
    { id: 'seed-1', row: true, inside: [] },
    { id: 'seed-2', row: true, inside: ['hi-note'] },
    { id: 'seed-3', row: true, inside: [] },
  ]);
  for (const id of ['seed-1', 'seed-3']) {
    assert.doesNotMatch(await page.locator(`[data-testid=history-item][data-id="${id}"]`).innerText(), /→|felt/);
  }
}));

test('a long history shows the newest 30 workouts, newest first, then older ones on request, with focus on the first of them', () => app.withPage(async ({ page }) => {
  const DAY = 86_400_000;
  // 45 workouts, one a day; seed-44 is the newest.
  const sessions = Array.from({ length: 45 }, (_, i) => ({
    id: `seed-${i}`, started_at_ms: T0 - (45 - i) * DAY, ended_at_ms: T0 - (45 - i) * DAY + 15 * 60_000, tz_offset_min: 0,
    routine_version: 1, exercises: [{ exercise: 'crunches', planned: { kind: 'reps', reps: 15, sets: 2 }, done: { reps: 30, sets: 2 } }],
    pain_before: 4, completed: true,
  }));
  await seedStore(page, JSON.stringify({ version: 3, sessions, settings: {}, meta: { screening_accepted_ms: T0 - 60 * DAY } }));
  await openFresh(page);
  await openHistory(page);
  // The new screen's heading has focus (a screen reader says where the person is).
  await page.waitForFunction(() => document.activeElement?.textContent === 'History');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H2');
  const ids = () => page.evaluate(() => [...document.querySelectorAll('[data-testid=history-item]')].map((li) => li.dataset.id));
  // The rows come in a few tasks; the page is whole once the button below them says what is left.
  const more = page.getByTestId('history-more');
  await more.waitFor();
  assert.equal(await more.innerText(), 'Show older workouts (15 more)');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=history-item]').length === 30);
  assert.deepEqual(await ids(), Array.from({ length: 30 }, (_, i) => `seed-${44 - i}`));
  // By keyboard: the button goes with the last page, and focus moves to the first row it added.
  await more.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=history-item]').length === 45);
  await page.waitForFunction(() => document.activeElement?.dataset.id === 'seed-14');
  assert.deepEqual(await ids(), Array.from({ length: 45 }, (_, i) => `seed-${44 - i}`));
  assert.equal(await more.count(), 0, 'nothing older is left to show');
  // Every row is on the page as text, the oldest too (what a copy or a reader gets).
  assert.equal((await page.evaluate(() => document.body.innerText)).match(/Crunches: 30 reps in 2 of 2 sets/g).length, 45);
}));
