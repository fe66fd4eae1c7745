// Back, Forward and reload move between the tool's screens, never off it:
// on the tool's own page (the screen in the URL fragment), inside a
// council's page (history state only, the host's address unchanged), and
// with history="off" for hosts that do not want it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserApp } from '../support/browser.mjs';

const app = useBrowserApp();

/** The focusable title of the screen showing, in the page or the tool's shadow root. */
function title(scope) {
  return scope.locator('[tabindex="-1"]:is(h1, h2)').first().textContent();
}

async function waitForTitle(scope, text) {
  await scope.locator('[tabindex="-1"]:is(h1, h2)', { hasText: text }).first().waitFor();
  assert.equal((await title(scope)).trim(), text);
}

describe('Back and reload on the tool’s own page', () => {
  test('Back walks back through the screens, reload stays, and the address names the screen', async () => {
    const { page, problems } = await app.freshApp();
    await page.getByRole('link', { name: 'Our story' }).click();
    await waitForTitle(page, 'Our story');
    assert.match(page.url(), /#\/story$/);
    await page.getByRole('link', { name: 'What is important to us and for us' }).click();
    await waitForTitle(page, 'What is important to us and for us');
    assert.match(page.url(), /#\/story\/important$/);
    await page.getByLabel(/What is important to your child and your family/).first().fill('Seeing Gran on Sundays');

    await page.reload();
    await page.waitForSelector('html[data-sds-ready="true"]');
    await waitForTitle(page, 'What is important to us and for us');
    assert.equal(await page.getByLabel(/What is important to your child and your family/).first().inputValue(), 'Seeing Gran on Sundays');

    await page.goBack();
    await waitForTitle(page, 'Our story');
    // Back moves focus to the screen's title, as following a link does.
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Our story');
    await page.goBack();
    await waitForTitle(page, 'Get ready for your Self-directed Support assessment');
    assert.doesNotMatch(page.url(), /#/);
    await page.goForward();
    await waitForTitle(page, 'Our story');
    assert.deepEqual(problems, []);
  });

  test('an idea removed since, or an address the tool never made, goes to where it can', async () => {
    const { page, problems } = await app.freshApp();
    await page.goto(`${app.url}#/support/idea/42`);
    await page.reload();
    await page.waitForSelector('html[data-sds-ready="true"]');
    await waitForTitle(page, 'Support ideas and costs');
    assert.match(page.url(), /#\/support$/);
    await page.goto(`${app.url}#/%3Cscript%3E`);
    await page.reload();
    await page.waitForSelector('html[data-sds-ready="true"]');
    await waitForTitle(page, 'Get ready for your Self-directed Support assessment');
    assert.doesNotMatch(page.url(), /#/);
    assert.deepEqual(problems, []);
  });
});

/** Opens a host page and waits for the tool in it. */
async function openHost(path) {
  const context = await app.launchContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(app.url + path);
  await page.waitForSelector('sds-explorer[data-sds-ready]');
  return { page, errors, tool: page.locator('sds-explorer') };
}

describe('Back and reload inside a council’s page', () => {
  test('Back goes to the tool’s screen before, and the council’s address never changes', async () => {
    const { page, errors, tool } = await openHost('examples/custom-element.html');
    const address = page.url();
    await tool.getByRole('link', { name: 'Our story' }).click();
    await waitForTitle(tool, 'Our story');
    await tool.getByRole('link', { name: 'What is important to us and for us' }).click();
    await waitForTitle(tool, 'What is important to us and for us');
    assert.equal(page.url(), address);

    await page.reload();
    await page.waitForSelector('sds-explorer[data-sds-ready]');
    await waitForTitle(tool, 'What is important to us and for us');
    assert.equal(page.url(), address);

    await page.goBack();
    await waitForTitle(tool, 'Our story');
    await page.goBack();
    await waitForTitle(tool, 'Get ready for your Self-directed Support assessment');
    assert.equal(page.url(), address);
    assert.deepEqual(errors, []);
  });

  test('with history="off" the tool adds no history entries', async () => {
    const { page, errors, tool } = await openHost('examples/custom-element.html');
    // The council's page as a web team would write it with history="off".
    await page.evaluate(() => {
      const old = document.querySelector('sds-explorer');
      const element = document.createElement('sds-explorer');
      element.setAttribute('config', old.getAttribute('config'));
      element.setAttribute('history', 'off');
      old.replaceWith(element);
    });
    await page.waitForSelector('sds-explorer[data-sds-ready]');
    const entries = await page.evaluate(() => history.length);
    await tool.getByRole('link', { name: 'Our story' }).click();
    await waitForTitle(tool, 'Our story');
    await tool.getByRole('link', { name: 'Back to your plan' }).click();
    await waitForTitle(tool, 'Get ready for your Self-directed Support assessment');
    assert.equal(await page.evaluate(() => history.length), entries);
    assert.deepEqual(errors, []);
  });
});
