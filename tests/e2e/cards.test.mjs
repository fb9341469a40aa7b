// The illustrated exercise cards: opened from home for each exercise (name, numbered steps,
// today's dosage, form cues, cautions, variations), illustrations that have a text alternative
// and really draw a symbol of the served sprite, reduced motion (still, side by side) versus
// the cross-fade, and the player's "How do I do this?" (pauses; "Back to workout" returns).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, waitForHome, installClock } from './harness.mjs';

const app = useApp();

// What each card must say. Dosages are the starting ones of DESIGN.md's table.
const EXPECTED = {
  'back-bridge': {
    name: 'Back bridge', steps: 4, dosage: [/2 × 10 s hold/, /10 s rest between holds/],
    cautions: [/build up slowly/i, /never aim for extreme numbers/i, /listen to your body/i],
    cues: [/straight line/i], variations: [/ball/i],
  },
  crunches: {
    name: 'Crunches', steps: 4, dosage: [/2 × 15 reps, 45 s rest/],
    cautions: [/never more than 100 crunches/i, /neck or back hurts/i],
    cues: [/lift only a little/i, /pushing your neck forward, put your hands across the chest/i],
    variations: [/across the chest/i],
  },
  'core-breath': {
    name: 'Core breath', steps: 4, dosage: [/5 slow breaths/],
    cautions: [/comfortable/i], cues: [/domed/i, /"oo"/], variations: [],
  },
  'leg-swings': {
    name: 'Leg swings', steps: 6, dosage: [/2 rounds of 30 s front-to-back per leg/, /the same sideways/, /at least 15 s rest/],
    cautions: [/balance/i, /second round .* too hard/i], cues: [/foot off the floor/i],
    variations: [/front-to-back/i, /lateral/i],
  },
  'mid-back-stretches': {
    name: 'Mid-back stretches', steps: 5, dosage: [/cobra 3 × 2 breaths/, /side reach 3 × each side/],
    cautions: [/further than is comfortable/i, /after every workout/i], cues: [/hips stay on the floor/i],
    variations: [/cobra/i, /overhead side reach/i],
  },
};
const IDS = Object.keys(EXPECTED);

const card = (page) => page.getByTestId('exercise-card');

async function openHome(page) {
  await page.goto(app.server.url);
  await waitForHome(page);
}

async function openCard(page, id) {
  await page.locator(`[data-testid="exercise-item"][data-exercise="${id}"] a`).click();
  await page.locator(`[data-testid="exercise-card"][data-exercise="${id}"]`).waitFor();
}

/**
 * Facts about every illustration inside `root`: its accessible name, box, and for each
 * <use> shown, whether its symbol exists in the served poses.svg and what it drew.
 */
async function illustrationFacts(page, root) {
  // The sprite is an external file: wait until every shown <use> has drawn (or time out).
  await page.waitForFunction((sel) => [...document.querySelectorAll(`${sel} figure use`)]
    .filter((u) => u.getClientRects().length)
    .every((u) => u.getBBox().width > 0), root, { timeout: 10000 }).catch(() => {});
  return page.evaluate(async (sel) => {
    const text = await (await fetch('poses.svg')).text();
    const sprite = new DOMParser().parseFromString(text, 'image/svg+xml');
    const parseError = sprite.querySelector('parsererror')?.textContent ?? null;
    const symbols = new Set([...sprite.querySelectorAll('symbol[id]')].map((s) => s.id));
    return [...document.querySelectorAll(`${sel} [data-testid="card-illustration"]`)].map((fig) => {
      const box = fig.getBoundingClientRect();
      const uses = [...fig.querySelectorAll('use')].filter((u) => u.getClientRects().length).map((u) => {
        const href = u.getAttribute('href');
        const [file, id] = href.split('#');
        const b = u.getBBox();
        return { href, file, id, exists: symbols.has(id), bbox: [b.width, b.height] };
      });
      const img = fig.querySelector('svg[role="img"]');
      return {
        role: fig.dataset.role ?? null, pose: fig.dataset.pose, parseError,
        label: img?.getAttribute('aria-label') ?? null, box: [box.width, box.height], uses,
      };
    });
  }, root);
}

