// The history part of the bench: ten years of daily sessions (3,650, from
// examples/history_scale.rs --write) in localStorage: load to home against an empty profile,
// opening History, saving one more workout, and the host's decode/encode times.
import fs from 'node:fs';
import path from 'node:path';
import { phonePage } from '../../tests/e2e/harness.mjs';
import { BUDGET, DAY, OUT, STORE_KEY, kb, median, ms, notes, row, run, seed, sleep } from './common.mjs';

/** Records, in the page, when home appears and how long History takes to show its list. */
const HISTORY_PROBE = () => {
  window.__bench = {};
  const seen = () => {
    const b = window.__bench;
    if (!b.homeAt && document.querySelector('[data-testid="start-workout"]')) b.homeAt = performance.now();
    // The tap's answer: History's heading (the sections below come a task later each).
    if (b.clickAt && !b.shownAt && document.querySelector('section.history')) {
      b.shownAt = performance.now();
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { b.shownFrameAt = performance.now(); };
        ch.port2.postMessage(0);
      });
    }
    if (b.clickAt && !b.listAt && document.querySelector('[data-testid="history-list"]')) {
      b.listAt = performance.now();
      b.items = document.querySelectorAll('[data-testid="history-item"]').length;
      // The frame that shows the list: its rAF runs before paint, the message right after it.
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { b.frameAt = performance.now(); };
        ch.port2.postMessage(0);
      });
    }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  document.addEventListener('click', (e) => {
    if (e.target.closest && /History/.test(e.target.closest('a, button')?.textContent || '')) window.__bench.clickAt = performance.now();
  }, true);
};

