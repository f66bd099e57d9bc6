// The aid's cost to the page and its start, in headless Chromium at 4x CPU
// throttling (as Lighthouse's mobile run): the page's load with the aid
// against the same page without it; and from pressing Start to the aid's
// first question, when the reader scrolled to the aid first (the aid then
// starts as it comes near) and when Start is pressed at once by keyboard
// (the aid starts on that press). Medians of RUNS.
import { createRequire } from "node:module";
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
const require = createRequire(path.resolve("target/aid-size/node/"));
const puppeteer = require("puppeteer-core");
const [site, runs] = [process.argv[2], Number(process.argv[3])];
const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css", ".json": "application/json" };
const server = http.createServer((req, res) => {
  let file = path.join(site, decodeURIComponent(req.url.split("?")[0]));
  if (file.endsWith("/")) file = path.join(file, "index.html");
  fs.readFile(file, (err, data) => {
    if (err) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
    res.end(data);
  });
}).listen(0, "127.0.0.1");
await new Promise(r => server.once("listening", r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
const median = xs => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function page() {
  const p = await browser.newPage();
  await p.setViewport({ width: 412, height: 823 });
  await p.setCacheEnabled(false);
  await p.emulateCPUThrottling(4);
  return p;
}

async function load(url) {
  const p = await page();
  await p.goto(url, { waitUntil: "load" });
  const ms = await p.evaluate(() => performance.getEntriesByType("navigation")[0].loadEventEnd);
  const wasm = await p.evaluate(() => performance.getEntriesByType("resource").some(e => e.name.endsWith(".wasm")));
  await p.close();
  return [ms, wasm];
}

const question = () => document.getElementById("aid-heading")?.textContent.includes("immediate risk");
async function startAfterScrolling() {
  const p = await page();
  await p.goto(`${base}/durham/`, { waitUntil: "load" });
  await p.evaluate(() => document.getElementById("decision-aid").scrollIntoView());
  await p.waitForFunction(() => document.getElementById("decision-aid-root").dataset.aid === "running", { polling: "raf" });
  const ms = await press(p);
  await p.close();
  return ms;
}
async function startAtOnce() {
  const p = await page();
  await p.goto(`${base}/durham/`, { waitUntil: "load" });
  await p.focus("#decision-aid-root [data-act=start]");
  const ms = await press(p);
  await p.close();
  return ms;
}
async function press(p) {
  const t0 = await p.evaluate(() => {
    const t = performance.now();
    document.querySelector("#decision-aid-root [data-act=start]").click();
    return t;
  });
  await p.waitForFunction(question, { polling: "raf" });
  return (await p.evaluate(() => performance.now())) - t0;
}

const withAid = [], without = [], scrolled = [], atOnce = [];
let fetchedOnLoad = false;
for (let i = 0; i < runs; i++) {
  const [ms, wasm] = await load(`${base}/durham/`);
  withAid.push(ms);
  fetchedOnLoad ||= wasm;
  without.push((await load(`${base}/durham/no-aid.html`))[0]);
  scrolled.push(await startAfterScrolling());
  atOnce.push(await startAtOnce());
}
const [a, n] = [median(withAid), median(without)];
console.log(`at 4x CPU throttling, median of ${runs}:`);
console.log(`  page load with the aid ${a.toFixed(0)} ms, without it ${n.toFixed(0)} ms (ratio ${(a / n).toFixed(2)}); the aid's wasm fetched on load: ${fetchedOnLoad ? "yes" : "no"}`);
console.log(`  Start to the first question: ${median(scrolled).toFixed(0)} ms after scrolling to the aid, ${median(atOnce).toFixed(0)} ms when pressed at once`);
await browser.close();
server.close();
