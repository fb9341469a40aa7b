// Runs before the first paint (a classic script in <head>), long before the app: a person who
// has accepted the first-run screening sees home's static lead, anyone else the static
// screening (style/main.css, `html[data-screened]`), in their language (`html[data-lang]`: the
// one chosen in Settings, else the phone's first that the app has, else English, as
// `ui::i18n::wanted` picks it). It only reads: the screening's date is in `meta`, the last field
// of the stored document (src/store/mod.rs), so the search starts from the end. Anything odd
// shows the English screening, which the app then replaces within a moment.
const LANGS = ['en', 'de', 'es'];
let stored = '';
try {
  stored = localStorage.getItem('upright.store') || '';
  const at = stored.lastIndexOf('"screening_accepted_ms":');
  if (at >= 0 && /\d/.test(stored.charAt(at + 24))) document.documentElement.setAttribute('data-screened', '');
} catch (e) {
  // No storage (blocked, private mode): the first-run view.
}
try {
  // Settings' choice is stored as "language":"de"; a note's quotes would be escaped.
  const chosen = /"language":"(en|de|es)"/.exec(stored);
  const phone = (navigator.languages || [navigator.language || ''])
    .map((tag) => String(tag).split(/[-_]/)[0].toLowerCase())
    .find((tag) => LANGS.includes(tag));
  document.documentElement.setAttribute('data-lang', (chosen && chosen[1]) || phone || 'en');
} catch (e) {
  // English, by the CSS's default.
}
