// The doctor's report and the calendar reminder (issue 18), against the fixture history the
// host tests check (tests/fixtures/report_history.json: Berlin, 34 workouts, "this hurts" on
// crunches on 28 Oct 2026 and on leg swings on 13 Nov): the report opens from History at
// ./report, prints with the app hidden (emulated print media), and page.pdf() on A4 and Letter
// holds the period, the sessions count and a stop, read back with Debian's pdftotext; the
// reminder's .ics download carries its RRULE in the person's zone; notification permission is
// never asked until the person turns it on; axe finds nothing on either screen, light or dark;
// and the time to render the report for ten years of daily workouts is printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { useApp, installClock } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const HISTORY = fs.readFileSync(path.resolve(here, '../fixtures/report_history.json'), 'utf8');
const AXE = path.resolve(here, '../../node_modules/axe-core/axe.min.js');
// Friday 20 Nov 2026, 13:00 in Berlin: the host tests' "now".
const NOW = new Date('2026-11-20T12:00:00Z').getTime();
const T = { timeout: 180_000 };

const app = useApp();

/** A phone in Berlin (`bypassCSP` over it only for axe, whose script is injected inline). */
const BERLIN = { timezoneId: 'Europe/Berlin', acceptDownloads: true };

/** Stores `doc` before the app starts (once: a reload keeps what the app saved), with the
 *  fake clock at `clock`. */
async function open(page, doc, { clock = NOW, spyPermission = false } = {}) {
  if (clock) await installClock(page, clock);
  await page.addInitScript((text) => {
    if (!localStorage.getItem('upright.store')) localStorage.setItem('upright.store', text);
  }, doc);
  if (spyPermission) {
    // Counts permission requests; answers "granted" without a browser prompt.
    await page.addInitScript(() => {
      window.__permissionAsked = 0;
      if (window.Notification) {
        window.Notification.requestPermission = async () => { window.__permissionAsked += 1; return 'granted'; };
      }
    });
  }
}

