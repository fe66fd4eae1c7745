// Embedding on council websites: the <sds-explorer> element in host pages
// (plain, hostile, strict security policy, two copies), iframe mode, and
// council configuration good and bad, in real Chromium.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import {
  answerAboutUsByKeyboard, axeViolations, tabTo, useBrowserApp,
} from '../support/browser.mjs';

const app = useBrowserApp();

/**
 * Opens a host page in a fresh browser profile and waits for every tool on
 * it; records what a web team would see.
 */
async function openHost(path, { waitFor = 1 } = {}) {
  const context = await app.launchContext();
  const page = await context.newPage();
  const errors = [];
  const warnings = [];
  const requests = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    }, true);
  });
  await page.goto(app.url + path);
  if (waitFor > 0) {
    await page.waitForFunction((n) => document.querySelectorAll('sds-explorer[data-sds-ready]').length >= n, waitFor);
  }
  return { context, page, errors, warnings, requests };
}

async function completeAboutUsByKeyboard(page, root = page) {
  await tabTo(page, /About us/);
  await page.keyboard.press('Enter');
  await answerAboutUsByKeyboard(page);
  const status = root.locator('.sds-task-list__item').first().locator('.sds-task-list__status');
  assert.equal(await status.textContent(), 'Completed');
}

// Inside a council's page each screen's title is an h2 (the page has its
// own h1), the one heading that takes focus.
const TITLE = 'h2[tabindex="-1"]';

