// Every screen has an address: the back gesture goes back a screen instead of leaving the app,
// a link opens its screen, a reload stays on it, at the root and under a sub-path; back from a
// running workout asks first; and a returning visit starts from the service worker's cache even
// when the network hangs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIST, useApp, withServer, waitForHome, workerList } from './harness.mjs';

const T = { timeout: 120_000 };
const app = useApp();

/** Opens `url` in a fresh profile and accepts the screening: a returning person. */
async function returning(page, url) {
  await page.goto(url);
  await waitForHome(page);
}

const pathOf = (page) => new URL(page.url()).pathname + new URL(page.url()).search;

test('the back gesture from a card returns home; forward opens the card again', T, async () => {
  await app.withPage(async ({ page }) => {
    await returning(page, app.server.url);
    await page.locator('[data-testid="exercise-item"][data-exercise="crunches"] a').click();
    await page.locator('[data-testid="exercise-card"][data-exercise="crunches"]').waitFor();
    assert.equal(pathOf(page), '/crunches');
    await page.goBack();
    await page.getByTestId('start-workout').waitFor();
    assert.equal(pathOf(page), '/');
    assert.equal(await page.getByTestId('exercise-card').count(), 0);
    await page.goForward();
    await page.locator('[data-testid="exercise-card"][data-exercise="crunches"]').waitFor();
  });
});

test('the back gesture from history and from settings returns home; their Back buttons too', T, async () => {
  await app.withPage(async ({ page }) => {
    await returning(page, app.server.url);
    for (const name of ['History', 'Settings']) {
      await page.getByRole('link', { name, exact: true }).click();
      await page.getByRole('heading', { name, level: 2 }).waitFor();
      assert.equal(pathOf(page), `/${name.toLowerCase()}`);
      await page.goBack();
      await page.getByTestId('start-workout').waitFor();
      assert.equal(pathOf(page), '/');
    }
    // The on-screen Back goes back in history too: no extra entry piles up.
    await page.getByRole('link', { name: 'History', exact: true }).click();
    await page.getByTestId('history-list').waitFor({ state: 'attached' });
    const length = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByTestId('start-workout').waitFor();
    assert.equal(await page.evaluate(() => history.length), length);
  });
});

test('a link to a card opens it, a reload stays on it, and back goes home rather than out of the app', T, async () => {
  await app.withPage(async ({ context, page }) => {
    await returning(page, app.server.url);
    const fresh = await context.newPage();
    await fresh.goto(`${app.server.url}leg-swings`);
    await fresh.locator('[data-testid="exercise-card"][data-exercise="leg-swings"]').waitFor({ timeout: 20_000 });
    await fresh.reload();
    await fresh.locator('[data-testid="exercise-card"][data-exercise="leg-swings"]').waitFor({ timeout: 20_000 });
    await fresh.goBack();
    await fresh.getByTestId('start-workout').waitFor();
    assert.equal(pathOf(fresh), '/');
    // An address the app does not have shows home.
    await fresh.goto(`${app.server.url}no-such-screen`);
    await fresh.getByTestId('start-workout').waitFor({ timeout: 20_000 });
  });
});

test('a reload keeps history and settings on screen', T, async () => {
  await app.withPage(async ({ page }) => {
    await returning(page, app.server.url);
    for (const [name, path] of [['History', '/history'], ['Settings', '/settings']]) {
      await page.getByRole('link', { name, exact: true }).click();
      await page.getByRole('heading', { name, level: 2 }).waitFor();
      await page.reload();
      await page.getByRole('heading', { name, level: 2 }).waitFor({ timeout: 20_000 });
      assert.equal(pathOf(page), path);
      await page.goBack();
      await page.getByTestId('start-workout').waitFor();
    }
  });
});

test('every address the app writes opens its screen, read by the route table; one it does not have goes home', T, async () => {
  await app.withPage(async ({ page }) => {
    await returning(page, app.server.url);
    const screens = [
      ['/history', '[data-testid="history-list"]'],
      ['/settings', '[data-testid="settings"]'],
      ['/welcome', '[data-testid="screening"]'],
      ['/report', '[data-testid="report"][data-period="4w"]'],
      ['/report?period=3m', '[data-testid="report"][data-period="3m"]'],
      ['/report?period=never', '[data-testid="report"][data-period="4w"]'],
      ['/crunches', '[data-testid="exercise-card"][data-exercise="crunches"]'],
      ['/leg-swings?from=workout', '[data-testid="exercise-card"][data-exercise="leg-swings"]'],
      ['/summary?session=gone', 'text=That workout is not in your history.'],
    ];
    for (const [path, shown] of screens) {
      await page.goto(app.server.url + path.slice(1));
      await page.locator(shown).waitFor({ state: 'attached', timeout: 20_000 });
      assert.equal(pathOf(page), path);
    }
    // The query read back: a card opened from the player returns there.
    for (const [query, back] of [['?from=workout', '◀ Back to workout'], ['', '◀ Back']]) {
      await page.goto(`${app.server.url}leg-swings${query}`);
      assert.equal(await page.getByTestId('card-back').innerText(), back);
    }
    // Choosing a period rewrites the query, and the report follows it.
    await page.goto(app.server.url + 'report');
    await page.getByRole('radio', { name: 'Everything recorded' }).check();
    await page.locator('[data-testid="report"][data-period="all"]').waitFor();
    assert.equal(pathOf(page), '/report?period=all');
    // No such exercise, a summary without its session, the player without a workout: home.
    for (const path of ['/no-such-screen', '/summary', '/workout']) {
      await page.goto(app.server.url + path.slice(1));
      await page.getByTestId('start-workout').waitFor({ timeout: 20_000 });
      assert.equal(pathOf(page), '/', path);
    }
  });
});