/** The text of a PDF, as Debian's poppler-utils reads it (in content order). */
function pdfText(buffer, name) {
  const file = path.join(os.tmpdir(), `upright-${process.pid}-${name}.pdf`);
  fs.writeFileSync(file, buffer);
  try {
    // No-break spaces (dates in table cells never wrap) read as plain ones.
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** Page count of a PDF (pdfinfo, same package). */
function pdfPages(buffer, name) {
  const file = path.join(os.tmpdir(), `upright-${process.pid}-${name}-info.pdf`);
  fs.writeFileSync(file, buffer);
  try {
    return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
  } finally {
    fs.rmSync(file, { force: true });
  }
}

test('the report opens from History and prints the period, the sessions and every "this hurts" stop', T, async () => {
  await app.withPage(BERLIN, async ({ page }) => {
    await open(page, HISTORY);
    await page.goto(`${app.server.url}history`);
    await page.getByRole('link', { name: 'Report for my doctor' }).click();
    const report = page.getByTestId('report');
    await report.waitFor();
    assert.equal(new URL(page.url()).pathname, '/report');
    assert.equal(await page.getByTestId('report-sessions').innerText(), '11');
    assert.match(await page.getByTestId('report-period').innerText(), /Last 4 weeks: 24 Oct 2026 to 20 Nov 2026/);

    await page.emulateMedia({ media: 'print' });
    // Printed: the report alone, without the app's controls.
    assert.ok(await report.isVisible());
    assert.equal(await page.getByTestId('print-report').isVisible(), false);
    assert.equal(await page.getByRole('button', { name: 'Back' }).isVisible(), false);
    assert.equal(await page.getByTestId('report-period-choice').isVisible(), false);
    // Black on white, from a light or a dark screen alike.
    for (const colorScheme of ['dark', 'light']) {
      await page.emulateMedia({ media: 'print', colorScheme });
      const colours = await page.evaluate(() => [document.body, document.querySelector('.report-table td'), document.querySelector('.report')]
        .flatMap((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]));
      assert.deepEqual(colours, ['rgb(255, 255, 255)', 'rgb(0, 0, 0)', 'rgba(0, 0, 0, 0)', 'rgb(0, 0, 0)', 'rgb(255, 255, 255)', 'rgb(0, 0, 0)'], colorScheme);
    }

    const a4 = await page.pdf({ format: 'A4', printBackground: false });
    const text = pdfText(a4, 'a4');
    assert.match(text, /Last 4 weeks: 24 Oct 2026 to 20 Nov 2026/);
    assert.match(text, /Workouts\s+11\s/);
    assert.match(text, /Wed 28 Oct 2026 07:30 Crunches 20 reps in 1 of 2 sets of 20 6 → 7/);
    assert.match(text, /Fri 13 Nov 2026 07:30 Leg swings 1 of 8 rounds, 42 s in all 4 → 3/);
    assert.match(text, /Thu 29 Oct 2026: Upright suggested seeing a doctor/);
    assert.doesNotMatch(text, /Stiff after the long drive/, 'notes only when asked for');
    assert.doesNotMatch(text, /Print or save as PDF/);
    const pages = pdfPages(a4, 'a4');
    assert.ok(pages >= 1 && pages <= 3, `A4 pages: ${pages}`);

    // Another period, with the notes, on Letter paper.
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('Last 3 months').check();
    await page.locator('[data-testid="report"][data-period="3m"]').waitFor();
    assert.equal(new URL(page.url()).search, '?period=3m');
    await page.getByTestId('report-notes-toggle').check();
    await page.getByText('Stiff after the long drive').waitFor();
    await page.emulateMedia({ media: 'print' });
    const letter = pdfText(await page.pdf({ format: 'Letter' }), 'letter');
    assert.match(letter, /Last 3 months: 22 Aug 2026 to 20 Nov 2026/);
    assert.match(letter, /Workouts\s+32\s/);
    assert.match(letter, /Stiff after the long drive; better after the stretches\./);
    assert.match(letter, /Crunches\s+7 Sep 2026 to\s+2 Oct 2026\s+2 × 15 reps/);

    // A reload stays on the chosen period.
    await page.emulateMedia({ media: 'screen' });
    await page.reload();
    await page.locator('[data-testid="report"][data-period="3m"]').waitFor({ timeout: 20_000 });
  });
});

test('the report is reachable by keyboard (focus on its heading, and back on its link after Back), and axe finds nothing on it or on the reminders, light and dark', T, async () => {
  for (const colorScheme of ['light', 'dark']) {
    await app.withPage({ ...BERLIN, colorScheme, bypassCSP: true }, async ({ page }) => {
      await open(page, HISTORY);
      await page.goto(`${app.server.url}history`);
      const link = page.getByRole('link', { name: 'Report for my doctor' });
      await link.waitFor();
      await link.focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('report').waitFor();
      // The new screen's heading has focus (a screen reader says where the person is).
      await page.waitForFunction(() => document.activeElement?.textContent === 'Report for my doctor');
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H2');
      // The period choice and Print are reachable with Tab.
      const reached = [];
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        reached.push(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') || document.activeElement?.getAttribute('value') || document.activeElement?.textContent?.trim()));
      }
      assert.ok(reached.includes('print-report'), `Tab order: ${reached.join(', ')}`);
      assert.ok(reached.includes('4w'), `Tab order: ${reached.join(', ')}`);
      // Arrow keys choose another period: the report follows, and focus stays on the choice
      // (the address changes, the screen is not drawn anew).
      await page.locator('input[value="4w"]').focus();
      await page.keyboard.press('ArrowDown');
      await page.locator('[data-testid="report"][data-period="3m"]').waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('value')), '3m');
      // Back to History, with focus on the link that opened the report.
      await page.getByRole('button', { name: 'Back', exact: true }).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.dataset.testid === 'open-report');
      // Forward again for the checks below.
      await page.keyboard.press('Enter');
      await page.getByTestId('report').waitFor();
      for (const [name, where] of [['report', 'report'], ['settings', 'settings']]) {
        if (where === 'settings') {
          await page.goto(`${app.server.url}settings`);
          await page.getByTestId('reminders').waitFor();
        }
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] }))
          .violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
        console.log(`# axe ${colorScheme} ${name}: ${violations.length} violations ${violations.join(' | ')}`);
        assert.deepEqual(violations, [], `${colorScheme} ${name}`);
      }
    });
  }
});

