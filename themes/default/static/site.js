// On every page: the search box, offline use, and the notices about both.
// A file rather than inline, so the Content-Security-Policy can forbid
// inline scripts. Pagefind's script loads only when someone searches.
const place = document.querySelector(".site-search");
const root = new URL(".", document.querySelector('link[rel="manifest"]').href);
const base = place.dataset.base || "/";
// This language's home (the site's root, or its language's folder).
const home = new URL(document.querySelector(".site-header__title").href);
const live = place.hasAttribute("data-live-reload");
// The words this script says, in the page's language (the tool's message
// files, written into the page by the build).
const words = JSON.parse(document.getElementById("stagehand-words")?.textContent || "{}");
const say = (key, vars = {}) => (words[key] ?? key).replace(/\{(\w+)\}/g, (_, name) => vars[name] ?? "");
const lang = document.documentElement.lang;
// "7 December 2026", "7 Rhagfyr 2026": the same words as the pages'.
const dayWords = (d) => `${d.getDate()} ${words[`month-${d.getMonth() + 1}`] ?? d.toLocaleDateString("en-GB", { month: "long" })} ${d.getFullYear()}`;

// ---- Search ----
const form = place.querySelector("form");
const input = form.querySelector("input");
const panel = document.getElementById("search-results");
form.hidden = false;
place.querySelector(".site-search__a-z").hidden = true;

