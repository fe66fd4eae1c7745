// Shared set-up for browser tests: Debian's Chromium driven by
// playwright-core, the built app served on loopback, and helpers that read
// what a user would see.
import { after, afterEach, before } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve } from './server.mjs';

const require = createRequire(import.meta.url);

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** A fresh browser profile each time: nothing carries over between tests. */
export async function launch() {
  const userDataDir = await mkdtemp(join(tmpdir(), 'sds-chromium-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1280, height: 900 },
  });
}

/** Serves `root` on a free loopback port; resolves to { server, url }. */
export async function startServer(root = 'www') {
  return serve(root, 0);
}

/**
 * Registers the node:test hooks a browser test file needs and returns the
 * object its tests use. Call it once, at the top of the file:
 *
 *   const app = useBrowserApp();
 *   test('…', async () => { const { page } = await app.freshApp(); … });
 *
 * before() starts the static server (`app.url` is its address from then on),
 * afterEach() closes every browser context the test launched, even when the
 * test failed, and after() stops the server.
 */
export function useBrowserApp({ root = 'www' } = {}) {
  let server;
  const contexts = [];
  const app = {
    /** The served app's address, such as "http://127.0.0.1:41234/"; set in before(). */
    url: undefined,

    /**
     * A fresh browser profile, closed after the test. For tests that open
     * something other than the app, or more than one profile.
     */
    async launchContext() {
      const context = await launch();
      contexts.push(context);
      return context;
    },

    /**
     * Opens the app in a fresh browser profile (storage starts empty) and
     * waits until it is ready; resolves to openApp's { page, problems,
     * requests } plus the `context`. `options` go to openApp.
     */
    async freshApp(options) {
      const context = await app.launchContext();
      return { context, ...(await openApp(context, app.url, options)) };
    },
  };
  before(async () => {
    ({ server, url: app.url } = await startServer(root));
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  after(() => server?.close());
  return app;
}

/**
 * Opens the app and waits until it is ready. Records console errors, page
 * errors and every request, so tests can assert none went elsewhere.
 */
export async function openApp(context, url, { initScript } = {}) {
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  if (initScript) await page.addInitScript(initScript);
  await page.goto(url);
  await page.waitForSelector('html[data-sds-ready="true"]');
  return { page, problems, requests };
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core violations for WCAG 2.0/2.1/2.2 A and AA, as "id: target" lines.
 * `selector` limits the scan to one element and its shadow tree (an
 * embedded tool on a host page whose own content is not ours to judge).
 */
export async function axeViolations(page, selector) {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate((only) => window.axe.run(only ? document.querySelector(only) : document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }), selector);
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
}

/** True when the page is wider than the window (sideways scrolling). */
export async function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Presses Tab until the focused element's text or label matches, then returns it. */
export async function tabTo(page, pattern, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      let el = document.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
      if (!el) return '';
      const label = el.labels && el.labels[0] ? el.labels[0].textContent : '';
      return `${el.textContent ?? ''} ${label} ${el.getAttribute('aria-label') ?? ''}`.trim();
    });
    if (pattern.test(name)) return name;
  }
  throw new Error(`Tab never reached ${pattern}`);
}

/** The text of the focused element ('' when nothing has focus). */
export async function focusedText(page) {
  return page.evaluate(() => document.activeElement?.textContent ?? '');
}

/**
 * Waits until focus lands on an element with exactly this text, then
 * asserts it. The app re-renders just after a key press, so reading focus
 * at once can race with it on a loaded machine; a wrong focus still fails
 * (after 5 seconds), with what had focus in the message.
 */
export async function focusMovesTo(page, text) {
  try {
    await page.waitForFunction((t) => document.activeElement?.textContent === t, text, { timeout: 5000 });
  } catch {
    assert.equal(await focusedText(page), text);
  }
}

/** The hub's task list as "Title: Status" lines, as a reader sees it. */
export async function taskList(page) {
  return page.$$eval('.sds-task-list__item', (items) => items.map((li) => {
    const name = li.querySelector('.sds-task-list__link, .sds-task-list__title').textContent.trim();
    const status = li.querySelector('.sds-task-list__status').textContent.trim();
    return `${name}: ${status}`;
  }));
}

/**
 * Opens About us from the hub and answers it as a parent or carer, without
 * saving. The name is left empty unless `name` is given.
 */
export async function fillAboutUs(page, { name, age = '9', council = 'Fife' } = {}) {
  await page.getByRole('link', { name: 'About us' }).click();
  if (name !== undefined) await page.getByLabel('What name should we use').fill(name);
  await page.getByLabel('How old is your child?').fill(age);
  await page.getByLabel('A parent or carer').check();
  await page.getByLabel('Which council area').selectOption({ label: council });
}

/** Fills in About us (see fillAboutUs) and saves it, back to the plan (the hub). */
export async function completeAboutUs(page, answers) {
  await fillAboutUs(page, answers);
  await page.getByRole('button', { name: 'Save and go back to your plan' }).click();
}

/**
 * On the About us page, answers every question by keyboard alone and saves:
 * the name, the age, who is filling it in (`filler`, counted from 1 in the
 * order shown) and the council.
 */
export async function answerAboutUsByKeyboard(page, {
  name = 'Sam', age = '9', filler = 1, council = 'Fife',
} = {}) {
  await tabTo(page, /What name should we use/);
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(age);
  await page.keyboard.press('Tab');
  // Space picks the first choice; arrow keys move through radios from there.
  await page.keyboard.press('Space');
  for (let choice = 1; choice < filler; choice += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.type(council);
  // Past "Save and continue to Our story" to "Save and go back to your plan".
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}

/** Where the app keeps the plan in this browser's local storage. */
export const STORAGE_KEY = 'sds-explorer/plan/v1';

/** The plan as the app last saved it in local storage. */
export async function savedPlan(page) {
  return JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).plan;
}
