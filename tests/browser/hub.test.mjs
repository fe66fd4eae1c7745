// The plan hub and About us, in real Chromium against the built app.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  answerAboutUsByKeyboard, axeViolations, completeAboutUs, fillAboutUs, focusMovesTo, openApp, savedPlan, scrollsSideways,
  STORAGE_KEY, tabTo, taskList, useBrowserApp,
} from '../support/browser.mjs';

const BACKUP_KEY = 'sds-explorer/plan/v1/unreadable-backup';

/** Each test gets a fresh browser profile, so storage starts empty. */
const app = useBrowserApp();
const { freshApp } = app;

describe('the plan hub', () => {
  test('shows the welcome and every section with its status, with no console errors', async () => {
    const { page, problems } = await freshApp();
    assert.equal(await page.locator('h1').textContent(), 'Get ready for your Self-directed Support assessment');
    assert.match(await page.locator('.sds-app').textContent(), /It is not an assessment\./);
    assert.match(await page.locator('.sds-app').textContent(), /Nothing is sent anywhere\./);
    assert.deepEqual(await taskList(page), [
      'About us: Not started',
      'Our story: Not started',
      'What we want to change: Not started',
      'The four options: Not started',
      'Support ideas and costs: Not started',
      'Our summary for the assessment: Not started',
    ]);
    assert.equal(await page.locator('.sds-progress').textContent(), 'You have completed 0 of 6 sections.');
    assert.match(await page.locator('.sds-saving').textContent(), /Saved on this device only/);
    assert.deepEqual(problems, []);
  });

  test('marks the language it shows on its root element', async () => {
    const { page } = await freshApp();
    assert.equal(await page.locator('.sds-app').getAttribute('lang'), 'en-GB');
  });

  test('has no WCAG 2.2 A or AA problems on the hub, About us and the delete page', async () => {
    const { page } = await freshApp();
    assert.deepEqual(await axeViolations(page), [], 'hub');
    await page.getByRole('link', { name: 'About us' }).click();
    assert.deepEqual(await axeViolations(page), [], 'About us');
    await page.getByRole('button', { name: 'Save and go back to your plan' }).click();
    assert.deepEqual(await axeViolations(page), [], 'About us with errors');
    await page.getByLabel('How old is your child?').fill('15');
    assert.deepEqual(await axeViolations(page), [], 'About us with who decides');
    await page.getByRole('link', { name: 'Back to your plan' }).click();
    await page.getByRole('button', { name: 'Delete everything from this device' }).click();
    assert.deepEqual(await axeViolations(page), [], 'delete page');
  });

  test('only loads its own files: no request leaves the page’s origin', async () => {
    const { page, requests } = await freshApp();
    await completeAboutUs(page, { name: 'Sam' });
    const origin = new URL(app.url).origin;
    const elsewhere = requests.filter((r) => new URL(r).origin !== origin);
    assert.deepEqual(elsewhere, []);
    assert.ok(requests.some((r) => r.endsWith('.wasm')), 'the wasm was loaded');
  });

  test('fits a 320px wide phone screen without sideways scrolling', async () => {
    const { page } = await freshApp();
    await page.setViewportSize({ width: 320, height: 640 });
    assert.equal(await scrollsSideways(page), false, 'hub');
    await page.getByRole('link', { name: 'About us' }).click();
    await page.getByRole('button', { name: 'Save and go back to your plan' }).click();
    assert.equal(await scrollsSideways(page), false, 'About us with errors');
  });
});

