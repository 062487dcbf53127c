// hirecalc's service worker: go-app's ServiceWorkerTemplate.
//
// go-app replaces {{.Version}} and {{.ResourcesToCache}} with plain string
// substitution. Unlike go-app's default worker, this one installs inside
// waitUntil (a failed precache keeps the old worker and its cache), answers
// navigations with a query string (shared links) from the cache when
// offline, and deletes only its own old caches.

const cachePrefix = "hirecalc-";
const cacheName = cachePrefix + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};

// How long a navigation waits for the network before the cached page is
// used instead: the server prerenders the answer for the query string, the
// cache only has the default answer (app.wasm then restores the query).
const navigationTimeout = 3000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      await cache.addAll(
        resourcesToCache.map((url) => new Request(url, { cache: "reload" }))
      );
      await self.skipWaiting();
    })()
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(
        keys
          .filter((key) => key.startsWith(cachePrefix) && key !== cacheName)
          .map((key) => caches.delete(key))
      );
      await self.clients.claim();
    })()
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(navigate(request));
    return;
  }
  event.respondWith(cacheFirst(request));
});

// navigate answers a page load: from the network when it answers in time
// without a server error, else from the cache, ignoring the query string, else the cached root.
async function navigate(request) {
  const cache = await caches.open(cacheName);
  const cached = async () =>
    (await cache.match(request, { ignoreSearch: true, ignoreVary: true })) ||
    (await cache.match(new URL("/", self.location.origin).href, { ignoreVary: true }));

  try {
    const response = await withTimeout(fetch(request), navigationTimeout);
    if (response.status < 500) {
      return response;
    }
    return (await cached()) || response;
  } catch (err) {
    const response = await cached();
    if (response) {
      return response;
    }
    throw err;
  }
}

// cacheFirst answers other requests from the precache, else the network.
async function cacheFirst(request) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request, { ignoreVary: true });
  if (cached) {
    return cached;
  }
  return fetch(request);
}

// withTimeout rejects when promise has not settled after ms milliseconds.
function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("network timeout")), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err) => {
        clearTimeout(timer);
        reject(err);
      }
    );
  });
}
