// The cross-engine tier: the same journeys on WebKit (WebKitGTK's MiniBrowser), Firefox ESR and
// Chromium, each driven through its own W3C WebDriver (driver.mjs), against the release build
// with the page shim (shim.js) loaded first. Every journey opens a new session, i.e. a fresh
// profile. Time: the shim freezes Date at an instant the journey sets and moves it on demand;
// timers and animation frames stay real, so moving the instant is a fast-forward the app sees
// exactly as elapsed time (it always computes deadline - now).
//
//   UPRIGHT_ENGINES=webkit,firefox   only some engines (default: all three)
//   UPRIGHT_DIST=dir                 another build folder (default: dist/)
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST } from '../e2e/harness.mjs';
import { startDriver, ENGINES, shimmedCopy, serveLikeHost, tid } from './driver.mjs';

const WANTED = (process.env.UPRIGHT_ENGINES || 'webkit,firefox,chromium').split(',').map((e) => e.trim()).filter(Boolean);
const T0 = Date.UTC(2026, 10, 20, 8, 0, 0);
const T = { timeout: 180_000 };
/** The first get-ready: getting down onto the floor is a change of position (15 s). */
const FIRST_GET_READY_MS = 15_000;

let root;
before(() => {
  assert.ok(fs.existsSync(path.join(DIST, 'sw.js')), `${DIST} has no sw.js: build the release first`);
  root = shimmedCopy(DIST);
});
after(() => root && fs.rmSync(root, { recursive: true, force: true }));

// Per-engine tallies, printed after each engine's block so the tier reports per engine.
const tally = {};

/** A stored document: screening accepted, `settings` over the defaults. */
const storedDoc = (settings = {}) => JSON.stringify({
  version: 2, sessions: [], settings, meta: { screening_accepted_ms: T0 - 86_400_000 },
});

/**
 * Opens the app in session `s`: first a same-origin blank page where the shim's orders
 * (clock, emulations) and any stored data are written, then the app at `at`. The blank page is
 * outside the app's folder (serveLikeHost), so the app's service worker never answers it with
 * the app: nothing of the app runs there to write storage or report an error after this clears it.
 */
async function open(s, server, { now = null, cfg = {}, store = null, at = '' } = {}) {
  await s.go(server.setup);
  const appHere = await s.exec((now, cfg, store) => {
    sessionStorage.clear();
    localStorage.clear();
    if (now !== null) sessionStorage.setItem('engines.now', String(now));
    sessionStorage.setItem('engines.cfg', JSON.stringify(cfg));
    for (const [k, v] of Object.entries(store || {})) localStorage.setItem(k, v);
    return !!window.__engines || !!(navigator.serviceWorker && navigator.serviceWorker.controller);
  }, now, cfg, store);
  assert.equal(appHere, false, 'the setup page is a plain page: no app, no service worker');
  await s.go(server.url + at);
}

/** Waits for home, accepting the first-run screening on the way if it shows. */
async function home(s) {
  await s.waitFor(`${tid('start-workout')}, ${tid('screening-accept')}`);
  if (await s.count(tid('screening-accept'))) {
    await s.click(tid('screening-accept'));
  }
  await s.waitFor(tid('start-workout'));
}

/** Moves the frozen clock on by `ms` in steps, letting the app's 250 ms tick run after each. */
const advance = (s, ms, { step = 1000, wait = 300 } = {}) => s.execAsync(async (ms, step, wait) => {
  for (let left = ms; left > 0; left -= step) {
    window.__engines.advance(Math.min(step, left));
    await new Promise((r) => setTimeout(r, wait));
  }
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}, ms, step, wait);

const title = (s) => s.text(tid('step-title'));
/** Waits until the step on screen is `want`. */
const titleIs = (s, want) => s.until((want) => document.querySelector('[data-testid="step-title"]').textContent === want,
  { args: [want], what: `the step ${want}` });