test('the first run opens the screening at any address, then goes on to home', T, async () => {
  await app.withPage(async ({ page }) => {
    await page.goto(`${app.server.url}history`);
    await page.getByTestId('screening').waitFor({ timeout: 20_000 });
    assert.equal(pathOf(page), '/welcome');
    await page.getByTestId('screening-accept').click();
    await page.getByTestId('start-workout').waitFor();
    assert.equal(pathOf(page), '/');
  });
});

test('back from a running workout asks first; staying keeps the player, leaving keeps the workout', T, async () => {
  await app.withPage(async ({ page }) => {
    await returning(page, app.server.url);
    await page.getByTestId('start-workout').click();
    await page.getByTestId('player').waitFor();
    assert.equal(pathOf(page), '/workout');
    const title = await page.getByTestId('step-title').innerText();

    await page.goBack();
    await page.getByTestId('leave-workout').waitFor();
    assert.equal(pathOf(page), '/workout');
    assert.ok(await page.getByTestId('player').isVisible());
    await page.getByTestId('leave-stay').click();
    assert.equal(await page.getByTestId('leave-workout').count(), 0);
    assert.ok(await page.getByTestId('player').isVisible());

    await page.goBack();
    await page.getByTestId('leave-workout').waitFor();
    await page.getByTestId('leave-go').click();
    await page.getByTestId('workout-running').waitFor();
    assert.equal(pathOf(page), '/');
    assert.match(await page.getByTestId('start-workout').innerText(), /Back to the workout/);
    assert.ok(await page.evaluate(() => localStorage.getItem('upright.active') !== null), 'the workout is still saved');

    await page.getByTestId('start-workout').click();
    await page.getByTestId('player').waitFor();
    assert.equal(await page.getByTestId('step-title').innerText(), title, 'the same workout resumes');
    // A finished workout's summary replaces the player: back goes home, not into a dead player.
    await page.getByTestId('finish').click();
    await page.getByTestId('finish-save').click();
    await page.getByTestId('summary').waitFor();
    assert.match(pathOf(page), /^\/summary\?session=/);
    await page.goBack();
    await page.getByTestId('start-workout').waitFor();
    assert.match(await page.getByTestId('start-workout').innerText(), /Start workout/);
  });
});

test('under /upright/ every screen keeps its address inside the folder', T, () => withServer({ base: '/upright/' }, (sub) =>
  app.withPage(async ({ page }) => {
    await returning(page, sub.url);
    await page.getByRole('link', { name: 'History', exact: true }).click();
    await page.getByTestId('history-list').waitFor({ state: 'attached' });
    assert.equal(pathOf(page), '/upright/history');
    await page.reload();
    await page.getByTestId('history-list').waitFor({ state: 'attached', timeout: 20_000 });
    await page.goBack();
    await page.getByTestId('start-workout').waitFor();
    assert.equal(pathOf(page), '/upright/');
    await page.goto(`${sub.url}back-bridge`);
    await page.locator('[data-testid="exercise-card"][data-exercise="back-bridge"]').waitFor({ timeout: 20_000 });
    // The card's pictures resolve inside the folder too.
    const sprite = await page.locator('[data-testid="exercise-card"] use').first().evaluate((u) => u.href.baseVal);
    assert.equal(new URL(sprite, page.url()).pathname, '/upright/poses.svg');
  })));

test('a returning visit is usable from the cache while the network hangs', T, async () => {
  await app.withPage(async ({ context, page }) => {
    await returning(page, app.server.url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      }
    });
    // Every request that reaches the network from now on hangs: no answer, no error.
    const hung = [];
    await context.route('**/*', (route) => { hung.push(new URL(route.request().url()).pathname); });
    await page.reload({ waitUntil: 'commit' });
    await page.getByTestId('start-workout').waitFor({ timeout: 20_000 });
    await page.getByRole('link', { name: 'History', exact: true }).click();
    await page.getByTestId('history-list').waitFor({ state: 'attached' });
    // Nothing the app needs went to the network: the browser may still ask for a newer sw.js,
    // and the worker keeps the files it keeps later (other languages, icons) in the background.
    const later = workerList(DIST, 'LATER').map(([f]) => `/${f}`);
    assert.ok(later.length > 0);
    assert.deepEqual(hung.filter((p) => !p.endsWith('/sw.js') && !later.includes(p)), []);
  });
});
