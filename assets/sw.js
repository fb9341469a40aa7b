// Upright's service worker: the app works offline, and a new version never replaces the
// running one behind the person's back.
//
// - One cache per build, `upright-<build id>`. scripts/post-build (a trunk post_build hook)
//   replaces the two placeholders below with the build's id (a hash of every output file) and
//   its file list, so any change to the app byte-changes this file and the browser sees a new
//   version.
// - install precaches the build (but the LATER files below), each file downloaded once per visit: the page registers
//   this worker only after it has loaded, so the files it used are in the browser's HTTP cache,
//   and install takes them from there (the default cache mode). Each entry carries the file's
//   SHA-256 (Subresource Integrity), so a copy the HTTP cache kept from another build (an
//   unhashed file: index.html, the manifest, the sprite, the icons) fails the check and only
//   that file is fetched again past the cache. A host that rewrites a file (injected analytics)
//   fails it too: the fresh copy is then taken as it is, so the app still works offline.
// - install does NOT skipWaiting: the new version waits until the
//   page posts {type: "SKIP_WAITING"} (the "Update now" button, shown only when no workout runs),
//   then the page reloads on `controllerchange`.
// - Not every file is needed offline at once: the other languages' message files and the PNG
//   icons (the browser's install and home-screen pictures) are LATER files. A first visit
//   downloads only what the person uses (most people use one language), so install leaves them
//   out; the page then posts {type: "KEEP", lang, all} once it is idle: the worker keeps the
//   page's own language at once (from the HTTP cache: the page has just read it), and on a
//   returning visit (`all`) every LATER file, in the background. A LATER file asked for before
//   that (a language chosen in Settings) is cached as it is fetched. Each is checked against this
//   build's SHA-256, so a newer build's copy on the server is never mixed in.
// - message {type: "CLAIM", build}: a page of this build that a force reload loaded past this
//   worker asks to be controlled again (clients.claim), so it keeps working offline.
// - activate deletes every older `upright-` cache and claims the open pages (on the very first
//   install there is no older version, so taking control at once only makes the page work offline).
// - fetch: cache-first for the app: every navigation inside the app's folder gets the
//   precached shell (index.html: the app routes on the client, so ./history or ./back-bridge is
//   the same page), and every precached file its cached copy, so a returning visit never waits
//   for the network, even when the network hangs. New builds arrive through the update flow
//   above, never by mixing files of two builds. Files the build does not list go network-first
//   with the cache as fallback; cross-origin requests are never touched.
'use strict';

const BUILD_ID = '__UPRIGHT_BUILD__';
// [path relative to this script, 'sha256-…' of its body], for every file the app needs offline.
const PRECACHE = ['__UPRIGHT_PRECACHE__'];
// The same for the files kept later (see above): the other languages and the PNG icons.
const LATER = ['__UPRIGHT_LATER__'];

const PREFIX = 'upright-';
const CACHE = PREFIX + BUILD_ID;
// Precache entries are relative to this script, i.e. to the app's folder (works under any sub-path).
const SHELL = new URL('./', self.location).href;
const PRECACHED = new Set(PRECACHE.map(([path]) => new URL(path, self.location).href));
// Absolute URL -> integrity, for the LATER files.
const LATER_URLS = new Map(LATER.map(([path, integrity]) => [new URL(path, self.location).href, integrity]));
// On a very slow connection, fall back to the cached copy after this long.
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all(PRECACHE.map(async ([path, integrity]) => {
      await cache.put(path, await precacheFetch(path, integrity));
    }));
  })());
});

/** `path` from the HTTP cache when its copy is this build's, else from the network. */
async function precacheFetch(path, integrity) {
  try {
    const cached = await fetch(new Request(path, { integrity }));
    if (cached.ok) return cached;
  } catch (_) {
    // another build's copy (or a rewritten file, or no network): ask the network itself
  }
  // `reload` bypasses the HTTP cache and refreshes it.
  const fresh = await fetch(new Request(path, { cache: 'reload' }));
  if (!fresh.ok) throw new Error(`precache: ${path} answered ${fresh.status}`);
  return fresh;
}

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
  // A page loaded past the worker (a force reload: Shift+reload, or Firefox's WebDriver
  // refresh) is not controlled, so it would not work offline; it asks to be claimed. Only by
  // the worker of its own build: an older one would serve it another build's files.
  if (event.data && event.data.type === 'CLAIM' && event.data.build === BUILD_ID) {
    event.waitUntil(self.clients.claim());
  }
  if (event.data && event.data.type === 'KEEP') event.waitUntil(keep(String(event.data.lang || ''), !!event.data.all));
});

// The reminder notification (src/browser/notify.rs): a tap brings the open app forward, or
// opens it at its home.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil((async () => {
    const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    const ours = open.find((client) => client.url.startsWith(SHELL) && 'focus' in client);
    return ours ? ours.focus() : self.clients.openWindow(SHELL);
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  url.hash = '';
  if (request.mode === 'navigate' && url.href.startsWith(SHELL)) {
    event.respondWith(cacheFirst(SHELL, request));
  } else if (PRECACHED.has(url.href)) {
    event.respondWith(cacheFirst(request, request));
  } else if (LATER_URLS.has(url.href)) {
    event.respondWith(cacheLater(url.href));
  } else {
    event.respondWith(networkFirst(request));
  }
});

/** The build's own copy of `key`; the network (for `request`) only when it is not cached yet. */
async function cacheFirst(key, request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(key, { ignoreSearch: true })) || fetch(request);
}

/**
 * A LATER file (by its absolute URL) from the cache, else fetched as this build's copy (its
 * integrity checked) and cached. Rejects when it is not cached and cannot be fetched.
 */
async function cacheLater(href) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(href);
  if (cached) return cached;
  const response = await fetch(new Request(href, { integrity: LATER_URLS.get(href) }));
  if (response.ok) await cache.put(href, response.clone());
  return response;
}

/**
 * Keeps the LATER files of language `lang` (its message files) and, with `all`, every LATER
 * file, each fetched once; a failure (offline) leaves it for the next visit.
 */
async function keep(lang, all) {
  const own = new URL(`locales/${lang}/`, self.location).href;
  const wanted = [...LATER_URLS.keys()].filter((href) => all || (lang && href.startsWith(own)));
  for (const href of wanted) {
    // One at a time: a background job, not a burst competing with what the page loads.
    await cacheLater(href).catch(() => {});
  }
}

/**
 * The network's answer when it comes in time and is OK, else the cached copy, else whatever
 * the network says. Only files outside the build's list come here; they are cached as they
 * are fetched, so offline still has the last copy seen.
 */
async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  const network = fetch(request).then((response) => {
    if (response.ok && response.type === 'basic') cache.put(request, response.clone()).catch(() => {});
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
  return (await cache.match(request, { ignoreSearch: true })) || network;
}
