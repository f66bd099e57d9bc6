// The decision aid, started only when it is used. Its first screen is in
// the page already (shown here at once, so nothing moves when the aid
// starts); the aid's wasm is fetched and started when the reader comes near
// it, moves into it (a key press or a tap on Start), or arrives to use it: a
// link to a stage or a worked example, or a draft kept on this device. A
// file rather than an inline script, so that the pages' Content-Security-
// Policy can forbid inline scripts altogether.
const root = document.getElementById("decision-aid-root");
const fallback = document.getElementById("aid-fallback");
const carried = root?.querySelector(".aid");
// The words this script says, in the page's language (see site.js).
const words = JSON.parse(document.getElementById("stagehand-words")?.textContent || "{}");
const say = (key) => words[key] ?? key;

let started = null;
let running = false;
function start() {
  // What Leptos's own hydration script would set: this page has none
  // (no inline script), and its resources are all in the page already.
  for (const name of ["__RESOLVED_RESOURCES", "__SERIALIZED_ERRORS", "__INCOMPLETE_CHUNKS", "__PENDING_RESOURCES"]) {
    window[name] ??= [];
  }
  started ??= import("./decision_aid.js")
    // The aid takes over the carried screen in place (or shows another
    // where it starts elsewhere, keeping the reader's place as it does).
    .then((aid) => aid.default())
    .then(() => {
      running = true;
      root.dataset.aid = "running";
    })
    .catch(() => {
      // It could not be fetched (a lost signal) or cannot run here: say
      // which, and what to do instead, beside the button pressed if one was.
      if (running) return;
      started = null;
      const where = root.querySelector(".aid-loading") ?? fallback;
      if (!where) return;
      const canRun = typeof WebAssembly === "object";
      const form = document.createElement("a");
      form.href = "record-form/";
      form.textContent = canRun ? say("aid-print-form") : say("aid-print-form-start");
      where.textContent = canRun ? say("aid-failed") : say("aid-cannot-run");
      where.append(form, say("aid-follow-route"));
      where.setAttribute("role", "alert");
      where.hidden = false;
    });
  return started;
}

function wanted() {
  const query = new URLSearchParams(location.search);
  if (query.has("stage") || query.has("scenario")) return true;
  try {
    return localStorage.getItem(`stagehand-draft:${root.dataset.procedure}`) !== null;
  } catch {
    return false;
  }
}

// Say that the aid is coming, after the control used, in case the signal
// is slow (and again on a second try after it could not be loaded).
function sayStarting(after) {
  let note = root.querySelector(".aid-loading");
  if (!note) {
    note = document.createElement("p");
    note.className = "aid-loading";
    after.after(note);
  }
  note.setAttribute("role", "status");
  // In the page's language, inside an aid that may be in another.
  note.lang = document.documentElement.lang;
  note.textContent = say("aid-starting");
}

// What the reader pressed on the carried screen before the aid started,
// done again on the aid's own (a file chosen: `forwardFile`, below).
function replay(event) {
  if (running) return;
  const acted = event.target.closest("[data-act], [data-go]");
  if (event.type === "click" && acted) {
    event.preventDefault();
    const selector = acted.dataset.act ? `[data-act="${acted.dataset.act}"]` : `[data-go="${acted.dataset.go}"]`;
    sayStarting(acted);
    start().then(() => {
      // Only if the reader is still here: not after they have moved on.
      if (running && (root.contains(document.activeElement) || document.activeElement === document.body)) {
        root.querySelector(selector)?.click();
      }
    });
  }
}

// A file chosen on the carried screen's control before the aid runs is
// given to the aid. Listened for on the control itself: a phone's file
// picker stays open while the aid starts, and where the aid starts on
// another screen, the choice comes to a control no longer in the page,
// whose events reach no other listener.
function forwardFile(input) {
  // Once the aid runs, the change reaches it on its own.
  if (running) return;
  const files = input.files;
  if (files && files.length > 0) sayStarting(input);
  start().then(() => {
    const now = root.querySelector(`#${input.id}`);
    if (!now || !files || files.length === 0) return;
    // The aid took over this control in place, or replaced it.
    if (now !== input) now.files = files;
    now.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

if (root) {
  if (fallback) fallback.hidden = true;
  if (carried) {
    carried.hidden = false;
    // The first screen as the page carried it: the aid takes it over in
    // place only if it is still so (hydration needs the same nodes).
    const screen = carried.firstElementChild;
    if (screen) screen.dataset.carried = screen.innerHTML;
  }
  root.addEventListener("click", replay, true);
  for (const input of carried?.querySelectorAll("input[type=file]") ?? []) {
    input.addEventListener("change", () => forwardFile(input));
  }
  root.addEventListener("focusin", start, { once: true });
  if (wanted() || !("IntersectionObserver" in window)) {
    start();
  } else {
    // Within a screen's height of coming into view.
    const near = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          near.disconnect();
          start();
        }
      },
      { rootMargin: "100% 0px" },
    );
    near.observe(root);
  }
}

// The browser's own Print, used while the reader is at the aid with a record
// under way (something said, not a blank one), prints the record (as "Print
// the record" does), not the whole procedure; afterwards the page prints as
// itself again.
addEventListener("beforeprint", () => {
  const html = document.documentElement;
  if (!running || root.dataset.record !== "said" || !root.querySelector(".aid-print") || html.classList.contains("print-record")) return;
  const box = root.getBoundingClientRect();
  if (root.contains(document.activeElement) || (box.top < innerHeight && box.bottom > 0)) {
    html.classList.add("print-record", "print-record-auto");
  }
});
addEventListener("afterprint", () => {
  const html = document.documentElement;
  if (html.classList.contains("print-record-auto")) html.classList.remove("print-record", "print-record-auto");
});