test('"Add to my calendar" downloads an .ics with the weekday RRULE in Europe/Berlin; notifications are asked for only when turned on', T, async () => {
  await app.withPage(BERLIN, async ({ page }) => {
    await open(page, HISTORY, { spyPermission: true });
    await page.goto(app.server.url);
    await page.getByTestId('start-workout').waitFor({ timeout: 20_000 });
    const minutes = (await page.getByTestId('workout-minutes').innerText()).match(/\d+/)[0];
    await page.goto(`${app.server.url}settings`);
    const section = page.getByTestId('reminders');
    await section.waitFor();
    await section.getByRole('button', { name: 'Weekdays' }).click();
    await page.getByTestId('reminder-time').fill('07:30');
    await page.getByTestId('reminder-time').dispatchEvent('change');
    // The summary writes the time as the time field shows it, in the browser's own style.
    const shown = await page.evaluate(() =>
      new Date(Date.UTC(2000, 0, 1, 7, 30)).toLocaleString(navigator.language, { timeStyle: 'short', timeZone: 'UTC' }));
    await page.getByText(`Reminder weekdays (Monday to Friday) at ${shown}.`).waitFor();
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('upright.store')).settings.reminder);
    assert.deepEqual(stored, { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], time: '07:30', notify: false });

    const download = page.waitForEvent('download');
    await page.getByTestId('add-to-calendar').click();
    const file = await download;
    assert.equal(file.suggestedFilename(), 'upright-reminder.ics');
    const ics = fs.readFileSync(await file.path(), 'utf8');
    assert.match(ics, /\r\nRRULE:FREQ=WEEKLY;WKST=MO;BYDAY=MO,TU,WE,TH,FR\r\n/);
    // Today, Friday 20 Nov, is a weekday: the event starts today at 07:30 Berlin time.
    assert.match(ics, /\r\nDTSTART;TZID=Europe\/Berlin:20261120T073000\r\n/);
    assert.match(ics, /\r\nBEGIN:VTIMEZONE\r\nTZID:Europe\/Berlin\r\n/);
    assert.match(ics, /\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n/);
    // The event lasts as long as home says today's workout does.
    assert.match(ics, new RegExp(`\\r\\nDURATION:PT${minutes}M\\r\\n`));
    assert.match(ics.replace(/\r\n /g, ''), new RegExp(`about ${minutes} minutes with Upright`));
    assert.match(ics, /\r\nUID:upright-reminder-\d+@upright\.invalid\r\n/);
    assert.ok(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75), 'lines folded at 75 octets');
    assert.ok(!/[^\r]\n/.test(ics), 'CRLF line endings only');

    // Nothing asked so far: not at start, not on opening settings.
    assert.equal(await page.evaluate(() => window.__permissionAsked), 0);
    // Chromium has the Notification API, so the box must be there.
    const box = page.getByTestId('reminder-notify');
    assert.equal(await box.count(), 1, 'the notification option is offered where notifications exist');
    await box.check();
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('upright.store')).settings.reminder.notify === true);
    assert.equal(await page.evaluate(() => window.__permissionAsked), 1);
  });
});

/** Ten years of daily workouts ending yesterday, in the stored form: the fixture's workouts
 *  stretched over the years in their order (so levels climb as they did), a "this hurts" stop
 *  on crunches every 50th day, pain drifting down over the years. */
function tenYears() {
  const fixture = JSON.parse(HISTORY);
  const plain = fixture.sessions.filter((s) => s.exercises.every((e) => !e.stopped_for_pain));
  const day = 86_400_000;
  const today = Math.floor(Date.now() / day) * day;
  const sessions = [];
  for (let i = 0; i < 3650; i++) {
    const template = structuredClone(plain[Math.floor((i * plain.length) / 3650)]);
    const start = today - (3650 - i) * day + 6.5 * 3_600_000;
    const pain = Math.max(0, Math.min(10, 7 - Math.floor(i / 600) + (i % 3) - 1));
    if (i % 50 === 25) {
      const crunches = template.exercises.find((e) => e.exercise === 'crunches');
      crunches.stopped_for_pain = true;
      crunches.done = { reps: crunches.planned.reps, sets: 1 };
      delete template.completed;
    }
    sessions.push({
      ...template, id: `${start}-${i.toString(16).padStart(8, '0')}`, started_at_ms: start,
      ended_at_ms: start + 12 * 60_000, tz_offset_min: 60, pain_before: pain,
      ...(template.pain_after === undefined ? {} : { pain_after: Math.max(0, pain - 1) }),
    });
  }
  return JSON.stringify({ ...fixture, sessions });
}