test('every card opens from home with its name, steps, dosage, cues, cautions and safety notes', () => app.withPage(async ({ page }) => {
  await openHome(page);
  for (const id of IDS) {
    const want = EXPECTED[id];
    await openCard(page, id);
    assert.equal(await card(page).locator('h2').innerText(), want.name);
    // The name gets focus (screen readers announce the new screen) and the card starts at its top.
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H2', `${id}: focus on the name`);
    assert.equal(await page.evaluate(() => window.scrollY), 0, `${id}: scrolled to the top`);

    const purpose = await card(page).getByTestId('card-purpose').innerText();
    assert.equal(purpose.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length, 1, `${id}: one sentence on why`);

    const steps = card(page).locator('ol[data-testid="card-steps"] > li');
    assert.equal(await steps.count(), want.steps, `${id}: numbered steps`);
    assert.ok(want.steps >= 3);
    for (const s of await steps.allInnerTexts()) assert.ok(s.trim().length > 10, `${id}: step "${s}"`);

    const dosage = await card(page).getByTestId('card-dosage').innerText();
    assert.match(dosage, /^Today:/);
    for (const d of want.dosage) assert.match(dosage, d, `${id} dosage`);

    const cues = await card(page).getByTestId('card-cues').innerText();
    for (const c of want.cues) assert.match(cues, c, `${id} form cues`);
    const cautions = card(page).getByTestId('card-cautions').locator('li');
    assert.ok(await cautions.count() >= 1);
    const cautionText = (await cautions.allInnerTexts()).join('\n');
    for (const c of want.cautions) assert.match(cautionText, c, `${id} cautions`);

    const safety = await card(page).getByTestId('card-safety').innerText();
    assert.match(safety, /see a doctor/);
    assert.match(safety, /Listen to your body/);

    // Exactly one main picture, before the steps.
    assert.equal(await card(page).locator('[data-testid="card-illustration"][data-role="main"]').count(), 1);

    await card(page).getByTestId('card-back').click();
    await waitForHome(page);
    assert.equal(await card(page).count(), 0);
  }
}));

test('every illustration has a text alternative and draws a symbol of the served poses.svg', () => app.withPage(async ({ page }) => {
  await openHome(page);
  // Home thumbnails are decorative (the exercise name is next to them) but must still draw.
  const thumbs = await illustrationFacts(page, '[data-testid="exercise-item"]');
  assert.equal(thumbs.length, 5);
  for (const t of thumbs) {
    assert.ok(t.uses.length >= 1, `thumbnail ${t.pose} shows a pose`);
    for (const u of t.uses) assert.ok(u.exists && u.bbox[0] > 0 && u.bbox[1] > 0, `thumbnail ${JSON.stringify(u)}`);
  }
  assert.equal(await page.locator('[data-testid="exercise-item"] [role="img"]').count(), 0, 'thumbnails are decorative');

  for (const id of IDS) {
    await openCard(page, id);
    const figs = await illustrationFacts(page, '[data-testid="exercise-card"]');
    assert.equal(figs.filter((f) => f.role === 'main').length, 1, `${id}: one main illustration`);
    assert.equal(figs.length, 1 + EXPECTED[id].variations.length, `${id}: main picture and one per variation`);
    for (const f of figs) {
      assert.equal(f.parseError, null, 'poses.svg is well-formed XML');
      assert.ok(f.label && f.label.trim().length > 20, `${id}: ${f.pose} has a text alternative`);
      assert.ok(f.box[0] > 50 && f.box[1] > 20, `${id}: ${f.pose} figure has a size (${f.box})`);
      assert.ok(f.uses.length >= 1, `${id}: ${f.pose} shows a pose`);
      for (const u of f.uses) {
        assert.equal(u.file, 'poses.svg', `${id}: ${u.href} points into the sprite`);
        assert.ok(u.exists, `${id}: symbol #${u.id} exists in poses.svg`);
        assert.ok(u.bbox[0] > 20 && u.bbox[1] > 5, `${id}: #${u.id} drew something (bbox ${u.bbox})`);
      }
    }
    // The accessible names as a screen reader gets them.
    const names = await card(page).getByRole('img').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    assert.equal(names.length, figs.length);
    const main = card(page).locator('[data-role="main"]').getByRole('img');
    assert.ok((await main.getAttribute('aria-label')).length > 20);
    await card(page).getByTestId('card-back').click();
    await waitForHome(page);
  }
}));