describe('About us', () => {
  test('can be completed by keyboard alone, and its status becomes Completed', async () => {
    const { page } = await freshApp();
    await tabTo(page, /About us/);
    await page.keyboard.press('Enter');
    await focusMovesTo(page, 'About us');
    await answerAboutUsByKeyboard(page, { age: '16', filler: 2, council: 'Highland' });
    assert.equal(await page.locator('h1').textContent(), 'Get ready for your Self-directed Support assessment');
    assert.equal((await taskList(page))[0], 'About us: Completed');
    assert.equal(await page.locator('.sds-progress').textContent(), 'You have completed 1 of 6 sections.');
    assert.equal(await page.locator('.sds-plan-for').textContent(), 'Plan for Sam');
    assert.deepEqual((await savedPlan(page)).about, {
      child_name: 'Sam', age: '16', filler: 'young_person', council: 'highland', confirmed: true,
    });
  });

  test('explains who decides from the age typed', async () => {
    const { page } = await freshApp();
    await page.getByRole('link', { name: 'About us' }).click();
    const age = page.getByLabel('How old is your child?');
    await age.fill('8');
    assert.match(await page.locator('.sds-inset').textContent(), /Under 16, a parent or carer makes the decisions/);
    assert.doesNotMatch(await page.locator('.sds-inset').textContent(), /transition planning/);
    await age.fill('14');
    assert.match(await page.locator('.sds-inset').textContent(), /From about 14, it is a good time to start planning/);
    await age.fill('17');
    assert.match(await page.locator('.sds-inset').textContent(), /At 16 or 17, the young person can make their own decisions/);
    await age.fill('19');
    assert.match(await page.locator('.sds-inset').textContent(), /From 18, support comes from adult services/);
  });

  test('a wrong age shows "There is a problem", moves focus there, and keeps what was typed', async () => {
    const { page } = await freshApp();
    await fillAboutUs(page, { name: 'Sam', age: '30' });
    await page.getByRole('button', { name: 'Save and go back to your plan' }).click();
    const summary = page.locator('.sds-error-summary');
    assert.equal(await summary.locator('h2').textContent(), 'There is a problem');
    assert.deepEqual(await summary.locator('li').allTextContents(), ['Enter an age from 0 to 25']);
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains('sds-error-summary')), true);
    assert.equal(await page.locator('.sds-error-message').textContent(), 'Error: Enter an age from 0 to 25');
    assert.equal(await page.getByLabel('How old is your child?').inputValue(), '30');
    await summary.getByRole('link', { name: 'Enter an age from 0 to 25' }).click();
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('name')), 'age');
    await page.getByLabel('How old is your child?').fill('seven');
    assert.deepEqual(await summary.locator('li').allTextContents(), ['Enter the age as a whole number, like 7']);
    await page.getByLabel('How old is your child?').fill('7');
    await page.getByRole('button', { name: 'Save and go back to your plan' }).click();
    assert.equal((await taskList(page))[0], 'About us: Completed');
  });

  test('anything typed, markup included, shows as plain text', async () => {
    const { page, problems } = await freshApp();
    const name = '<img src=x onerror=alert(1)> Seònaid 🌈 مرحبا';
    await fillAboutUs(page, { name });
    await page.getByRole('button', { name: 'Save and go back to your plan' }).click();
    assert.equal(await page.locator('.sds-plan-for').textContent(), `Plan for ${name}`);
    assert.equal(await page.locator('.sds-app img').count(), 0);
    assert.deepEqual(problems, []);
  });
});

