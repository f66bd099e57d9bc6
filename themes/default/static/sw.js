// The handbook's service worker, written by `stagehand build`. It keeps a
// copy of this build's published files, in a cache named by a hash of them
// all: the shell (home, A to Z, accessibility and privacy, the theme, the
// decision aid, the search's program) on the first visit; every page of the
// procedure the reader opens, with its region and local versions, when a
// page asks; and any other file of this build once it is fetched (pages
// visited, the parts of the search index a search uses). A small handbook's
// shell is the whole handbook. A new build is a new
// cache, and the page asks the reader before switching to it, so one page
// never mixes two builds. It only ever stores the site's own published
// files: nothing the reader types passes through it.
const VERSION = "__VERSION__";
const FILES = ["__FILES__"];
// Each procedure's pages and its family's, kept when one of its pages is read.
const PROCEDURES = { "__PROCEDURES__": [] };
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

async function keep(slug) {
  const urls = PROCEDURES[slug];
  if (!urls) return;
  const cache = await caches.open(CACHE);
  for (const url of urls) {
    if (!(await cache.match(url))) {
      try {
        const response = await fetch(new Request(url, { cache: "reload" }));
        if (response.ok && (await sameBuild())) await cache.put(url, response);
      } catch {}
    }
  }
}

// The page sends these: choosing a new version, and the procedure it shows.
self.addEventListener("message", (event) => {
  if (event.data === "use-new-version") self.skipWaiting();
  else if (event.data && typeof event.data.keep === "string") event.waitUntil(keep(event.data.keep));
});

// Whether the files on the network are still this build's: a file fetched
// from a newer build is shown, never kept with this one.
let checked = { at: 0, same: true };
async function sameBuild() {
  if (Date.now() - checked.at < 10000) return checked.same;
  try {
    const about = await (await fetch("version.json", { cache: "no-store" })).json();
    checked = { at: Date.now(), same: about.version === VERSION };
  } catch {
    checked = { at: Date.now(), same: false };
  }
  return checked.same;
}

// Pages opened from a newer build than this worker's: their own files come
// from the network too, so they never mix with this build's.
const newer = new Set();

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  // Which build is published: the network's when it answers, this one's offline.
  if (new URL(request.url).pathname.endsWith("/version.json")) {
    event.respondWith(fetch(request).catch(() => caches.open(CACHE).then((cache) => cache.match(request))));
    return;
  }
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      if (newer.has(event.clientId)) return fetch(request);
      // `?stage=` and `?scenario=` open the same page.
      const kept = await cache.match(request, { ignoreSearch: true });
      if (kept) return kept;
      try {
        const response = await fetch(request);
        if (response.ok && !new URL(request.url).search) {
          if (await sameBuild()) await cache.put(request, response.clone());
          else if (request.mode === "navigate" && event.resultingClientId) newer.add(event.resultingClientId);
        }
        return response;
      } catch (offline) {
        if (request.mode === "navigate") {
          // Marked, so the page says "not kept" even where the phone still
          // reports itself online with no signal getting through.
          const missing = await cache.match("404.html");
          if (missing) {
            const page = (await missing.text()).replace("<html", "<html data-not-kept");
            return new Response(page, { status: missing.status, headers: missing.headers });
          }
        }
        throw offline;
      }
    }),
  );
});