let pagefind = null;
async function searcher() {
  if (!pagefind) {
    pagefind = await import(new URL("pagefind/pagefind.js", root).href);
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
  }
  return pagefind;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

// Pagefind's excerpts are escaped text with <mark> around the words found;
// they are rebuilt here as text nodes and <mark> elements, never as HTML.
function excerpt(html) {
  const p = el("p", { class: "search-results__excerpt" });
  // A detached <textarea> decodes entities and runs nothing; keeps spaces.
  const decoder = document.createElement("textarea");
  const text = (s) => {
    decoder.innerHTML = s;
    return decoder.value;
  };
  html.split(/(<mark>.*?<\/mark>)/).forEach((part) => {
    const m = part.match(/^<mark>(.*)<\/mark>$/);
    // "of" in "head of service" is not what was looked for.
    const found = m && !SMALL_WORDS.has(text(m[1]).toLowerCase());
    p.append(found ? el("mark", {}, text(m[1])) : text(m ? m[1] : part));
  });
  return p;
}

const SMALL_WORDS = new Set(["a", "an", "and", "at", "by", "for", "from", "in", "is", "it", "of", "on", "or", "the", "to", "with"]);

// A page's sections, best first: a stage (what a practitioner looks for by
// its people), then those with more of the words found, then page order.
function bestSections(subResults, pageTitle) {
  const marks = (s) => (s.excerpt.match(/<mark>/g) || []).length;
  return (subResults || [])
    .filter((s) => s.title && s.title !== pageTitle)
    .map((s, order) => ({ s, order, stage: s.url.includes("#stage-") }))
    .sort((a, b) => b.stage - a.stage || marks(b.s) - marks(a.s) || a.order - b.order)
    .slice(0, 3)
    .map((x) => x.s);
}

function closeButton() {
  const b = el("button", { type: "button", class: "button button--secondary search-results__close" }, say("close-search"));
  b.addEventListener("click", () => {
    panel.hidden = true;
    panel.replaceChildren();
    input.focus();
  });
  return b;
}

// On a procedure's page, results can be narrowed to its partnership.
const partnership = document.querySelector("main[data-partnership]")?.dataset.partnership;
let onlyHere = false;

function narrowing(query) {
  if (!partnership) return [];
  const box = el("input", { type: "checkbox", id: "search-only-here", class: "check__input" });
  box.checked = onlyHere;
  box.addEventListener("change", () => {
    onlyHere = box.checked;
    show(query).then(() => document.getElementById("search-only-here")?.focus());
  });
  return [el("div", { class: "check search-results__narrow" }, box, el("label", { for: "search-only-here" }, say("only-here", { partnership })))];
}

async function show(query) {
  panel.hidden = false;
  // Named by its heading once there is one (before, by its aria-label).
  panel.setAttribute("aria-labelledby", "search-results-title");
  panel.replaceChildren(el("h2", { id: "search-results-title" }, say("searching")));
  let found;
  try {
    const filters = onlyHere && partnership ? { partnership } : {};
    const search = await (await searcher()).search(query, { filters });
    found = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  } catch (e) {
    panel.replaceChildren(
      el("h2", { id: "search-results-title" }, say("search-unavailable")),
      el("p", {}, say("search-failed")),
      closeButton(),
    );
    panel.querySelector("p").append(el("a", { href: new URL("a-z/", home).href }, say("search-failed-a-to-z")), say("search-failed-end"));
    panel.focus();
    return;
  }
  const title = el("h2", { id: "search-results-title" }, say("results-for", { query }));
  if (found.length === 0) {
    panel.replaceChildren(
      title,
      ...narrowing(query),
      el("p", { class: "search-results__count" }, say("no-results")),
      el("p", {}, say("improve")),
      el("ul", {}, ...["improve-spelling", "improve-fewer", "improve-less-specific"].map((t) => el("li", {}, say(t)))),
      el("p", {}, el("a", { href: new URL("a-z/", home).href }, say("browse-a-to-z"))),
      closeButton(),
    );
  } else {
    const list = el("ol", { class: "search-results__list" });
    for (const page of found) {
      const item = el("li", { class: "search-results__item" });
      item.append(el("h3", {}, el("a", { href: page.url }, page.meta.title || page.url)));
      if (page.meta.partnership) item.append(el("p", { class: "caption" }, page.meta.partnership));
      const sections = bestSections(page.sub_results, page.meta.title);
      if (sections.length === 0) item.append(excerpt(page.excerpt));
      else {
        const ul = el("ul", { class: "search-results__sections" });
        for (const s of sections) ul.append(el("li", {}, el("a", { href: s.url }, s.title), excerpt(s.excerpt)));
        item.append(ul);
      }
      list.append(item);
    }
    const n = found.length;
    panel.replaceChildren(title, ...narrowing(query), el("p", { class: "search-results__count" }, n === 1 ? say("page-found") : say("pages-found", { count: n })), list, closeButton());
  }
  panel.focus();
}

// Loaded on the first key typed, not on focus: tabbing past the box costs nothing.
input.addEventListener("input", () => searcher().catch(() => {}), { once: true });
form.addEventListener("submit", (event) => {
  event.preventDefault();
  const query = input.value.trim();
  if (query) show(query);
});

// ---- Print ----
// A printed page says when it was printed, and where the current version is.
const printed = document.getElementById("printed-on");
function stamp() {
  printed.textContent = say("printed-on", { day: dayWords(new Date()), address: location.href.split("#")[0].split("?")[0] });
}
if (printed) {
  stamp();
  addEventListener("beforeprint", stamp);
}

// ---- Offline ----
const notice = document.getElementById("offline-notice");
let about = null;
async function version() {
  if (!about) about = await (await fetch(new URL("version.json", root))).json();
  return about;
}
// The page the offline copy serves for a page it has not kept.
function notKept(offline) {
  const found = document.getElementById("not-found");
  const kept = document.getElementById("not-kept");
  if (!found || !kept) return;
  found.hidden = offline;
  kept.hidden = !offline;
  if (offline) document.title = say("not-kept-title", { title: document.title.replace(/^.*?: /, "") });
}
async function showOffline() {
  notKept(!navigator.onLine || document.documentElement.hasAttribute("data-not-kept"));
  if (navigator.onLine) {
    notice.hidden = true;
    return;
  }
  let when = "";
  try {
    const about = await version();
    when = say("offline-when", { day: about.built_day?.[lang] ?? about.built_words });
  } catch {}
  notice.textContent = say("offline") + when;
  notice.hidden = false;
}
addEventListener("online", showOffline);
addEventListener("offline", showOffline);
showOffline();

function offerNewVersion(registration) {
  if (!registration.waiting || !navigator.serviceWorker.controller || document.getElementById("new-version")) return;
  const button = el("button", { type: "button", class: "button" }, say("load-new"));
  const box = el(
    "div",
    { class: "new-version width-container", id: "new-version", role: "status" },
    el("p", {}, say("new-version")),
    button,
  );
  button.addEventListener("click", () => {
    navigator.serviceWorker.addEventListener("controllerchange", () => location.reload());
    registration.waiting.postMessage("use-new-version");
  });
  notice.after(box);
}

if ("serviceWorker" in navigator) {
  if (live) {
    // While editing, every change must show at once: no offline copy.
    navigator.serviceWorker.getRegistrations().then((all) => all.forEach((r) => r.unregister()));
  } else {
    navigator.serviceWorker.register(new URL("sw.js", root)).then((registration) => {
      offerNewVersion(registration);
      // Keep this procedure's pages (and its region's) for reading offline.
      // A page in another language keeps that language's home, A to Z and
      // accessibility pages too ("cy"), and its procedure's ("cy/wales").
      const parts = location.href.startsWith(root.href) ? location.href.slice(root.href.length).split(/[/?#]/) : [];
      const edition = document.documentElement.dataset.edition;
      const keep = edition ? [edition, parts[1] ? `${edition}/${parts[1]}` : ""] : [parts[0]];
      for (const slug of keep.filter(Boolean)) navigator.serviceWorker.ready.then((r) => r.active?.postMessage({ keep: slug }));
      registration.addEventListener("updatefound", () => {
        const worker = registration.installing;
        worker?.addEventListener("statechange", () => {
          if (worker.state === "installed") offerNewVersion(registration);
        });
      });
    }, () => {});
  }
}

// ---- From the decision aid into the text, and back ----
// "Read what the procedure says about this stage" leads into the text; a
// link placed after the section's heading leads back to the same question.
document.addEventListener("click", (event) => {
  const link = event.target.closest && event.target.closest("#decision-aid-root a[href^='#']");
  // Only a link into the text: not the aid's own (Back, Change, an error's
  // field), which the aid carries out itself.
  if (!link || event.defaultPrevented) return;
  const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  if (!target || document.getElementById("decision-aid")?.contains(target)) return;
  document.getElementById("back-to-aid")?.remove();
  const back = el("a", { href: "#decision-aid" }, say("back-to-aid"));
  back.addEventListener("click", (e) => {
    e.preventDefault();
    document.getElementById("back-to-aid")?.remove();
    const heading = document.getElementById("aid-heading") || document.getElementById("decision-aid-title");
    heading.scrollIntoView({ block: "start" });
    heading.focus();
  });
  target.after(el("p", { id: "back-to-aid", class: "back-to-aid no-print" }, back));
});