const countdown = async (s) => Number(await s.text(tid('countdown')));
/** What the shim recorded. */
const spied = (s) => s.exec(() => {
  const E = window.__engines;
  return {
    contexts: E.contexts, resumes: E.resumes, state: E.ctx ? E.ctx.state : null, beeps: E.beeps, speech: E.speech,
    vibrations: E.vibrations, prompts: E.prompts,
    errors: JSON.parse(sessionStorage.getItem('engines.errors') || '[]'),
  };
});

/**
 * Waits for the AudioContext to run. Firefox without a sound device (headless here) keeps
 * every context suspended whatever the page does: that is named, and the caller checks the
 * scheduling without it. Resolves to whether the context runs.
 */
async function runsOrNamed(s, t) {
  try {
    await s.until(() => window.__engines.ctx && window.__engines.ctx.state === 'running', { what: 'the AudioContext to run', timeout: 5000 });
    return true;
  } catch (e) {
    if (s.engine !== 'firefox') throw e;
    t.diagnostic('Firefox: no audio output device, so the AudioContext stays suspended (beeps are checked on its clock)');
    return false;
  }
}

async function startWorkout(s, painBefore) {
  if (painBefore !== undefined) await s.click(`${tid('pain-before')} button[data-value="${painBefore}"]`);
  await s.click(tid('start-workout'));
  await s.waitFor(tid('player'));
  await s.waitFor(tid('step-title'));
}

async function noErrors(s) {
  const { errors } = await spied(s);
  assert.deepEqual(errors, [], 'no uncaught error or console.error in the page');
}

/** Finds an element by a label's text; returns its reference (`exec` serializes elements). */
const byLabel = (s, text, inputSelector = 'input') => s.exec((text, sel) => {
  const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim().startsWith(text));
  return label ? label.querySelector(sel) : null;
}, text, inputSelector);

/**
 * Runs the workout fast in the page (one second of frozen time per animation frame) until a
 * rep step waits for Done, the summary shows, or `limitMs` of workout time passed. Returns the
 * step titles seen on the way.
 */
const runFast = (s, limitMs) => s.execAsync(async (limitMs) => {
  const seen = [];
  const q = (id) => document.querySelector(`[data-testid="${id}"]`);
  for (let t = 0; t <= limitMs; t += 1000) {
    if (q('summary')) return { end: 'summary', seen };
    const title = q('step-title') && q('step-title').textContent;
    if (title && title !== seen[seen.length - 1]) seen.push(title);
    if (q('done-reps')) return { end: 'reps', seen };
    window.__engines.advance(1000);
    await new Promise((r) => requestAnimationFrame(() => r()));
  }
  return { end: 'limit', seen };
}, limitMs);

