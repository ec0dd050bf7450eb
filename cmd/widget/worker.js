// The widget's service worker: after the first visit every page of the widget, at any
// address under its scope and with any query, comes from the cache, online or not.
//
// It differs from go-app's default worker in three ways that matter offline:
// - a resource that fails to download is skipped instead of failing the whole install;
// - navigations are answered from the cached page of their path, ignoring the query,
//   and fall back to the questionnaire's page for any other path in scope;
// - the site's root is cached at its own address with a trailing slash, and a redirected
//   response is stored as a plain one, so that the site works under a sub-path.
const cacheName = "baotou-widget-{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};
const scope = new URL(self.registration.scope);
const indexURL = scope.href;

// cacheKey is where a resource is kept: the scope's root always with its trailing slash.
function cacheKey(url) {
  const u = new URL(url, scope);
  if (u.href + "/" === indexURL) {
    return indexURL;
  }
  return u.href;
}

// plain copies a redirected response, which a navigation may not be answered with.
async function plain(response) {
  if (!response.redirected) {
    return response;
  }
  const body = await response.blob();
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

// On a first visit the page is still downloading app.wasm while this worker installs.
// Fetching it now would carry it twice over a slow link, so the worker caches everything
// else, waits until the page says it has loaded (app/worker.go), and then takes app.wasm
// from the browser's HTTP cache. An update fetches anew: the HTTP cache holds the old one.
let pageLoaded;
const loaded = new Promise((resolve) => { pageLoaded = resolve; });
self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "baotou-widget:loaded") {
    pageLoaded();
  }
});

async function waitForPage() {
  const pages = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  pages.forEach((page) => page.postMessage({ type: "baotou-widget:loaded?" }));
  return Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, 300000))]);
}

async function cacheAll(cache, urls, mode) {
  await Promise.all(urls.map(async (url) => {
    const key = cacheKey(url);
    try {
      const response = await fetch(key, { cache: mode });
      if (response.ok) {
        await cache.put(key, await plain(response));
      }
    } catch (err) {
      console.warn("not cached:", key, err);
    }
  }));
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const first = !(await caches.keys()).some((key) => key.startsWith("baotou-widget-") && key !== cacheName);
    const isWasm = (url) => url.endsWith(".wasm");
    const cache = await caches.open(cacheName);
    await cacheAll(cache, resourcesToCache.filter((url) => !isWasm(url)), "no-cache");
    if (first) {
      await waitForPage();
    }
    await cacheAll(cache, resourcesToCache.filter(isWasm), first ? "force-cache" : "no-cache");
    await self.skipWaiting();
  })());
});

// The officers' batch worker and its WebAssembly are cached when /officers first uses
// them, not at install: most visitors only answer the questionnaire and should not
// download them. A page that ran the batch says so (app/worker.go); the worker then takes
// both from the browser's HTTP cache, which holds them even when this worker did not
// fetch them, as on a first visit. Later, the fetch handler keeps them as they pass.
const runtimeResources = ["web/batch-worker.js", "web/batch.wasm"].map((path) => new URL(path, scope).href);

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "baotou-widget:cache-batch") {
    event.waitUntil((async () => {
      const cache = await caches.open(cacheName);
      const missing = [];
      for (const url of runtimeResources) {
        if (!(await cache.match(url))) {
          missing.push(url);
        }
      }
      await cacheAll(cache, missing, "force-cache");
    })());
  }
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys
      .filter((key) => key.startsWith("baotou-widget-") && key !== cacheName)
      .map((key) => caches.delete(key)));
    // No clients.claim(): the page of a first visit stays uncontrolled, so go-app does
    // not mistake the first install for an update; its next navigation is served here.
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== scope.origin) {
    return;
  }
  event.respondWith(respond(request, url));
});

async function respond(request, url) {
  const cache = await caches.open(cacheName);
  if (request.mode === "navigate") {
    const page = await cache.match(cacheKey(url.origin + url.pathname));
    if (page) {
      return page;
    }
    try {
      return await fetch(request);
    } catch (err) {
      const index = url.href.startsWith(indexURL) && await cache.match(indexURL);
      if (index) {
        return index;
      }
      throw err;
    }
  }
  const key = cacheKey(url.origin + url.pathname);
  const hit = await cache.match(key);
  if (hit) {
    return hit;
  }
  const response = await fetch(request);
  if (response.ok && runtimeResources.includes(key)) {
    cache.put(key, response.clone()).catch(() => {}); // not awaited: the page compiles as it streams
  }
  return response;
}
