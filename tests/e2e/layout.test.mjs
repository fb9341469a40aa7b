// Layout at phone sizes (and the pseudo-locale at the smallest): 320x568, 360x640, 390x844 and 430x932, with normal and Larger text
// (the app's setting), light and dark, on home, every card, the first-run screening and its
// "I have one of these" answer, settings, history (seeded), the report, every kind of player
// step and the player's sheets. Nothing may scroll sideways (the page, or a text element not
// meant to scroll); every control is at least 44x44 px and inside the viewport's width (long
// pages scroll down to it); on the player the step's title, its count and its instruction are
// fully in sight.
//
// One browser and one page per text size: screens are reached through the app's own router
// (no reloads), sizes by resizing, dark by emulateMedia. Findings are collected and reported
// together, so one run shows every problem.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useApp, installClock } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const HISTORY = JSON.parse(fs.readFileSync(path.resolve(here, '../fixtures/report_history.json'), 'utf8'));
// Friday 20 Nov 2026, 13:00 in Berlin, as the report tests: the seeded history is recent.
const NOW = new Date('2026-11-20T12:00:00Z').getTime();
const SIZES = [[320, 568], [360, 640], [390, 844], [430, 932]];
const IDS = ['back-bridge', 'crunches', 'core-breath', 'leg-swings', 'mid-back-stretches'];
const T = { timeout: 300_000 };
// UPRIGHT_LAYOUT_SHOTS=<dir> saves a screenshot of every screen checked (for looking at).
const SHOTS = process.env.UPRIGHT_LAYOUT_SHOTS;

const app = useApp();

/** Runs in the page: what breaks the layout rules on the screen as it is now.
 *  `fixed`: the screen is not meant to scroll (the player), so controls must be in sight. */
function audit({ fixed, player }) {
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  const problems = [];
  const name = (el) => {
    const id = el.getAttribute('data-testid');
    const text = (el.innerText || el.getAttribute('aria-label') || el.value || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${el.tagName.toLowerCase()}${id ? `[${id}]` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${text}"`;
  };
  // Visually hidden on purpose (clipped to nothing, as a table's head stacked on a phone).
  const clipped = (el) => {
    for (let p = el; p && p !== document.body; p = p.parentElement) {
      if (getComputedStyle(p).clip === 'rect(0px, 0px, 0px, 0px)') return true;
    }
    return false;
  };
  const shown = (el) => {
    if (el.closest('[hidden], .sr-only, [aria-hidden="true"]') || clipped(el)) return false;
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  // Boxes meant to scroll sideways (a wide table in its own box), and everything in them.
  const inScroller = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const ox = getComputedStyle(p).overflowX;
      if (ox === 'auto' || ox === 'scroll') return true;
    }
    return false;
  };
  if (document.documentElement.scrollWidth > vw) {
    problems.push(`page is ${document.documentElement.scrollWidth} px wide in a ${vw} px viewport`);
  }
  // Text elements: own text that fits its box, and a box inside the viewport's width.
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('svg') || !shown(el)) continue;
    const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!ownText) continue;
    const cs = getComputedStyle(el);
    const meantToScroll = cs.overflowX === 'auto' || cs.overflowX === 'scroll';
    if (cs.display !== 'inline' && !meantToScroll && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
      problems.push(`${name(el)} overflows its box (${el.scrollWidth} > ${el.clientWidth})`);
    }
    if (!inScroller(el)) {
      const r = el.getBoundingClientRect();
      if (r.left < -1 || r.right > vw + 1) problems.push(`${name(el)} runs off the screen (${Math.round(r.left)}..${Math.round(r.right)} of ${vw})`);
    }
  }
  // Controls: 44x44 at least (a check box or radio counts its label), inside the width.
  // With a sheet open, what lies under it is meant to be out of reach: its own controls count.
  const sheet = [...document.querySelectorAll('[role="alertdialog"], [role="dialog"], dialog[open]')].find(shown);
  const controls = (sheet || document.body).querySelectorAll('button, a[href], input, select, textarea, [role="button"]');
  for (const el of controls) {
    const target = (el.type === 'checkbox' || el.type === 'radio' || el.type === 'file') ? (el.closest('label') || el) : el;
    if (!shown(target)) continue;
    const r = target.getBoundingClientRect();
    // Links inside running text are exempt (WCAG 2.5.8, inline).
    if (el.tagName === 'A' && getComputedStyle(el).display === 'inline') continue;
    if (r.width < 44 - 0.5 || r.height < 44 - 0.5) problems.push(`${name(el)} is ${Math.round(r.width)}x${Math.round(r.height)} px`);
    if (!inScroller(target) && (r.left < -1 || r.right > vw + 1)) problems.push(`${name(el)} is outside the width (${Math.round(r.left)}..${Math.round(r.right)})`);
    // Nothing lies over it (a select over a name, a button over another): its middle is its own.
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    if (cx >= 0 && cx < vw && cy >= 0 && cy < vh) {
      const hit = document.elementFromPoint(cx, cy);
      if (hit && !target.contains(hit) && !hit.contains(target) && !(el.labels && [...el.labels].some((l) => l.contains(hit)))) {
        problems.push(`${name(el)} is covered by ${name(hit)}`);
      }
    }
    if (fixed && (r.top < -1 || r.bottom > vh + 1)) problems.push(`${name(el)} is below or above the screen (${Math.round(r.top)}..${Math.round(r.bottom)} of ${vh})`);
  }
  if (player) {
    // The step's title, its count and its instruction: whole, in sight, not scrolled away.
    const main = document.querySelector('.player-main');
    const box = main ? main.getBoundingClientRect() : { top: 0, bottom: vh };
    for (const id of ['step-title', 'countdown', 'rep-count', 'step-instruction']) {
      const el = document.querySelector(`[data-testid="${id}"]`);
      if (!el || !el.textContent.trim()) continue;
      if (!shown(el)) { problems.push(`${id} is hidden`); continue; }
      const r = el.getBoundingClientRect();
      const top = Math.max(0, box.top);
      const bottom = Math.min(vh, box.bottom);
      if (r.top < top - 1 || r.bottom > bottom + 1) problems.push(`${id} "${el.textContent.trim().slice(0, 30)}" is not fully in sight (${Math.round(r.top)}..${Math.round(r.bottom)}, visible ${Math.round(top)}..${Math.round(bottom)})`);
      const oy = getComputedStyle(el).overflowY;
      if (oy !== 'visible' && el.scrollHeight > el.clientHeight + 1) problems.push(`${id} is cut (${el.scrollHeight} > ${el.clientHeight})`);
    }
  }
  return problems;
}

