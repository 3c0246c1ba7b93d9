// Service worker of the logbook (served at /sw.js by ServiceWorkerController, never content-hashed, revalidated on
// every visit). It lets the worker's entry page open without a connection; the entries themselves wait in the page's
// IndexedDB outbox (static/js/outbox.js), never here.
//
// THE RULE — what this worker may keep on the device:
//   * the EMPTY entry form, /interventions/new, as last fetched online (it holds reference labels and the worker's
//     defaults, never notes: an entry with notes is only ever a POST, which is never kept);
//   * the /offline page (no personal data);
//   * static browser files under /css/, /js/, /webjars/ and /icons/ (content-hashed, public, no personal data).
// NOTHING ELSE: lists, detail pages, the home page (it shows recent interventions), htmx fragments, /sync and the
// API hold personal data (notes, tenant references, referrals revealing health needs) and go to the network only;
// without a connection a page navigation gets the /offline page instead. OfflineBrowserTest checks the cache holds
// nothing but these addresses after the worker visited other pages.
'use strict';

const CACHE = 'logbook-shell-v1';
const ENTRY_PAGE = '/interventions/new';
const OFFLINE_PAGE = '/offline';
const SHELL_PAGES = [ENTRY_PAGE, OFFLINE_PAGE];
const STATIC_FILES = /^\/(css|js|webjars|icons)\//;
// A kept page says so, so that the outbox script knows its CSRF token and hidden id are stale (outbox.js).
const OFFLINE_COPY_MARK = '<meta name="logbook-offline-copy" content="true">';
const ASSET_LINKS = /(?:href|src)="(\/(?:css|js|webjars|icons)\/[^"?#]+)"/g;

function sameOrigin(url) {
  return url.origin === self.location.origin;
}

function isShellPage(url) {
  return sameOrigin(url) && SHELL_PAGES.includes(url.pathname);
}

function isStaticFile(url) {
  return sameOrigin(url) && STATIC_FILES.test(url.pathname);
}

// Fetches the shell now, so that the entry form opens offline even if the worker never opened it online since.
function keepShell() {
  return Promise.all(SHELL_PAGES.map((page) => fetch(page, { credentials: 'same-origin', cache: 'no-store' })
    .then((response) => keepPage(page, response)).catch(() => undefined)));
}

self.addEventListener('install', (event) => {
  event.waitUntil(keepShell().then(() => self.skipWaiting()));
});

// After a sign-out the page copies are forgotten (outbox.js); the next signed-in page asks for them again.
self.addEventListener('message', (event) => {
  if (event.data === 'keep-shell' && sameOrigin(new URL(event.origin))) {
    event.waitUntil(keepShell());
  }
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name.startsWith('logbook-') && name !== CACHE)
      .map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') {
    return; // posts (entries, sign-out) always go to the network and are never kept
  }
  const url = new URL(request.url);
  if (!sameOrigin(url)) {
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(navigate(event, request, url));
  } else if (isStaticFile(url)) {
    event.respondWith(staticFile(request));
  }
  // anything else (htmx fragments, /sync/session, the API): the network only, never kept
});

// Network first: online, the worker always gets the current page; only without an answer a kept copy.
async function navigate(event, request, url) {
  try {
    const response = await fetch(request);
    if (isShellPage(url)) {
      event.waitUntil(keepPage(url.pathname, response.clone()).catch(() => undefined));
    }
    return response;
  } catch (offline) {
    const cache = await caches.open(CACHE);
    const kept = isShellPage(url) ? await cache.match(url.pathname) : undefined;
    return kept || (await cache.match(OFFLINE_PAGE)) || Response.error();
  }
}

// Content-hashed files never change at one address: the kept copy is always right.
async function staticFile(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request);
  if (kept) {
    return kept;
  }
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    await cache.put(request, response.clone());
  }
  return response;
}

// Keeps a shell page only as the signed-in worker got it (a 200 at its own address: not the sign-in page a
// redirection would give), then the files it links, then forgets files no kept page links any more.
async function keepPage(path, response) {
  if (!response.ok || response.redirected || response.type !== 'basic' || new URL(response.url).pathname !== path) {
    return;
  }
  const html = await response.text();
  const marked = html.replace(/<head[^>]*>/i, (head) => head + OFFLINE_COPY_MARK);
  const cache = await caches.open(CACHE);
  await cache.put(path, new Response(marked, { headers: { 'Content-Type': 'text/html;charset=UTF-8' } }));
  await Promise.all(assets(html).map(async (asset) => {
    if (!(await cache.match(asset))) {
      await cache.add(asset).catch(() => undefined);
    }
  }));
  await forgetUnlinkedFiles(cache);
}

function assets(html) {
  return Array.from(html.matchAll(ASSET_LINKS), (match) => match[1]);
}

async function forgetUnlinkedFiles(cache) {
  const linked = new Set();
  for (const page of SHELL_PAGES) {
    const kept = await cache.match(page);
    if (kept) {
      assets(await kept.text()).forEach((asset) => linked.add(asset));
    }
  }
  const requests = await cache.keys();
  await Promise.all(requests.map((request) => {
    const url = new URL(request.url);
    if (isShellPage(url) || (isStaticFile(url) && linked.has(url.pathname))) {
      return undefined;
    }
    return cache.delete(request);
  }));
}
