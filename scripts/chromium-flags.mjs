// The one list of flags every headless Chromium of the tests and the bench starts with
// (Debian's chromium as root on a machine without a GPU or a network beyond 127.0.0.1).
// Playwright adds its own headless flag; the others add `--headless=new` themselves.
export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];