test("the variations of DESIGN.md's table are on the cards, each with its picture", () => app.withPage(async ({ page }) => {
  await openHome(page);
  for (const id of IDS) {
    await openCard(page, id);
    const items = card(page).getByTestId('card-variation');
    const texts = await items.allInnerTexts();
    assert.equal(texts.length, EXPECTED[id].variations.length, `${id}: ${JSON.stringify(texts)}`);
    EXPECTED[id].variations.forEach((v, i) => assert.match(texts[i], v, `${id} variation ${i}`));
    for (let i = 0; i < texts.length; i++) {
      assert.equal(await items.nth(i).getByRole('img').count(), 1, `${id}: variation ${i} has a picture`);
    }
    await card(page).getByTestId('card-back').click();
    await waitForHome(page);
  }
  // The harder bridge: knees over a ball, drawn with the ball.
  await openCard(page, 'back-bridge');
  const ball = card(page).getByTestId('card-variation').first();
  assert.match(await ball.innerText(), /Ball bridge \(harder\)/);
  assert.equal(await ball.locator('use').getAttribute('href'), 'poses.svg#ball-bridge');
  // Leg swings: one picture front-to-back, one lateral.
  await card(page).getByTestId('card-back').click();
  await openCard(page, 'leg-swings');
  const swingPoses = await card(page).getByTestId('card-variation').locator('figure')
    .evaluateAll((fs) => fs.map((f) => f.dataset.pose));
  assert.deepEqual(swingPoses, ['swing-front', 'swing-side']);
}));

/** Computed state of the main figure's layers. */
const mainFigureState = (page) => card(page).locator('[data-role="main"]').evaluate((fig) => {
  const anim = fig.querySelector('.pose-anim');
  const still = fig.querySelector('.pose-still');
  const shown = (el) => !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
  const layer = (cls) => {
    const u = fig.querySelector(`.pose-anim .${cls}`);
    const cs = getComputedStyle(u);
    return { name: cs.animationName, play: u.getAnimations().map((a) => a.playState), opacity: Number(cs.opacity) };
  };
  const stills = [...(still?.querySelectorAll('svg') ?? [])].map((s) => {
    const r = s.getBoundingClientRect();
    return { x: r.x, y: r.y, w: r.width, h: r.height };
  });
  const stillPoses = [...(still?.querySelectorAll('use') ?? [])].map((u) => u.getAttribute('href').split('#')[1]);
  return { anim: shown(anim), still: shown(still), a: layer('pose-a'), b: layer('pose-b'), stills, stillPoses };
});