describe('saving on this device', () => {
  test('a reload keeps the answers', async () => {
    const { page } = await freshApp();
    await fillAboutUs(page, { name: 'Alex', age: '12', council: 'Moray' });
    await page.reload();
    await page.waitForSelector('html[data-sds-ready="true"]');
    // A reload stays on the screen it was on, with every answer.
    assert.equal(await page.locator('h1').textContent(), 'About us');
    assert.equal(await page.getByLabel('What name should we use').inputValue(), 'Alex');
    await page.getByRole('link', { name: 'Back to your plan' }).click();
    assert.equal((await taskList(page))[0], 'About us: In progress');
    await page.getByRole('link', { name: 'About us' }).click();
    assert.equal(await page.getByLabel('What name should we use').inputValue(), 'Alex');
    assert.equal(await page.getByLabel('How old is your child?').inputValue(), '12');
    assert.equal(await page.getByLabel('A parent or carer').isChecked(), true);
    assert.equal(await page.getByLabel('Which council area').inputValue(), 'moray');
  });

  test('"Delete everything" asks first, then empties this browser’s storage', async () => {
    const { page } = await freshApp();
    await fillAboutUs(page, { name: 'Sam' });
    await page.getByRole('button', { name: 'Save and go back to your plan' }).click();
    assert.notEqual(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), null);
    await page.getByRole('button', { name: 'Delete everything from this device' }).click();
    assert.equal(await page.locator('h1').textContent(), 'Delete everything from this device?');
    await page.getByRole('button', { name: 'No, go back' }).click();
    assert.equal((await taskList(page))[0], 'About us: Completed');
    await page.getByRole('button', { name: 'Delete everything from this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    assert.match(await page.locator('.sds-notice').textContent(), /Everything has been deleted from this device\./);
    assert.equal((await taskList(page))[0], 'About us: Not started');
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    await page.reload();
    await page.waitForSelector('html[data-sds-ready="true"]');
    assert.equal((await taskList(page))[0], 'About us: Not started');
  });

  test('blocked storage still lets the family work, and says nothing is being saved', async () => {
    const blockStorage = () => {
      Object.defineProperty(window, 'localStorage', {
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });
    };
    const { page, problems } = await freshApp({ initScript: blockStorage });
    assert.match(await page.locator('.sds-saving').textContent(), /Not saved/);
    assert.match(await page.locator('.sds-saving').textContent(), /your answers will be lost when you close this page/);
    await fillAboutUs(page, { name: 'Sam' });
    await page.getByRole('button', { name: 'Save and go back to your plan' }).click();
    assert.equal((await taskList(page))[0], 'About us: Completed');
    assert.deepEqual(problems, []);
  });

  test('full storage switches to "Not saved" without losing the answers on screen', async () => {
    const fillStorage = () => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    };
    const { page, problems } = await freshApp({ initScript: fillStorage });
    await fillAboutUs(page, { name: 'Robin' });
    assert.match(await page.locator('.sds-app').textContent(), /./);
    await page.getByRole('button', { name: 'Save and go back to your plan' }).click();
    assert.match(await page.locator('.sds-saving').textContent(), /Not saved/);
    assert.equal(await page.locator('.sds-plan-for').textContent(), 'Plan for Robin');
    assert.deepEqual(problems, []);
  });

  test('broken saved data starts a new plan, keeps the old data as a backup and says so', async () => {
    const { page, problems } = await freshApp();
    const hostile = '{"format":"sds-explorer-plan","schema_version":1,"plan":{"about":{"age":["<script>"]}}';
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, hostile]);
    await page.reload();
    await page.waitForSelector('html[data-sds-ready="true"]');
    assert.match(await page.locator('.sds-notice').textContent(), /We could not read the plan saved in this browser/);
    assert.equal((await taskList(page))[0], 'About us: Not started');
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), BACKUP_KEY), hostile);
    await page.getByRole('button', { name: 'Hide this message' }).click();
    assert.equal(await page.locator('.sds-notice').count(), 0);
    assert.deepEqual(problems, []);
  });

  test('with storage full, every screen offers the answers as a file until saving works again', async () => {
    const fillStorage = () => {
      window.storageFull = true;
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function guarded(key, value) {
        if (window.storageFull) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    };
    const { page, problems } = await freshApp({ initScript: fillStorage });
    await page.getByRole('link', { name: 'About us' }).click();
    await page.getByLabel('What name should we use').fill('Robin');
    const bar = page.locator('.sds-saving-bar');
    assert.match(await bar.textContent(), /Not saved/);
    assert.deepEqual(await axeViolations(page), [], 'the bar on About us');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      bar.getByRole('button', { name: 'Save your answers as a file' }).click(),
    ]);
    const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(saved.plan.about.child_name, 'Robin');
    await page.evaluate(() => { window.storageFull = false; });
    await page.getByLabel('What name should we use').fill('Robin Smith');
    assert.equal(await bar.count(), 0, 'the bar goes once saving works');
    assert.equal((await savedPlan(page)).about.child_name, 'Robin Smith');
    assert.deepEqual(problems, []);
  });

  test('a newer plan never writes over an earlier backup: both are kept', async () => {
    const { page, problems } = await freshApp();
    const broken = '{"not a plan at all';
    const newer = '{"format":"sds-explorer-plan","schema_version":9,"app_version":"9.0.0","plan":{}}';
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [BACKUP_KEY, broken]);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, newer]);
    await page.reload();
    await page.waitForSelector('html[data-sds-ready="true"]');
    assert.match(await page.locator('.sds-notice').textContent(), /made by a newer version of this tool/);
    const kept = await page.evaluate(() => Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)]));
    assert.deepEqual(kept, [[BACKUP_KEY, broken], [`${BACKUP_KEY}/2`, newer]]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.sds-notice').getByRole('button', { name: 'Save it as a file' }).click(),
    ]);
    assert.equal(await readFile(await download.path(), 'utf8'), newer);
    await page.getByRole('button', { name: 'Delete everything from this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    assert.deepEqual(problems, []);
  });

  test('with no room for a backup, an unreadable plan stays where it is until it is saved as a file', async () => {
    const noRoomForBackups = () => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function guarded(key, value) {
        if (key.includes('unreadable-backup')) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    };
    const newer = '{"format":"sds-explorer-plan","schema_version":9,"app_version":"9.0.0","plan":{}}';
    const { page, problems } = await freshApp({ initScript: noRoomForBackups });
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, newer]);
    await page.reload();
    await page.waitForSelector('html[data-sds-ready="true"]');
    assert.match(await page.locator('.sds-notice').textContent(), /There was no room to copy it/);
    assert.deepEqual(await axeViolations(page), [], 'the hub with the notice');
    assert.match(await page.locator('.sds-saving').textContent(), /Not saved/);
    await completeAboutUs(page, { name: 'Sam' });
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), newer, 'not written over');
    await page.reload();
    await page.waitForSelector('html[data-sds-ready="true"]');
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), newer, 'kept after a reload');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.sds-saving').getByRole('button', { name: 'Save it as a file' }).click(),
    ]);
    assert.equal(await readFile(await download.path(), 'utf8'), newer);
    await completeAboutUs(page, { name: 'Sam' });
    assert.equal((await savedPlan(page)).about.child_name, 'Sam', 'saving again once the family has the file');
    assert.deepEqual(problems, []);
  });

  test('two tabs follow each other instead of writing over each other, and say so', async () => {
    const { page: first, problems } = await freshApp();
    const second = await openApp(first.context(), app.url);
    await completeAboutUs(first, { name: 'Sam' });
    await second.page.locator('.sds-plan-for', { hasText: 'Plan for Sam' }).waitFor({ timeout: 5000 });
    assert.match(await second.page.locator('.sds-saving').textContent(), /also open in another tab or window/);
    // Typing in the second tab after the first keeps the first's answers.
    await second.page.bringToFront();
    await second.page.getByRole('link', { name: 'About us' }).click();
    assert.equal(await second.page.getByLabel('How old is your child?').inputValue(), '9');
    await second.page.getByLabel('How old is your child?').fill('10');
    assert.match(await second.page.locator('.sds-saving-bar').textContent(), /also open in another tab/);
    await first.bringToFront();
    await first.getByRole('link', { name: 'About us' }).click();
    await first.waitForFunction(() => document.querySelector('input[name="age"]')?.value === '10');
    const saved = await savedPlan(first);
    assert.equal(saved.about.child_name, 'Sam');
    assert.equal(saved.about.age, '10');
    assert.deepEqual([...problems, ...second.problems], []);
  });

  test('a plan saved by an older version opens', async () => {
    const { page } = await freshApp();
    const v0 = JSON.stringify({ plan_weeks: 52, about: { child_name: 'Alex', age: 12, filler: 'parent_or_carer', council: 'fife', confirmed: true } });
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, v0]);
    await page.reload();
    await page.waitForSelector('html[data-sds-ready="true"]');
    assert.equal((await taskList(page))[0], 'About us: Completed');
    assert.equal(await page.locator('.sds-plan-for').textContent(), 'Plan for Alex');
  });
});

