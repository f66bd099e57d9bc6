// Median time from navigation to the aid being ready (its first screen in the
// page), and to the load event of the same page without the widget.
import { createRequire } from "node:module";
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
const require = createRequire(path.resolve("target/aid-size/node/"));
const puppeteer = require("puppeteer-core");
const [site, runs] = [process.argv[2], Number(process.argv[3])];
const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css" };
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
async function time(url, ready) {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  const t0 = Date.now();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(ready, { polling: "raf" });
  const ms = await page.evaluate(() => performance.now());
  await page.close();
  return ms;
}
const aid = [], plain = [];
for (let i = 0; i < runs; i++) {
  aid.push(await time(`${base}/durham/`, () => !!document.getElementById("aid-heading")));
  plain.push(await time(`${base}/durham/no-aid.html`, () => document.readyState === "complete"));
}
const a = median(aid), p = median(plain);
console.log(`navigation to aid ready (median of ${runs}): ${a.toFixed(0)} ms; same page without the widget, to load: ${p.toFixed(0)} ms; ratio ${(a / p).toFixed(2)}x`);
await browser.close();
server.close();