/** The document to measure with: UPRIGHT_HISTORY_DOC (e.g. what
 *  `cargo run --release --example history_scale -- --write FILE` writes, its screening marked
 *  as accepted) or else {@link tenYears}. */
function scaleDoc() {
  const file = process.env.UPRIGHT_HISTORY_DOC;
  if (!file) return tenYears();
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  doc.meta = { ...doc.meta, screening_accepted_ms: doc.meta?.screening_accepted_ms ?? doc.sessions[0].started_at_ms };
  return JSON.stringify(doc);
}

test('render time of the report for 3,650 sessions', T, async () => {
  const doc = scaleDoc();
  const sessions = JSON.parse(doc).sessions;
  await app.withPage(BERLIN, async ({ page }) => {
    await open(page, doc, { clock: sessions.at(-1).ended_at_ms + 3_600_000 });
    await page.goto(`${app.server.url}report`);
    await page.locator('[data-testid="report"][data-period="4w"]').waitFor({ timeout: 30_000 });
    const times = [];
    for (let run = 0; run < 3; run++) {
      for (const key of ['all', '3m', '4w']) {
        // A tap on the period -> the report's next frame with the new figures.
        const ms = await page.evaluate(async (k) => {
          const t0 = performance.now();
          document.querySelector(`input[name="report-period"][value="${k}"]`).click();
          await new Promise((resolve) => {
            const look = () => (document.querySelector(`[data-testid="report"][data-period="${k}"]`)
              ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(look));
            look();
          });
          return performance.now() - t0;
        }, key);
        times.push([key, ms]);
      }
    }
    const median = (key) => {
      const xs = times.filter(([k]) => k === key).map(([, ms]) => ms).sort((a, b) => a - b);
      return xs[Math.floor(xs.length / 2)];
    };
    // The last 28 days, today not yet done (the clock is an hour after the last workout).
    assert.equal(await page.getByTestId('report-sessions').innerText(), '28');
    await page.locator('input[name="report-period"][value="all"]').click();
    await page.locator('[data-testid="report"][data-period="all"]').waitFor();
    assert.equal(await page.getByTestId('report-sessions').innerText(), '3650');
    console.log(`# report render, 3,650 sessions: all ${median('all').toFixed(1)} ms, 3 months ${median('3m').toFixed(1)} ms, `
      + `4 weeks ${median('4w').toFixed(1)} ms (tap -> next frame, median of 3)`);
    assert.ok(median('all') < 2000, `all: ${median('all')} ms`);
  });
});

test('a reminder due while the app was in the background shows as soon as the page is shown again', T, async () => {
  const doc = JSON.parse(HISTORY);
  // No workout yet today (Friday), a Friday reminder at 14:00 Berlin, notifications allowed.
  doc.sessions = doc.sessions.filter((s) => s.started_at_ms < NOW - 12 * 3_600_000);
  doc.settings.reminder = { days: ['friday'], time: '14:00', notify: true };
  await app.withPage(BERLIN, async ({ page }) => {
    await open(page, JSON.stringify(doc));
    await page.addInitScript(() => {
      window.__shown = [];
      Object.defineProperty(Notification, 'permission', { configurable: true, get: () => 'granted' });
      ServiceWorkerRegistration.prototype.showNotification = async function (title, options) { window.__shown.push({ title, body: options.body }); };
    });
    await page.goto(app.server.url);
    await page.getByTestId('start-workout').waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    // 13:00: the reminder waits for its time.
    assert.deepEqual(await page.evaluate(() => window.__shown), []);
    // The phone slept past 14:00 (its timer did not run); the app comes back to the front.
    await page.clock.setSystemTime(NOW + 90 * 60_000);
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await page.waitForFunction(() => window.__shown.length === 1);
    assert.equal(await page.evaluate(() => window.__shown[0].title), 'Upright');
  });
});