for (const engine of WANTED) {
  const spec = ENGINES[engine];
  const label = `${spec ? spec.label : engine} ${spec ? spec.version() : ''}`.trim();
  describe(label, () => {
    let driver, server;
    tally[engine] = { passed: 0, failed: 0, skipped: 0 };
    before(async () => {
      driver = await startDriver(engine);
      server = await serveLikeHost(root);
    });
    after(async () => {
      await driver?.stop();
      await server?.close();
      const t = tally[engine];
      console.log(`engine ${engine} (${label}): ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
    });

    /** One journey in a fresh session (a fresh profile), closed afterwards whatever happens. */
    const journey = (name, fn) => test(name, T, async (t) => {
      const s = await driver.session();
      let skipped = false;
      const ctx = { diagnostic: (m) => t.diagnostic(m), skip: (m) => { skipped = true; t.skip(m); } };
      try {
        await fn(s, ctx);
        tally[engine][skipped ? 'skipped' : 'passed']++;
      } catch (e) {
        tally[engine].failed++;
        throw e;
      } finally {
        await s.close();
      }
    });

    journey('first run: the screening, then home, and not again after a reload', async (s) => {
      await open(s, server);
      await s.waitFor(tid('screening'));
      assert.ok((await s.count(`${tid('warning-signs')} li`)) > 0, 'the warning signs are listed');
      assert.equal(await s.count(tid('start-workout')), 0);
      await s.click(tid('screening-accept'));
      await s.waitFor(tid('start-workout'));
      assert.equal(await s.count(`${tid('exercise-item')}`), 5);
      // The screening's buttons are gone: focus is on home's title, not dropped on the page.
      await s.until(() => document.activeElement?.tagName === 'H1', { what: 'focus on home\'s title' });
      await s.refresh();
      await s.waitFor(tid('start-workout'));
      assert.equal(await s.count(tid('screening')), 0, 'accepted once is enough');
      await noErrors(s);
    });

    journey('a whole workout from the Start tap to saved history, cues on the audio clock', async (s, t) => {
      await open(s, server, { now: T0 });
      await home(s);
      await startWorkout(s, 4);
      assert.equal(await title(s), 'Get ready');
      // The one AudioContext is created or resumed inside the Start tap (autoplay rules,
      // strictest in WebKit), and it runs.
      let audio = await spied(s);
      assert.equal(audio.contexts.length, 1, 'one AudioContext');
      assert.ok(audio.contexts[0].inTap || audio.resumes.some((r) => r.inTap),
        `created or resumed inside the Start tap: ${JSON.stringify(audio)}`);
      await runsOrNamed(s, t);
      // Getting down onto the floor is a change of position: the first get-ready is 15 s.
      assert.equal(await countdown(s), FIRST_GET_READY_MS / 1000);
      await advance(s, FIRST_GET_READY_MS);
      assert.equal(await title(s), 'Bridge hold');
      audio = await spied(s);
      const ticks = audio.beeps.filter((b) => b.freq === 880);
      assert.ok(ticks.length >= 3, `3-2-1 ticks scheduled: ${JSON.stringify(audio.beeps)}`);
      for (const b of ticks) assert.ok(b.when >= b.now - 0.005, 'scheduled ahead on the audio clock');
      const hasSpeech = await s.exec(() => !!window.speechSynthesis);
      if (hasSpeech) {
        // Speech is unlocked inside the tap (iOS speaks from timers only after that), then
        // each step is spoken in English when it starts.
        assert.ok(audio.speech.length && audio.speech[0].inTap, `speech unlocked in the Start tap: ${JSON.stringify(audio.speech)}`);
        assert.ok(audio.speech.some((u) => /bridge/i.test(u.text) && /^en/.test(u.lang)), `speech queued: ${JSON.stringify(audio.speech)}`);
      }

      const seen = ['Get ready', 'Bridge hold'];
      let doneTaps = 0;
      for (let round = 0; round < 10; round++) {
        const r = await runFast(s, 40 * 60_000);
        for (const x of r.seen) if (x !== seen[seen.length - 1]) seen.push(x);
        if (r.end === 'summary') break;
        assert.equal(r.end, 'reps', `the workout ran ${r.end} after ${seen.join(' / ')}`);
        assert.equal(await s.text(tid('rep-target')), '15 reps');
        await s.click(tid('done-reps'));
        doneTaps++;
      }
      assert.equal(doneTaps, 2, 'two crunch sets, each finished with Done');
      for (const t of ['Rest', 'Crunches', 'Core breath', 'Cobra', 'Side reach – right']) {
        assert.ok(seen.includes(t), `${t} among ${seen.join(' / ')}`);
      }
      await s.waitFor(tid('summary'));
      assert.match(await s.text(tid('summary-results')), /Crunches: 30 reps in 2 of 2 sets/);
      await s.click(`${tid('pain-after')} button[data-value="2"]`);
      await s.click(tid('save-session'));
      await s.waitFor(tid('history-item'));
      assert.equal(await s.count(tid('history-item')), 1);
      assert.match(await s.text(tid('history-item')), /pain 4 → 2/);
      await noErrors(s);
    });

    journey('a reload in the middle of a hold resumes the same step; a tap turns sound back on', async (s, t) => {
      await open(s, server, { now: T0 });
      await home(s);
      await startWorkout(s);
      await advance(s, FIRST_GET_READY_MS + 4000);
      assert.equal(await title(s), 'Bridge hold');
      assert.equal(await countdown(s), 6);
      await s.refresh();
      await s.waitFor(tid('player'));
      assert.equal(await title(s), 'Bridge hold');
      assert.equal(await countdown(s), 6);
      // After a reload no page may start sound by itself: the player asks for a tap, and
      // beeps follow on the next step change.
      await advance(s, 3000);
      assert.equal(await countdown(s), 3);
      await s.click(tid('sound-on'));
      const tapped = await s.exec(() => window.__engines.contexts.concat(window.__engines.resumes).some((c) => c.inTap));
      assert.ok(tapped, 'the context came from the tap');
      const running = await runsOrNamed(s, t);
      if (running) await s.waitGone(tid('sound-on'));
      await advance(s, 3000);
      assert.equal(await title(s), 'Rest');
      const beeps = (await spied(s)).beeps;
      assert.ok(beeps.length > 0, 'the step change put beeps on the audio clock');
      assert.ok(beeps.every((b) => b.when >= b.now - 0.05), JSON.stringify(beeps));
      if (running) assert.ok(beeps.every((b) => b.state === 'running'), `beeps on a running context: ${JSON.stringify(beeps)}`);
      await noErrors(s);
    });

    journey('pause freezes the countdown; resume, skip and back move on', async (s) => {
      await open(s, server, { now: T0 });
      await home(s);
      await startWorkout(s);
      await advance(s, FIRST_GET_READY_MS + 2000);
      assert.equal(await countdown(s), 8);
      await s.click(tid('pause'));
      await s.waitFor(tid('resume'));
      await advance(s, 60_000, { step: 60_000 });
      assert.equal(await countdown(s), 8);
      assert.equal(await title(s), 'Bridge hold');
      await s.click(tid('resume'));
      await s.waitFor(tid('pause'));
      await advance(s, 1000);
      assert.equal(await countdown(s), 7);
      await s.click(tid('next'));
      await titleIs(s, 'Rest');
      await s.click(tid('prev'));
      await titleIs(s, 'Bridge hold');
      await noErrors(s);
    });

    journey('"this hurts" stops, goes to the stretches, survives a reload and is in the summary', async (s) => {
      await open(s, server, { now: T0 });
      await home(s);
      await startWorkout(s);
      await advance(s, FIRST_GET_READY_MS + 2000);
      assert.equal(await title(s), 'Bridge hold');
      await s.click(tid('this-hurts'));
      // It stops and asks; nothing moves while the person decides.
      await s.waitFor(tid('hurt-choices'));
      const paused = await countdown(s);
      await advance(s, 5000);
      assert.equal(await countdown(s), paused);
      await s.click(tid('hurt-stretches'));
      assert.equal(await s.text(tid('hurt-notice')), "Stopped. Let's do the gentle stretches; skip them if they hurt too.");
      assert.match(await title(s), /Mid-back stretches|Cobra/);
      await s.refresh();
      await s.waitFor(tid('hurt-notice'));
      await s.click(tid('finish'));
      await s.click(tid('finish-save'));
      await s.waitFor(tid('summary'));
      assert.match(await s.text(tid('summary-results')), /Back bridge: .* — stopped: it hurt/);
      await noErrors(s);
    });

    journey('history (under a locale Intl rejects): export, then import into a fresh profile', async (s, t) => {
      // WebKitGTK reports "C" under the C locale: dates must still show, not trap the page.
      await open(s, server, { now: T0, cfg: { language: 'C' } });
      await home(s);
      await startWorkout(s, 3);
      await advance(s, FIRST_GET_READY_MS + 3000);
      await s.click(tid('finish'));
      await s.click(tid('finish-save'));
      await s.waitFor(tid('summary'));
      await s.click(tid('save-session'));
      await s.waitFor(tid('history-item'));
      assert.equal(await s.count(tid('history-item')), 1);
      assert.match(await s.text(tid('history-item')), /2026/, 'the date shows');
      await s.click(tid('export-json'));
      const file = await s.until(() => {
        const E = window.__engines;
        const d = E.downloads[0];
        return d && E.blobs[d.url] !== undefined ? { name: d.name, text: E.blobs[d.url] } : null;
      }, { what: 'the export file' });
      assert.match(file.name, /^upright-.*\.json$/);
      assert.equal(JSON.parse(file.text).sessions.length, 1);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upright-export-'));
      const saved = path.join(dir, file.name);
      fs.writeFileSync(saved, file.text);
      await noErrors(s);
      await s.close();

      // A fresh profile: the screening shows again, history is empty, then the import fills it.
      const fresh = await driver.session();
      try {
        await fresh.go(server.setup);
        assert.deepEqual(await fresh.exec(() => Object.keys(localStorage)), [], 'a fresh profile has no data');
        await open(fresh, server, { now: T0 + 3_600_000 });
        await fresh.waitFor(tid('screening'));
        await home(fresh);
        await fresh.click('a[href$="/history"]');
        await fresh.waitFor(tid('history-list'), { visible: false });
        assert.equal(await fresh.count(tid('history-item')), 0);
        try {
          await fresh.sendKeys(tid('import-file'), saved, { visible: false });
        } catch (e) {
          // WebDriver file input missing in this engine: say so, and feed the same file through
          // the input's own change event so the app's import still runs.
          t.diagnostic(`${spec.label}: WebDriver cannot set a file input (${e.message}); imported through DataTransfer`);
          await fresh.exec((name, text) => {
            const input = document.querySelector('[data-testid="import-file"]');
            const dt = new DataTransfer();
            dt.items.add(new File([text], name, { type: 'application/json' }));
            input.files = dt.files;
            input.dispatchEvent(new Event('change', { bubbles: true }));
          }, file.name, file.text);
        }
        await fresh.waitFor(tid('history-item'));
        assert.equal(await fresh.count(tid('history-item')), 1);
        assert.match(await fresh.text(tid('history-item')), /pain 3/);
        await noErrors(fresh);
      } finally {
        await fresh.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    journey('corrupt storage: the notice shows and the raw text is kept under upright.quarantine.*', async (s) => {
      const raw = `${storedDoc().slice(0, 30)}{"id":"cut mid-wo`;
      await open(s, server, { now: T0, store: { 'upright.store': raw } });
      await s.waitFor(tid('app-notice'));
      assert.match(await s.text(tid('app-notice')), /could not be read/);
      const kept = await s.exec(() => Object.keys(localStorage).filter((k) => k.startsWith('upright.quarantine.'))
        .map((k) => localStorage.getItem(k)));
      assert.deepEqual(kept, [raw], 'the unreadable text is kept as it was');
      await home(s);
      await s.waitFor(tid('download-raw'));
    });

    journey('settings are kept across a reload', async (s) => {
      await open(s, server, { now: T0 });
      await home(s);
      await s.click('a[href$="/settings"]');
      await s.waitFor(tid('settings'));
      await s.clickRef(await byLabel(s, 'Beeps only'));
      await s.clickRef(await byLabel(s, 'Dark'));
      await s.clickRef(await byLabel(s, 'Larger text'));
      const read = () => s.exec(() => {
        const checked = (text) => [...document.querySelectorAll('label')].find((l) => l.textContent.trim().startsWith(text))
          .querySelector('input').checked;
        return { beeps: checked('Beeps only'), dark: checked('Dark'), large: checked('Larger text'),
          theme: document.documentElement.dataset.theme, text: document.documentElement.dataset.text };
      });
      await s.until(() => document.documentElement.dataset.text === 'large', { what: 'larger text applied' });
      const want = { beeps: true, dark: true, large: true, theme: 'dark', text: 'large' };
      assert.deepEqual(await read(), want);
      await s.refresh();
      await s.waitFor(tid('settings'));
      assert.deepEqual(await read(), want);
      // Back to home: focus returns to the link that opened Settings.
      await s.until(() => document.activeElement?.tagName === 'H2', { what: 'focus on the Settings heading' });
      await s.exec(() => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Back').click());
      await s.waitFor(tid('start-workout'));
      await s.until(() => document.activeElement?.matches('a[href$="/settings"]'), { what: 'focus back on the Settings link' });
      await noErrors(s);
    });

    journey('offline: a reload after the service worker installed still opens the app', async (s, t) => {
      const own = await serveLikeHost(root);
      try {
        await open(s, own, { now: T0 });
        await home(s);
        const supported = await s.exec(() => 'serviceWorker' in navigator);
        if (!supported) {
          t.skip(`${spec.label} offers no service worker here`);
          return;
        }
        await s.until(() => !!navigator.serviceWorker.controller, { what: 'the service worker to control the page', timeout: 30_000 });
        // Once the worker is active and a frame has passed, an update banner would be showing.
        await s.execAsync(() => navigator.serviceWorker.ready
          .then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
        assert.equal(await s.count(tid('update-ready')), 0, 'a first install is not an update');
        // A WebDriver refresh, like the browser's reload button, must leave the page controlled.
        await s.refresh();
        await home(s);
        await s.until(() => !!navigator.serviceWorker.controller, { what: 'control after a refresh', timeout: 10_000 });
        await own.close();
        // The reload button (Firefox's WebDriver refresh is a force reload, which by design
        // goes past the service worker, so the page reloads itself here).
        await s.exec(() => { window.__beforeReload = true; setTimeout(() => location.reload(), 0); });
        await s.until(() => !window.__beforeReload, { what: 'the reload' });
        await home(s);
        const build = await s.exec(() => document.querySelector('meta[name="upright-build"]').content);
        assert.match(build, /^[0-9a-f]+$/);
        await s.click('a[href$="/history"]');
        await s.waitFor(tid('history-list'), { visible: false });
        await noErrors(s);
      } finally {
        await own.close();
      }
    });

    journey('a cue mode the engine lacks is not offered; a stored one falls back and the player keeps going', async (s) => {
      // Natively: the settings offer "Vibrate only" exactly where navigator.vibrate exists.
      await open(s, server, { now: T0, store: { 'upright.store': storedDoc() } });
      await s.waitFor(tid('start-workout'));
      const native = await s.exec(() => typeof navigator.vibrate === 'function');
      await s.click('a[href$="/settings"]');
      await s.waitFor(tid('settings'));
      const vibrateOption = () => s.exec(() => [...document.querySelectorAll('label')]
        .find((l) => l.textContent.trim().startsWith('Vibrate only')).querySelector('input').disabled);
      assert.equal(await vibrateOption(), !native, `Vibrate only offered: ${native}`);
      if (native) {
        // Where it vibrates, it does: a step change vibrates and nothing else sounds.
        await s.clickRef(await byLabel(s, 'Vibrate only'));
        await s.go(server.url);
        await startWorkout(s);
        await advance(s, FIRST_GET_READY_MS + 1000);
        assert.ok((await spied(s)).vibrations.length > 0, 'vibrated');
        assert.equal(await s.count(tid('cue-fallback')), 0);
      }
      await noErrors(s);

      // Every engine, vibration hidden: the mode stored on a phone that had it (an import from
      // Android) says so, beeps instead, and Next still works.
      await open(s, server, { now: T0, cfg: { hide: ['vibrate'] }, store: { 'upright.store': storedDoc({ cue_mode: 'vibrate' }) } });
      await s.waitFor(tid('start-workout'));
      await s.click('a[href$="/settings"]');
      await s.waitFor(tid('settings'));
      assert.equal(await vibrateOption(), true, 'not offered without vibration');
      assert.match(await s.text(tid('cue-mode-note')), /cannot vibrate/);
      await s.go(server.url);
      await startWorkout(s);
      assert.match(await s.text(tid('cue-fallback')), /cannot vibrate.*beeps/);
      await advance(s, FIRST_GET_READY_MS + 1000);
      assert.equal(await title(s), 'Bridge hold');
      await s.click(tid('next'));
      await titleIs(s, 'Rest');
      const cues = await spied(s);
      assert.ok(cues.beeps.length > 0, 'beeps instead');
      assert.deepEqual(cues.vibrations, []);
      await noErrors(s);
    });

    journey('without a screen wake lock the player asks to keep the screen on', async (s) => {
      await open(s, server, { now: T0, cfg: { hide: ['wakeLock'] }, store: { 'upright.store': storedDoc() } });
      await s.waitFor(tid('start-workout'));
      await startWorkout(s);
      assert.match(await s.text(tid('keep-screen-on')), /Keep the screen on/);
      await s.click(tid('pause'));
      await s.waitGone(tid('keep-screen-on'));
      await s.click(tid('resume'));
      await s.waitFor(tid('keep-screen-on'));
      // Natively: where the engine has no wake lock (WebKitGTK, iOS before 16.4) the hint shows too.
      await open(s, server, { now: T0, store: { 'upright.store': storedDoc() } });
      await s.waitFor(tid('start-workout'));
      const has = await s.exec(() => !!(navigator.wakeLock && navigator.wakeLock.request));
      await startWorkout(s);
      if (!has) await s.waitFor(tid('keep-screen-on'));
      await noErrors(s);
    });

    journey('speech: voices that load late still reach the voice list', async (s, t) => {
      await open(s, server, { now: T0, cfg: { lateVoices: true }, store: { 'upright.store': storedDoc() } });
      await s.waitFor(tid('start-workout'));
      await s.click('a[href$="/settings"]');
      await s.waitFor(tid('settings'));
      assert.equal(await s.count(tid('voice')), 0, 'no voices yet');
      const n = await s.exec(() => (window.__engines.releaseVoices ? window.__engines.releaseVoices() : -1));
      if (n < 2) {
        // Nothing to choose between: the picker stays hidden and the browser's own voice (or,
        // without speech, the beeps) carries the cues.
        t.diagnostic(`${spec.label} here offers ${n < 0 ? 'no speech' : `${n} voice(s)`}: the voice list stays hidden`);
        // The voiceschanged handler and the render it causes run before the next frames.
        await s.execAsync(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        assert.equal(await s.count(tid('voice')), 0, 'no picker for fewer than two voices');
        await noErrors(s);
        return;
      }
      await s.waitFor(tid('voice'));
      assert.equal(await s.count(`${tid('voice')} option`), n + 1, 'every voice, and the browser default');
      await noErrors(s);
    });

    journey('install help: the browser\'s prompt behind a button, the iOS Home Screen steps, nothing once installed', async (s) => {
      // Where the browser offers beforeinstallprompt (Chromium), replayed in every engine.
      await open(s, server, { now: T0, cfg: { installPrompt: true }, store: { 'upright.store': storedDoc() } });
      await s.waitFor(tid('start-workout'));
      assert.equal(await s.exec(() => window.__engines.offerInstall('accepted')), true, 'the app keeps the offer');
      await s.click('a[href$="/settings"]');
      await s.click(tid('install-app'));
      await s.until(() => window.__engines.prompts.length === 1, { what: 'the browser\'s install dialog' });
      await s.waitGone(tid('install-app'));
      assert.equal(await s.count(tid('install-ios')), 0);
      assert.equal(await s.count(tid('storage-note')), 0, 'no 7-day note outside WebKit\'s rule');
      if (engine === 'chromium') {
        // Chromium's own offer, once it finds the app installable, shows the same button.
        await open(s, server, { now: T0, store: { 'upright.store': storedDoc() } });
        await s.waitFor(tid('start-workout'));
        await s.click('a[href$="/settings"]');
        await s.waitFor(tid('install-app'), { timeout: 30_000 });
      }
      // An iPhone: no prompt event; the Share → Add to Home Screen steps, and the 7-day note.
      await open(s, server, { now: T0, cfg: { ios: true }, store: { 'upright.store': storedDoc() } });
      await s.waitFor(tid('start-workout'));
      await s.click('a[href$="/settings"]');
      const steps = await s.text(tid('install-ios'));
      assert.match(steps, /Share/);
      assert.match(steps, /Add to Home Screen/);
      assert.equal(await s.count(`${tid('install-ios')} svg`), 2, 'illustrated');
      assert.equal(await s.count(tid('install-app')), 0);
      assert.match(await s.text(tid('storage-note')), /7 days/);
      // Installed (standalone): nothing to install, and no 7-day note.
      await open(s, server, { now: T0, cfg: { ios: true, standalone: true }, store: { 'upright.store': storedDoc() } });
      await s.waitFor(tid('start-workout'));
      await s.click('a[href$="/settings"]');
      await s.waitFor(tid('settings'));
      assert.equal(await s.count(tid('install-help')), 0);
      assert.equal(await s.count(tid('storage-note')), 0);
      await noErrors(s);
    });

    journey('home pictures: drawn when home first shows; the sprite is fetched while the app loads', async (s) => {
      await open(s, server, { store: { 'upright.store': storedDoc() } });
      await s.waitFor(`${tid('exercise-item')} svg`);
      // The first picture, in a screenshot taken as soon as home shows: dark strokes drawn.
      // In view first: on a phone-sized window the list can start below the fold.
      const box = await s.execAsync(async () => {
        const svg = document.querySelector('[data-testid="exercise-item"] svg');
        svg.scrollIntoView({ block: 'center', behavior: 'instant' });
        // Painted at its new place before the screenshot is taken.
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const r = svg.getBoundingClientRect();
        return { x: r.left, y: r.top, w: r.width, h: r.height, vw: innerWidth, vh: innerHeight };
      });
      const shot = await s.screenshot();
      const scale = shot.width / box.vw;
      assert.ok(box.y >= 0 && (box.y + box.h) * scale <= shot.height, `the picture is inside the screenshot: ${JSON.stringify(box)}, ${shot.width}x${shot.height}`);
      let ink = 0;
      for (let x = Math.ceil(box.x); x < box.x + box.w; x++) {
        for (let y = Math.ceil(box.y); y < box.y + box.h; y++) {
          const i = (Math.floor(y * scale) * shot.width + Math.floor(x * scale)) * 4;
          if (shot.data[i] + shot.data[i + 1] + shot.data[i + 2] < 200) ink++;
        }
      }
      assert.ok(ink > 50, `the first picture is drawn when home shows (${ink} dark pixels)`);
      // Requested while the page itself loads (before its load event), not once home draws.
      const timing = await s.exec(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const sprites = performance.getEntriesByType('resource').filter((e) => /poses\.svg/.test(e.name));
        return { starts: sprites.map((e) => Math.round(e.startTime)), load: Math.round(nav.loadEventStart) };
      });
      assert.equal(timing.starts.length, 1, `one fetch of the sprite: ${JSON.stringify(timing)}`);
      assert.ok(timing.starts[0] < timing.load, `requested with the page: ${JSON.stringify(timing)}`);
      // The iOS home-screen details are in the page.
      const head = await s.exec(() => ({
        icon: !!document.querySelector('link[rel="apple-touch-icon"]'),
        title: document.querySelector('meta[name="apple-mobile-web-app-title"]')?.content,
        bar: document.querySelector('meta[name="apple-mobile-web-app-status-bar-style"]')?.content,
        scheme: document.querySelector('meta[name="color-scheme"]')?.content,
      }));
      assert.deepEqual(head, { icon: true, title: 'Upright', bar: 'default', scheme: 'light dark' });
    });
  });
}
