// Upright's service worker: the app works offline, and a new version never replaces the
// running one behind the person's back.
//
// - One cache per build, `upright-<build id>`. scripts/post-build (a trunk post_build hook)
//   replaces the two placeholders below with the build's id (a hash of every output file) and
//   its file list, so any change to the app byte-changes this file and the browser sees a new
//   version.
// - install precaches the whole build. It does NOT skipWaiting: the new version waits until the
//   page posts {type: "SKIP_WAITING"} (the "Update now" button, shown only when no workout runs),
//   then the page reloads on `controllerchange`.
// - activate deletes every older `upright-` cache and claims the open pages (on the very first
//   install there is no older version, so taking control at once only makes the page work offline).
// - fetch: the app shell (navigations) network-first with the precached shell as fallback;
//   hashed files (name-<hash>.js/.wasm/.css) cache-first; other same-origin files network-first
//   with the cache as fallback; cross-origin requests are never touched.
'use strict';

const BUILD_ID = '__UPRIGHT_BUILD__';
const PRECACHE = ['__UPRIGHT_PRECACHE__'];

const PREFIX = 'upright-';
const CACHE = PREFIX + BUILD_ID;
// Precache entries are relative to this script, i.e. to the app's folder (works under any sub-path).
const SHELL = new URL('./', self.location).href;
const PRECACHED = new Set(PRECACHE.map((path) => new URL(path, self.location).href));
// trunk names its outputs like upright-0123456789abcdef_bg.wasm or main-0123456789abcdef.css.
const HASHED = /-[0-9a-f]{16,}(?:_bg)?\.(?:js|wasm|css)$/;
// On a very slow connection, fall back to the cached copy after this long.
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // `reload` bypasses the HTTP cache, so an older copy of an unhashed file cannot slip in.
      cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names
      .filter((name) => name.startsWith(PREFIX) && name !== CACHE)
      .map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, SHELL));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(networkFirst(request, null));
  }
});

/** The build's own copy; the network only for a file this build does not know. */
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request)) || fetch(request);
}

/**
 * The network's answer when it comes in time and is OK, else the cached copy (`fallbackKey`
 * or the request itself), else whatever the network says. Precached files are never
 * overwritten, so offline always gets one consistent build; other same-origin files are
 * cached as they are fetched.
 */
async function networkFirst(request, fallbackKey) {
  const cache = await caches.open(CACHE);
  const network = fetch(request).then((response) => {
    const url = new URL(request.url);
    url.hash = '';
    if (response.ok && response.type === 'basic' && !fallbackKey && !PRECACHED.has(url.href)) {
      cache.put(request, response.clone()).catch(() => {});
    }
    return response;
  });
  network.catch(() => {}); // handled below; keeps an offline failure from being reported twice
  let timer;
  const timeout = new Promise((resolve) => { timer = setTimeout(resolve, NETWORK_TIMEOUT_MS, null); });
  try {
    const response = await Promise.race([network, timeout]);
    if (response && (response.ok || response.type === 'opaqueredirect')) return response;
  } catch (_) {
    // offline or the server is unreachable: use the cache
  } finally {
    clearTimeout(timer);
  }
  const cached = await cache.match(fallbackKey || request, { ignoreSearch: true });
  return cached || network;
}
