// Time from navigation until the hub is interactive, median of 5 loads in
// headless Chromium, next to a plain static HTML page of the hub's text.
// A report, not a test: node tests/support/load-time.mjs (after a build).
import { launch, startServer } from './browser.mjs';
import { writeFile, mkdtemp, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The plain page: the same stylesheet and the hub's text, no script.
const root = await mkdtemp(join(tmpdir(), 'sds-static-'));
await cp('www', root, { recursive: true });
const { server, url } = await startServer(root);
const context = await launch();
const page = await context.newPage();
await page.goto(url);
await page.waitForSelector('html[data-sds-ready="true"]');
const hubHtml = await page.$eval('#app', (el) => el.innerHTML);
await writeFile(join(root, 'static.html'), `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>static</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="styles.css"></head><body class="sds-page"><main id="app">${hubHtml}</main></body></html>`);

async function timeLoads(path, readySelector) {
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const p = await context.newPage();
    await p.route('**/*', (route) => route.continue({ headers: { ...route.request().headers(), 'cache-control': 'no-cache' } }));
    const start = Date.now();
    await p.goto(url + path, { waitUntil: 'commit' });
    await p.waitForSelector(readySelector);
    // Interactive: the About us link answers a click.
    times.push(Date.now() - start);
    await p.close();
  }
  return times;
}

const app = await timeLoads('', 'html[data-sds-ready="true"] .sds-task-list__link');
const embedded = await timeLoads('examples/custom-element.html', 'sds-explorer[data-sds-ready] .sds-task-list__link');
const plain = await timeLoads('static.html', '.sds-task-list__link');
console.log(`hub interactive (standalone page):  median ${median(app)} ms of ${RUNS} [${app.join(', ')}]`);
console.log(`hub interactive (council host page): median ${median(embedded)} ms of ${RUNS} [${embedded.join(', ')}]`);
console.log(`plain static hub page:              median ${median(plain)} ms of ${RUNS} [${plain.join(', ')}]`);
await context.close();
server.close();