async function historyPart(server, browser) {
  const docPath = path.join(OUT, 'history-3650.json');
  const host = await run('cargo', ['run', '--quiet', '--release', '--locked', '--example', 'history_scale', '--', '--write', docPath], { timeoutMs: 900_000 });
  fs.writeFileSync(path.join(OUT, 'history_scale.txt'), host);
  // The example's ten years start 2026-01-01; move them back by whole days (local times and the
  // daily rhythm unchanged) so the last one was yesterday, and mark the screening as accepted.
  const doc = JSON.parse(fs.readFileSync(docPath, 'utf8'));
  const now = Date.now();
  const last = doc.sessions[doc.sessions.length - 1].started_at_ms;
  const shift = Math.ceil((last - (now - DAY)) / DAY) * DAY;
  for (const s of doc.sessions) { s.started_at_ms -= shift; s.ended_at_ms -= shift; }
  doc.meta.screening_accepted_ms = doc.sessions[0].started_at_ms - DAY;
  doc.meta.last_export_ms = doc.sessions[doc.sessions.length - 200].started_at_ms;
  // The random pain answers may form a "pain keeps coming back" pattern; mark its warning as shown
  // today, else every fresh profile would show it and save the whole document during the load.
  doc.meta.pain_warning_shown_ms = now;
  const full = JSON.stringify(doc);
  const empty = JSON.stringify({ ...doc, sessions: [] });
  const notesCount = doc.sessions.filter((s) => s.note).length;

  const RUNS = 7;
  const results = { full: [], empty: [] };
  // Run 0 is a warm-up (the server compresses each file once; Chromium's first start), not counted.
  for (let i = 0; i <= RUNS; i++) {
    for (const [name, text] of [['empty', empty], ['full', full]]) {
      const { context, page, errors } = await phonePage(browser);
      try {
        await seed(page, server.origin, { [STORE_KEY]: text });
        await context.addInitScript(HISTORY_PROBE);
        await page.goto(server.url);
        await page.getByTestId('start-workout').waitFor({ timeout: 30_000 });
        await page.waitForFunction(() => window.__bench.homeAt);
        const r = { homeAt: await page.evaluate(() => window.__bench.homeAt), errors: errors.length };
        if (name === 'full') {
          await sleep(300);
          await page.getByRole('link', { name: 'History', exact: true }).click();
          await page.waitForFunction(() => window.__bench.frameAt, null, { timeout: 30_000 });
          const b = await page.evaluate(() => window.__bench);
          Object.assign(r, { shownMs: b.shownFrameAt - b.clickAt, listMs: b.listAt - b.clickAt, frameMs: b.frameAt - b.clickAt, items: b.items });
          r.stored = await page.evaluate((k) => localStorage.getItem(k)?.length ?? 0, STORE_KEY);
          r.screen = await page.getByTestId('history-item').count();
        }
        if (i > 0) results[name].push(r);
      } finally { await context.close(); }
    }
  }
  // Saving one more workout on top of the 3,650 (the page re-reads, merges, encodes and writes
  // the whole document): tap on Save -> the saved state in the DOM -> its frame.
  const saves = [];
  for (let i = 0; i < 3; i++) {
    const { context, page } = await phonePage(browser);
    try {
      await seed(page, server.origin, { [STORE_KEY]: full });
      await page.goto(server.url);
      await page.getByTestId('start-workout').click({ timeout: 30_000 });
      await page.getByTestId('player').waitFor();
      await page.getByTestId('finish').click();
      await page.getByTestId('finish-save').click();
      await page.getByTestId('summary').waitFor();
      await page.evaluate(() => {
        const b = (window.__save = {});
        document.addEventListener('click', (e) => { if (e.target.closest?.('[data-testid="save-session"]')) b.clickAt = performance.now(); }, true);
        new MutationObserver(() => {
          if (b.clickAt && !b.doneAt && document.querySelector('[data-testid="summary-saved"], [data-testid="history-list"]')) {
            b.doneAt = performance.now();
            requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => { b.frameAt = performance.now(); }; ch.port2.postMessage(0); });
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.getByTestId('save-session').click();
      await page.waitForFunction(() => window.__save.frameAt, null, { timeout: 30_000 });
      const b = await page.evaluate(() => window.__save);
      const count = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)).sessions.length, STORE_KEY);
      saves.push({ ms: b.frameAt - b.clickAt, count });
    } finally { await context.close(); }
  }

  const loadFull = median(results.full.map((r) => r.homeAt));
  const loadEmpty = median(results.empty.map((r) => r.homeAt));
  const frame = median(results.full.map((r) => r.frameMs));
  const list = median(results.full.map((r) => r.listMs));
  const stored = results.full[0].stored;
  row('history', `load to home (start-workout shown), 3,650 sessions vs empty, median of ${RUNS}`,
    `${ms(loadFull)} vs ${ms(loadEmpty)} (+${ms(loadFull - loadEmpty)})`);
  const shown = median(results.full.map((r) => r.shownMs));
  row('history', 'open History: tap -> the frame that shows it (its heading; the totals, calendar, charts and list follow a task later each)',
    ms(shown, 1), `<= ${BUDGET.historyMs} ms`, shown <= BUDGET.historyMs);
  row('history', `open History: tap -> list in DOM / -> its frame (${results.full[0].items} rows then; they come ten a task)`,
    `${ms(list, 1)} / ${ms(frame, 1)}`);
  row('history', `save one more workout on top: tap -> saved, next frame (median of ${saves.length})`,
    `${ms(median(saves.map((x) => x.ms)))} (${saves.map((x) => x.ms.toFixed(0)).join(', ')}; ${saves[0].count} sessions stored after)`);
  row('history', 'stored document (upright.store)', `${kb(Buffer.byteLength(full))} (${stored.toLocaleString('en')} chars; ${(stored / doc.sessions.length).toFixed(0)} per session)`);
  const pick = (label) => new RegExp(`^${label}:\\s*([\\d.]+) ms`, 'm').exec(host)?.[1];
  row('history', 'host (native): decode / encode / stats', `${pick('decode')} / ${pick('encode')} / ${pick('stats')} ms`);
  notes.push(`history: document from examples/history_scale.rs (--write; the encoder the page uses), ${doc.sessions.length} daily sessions, `
    + `all five exercises, pain before/after, ${notesCount} notes, shifted to end yesterday; seeded into localStorage from a 404 page of `
    + `the origin before the app loads. Load = performance.now() when start-workout enters the DOM (fresh context, cold cache). `
    + `History = capture-phase click on the History button -> MutationObserver sees history-list (and its items) / -> the `
    + `message posted from the next requestAnimationFrame (the frame that paints it). Runs: home ms ${results.full.map((r) => r.homeAt.toFixed(0)).join(', ')} `
    + `(empty ${results.empty.map((r) => r.homeAt.toFixed(0)).join(', ')}); History shown ms ${results.full.map((r) => r.shownMs.toFixed(1)).join(', ')}; its list's frame ms ${results.full.map((r) => r.frameMs.toFixed(1)).join(', ')}. `
    + `Host figures: examples/history_scale.rs, median of 15 native runs (full output: target/bench/history_scale.txt).`);
  fs.writeFileSync(path.join(OUT, 'history.json'), JSON.stringify(results, null, 1));
}

/** The part. */
export const history = {
  name: 'history',
  limitMs: 900_000,
  async measure({ server, browser }) {
    await historyPart(server, await browser());
  },
};