describe('the end of each section', () => {
  test('"Continue to" opens the next section in turn, by keyboard, to the summary', async () => {
    const { page } = await freshApp();
    await page.setViewportSize({ width: 390, height: 800 });
    await fillAboutUs(page, { name: 'Sam' });
    const onwards = [
      ['Save and continue to Our story', 'Our story'],
      ['Continue to What we want to change', 'What we want to change'],
      ['Continue to the four options', 'The four options'],
      ['Continue to Support ideas and costs', 'Support ideas and costs'],
      ['Continue to your summary', 'Our summary for Sam\'s assessment'],
    ];
    for (const [button, next] of onwards) {
      if (await page.getByText('Yes, I have finished this section').count()) {
        await page.getByLabel('Yes, I have finished this section').check();
      }
      await tabTo(page, new RegExp(`^${button}$`), 200);
      await page.keyboard.press('Enter');
      await focusMovesTo(page, next);
    }
    assert.deepEqual(await page.locator('.sds-section-end').count(), 0, 'the summary is the last section');
    await page.getByRole('link', { name: 'Back to your plan' }).first().click();
    assert.deepEqual((await taskList(page)).slice(0, 3), [
      'About us: Completed', 'Our story: Completed', 'What we want to change: Completed',
    ]);
    assert.equal((await taskList(page))[5], 'Our summary for the assessment: In progress');
  });

  test('"Back to your plan" shows the section just finished: focused, on screen', async () => {
    const { page } = await freshApp();
    await page.setViewportSize({ width: 390, height: 640 });
    await completeAboutUs(page, { name: 'Sam' });
    await focusMovesTo(page, 'About us');
    await page.getByRole('link', { name: 'Support ideas and costs' }).click();
    await page.getByRole('button', { name: 'Back to your plan' }).click();
    await focusMovesTo(page, 'Support ideas and costs');
    const onScreen = await page.evaluate(() => {
      const box = document.activeElement.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    assert.equal(onScreen, true, 'the focused section is scrolled into view');
    // The summary is not started until it is opened.
    assert.equal((await taskList(page))[5], 'Our summary for the assessment: Not started');
    assert.deepEqual(await axeViolations(page), []);
  });
});
