// The app in the phone's language (issue 26): with the browser's locale de-DE and es-ES,
// home, a card, settings, history, the printed report and the player (what it shows and
// what it says, with the language each line is spoken in) are in that language, with no
// English sentence left: every English message of three words or more without arguments
// (read from locales/en/*.ftl) is looked for in the page's visible text. Settings' language
// list changes the language at once and keeps it across a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, installClock, seedStore } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const LOCALES = path.resolve(here, '../../locales');
const HISTORY = fs.readFileSync(path.resolve(here, '../fixtures/report_history.json'), 'utf8');
// Friday 20 Nov 2026, 13:00 in Berlin, as the report tests: the seeded history is recent.
const NOW = new Date('2026-11-20T12:00:00Z').getTime();
const T = { timeout: 240_000 };

/** The English catalogue's plain sentences: every message (or attribute) whose value is text
 *  only (no `{`), of three words or more, from every English message file. */
function englishSentences() {
  const out = new Map();
  for (const file of fs.readdirSync(path.join(LOCALES, 'en'))) {
    const lines = fs.readFileSync(path.join(LOCALES, 'en', file), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const m = /^(-?[a-z][\w-]*)\s*=\s*(.*)$/.exec(lines[i]) || /^\s+(\.[\w-]+)\s*=\s*(.*)$/.exec(lines[i]);
      if (!m) continue;
      let text = m[2];
      // Continuation lines of a multiline value (indented, not an attribute or variant).
      while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1]) && !/^\s+[.[*}]/.test(lines[i + 1])) text += ` ${lines[++i].trim()}`;
      text = text.trim();
      if (!text || text.includes('{') || text.split(/\s+/).length < 3) continue;
      out.set(text, `${file}: ${m[1]}`);
    }
  }
  return out;
}
const ENGLISH = englishSentences();

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Records every utterance, with the language it was asked to be spoken in.
const SPEECH_SPY = () => {
  window.__said = [];
  speechSynthesis.speak = (u) => { if (u.text) window.__said.push({ text: u.text, lang: u.lang }); };
};

/** A phone in `locale` with the report's history (screening accepted) on home. */
async function open(locale, { width = 390, height = 844 } = {}) {
  const context = await browser.newContext({
    viewport: { width, height }, isMobile: true, hasTouch: true, locale, timezoneId: 'Europe/Berlin',
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await installClock(page, NOW);
  await page.addInitScript(SPEECH_SPY);
  await seedStore(page, HISTORY);
  await page.goto(server.url);
  await page.getByTestId('start-workout').waitFor({ timeout: 30_000 });
  await page.clock.pauseAt(NOW + 30_000);
  return { context, page, errors };
}

/** Moves the app to `pathname` through its router, as a link would. */
async function go(page, pathname) {
  await page.evaluate((p) => {
    history.pushState(null, '', p);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, pathname);
  await page.clock.runFor(50);
}

/** The English sentences in `text`, as "id: sentence". */
function english(text) {
  const flat = text.replace(/\s+/g, ' ');
  return [...ENGLISH].filter(([s]) => flat.includes(s)).map(([s, id]) => `${id} "${s}"`);
}

/** Adds the English sentences on the screen now to `found`, under `where`. */
async function look(page, found, where) {
  await page.clock.runFor(50);
  for (const leak of english(await page.evaluate(() => document.body.innerText))) found.push(`${where}: ${leak}`);
}

for (const [locale, lang, words] of [
  ['de-DE', 'de', { start: 'Training starten', settings: 'Einstellungen', history: 'Verlauf', hurts: 'Das tut weh' }],
  ['es-ES', 'es', { start: 'Empezar el entrenamiento', settings: 'Ajustes', history: 'Historial', hurts: 'Esto duele' }],
]) {
  test(`${locale}: every screen and the coach's voice are in ${lang}, no English sentence left`, T, async () => {
    const { context, page, errors } = await open(locale);
    const found = [];
    try {
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.equal((await page.getByTestId('start-workout').innerText()).trim(), words.start);
      await look(page, found, 'home');

      await go(page, '/back-bridge');
      await page.getByTestId('exercise-card').waitFor();
      await look(page, found, 'card');

      await go(page, '/settings');
      await page.getByTestId('settings').waitFor();
      assert.match(await page.getByTestId('settings').innerText(), new RegExp(words.settings));
      await look(page, found, 'settings');

      await go(page, '/history');
      await page.getByTestId('history-list').waitFor();
      assert.match(await page.locator('h2').first().innerText(), new RegExp(words.history));
      await look(page, found, 'history');

      await go(page, '/report');
      await page.getByTestId('report').waitFor();
      await page.emulateMedia({ media: 'print' });
      await look(page, found, 'printed report');
      await page.emulateMedia({ media: 'screen' });

      // The player: a minute of the workout, then "this hurts".
      await go(page, '/');
      await page.getByTestId('start-workout').click();
      await page.getByTestId('player').waitFor();
      for (let i = 0; i < 6; i++) {
        await page.clock.runFor(10_000);
        await look(page, found, `player step "${(await page.getByTestId('step-title').innerText()).trim()}"`);
      }
      assert.equal((await page.getByTestId('this-hurts').innerText()).trim(), words.hurts);
      await page.getByTestId('this-hurts').click();
      await page.getByTestId('hurt-choices').waitFor();
      await look(page, found, 'player "this hurts"');
      const said = await page.evaluate(() => window.__said);
      assert.ok(said.length >= 3, `the coach spoke: ${JSON.stringify(said)}`);
      const otherLang = said.filter((s) => s.lang !== lang);
      assert.deepEqual(otherLang, [], `every line is spoken in ${lang}`);
      for (const s of said) for (const leak of english(s.text)) found.push(`spoken "${s.text}": ${leak}`);
    } finally {
      await context.close();
    }
    assert.deepEqual(found, [], `English left in ${locale}:\n  ${found.join('\n  ')}`);
    assert.deepEqual(errors, []);
  });
}

test('Settings changes the language at once, <html lang> follows, and a reload keeps it', T, async () => {
  const { context, page, errors } = await open('de-DE');
  try {
    await go(page, '/settings');
    const list = page.getByTestId('language');
    assert.equal((await list.locator('option:checked').innerText()).trim(), 'Sprache des Telefons (Deutsch)');
    await list.selectOption('es');
    await page.getByRole('heading', { name: 'Ajustes' }).waitFor({ timeout: 10_000 });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('upright.store')).settings.language);
    assert.equal(stored, 'es');
    await page.clock.resume();
    await page.reload();
    // The reload opens the same screen, in the chosen language, with it chosen in the list.
    await page.getByRole('heading', { name: 'Ajustes' }).waitFor({ timeout: 30_000 });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    assert.equal((await page.getByTestId('language').locator('option:checked').innerText()).trim(), 'Español');
    // Back to the phone's language.
    await page.getByTestId('language').selectOption('phone');
    await page.getByRole('heading', { name: 'Einstellungen' }).waitFor({ timeout: 10_000 });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  } finally {
    await context.close();
  }
  assert.deepEqual(errors, []);
});
