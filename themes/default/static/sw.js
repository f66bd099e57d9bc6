// The handbook's service worker, written by `stagehand build`. It keeps one
// copy of this build's published files, named by a hash of them all, and
// answers from it, so the handbook works with no signal after one visit. A
// new build is a new cache: it is filled completely before it is used, and
// the page asks the reader before switching, so one page never mixes two
// builds. It only ever stores the published files listed here: nothing the
// reader types passes through it.
const VERSION = "__VERSION__";
const FILES = ["__FILES__"];
const CACHE = "stagehand-" + VERSION;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: "reload" })))),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith("stagehand-") && k !== CACHE)
            .map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

// The page sends this when the reader chooses to load a new version.
self.addEventListener("message", (event) => {
  if (event.data === "use-new-version") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // `?stage=` and `?scenario=` open the same page.
      const kept = await cache.match(request, { ignoreSearch: true });
      if (kept) return kept;
      try {
        return await fetch(request);
      } catch (offline) {
        if (request.mode === "navigate") {
          const missing = await cache.match("404.html");
          if (missing) return missing;
        }
        throw offline;
      }
    }),
  );
});