/** Moves the app to `pathname` through its router (no reload), as a link would. */
async function go(page, pathname) {
  await page.evaluate((p) => {
    history.pushState(null, '', p);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, pathname);
}

/** The context of every size: resized later; only uncaught page errors count. */
const BERLIN = { deviceScaleFactor: 1, timezoneId: 'Europe/Berlin', colorScheme: 'light', consoleErrors: false };

/** Opens home for one text size, seeded with the report's history (screening accepted).
 *  (The browser's language is the context's `locale`.) */
async function openSized(page, large) {
  await installClock(page, NOW);
  const doc = structuredClone(HISTORY);
  doc.settings = { ...doc.settings, large_text: large };
  await page.addInitScript((text) => {
    if (!localStorage.getItem('upright.store')) localStorage.setItem('upright.store', text);
  }, JSON.stringify(doc));
  await page.goto(app.server.url);
  await page.getByTestId('start-workout').waitFor({ timeout: 30_000 });
  // The clock stands still from here: no step moves on while it is looked at.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 30_000);
}

/** Checks the screen now in light and in dark; adds findings to `found` under `where`. */
async function check(page, found, where, opts = {}) {
  await page.clock.runFor(50); // lets the app's next tasks draw
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const problems = await page.evaluate(audit, { fixed: false, player: false, ...opts });
    for (const p of problems) found.push(`${where} ${scheme}: ${p}`);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${where.replace(/[^\w.-]+/g, '_')}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The stored workout's step kinds by title, to name the step on screen. */
async function stepKind(page) {
  return page.evaluate(() => {
    const active = JSON.parse(localStorage.getItem('upright.active') || 'null');
    const title = document.querySelector('[data-testid="step-title"]')?.textContent.trim();
    const step = active?.session?.plan?.steps?.find((s) => s.title === title);
    return step?.kind ?? null;
  });
}

/** Every page of the app at one size; returns the findings, player ones apart. */
async function checkSize(page, size, text) {
  const found = [];
  const playerFound = [];
  const at = (what) => `${size[0]}x${size[1]} ${text} ${what}`;
  await page.setViewportSize({ width: size[0], height: size[1] });

  await go(page, '/');
  await page.getByTestId('start-workout').waitFor();
  await check(page, found, at('home'));
  // A rating of 9 asks before Start.
  await page.getByTestId('pain-before').locator('button[data-value="9"]').click();
  await page.getByTestId('start-workout').click();
  await page.getByTestId('pain-ask').waitFor();
  await check(page, found, at('home-asks'));
  await page.getByTestId('pain-before').locator('button[data-value="3"]').click();

  for (const id of IDS) {
    await go(page, `/${id}`);
    await page.getByTestId('exercise-card').waitFor();
    await check(page, found, at(`card-${id}`));
  }
  await go(page, '/welcome');
  await page.getByTestId('screening').waitFor();
  await check(page, found, at('screening'));
  await page.getByTestId('screening-has-sign').click();
  await page.getByTestId('screening-see-doctor').waitFor();
  await check(page, found, at('screening-see-doctor'));
  await page.getByTestId('screening-back').click();

  await go(page, '/settings');
  await page.getByTestId('settings').waitFor();
  await check(page, found, at('settings'));
  await go(page, '/history');
  await page.getByTestId('history-list').waitFor();
  await check(page, found, at('history'));
  await go(page, '/report');
  await page.getByTestId('report').waitFor();
  await check(page, found, at('report'));

  // The player: one screen of each kind of step, then its sheets.
  await go(page, '/');
  await page.getByTestId('start-workout').click();
  await page.getByTestId('player').waitFor();
  const seen = new Set();
  for (let i = 0; i < 80 && !(await page.getByTestId('summary').count()); i++) {
    const kind = await stepKind(page);
    if (kind && !seen.has(kind)) {
      seen.add(kind);
      await check(page, playerFound, at(`player-${kind}`), { fixed: true, player: true });
      if (seen.size === 1) {
        await page.getByTestId('finish').dispatchEvent('click');
        await page.getByTestId('finish-workout').waitFor();
        await check(page, playerFound, at('player-sheet-finish'), { fixed: true });
        // Pressed without hit-testing: a sheet laid out badly is reported above, not a reason to stop here.
        await page.getByTestId('finish-keep').dispatchEvent('click');
        await page.getByTestId('this-hurts').dispatchEvent('click');
        await page.getByTestId('hurt-choices').waitFor();
        await check(page, playerFound, at('player-sheet-hurt'), { fixed: true });
        await page.getByTestId('hurt-continue').dispatchEvent('click');
        if (await page.getByTestId('resume').count()) await page.getByTestId('resume').dispatchEvent('click');
      }
    }
    if (seen.size >= 7) break;
    await page.getByTestId('next').dispatchEvent('click');
  }
  assert.ok(seen.size >= 6, `${at('player')}: step kinds seen ${[...seen]}`);
  await page.getByTestId('finish').dispatchEvent('click');
  await page.getByTestId('finish-discard').dispatchEvent('click');
  await page.getByTestId('start-workout').waitFor();
  return { found, playerFound, kinds: [...seen] };
}

for (const text of ['normal', 'larger']) {
  test(`no sideways scrolling, 44 px controls, the step in sight: ${text} text, 320-430 px, light and dark`, T, () => app.withPage(BERLIN, async ({ page }) => {
    await openSized(page, text === 'larger');
    const found = [];
    const playerFound = [];
    for (const size of SIZES) {
      const r = await checkSize(page, size, text);
      found.push(...r.found);
      playerFound.push(...r.playerFound);
    }
    if (playerFound.length) console.log(`player findings (${text}):\n  ${playerFound.join('\n  ')}`);
    assert.deepEqual([...found, ...playerFound], [], `layout problems (${text} text):\n  ${[...found, ...playerFound].join('\n  ')}`);
  }));
}

// The pseudo-locale (en-XA: every text accented and about 40 % longer, see examples/pseudo_locale)
// on the smallest phone: longer words in any language must fit as well.
test('the pseudo-locale at 320x568: no sideways scrolling, 44 px controls, the step in sight', T, () => app.withPage({ ...BERLIN, locale: 'en-XA' }, async ({ page }) => {
  await openSized(page, false);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-XA');
  const r = await checkSize(page, [320, 568], 'pseudo');
  const all = [...r.found, ...r.playerFound];
  assert.deepEqual(all, [], `layout problems (pseudo-locale):\n  ${all.join('\n  ')}`);
}));
