// Runs before the first paint (a classic script in <head>), long before the app: a person who
// has accepted the first-run screening sees home's static lead, anyone else the static
// screening (style/main.css, `html[data-screened]`). It only reads: the screening's date is in
// `meta`, the last field of the stored document (src/store/mod.rs), so the search starts from
// the end. Anything odd shows the screening, which the app then replaces within a moment.
try {
  const stored = localStorage.getItem('upright.store') || '';
  const at = stored.lastIndexOf('"screening_accepted_ms":');
  if (at >= 0 && /\d/.test(stored.charAt(at + 24))) document.documentElement.setAttribute('data-screened', '');
} catch (e) {
  // No storage (blocked, private mode): the first-run view.
}