test('reduced motion shows both positions side by side, still; otherwise the figure moves', async () => {
  await app.withPage({ reducedMotion: 'reduce' }, async ({ page }) => {
    await openHome(page);
    for (const id of IDS) {
      await openCard(page, id);
      const s = await mainFigureState(page);
      assert.equal(s.anim, false, `${id}: the moving figure is hidden`);
      assert.equal(s.still, true, `${id}: the still pair is shown`);
      assert.equal(s.stills.length, 2);
      const [l, r] = s.stills;
      assert.ok(l.w > 60 && r.w > 60 && l.h > 20, `${id}: both stills have a size ${JSON.stringify(s.stills)}`);
      assert.ok(Math.abs(l.y - r.y) < 1 && r.x >= l.x + l.w, `${id}: side by side ${JSON.stringify(s.stills)}`);
      assert.equal(s.a.name, 'none');
      // Read left to right, the stills go the way the movement does: the bridge starts down.
      if (id === 'back-bridge') assert.deepEqual(s.stillPoses, ['bridge-down', 'bridge-up']);
      await card(page).getByTestId('card-back').click();
      await waitForHome(page);
    }
  });
  await app.withPage(async ({ page }) => {
    await openHome(page);
    for (const id of IDS) {
      await openCard(page, id);
      const s = await mainFigureState(page);
      assert.equal(s.anim, true, `${id}: the moving figure is shown`);
      assert.equal(s.still, false, `${id}: the still pair is hidden`);
      assert.notEqual(s.a.name, 'none');
      assert.notEqual(s.b.name, 'none');
      assert.deepEqual(s.a.play, ['running'], `${id}: position a animates`);
      assert.deepEqual(s.b.play, ['running'], `${id}: position b animates`);
      await card(page).getByTestId('card-back').click();
      await waitForHome(page);
    }
    // A single position (the ball bridge) never fades away.
    await openCard(page, 'back-bridge');
    const one = await card(page).getByTestId('card-variation').first().locator('use').evaluate((u) => ({
      name: getComputedStyle(u).animationName, opacity: getComputedStyle(u).opacity,
    }));
    assert.deepEqual(one, { name: 'none', opacity: '1' });
  });
});

// ---- the player ----

const title = (page) => page.getByTestId('step-title').innerText();
const countdown = (page) => page.getByTestId('countdown').innerText().then(Number);

async function startWorkout(page) {
  const t0 = new Date('2026-11-20T08:00:00Z').getTime();
  await installClock(page, t0);
  await page.goto(app.server.url);
  await waitForHome(page);
  await page.clock.pauseAt(t0 + 60_000);
  await page.getByTestId('start-workout').click();
  await page.getByTestId('player').waitFor();
}

/** The player's figure: its phase, pose, name and which sprite symbols are visible (opacity). */
async function playerFigure(page) {
  const fig = page.getByTestId('player').getByTestId('card-illustration');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="player"] figure use')]
    .filter((u) => u.getClientRects().length).every((u) => u.getBBox().width > 0), null, { timeout: 10000 });
  return fig.evaluate((f) => ({
    phase: f.dataset.phase ?? null,
    pose: f.dataset.pose,
    label: f.querySelector('[role="img"]')?.getAttribute('aria-label') ?? '',
    layers: [...f.querySelectorAll('.pose-anim use, .pose--one use')].map((u) => ({
      id: u.getAttribute('href').split('#')[1], opacity: Number(getComputedStyle(u).opacity),
      play: getComputedStyle(u).animationPlayState,
    })),
  }));
}

/** Waits until the CSS move into a held position has finished (CSS runs on real time). */
async function settled(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="player"] figure use')]
    .every((u) => u.getAnimations().every((a) => a.playState !== 'running' || a.effect.getTiming().iterations === Infinity)),
  null, { timeout: 5000 });
}

const visible = (fig) => fig.layers.filter((l) => l.opacity > 0.99).map((l) => l.id);

