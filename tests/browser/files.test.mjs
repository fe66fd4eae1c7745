// Saving and opening plan files, bad files, sessions on a shared device and
// the privacy page, in real Chromium against the built app.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  axeViolations, completeAboutUs, savedPlan, STORAGE_KEY, useBrowserApp,
} from '../support/browser.mjs';

const FIXTURES = 'crates/sds-core/tests/fixtures/files';
const SESSION_KEY = 'sds-explorer/session/v1';

/** Every freshApp() is its own browser profile; a test may open several. */
const app = useBrowserApp();
const { freshApp } = app;

async function saveCopy(page, buttonName = 'Save a copy to this device') {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

async function openFile(page, name, buffer) {
  await page.getByLabel('Open a saved plan').setInputFiles({ name, mimeType: 'application/json', buffer });
}

/** Waits until an element with this text shows (file reading is asynchronous). */
async function shown(page, selector, text) {
  await page.locator(selector, { hasText: text }).first().waitFor({ timeout: 5000 });
}

const aboutStatus = (page) => page.locator('.sds-task-list__item').first().locator('.sds-task-list__status').textContent();

describe('plan files', () => {
  test('saving a copy says it worked and where the file went; "Delete everything" offers a copy first', async () => {
    const { page } = await freshApp();
    await completeAboutUs(page, { name: 'Sam' });
    const saved = await saveCopy(page);
    assert.match(await page.locator('.sds-saved-in-session').textContent(),
      new RegExp(`^Saved as ${saved.name.replace(/[.]/g, '\\.')}, usually in your Downloads folder\\.`));
    await page.getByRole('button', { name: 'Delete everything from this device' }).click();
    const first = await saveCopy(page, 'Save a copy first');
    assert.equal(first.text, saved.text);
    assert.equal(await page.locator('.sds-saved-in-session').count(), 1);
    assert.equal(await page.locator('h1').textContent(), 'Delete everything from this device?');
  });

  test('a saved file opens in a fresh browser as the same plan, with no requests made', async () => {
    const { page, requests } = await freshApp();
    await completeAboutUs(page, { name: 'Sam' });
    const before = requests.length;
    const file = await saveCopy(page);
    const today = new Date().toISOString().slice(0, 10);
    assert.equal(file.name, `sds-plan-sam-${today}.json`);
    const saved = JSON.parse(file.text);
    assert.equal(saved.format, 'sds-explorer-plan');
    assert.equal(saved.schema_version, 1);
    assert.equal(saved.app_version, '0.1.0');
    assert.equal(saved.saved_on, today);
    assert.equal(saved.plan.about.child_name, 'Sam');

    const other = await freshApp();
    assert.equal(await aboutStatus(other.page), 'Not started');
    await openFile(other.page, file.name, Buffer.from(file.text));
    await shown(other.page, '.sds-notice', 'Your saved plan is open.');
    assert.match(await other.page.locator('.sds-notice').textContent(), /Your saved plan is open\./);
    assert.equal(await aboutStatus(other.page), 'Completed');
    assert.equal(await other.page.locator('.sds-plan-for').textContent(), 'Plan for Sam');
    assert.deepEqual(requests.slice(before), [], 'no request while saving');
    assert.deepEqual(other.requests.filter((r) => !r.startsWith(app.url)), [], 'nothing outside the app');
  });

  test('opening a file over a plan in progress asks first: cancel keeps it, replace replaces it', async () => {
    const { page } = await freshApp();
    await completeAboutUs(page, { name: 'Alex' });
    const file = await saveCopy(page);
    await page.getByRole('link', { name: 'About us' }).click();
    await page.getByLabel('What name should we use').fill('Robin');
    await page.getByRole('link', { name: 'Back to your plan' }).click();

    await openFile(page, file.name, Buffer.from(file.text));
    await shown(page, 'h1', 'Replace the plan you are working on?');
    const current = await saveCopy(page, 'Save a copy of my current plan');
    assert.equal(JSON.parse(current.text).plan.about.child_name, 'Robin');
    await page.getByRole('button', { name: 'Cancel, keep my current plan' }).click();
    assert.equal(await page.locator('.sds-plan-for').textContent(), 'Plan for Robin');

    await openFile(page, file.name, Buffer.from(file.text));
    await shown(page, 'h1', 'Replace the plan you are working on?');
    await page.getByRole('button', { name: 'Replace it with the file' }).click();
    assert.equal(await page.locator('.sds-plan-for').textContent(), 'Plan for Alex');
  });

  const badFiles = [
    ['empty.json', 'The file is empty.'],
    ['not-json.json', 'The file is not a plan from SDS Explorer. It may be a different kind of file, or it may be damaged.'],
    ['not-a-plan.json', 'The file does not hold an SDS Explorer plan.'],
    ['newer-version.json', 'The plan was saved by a newer version of SDS Explorer. Open it with the newest version of this tool.'],
    ['wrong-types.json', 'Some answers in the file are not in the form we expect. The file may have been changed by another program.'],
    ['out-of-range.json', 'Some numbers in the file are too big or too small. The file may have been changed by another program.'],
    ['repeated-ids.json', 'Two outcomes, or two support ideas, in the file have the same number, so we cannot tell them apart.'],
    ['ids-at-the-top.json', 'Some numbers in the file are too big or too small.'],
    ['damaged-section.json', 'Part of the plan in the file is damaged, so we cannot open it.'],
  ];

  test('each bad file gets its own plain message and leaves the plan untouched', async () => {
    const { page, problems } = await freshApp();
    await completeAboutUs(page, { name: 'Sam' });
    for (const [name, message] of badFiles) {
      await openFile(page, name, await readFile(`${FIXTURES}/${name}`));
      await shown(page, '.sds-notice', message);
      const notice = await page.locator('.sds-notice').textContent();
      assert.match(notice, /We could not open that file\./, name);
      assert.ok(notice.includes(message), `${name}: ${notice}`);
      assert.match(notice, /Your plan here has not changed\./, name);
      assert.equal(await page.locator('.sds-plan-for').textContent(), 'Plan for Sam', name);
      assert.equal(await aboutStatus(page), 'Completed', name);
      await page.getByRole('button', { name: 'Hide this message' }).click();
    }
    assert.equal((await savedPlan(page)).about.child_name, 'Sam');
    assert.deepEqual(problems, []);
  });

  test('a file with more ideas than a plan can hold is refused at once and the page stays usable', async () => {
    const { page, problems } = await freshApp();
    await completeAboutUs(page, { name: 'Sam' });
    const line = (id) => ({
      id, option: 'option2', name: `Club ${id}`,
      input: { kind: 'activity', cost_a_session: '12.50', sessions_a_week: '1', weeks: '' },
    });
    const plan = { support: { lines: Array.from({ length: 10000 }, (_, n) => line(n + 1)) } };
    const text = JSON.stringify({ format: 'sds-explorer-plan', schema_version: 1, app_version: '0.1.0', plan });
    assert.ok(text.length > 1_000_000, 'a 10,000-idea file');
    await openFile(page, 'many.json', Buffer.from(text));
    await shown(page, '.sds-notice', 'The file holds more than a plan can: a plan has at most 50 outcomes and 200 support ideas.');
    await page.getByRole('link', { name: 'Support ideas and costs' }).click();
    await shown(page, 'h1', 'Support ideas and costs');
    assert.equal(await page.getByText('Club 1', { exact: true }).count(), 0);
    assert.equal((await savedPlan(page)).about.child_name, 'Sam');
    assert.deepEqual(problems, []);
  });

  test('a pasted million-character name is cut to what the box keeps, and the saved file opens', async () => {
    const { page, problems } = await freshApp();
    await page.getByRole('link', { name: 'About us' }).click();
    await page.getByLabel('What name should we use').fill('S'.repeat(1_000_000));
    assert.equal((await page.getByLabel('What name should we use').inputValue()).length, 200);
    await page.getByRole('link', { name: 'Back to your plan' }).click();
    const file = await saveCopy(page);
    assert.ok(file.text.length < 10_000, `${file.text.length} bytes`);
    const other = await freshApp();
    await openFile(other.page, file.name, Buffer.from(file.text));
    await shown(other.page, '.sds-notice', 'Your saved plan is open.');
    assert.equal((await savedPlan(other.page)).about.child_name, 'S'.repeat(200));
    assert.deepEqual([...problems, ...other.problems], []);
  });

  test('a file over 5 MB is refused without being read', async () => {
    const { page } = await freshApp();
    await openFile(page, 'huge.json', Buffer.alloc(5 * 1024 * 1024 + 1, 32));
    await shown(page, '.sds-notice', 'We could not open that file.');
    assert.match(await page.locator('.sds-notice').textContent(), /The file is too big to be a plan\./);
  });

  test('markup in a file shows as plain text and runs nothing', async () => {
    const { page, problems } = await freshApp();
    await page.evaluate(() => { window.alerted = false; window.alert = () => { window.alerted = true; }; });
    await openFile(page, 'markup.json', await readFile(`${FIXTURES}/markup.json`));
    await shown(page, '.sds-notice', 'Your saved plan is open.');
    assert.equal(
      await page.locator('.sds-plan-for').textContent(),
      'Plan for <script>alert("hi")</script><img src=x onerror=alert(1)>',
    );
    assert.equal(await page.locator('.sds-app img, .sds-app script').count(), 0);
    assert.equal(await page.evaluate(() => window.alerted), false);
    assert.deepEqual(problems, []);
  });
});

describe('sessions on a shared device', () => {
  test('a session keeps nothing on the device, survives a reload, and ending it wipes it and starts the next family afresh', async () => {
    const { page } = await freshApp();
    await completeAboutUs(page, { name: 'Device child' });
    const devicePlan = await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);

    // Where a worker sees it first: above the plan's sections.
    const before = await page.evaluate(() => {
      const start = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Start a session on a shared device');
      return Boolean(start.compareDocumentPosition(document.querySelector('.sds-task-list')) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    assert.equal(before, true, 'the session button comes before the task list');
    await page.getByRole('button', { name: 'Start a session on a shared device' }).click();
    assert.deepEqual(await axeViolations(page), [], 'start session page');
    await page.getByRole('button', { name: 'Start the session' }).click();
    assert.match(await page.locator('.sds-saving').textContent(), /Session on a shared device/);
    assert.equal(await aboutStatus(page), 'Not started');
    assert.equal(await page.locator('.sds-saving-bar').textContent(), 'Shared device: nothing is kept after this session.');
    assert.equal(await page.getByRole('button', { name: 'Start a session on a shared device' }).count(), 0);
    await page.getByRole('link', { name: 'About us' }).click();
    assert.equal(await page.locator('.sds-saving-bar').textContent(), 'Shared device: nothing is kept after this session.');
    assert.deepEqual(await axeViolations(page), [], 'About us in a session');
    await page.getByRole('link', { name: 'Back to your plan' }).click();
    await completeAboutUs(page, { name: 'Session child' });
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), devicePlan, 'device plan untouched');

    await page.reload();
    await page.waitForSelector('html[data-sds-ready="true"]');
    assert.equal(await page.locator('.sds-plan-for').textContent(), 'Plan for Session child');
    assert.match(await page.locator('.sds-saving').textContent(), /Session on a shared device/);

    await page.getByRole('button', { name: 'End session' }).click();
    assert.equal(await page.locator('h1').textContent(), 'End this session?');
    assert.deepEqual(await axeViolations(page), [], 'end session page');
    const file = await saveCopy(page);
    assert.equal(JSON.parse(file.text).plan.about.child_name, 'Session child');
    assert.match(await page.locator('.sds-saved-in-session').textContent(),
      new RegExp(`Saved as ${file.name.replace(/\./g, '\\.')}, usually in this computer's Downloads folder\\. Before you leave, move it`));
    await page.getByRole('button', { name: 'End session and delete this plan' }).click();
    assert.match(await page.locator('.sds-notice').textContent(), /The session has ended\./);
    assert.match(await page.locator('.sds-notice').textContent(), /a new session has started for the next family/);
    assert.equal(await page.evaluate((k) => sessionStorage.getItem(k), SESSION_KEY), null);
    assert.equal(await page.evaluate(() => sessionStorage.length), 0);
    // A shared device stays in sessions: the next family starts afresh,
    // even after a reload, and the device's own plan is left alone.
    assert.equal(await page.locator('.sds-plan-for').count(), 0);
    await page.reload();
    await page.waitForSelector('html[data-sds-ready="true"]');
    assert.equal(await page.locator('.sds-saving-bar').textContent(), 'Shared device: nothing is kept after this session.');
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), devicePlan);
    // Stopping sessions brings the device's own plan back.
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('button', { name: 'End session and stop using sessions on this device' }).click();
    assert.equal(await page.locator('.sds-plan-for').textContent(), 'Plan for Device child');
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), devicePlan);
    assert.equal(await page.evaluate(() => localStorage.getItem('sds-explorer/device/shared')), null);
  });

  test('a session on a device with nothing saved leaves nothing but the shared-device mark, and stopping sessions removes that', async () => {
    const { page } = await freshApp();
    await page.getByRole('button', { name: 'Start a session on a shared device' }).click();
    await page.getByRole('button', { name: 'Start the session' }).click();
    await completeAboutUs(page, { name: 'Jo' });
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('button', { name: 'End session and delete this plan' }).click();
    const left = await page.evaluate(() => ({ local: Object.keys(localStorage), session: sessionStorage.length }));
    assert.deepEqual(left, { local: ['sds-explorer/device/shared'], session: 0 }, 'only the mark that the device is shared');
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('button', { name: 'End session and stop using sessions on this device' }).click();
    const none = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
    assert.deepEqual(none, { local: 0, session: 0 });
  });
});

describe('your privacy', () => {
  test('says what is kept where and how to delete it, with no accessibility problems', async () => {
    const { page } = await freshApp();
    await page.getByRole('link', { name: 'Your privacy' }).click();
    assert.equal(await page.locator('h1').textContent(), 'Your privacy');
    assert.deepEqual(await page.locator('h2').allTextContents(), [
      'Nothing is sent anywhere', 'Where your plan is kept', 'How to delete it',
    ]);
    assert.match(await page.locator('.sds-app').textContent(), /There is no account and no server behind it\./);
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('link', { name: 'Back to your plan' }).click();
    assert.equal(await page.locator('h1').textContent(), 'Get ready for your Self-directed Support assessment');
  });
});