/** The levels of the headings in the tool, in order. */
function headingLevels(tool) {
  return tool.evaluate((el) => [...el.shadowRoot.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    .map((h) => Number(h.tagName[1])));
}

/** No heading is above `top`, the first is `top`, and none skips a level. */
function assertOutline(levels, top, where) {
  assert.equal(levels[0], top, `${where}: ${levels}`);
  assert.ok(levels.every((level) => level >= top), `${where}: ${levels}`);
  levels.slice(1).forEach((level, i) => {
    assert.ok(level <= levels[i] + 1, `${where}: h${levels[i]} then h${level} (${levels})`);
  });
}

const COUNCIL_CONTACT = 'Loch Fyne Council (an example): Self-directed Support team';

describe('the <sds-explorer> element', () => {
  test('on a council page: shows the council’s contacts and brand, completes by keyboard, axe-clean', async () => {
    const { page, errors, warnings, requests } = await openHost('examples/custom-element.html');
    const tool = page.locator('sds-explorer');
    assert.equal(await tool.locator(TITLE).textContent(), 'Get ready for your Self-directed Support assessment');
    assert.match(await tool.locator('.sds-local').textContent(), new RegExp(COUNCIL_CONTACT.replace(/[()]/g, '\\$&')));
    assert.equal(await tool.getByRole('link', { name: '01234 567890' }).getAttribute('href'), 'tel:01234567890');
    const button = tool.getByRole('button', { name: 'Save a copy to this device' });
    assert.equal(await button.evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(0, 94, 184)');
    assert.deepEqual(await axeViolations(page, 'sds-explorer'), []);
    await completeAboutUsByKeyboard(page, tool);
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, []);
    const origin = new URL(app.url).origin;
    assert.deepEqual(requests.filter((r) => !r.startsWith(origin)), []);
    const files = [...new Set(requests.map((r) => new URL(r).pathname))].sort();
    assert.deepEqual(files, [
      '/embed.js', '/examples/custom-element.html', '/examples/host.css', '/examples/loch-fyne-council.json',
      '/pkg/sds-embed.css', '/pkg/sds_web.js', '/pkg/sds_web_bg.wasm',
    ]);
  });

  test('the council’s configuration narrows the options and sets the PA rate, labelled as its figure', async () => {
    const { page, errors } = await openHost('examples/custom-element.html');
    const tool = page.locator('sds-explorer');
    await tool.getByRole('link', { name: 'The four options' }).click();
    const area = tool.locator('table tr', { hasText: 'In your area' });
    const cells = await area.locator('td').allTextContents();
    assert.equal(cells[0], 'Available in your area', cells.join(' | '));
    assert.equal(cells[2], 'Not currently available in your areaThere is no council-arranged support in some rural areas at the moment. Ask us about other ways.');
    // No "the council will arrange your support (Option 3)" where there is no Option 3.
    assert.doesNotMatch(await tool.locator('.sds-app').textContent(), /will arrange/);
    assert.match(await tool.locator('.sds-app').textContent(), /Your council says Option 3 is not currently available in your area, so ask them what would happen\./);
    const words = tool.locator('.sds-options-chart__words');
    assert.match(await words.textContent(), /Option 3 is not currently available in your area\./);
    assert.equal(await tool.locator('.sds-options-chart__dot--not-available').count(), 1, 'drawn as an outline');
    await tool.getByRole('link', { name: 'What we are thinking about' }).click();
    assert.match(await tool.getByRole('group', { name: /Which options are you thinking about/ }).textContent(),
      /Option 3: The council arrangesNot currently available in your area/);
    await tool.getByRole('link', { name: 'Back to the four options' }).click();
    await tool.getByRole('link', { name: 'Back to your plan' }).first().click();
    await tool.getByRole('link', { name: 'Support ideas and costs' }).click();
    await tool.getByRole('button', { name: 'Add a support idea' }).click();
    await tool.getByLabel('Club or activity').check();
    await tool.getByRole('button', { name: 'Continue' }).click();
    const optionGroup = tool.getByRole('group', { name: 'Which option would pay for this?' });
    assert.match(await optionGroup.textContent(), /Your council says Option 3 is not currently available in your area\./);
    assert.match(await optionGroup.textContent(), /Option 3: the council arranges\s*Not currently available in your area\. Ask your council before you choose this\./i);
    assert.equal(await optionGroup.locator('input:checked').count(), 0);
    await tool.getByRole('link', { name: 'Back to support ideas and costs' }).click();
    await tool.getByRole('link', { name: 'Back to your plan' }).first().click();
    await tool.getByRole('link', { name: 'Support ideas and costs' }).click();
    await tool.getByRole('button', { name: 'Add a support idea' }).click();
    await tool.getByLabel('Personal assistant (PA)').check();
    await tool.getByRole('button', { name: 'Continue' }).click();
    const rate = tool.getByLabel('How much an hour would you pay the PA?');
    assert.equal(await rate.inputValue(), '14.50');
    const hintId = (await rate.getAttribute('aria-describedby')).split(' ')[0];
    assert.match(await tool.locator(`[id="${hintId}"]`).textContent(),
      /Loch Fyne Council \(an example\) funds £14\.50 an hour for a personal assistant\. This is the council's figure\./);
    assert.deepEqual(errors, []);
  });

  test('its headings sit under the council page’s h1: h2 unless heading-level says otherwise, never skipping a level', async () => {
    const { page, errors, warnings } = await openHost('examples/custom-element.html');
    const tool = page.locator('sds-explorer');
    assert.equal(await page.locator('h1').count(), 1, 'the council page keeps its one h1');
    assertOutline(await headingLevels(tool), 2, 'hub');
    await tool.getByRole('link', { name: 'About us' }).click();
    assert.equal(await tool.evaluate((el) => el.shadowRoot.activeElement?.outerHTML.slice(0, 3)), '<h2', 'focus on the title');
    assertOutline(await headingLevels(tool), 2, 'About us');
    await tool.getByRole('link', { name: 'Back to your plan' }).first().click();
    for (const section of ['The four options', 'Support ideas and costs', 'Our summary for the assessment']) {
      await tool.getByRole('link', { name: section }).click();
      assertOutline(await headingLevels(tool), 2, section);
      await tool.getByRole('link', { name: 'Back to your plan' }).first().click();
    }
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, []);

    for (const [attribute, top, warned] of [['3', 3, false], ['1', 1, false], ['9', 2, true], ['two', 2, true]]) {
      const before = warnings.length;
      await page.evaluate((level) => {
        document.querySelector('sds-explorer').remove();
        const el = document.createElement('sds-explorer');
        el.setAttribute('heading-level', level);
        document.querySelector('main').append(el);
      }, attribute);
      await page.waitForFunction(() => document.querySelector('sds-explorer')?.dataset.sdsReady === 'true');
      assertOutline(await headingLevels(tool), top, `heading-level="${attribute}"`);
      const said = warnings.slice(before).filter((w) => w.includes('heading-level'));
      assert.deepEqual(said, warned ? ['SDS Explorer: heading-level must be a number from 1 to 4; it was ignored and the top heading is h2.'] : []);
    }
    assert.deepEqual(errors, []);
  });

  test('a hostile page’s CSS does not change the tool’s computed styles', async () => {
    const read = (page) => page.evaluate(() => {
      const root = document.querySelector('sds-explorer').shadowRoot;
      return ['h2', '.sds-body', '.sds-task-list__link', '.sds-button', '.sds-task-list', '.sds-app'].map((sel) => {
        const s = getComputedStyle(root.querySelector(sel));
        return `${sel}: ${s.fontFamily} ${s.fontSize} ${s.color} ${s.display} ${s.margin} ${s.backgroundColor}`;
      });
    });
    const first = await openHost('examples/custom-element.html');
    const plain = await read(first.page);
    await first.context.close();
    const { page, errors } = await openHost('examples/hostile.html');
    assert.deepEqual(await read(page), plain);
    assert.equal(await page.locator('sds-explorer').getByRole('button', { name: 'Save a copy to this device' }).isVisible(), true);
    await completeAboutUsByKeyboard(page, page.locator('sds-explorer'));
    assert.deepEqual(errors, []);
  });

  test('runs under a strict security policy with no violations or console errors', async () => {
    const { page, errors } = await openHost('examples/strict-csp.html');
    await completeAboutUsByKeyboard(page, page.locator('sds-explorer'));
    await page.locator('sds-explorer').getByRole('link', { name: 'Our summary for the assessment' }).click();
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(errors, []);
    assert.deepEqual(await axeViolations(page, 'sds-explorer'), []);
  });

  test('the scripts it ships use no eval or new Function', async () => {
    for (const file of ['www/pkg/sds_web.js', 'www/embed.js', 'www/main.js']) {
      const source = await readFile(file, 'utf8');
      assert.doesNotMatch(source, /\beval\s*\(|new\s+Function\s*\(/, file);
    }
  });

  test('two copies on one page keep their own screens, follow one plan instead of overwriting it, and have unique ids', async () => {
    const { page } = await openHost('examples/two-instances.html', { waitFor: 2 });
    const first = page.locator('#first');
    const second = page.locator('#second');
    await first.getByRole('link', { name: 'About us' }).click();
    await first.getByLabel('What name should we use').fill('First child');
    assert.equal(await first.locator(TITLE).textContent(), 'About us');
    assert.equal(await second.locator(TITLE).textContent(), 'Get ready for your Self-directed Support assessment');
    await second.locator('.sds-plan-for', { hasText: 'Plan for First child' }).waitFor({ timeout: 5000 });
    assert.match(await second.locator('.sds-saving').textContent(), /also open in another tab or window/);
    await second.getByRole('link', { name: 'About us' }).click();
    await second.getByLabel('How old is your child?').fill('8');
    await page.waitForFunction(() => document.querySelector('#first').shadowRoot.querySelector('input[name="age"]')?.value === '8');
    assert.equal(await first.getByLabel('What name should we use').inputValue(), 'First child');
    const ids = await page.evaluate(() => [...document.querySelectorAll('sds-explorer')]
      .flatMap((el) => [...el.shadowRoot.querySelectorAll('[id]')].map((n) => n.id)));
    assert.ok(ids.length > 10);
    assert.equal(new Set(ids).size, ids.length, 'every id is unique on the page');
  });

  test('removing the element unmounts the tool; adding it again mounts it afresh', async () => {
    const { page, errors } = await openHost('examples/custom-element.html');
    await page.evaluate(() => {
      const el = document.querySelector('sds-explorer');
      window.removedRoot = el.shadowRoot;
      el.remove();
    });
    assert.equal(await page.evaluate(() => window.removedRoot.querySelector('.sds-embed').childElementCount), 0);
    await page.evaluate(() => {
      const el = document.createElement('sds-explorer');
      document.querySelector('main').append(el);
    });
    await page.waitForFunction(() => document.querySelector('sds-explorer')?.dataset.sdsReady === 'true');
    assert.equal(await page.locator('sds-explorer').locator(TITLE).textContent(), 'Get ready for your Self-directed Support assessment');
    assert.deepEqual(errors, []);
  });
});

describe('council configuration problems', () => {
  const expected = {
    'not-json.json': /configuration: the file is not valid JSON/,
    'unknown-field.json': /configuration: colour_scheme is not a known setting; it was ignored/,
    'wrong-types.json': /configuration: (council_name must be text|contact must be an object)/,
    'unsafe-url.json': /configuration: contact\.web must be a web address starting https:\/\/; it was ignored/,
    'spoofed-link.json': /configuration: contact\.web contains characters that reverse or hide text/,
    'low-contrast.json': /configuration: colours\.primary has a contrast ratio of 1\.\d:1, below the 4\.5:1/,
    'missing.json': /configuration: http:\/\/127\.0\.0\.1:\d+\/examples\/bad-configs\/missing\.json could not be loaded \(404 Not Found\)/,
  };

  test('every fixture is covered', async () => {
    const fixtures = (await readdir('www/examples/bad-configs')).sort();
    assert.deepEqual(fixtures, Object.keys(expected).filter((f) => f !== 'missing.json').sort());
  });

  for (const [file, message] of Object.entries(expected)) {
    test(`${file}: national defaults, a small notice, and a precise console message`, async () => {
      const { page, errors, warnings } = await openHost('examples/custom-element.html');
      await page.evaluate((f) => {
        document.querySelector('sds-explorer').remove();
        const el = document.createElement('sds-explorer');
        el.setAttribute('config', `bad-configs/${f}`);
        document.querySelector('main').append(el);
      }, file);
      await page.waitForFunction(() => document.querySelector('sds-explorer')?.dataset.sdsReady === 'true');
      const tool = page.locator('sds-explorer');
      assert.equal(await tool.locator(TITLE).textContent(), 'Get ready for your Self-directed Support assessment');
      assert.equal(
        await tool.locator('.sds-local__incomplete').textContent(),
        'Some local information could not be loaded. National information is shown instead.',
      );
      assert.ok(warnings.some((w) => message.test(w)), `${file}: ${warnings.join(' | ')}`);
      assert.equal(await tool.getByRole('button', { name: 'Save a copy to this device' })
        .evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(0, 112, 60)', 'default colours');
      assert.doesNotMatch(await tool.locator('.sds-app').textContent(), /javascript:/);
      assert.deepEqual(errors.filter((e) => !/404/.test(e)), []);
    });
  }
});

describe('iframe mode', () => {
  test('the frame has a title, grows with its content, and the tool works inside it', async () => {
    const { page, errors } = await openHost('examples/iframe-host.html', { waitFor: 0 });
    const frame = page.frameLocator('#sds-explorer-frame');
    await frame.locator('html[data-sds-ready="true"]').waitFor();
    assert.equal(
      await page.locator('#sds-explorer-frame').getAttribute('title'),
      'SDS Explorer: plan for your Self-directed Support assessment',
    );
    // The frame fits its content: within 2px of the page inside it.
    const fitsContent = async () => {
      const content = await frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
      await page.waitForFunction((h) => Math.abs(document.getElementById('sds-explorer-frame').getBoundingClientRect().height - h) <= 2, content);
      return content;
    };
    const hubHeight = await fitsContent();
    assert.ok(hubHeight > 1000, `${hubHeight}`);
    assert.match(await frame.locator('.sds-local').textContent(), /Loch Fyne Council/);
    await frame.getByRole('link', { name: 'About us' }).click();
    const aboutHeight = await fitsContent();
    await frame.getByRole('button', { name: 'Save and continue' }).click();
    await frame.locator('.sds-error-summary').waitFor();
    const withErrors = await fitsContent();
    assert.ok(aboutHeight < hubHeight, `the frame shrank for About us: ${hubHeight} to ${aboutHeight}`);
    assert.ok(withErrors > aboutHeight, `the frame grew with the errors: ${aboutHeight} to ${withErrors}`);
    assert.deepEqual(errors, []);
  });

  test('a frame given a parent that is not an origin reports no height, warns once and throws nothing', async () => {
    const { page, errors, warnings } = await openHost('examples/iframe-host.html', { waitFor: 0 });
    await page.evaluate(() => { document.getElementById('sds-explorer-frame').src = '../frame.html?parent=not-an-origin'; });
    const frame = page.frameLocator('#sds-explorer-frame');
    await frame.locator('html[data-sds-ready="true"]').waitFor();
    await frame.getByRole('link', { name: 'About us' }).click();
    await frame.getByRole('link', { name: 'Back to your plan' }).click();
    await page.waitForTimeout(200);
    assert.deepEqual(errors, []);
    assert.equal(warnings.filter((w) => w.includes('?parent=')).length, 1, warnings.join('\n'));
  });

  test('the parent ignores height messages from anywhere but the tool', async () => {
    const { page } = await openHost('examples/iframe-host.html', { waitFor: 0 });
    await page.frameLocator('#sds-explorer-frame').locator('html[data-sds-ready="true"]').waitFor();
    await page.waitForFunction(() => Number(document.getElementById('sds-explorer-frame').height) > 300);
    const before = await page.locator('#sds-explorer-frame').getAttribute('height');
    await page.evaluate(() => window.postMessage({ type: 'sds-explorer:height', height: 5 }, '*'));
    await page.waitForTimeout(100);
    assert.equal(await page.locator('#sds-explorer-frame').getAttribute('height'), before);
  });
});