test('the player shows the current step: hips up in a bridge hold, down at rest, never blank', () => app.withPage(async ({ page }) => {
  await startWorkout(page);
  assert.equal(await title(page), 'Get ready');
  let fig = await playerFigure(page);
  assert.equal(fig.phase, 'a');
  await settled(page);
  assert.deepEqual(visible(await playerFigure(page)), ['bridge-down']);

  await page.clock.runFor(15000);
  assert.equal(await title(page), 'Bridge hold');
  fig = await playerFigure(page);
  assert.equal(fig.phase, 'b');
  assert.equal(fig.pose, 'bridge-up');
  assert.ok(fig.label.length > 20, 'the figure has a text alternative');
  await settled(page);
  assert.deepEqual(visible(await playerFigure(page)), ['bridge-up'], 'hips up during the hold');

  await page.clock.runFor(10_000);
  assert.equal(await title(page), 'Rest');
  fig = await playerFigure(page);
  assert.equal(fig.phase, 'a');
  await settled(page);
  assert.deepEqual(visible(await playerFigure(page)), ['bridge-down'], 'hips down at rest');

  // Every step of the routine shows a figure with at least one position drawn.
  const seen = new Set();
  for (let i = 0; i < 40; i++) {
    if (await page.getByTestId('summary').count()) break;
    const t = await title(page);
    fig = await playerFigure(page);
    assert.ok(fig.label.length > 20, `${t}: text alternative`);
    assert.ok(Math.max(...fig.layers.map((l) => l.opacity)) >= 0.5, `${t}: a pose is visible ${JSON.stringify(fig.layers)}`);
    seen.add(fig.pose);
    if (t === 'Crunches') {
      // Paused, the figure stops moving too.
      await page.getByTestId('pause').click();
      fig = await playerFigure(page);
      assert.ok(fig.layers.every((l) => l.play === 'paused'), `paused figure: ${JSON.stringify(fig.layers)}`);
      await page.getByTestId('resume').click();
      fig = await playerFigure(page);
      assert.ok(fig.layers.every((l) => l.play === 'running'));
    }
    if (t === 'Side reach – left') assert.deepEqual(visible(fig), ['reach-left']);
    await page.getByTestId('next').click();
  }
  for (const p of ['crunch-down', 'breath-in', 'swing-front', 'swing-side', 'cobra-down', 'reach-left', 'reach-right']) {
    assert.ok(seen.has(p), `the player showed ${p}: ${[...seen]}`);
  }
}));

test('"How do I do this?" pauses the workout, opens the current card and "Back to workout" returns paused, with focus on Resume', () => app.withPage(async ({ page }) => {
  await startWorkout(page);
  await page.clock.runFor(17000);
  assert.equal(await title(page), 'Bridge hold');
  assert.equal(await countdown(page), 8);

  await page.getByTestId('how-to').click();
  await page.locator('[data-testid="exercise-card"][data-exercise="back-bridge"]').waitFor();
  assert.equal(await page.getByTestId('player').count(), 0);
  assert.equal(await card(page).getByTestId('card-paused').innerText(), 'Paused');
  const back = card(page).getByRole('button', { name: 'Back to workout' });
  assert.ok(await back.isVisible());
  // Reading takes as long as it takes: the workout does not move on meanwhile.
  await page.clock.runFor(60_000);

  await back.click();
  await page.getByTestId('player').waitFor();
  // The controls come one task after the player (see widgets::Later): wait for either button.
  await page.getByTestId('resume').or(page.getByTestId('pause')).first().waitFor();
  assert.ok(await page.getByTestId('resume').isVisible(), 'still paused');
  assert.equal(await page.getByTestId('pause').count(), 0);
  assert.equal(await title(page), 'Bridge hold');
  assert.equal(await countdown(page), 8);

  // Focus is on Resume, so Space carries on (on the page, Space is also the pause key).
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'resume');
  await page.keyboard.press(' ');
  await page.getByTestId('pause').waitFor();
  await page.clock.runFor(1000);
  assert.equal(await countdown(page), 7);

  // Later, the card is the current exercise's.
  for (let i = 0; i < 10 && (await title(page)) !== 'Crunches'; i++) await page.getByTestId('next').click();
  assert.equal(await title(page), 'Crunches');
  await page.getByTestId('how-to').click();
  await page.locator('[data-testid="exercise-card"][data-exercise="crunches"]').waitFor();
  await card(page).getByRole('button', { name: 'Back to workout' }).click();
  await page.getByTestId('resume').or(page.getByTestId('pause')).first().waitFor();
  assert.ok(await page.getByTestId('resume').isVisible());
  assert.equal(await title(page), 'Crunches');
}));
