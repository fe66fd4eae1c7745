// "Our summary for the assessment": what it shows, Change links, copy as
// text, and printing to an A4 PDF, in real Chromium.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import {
  axeViolations, completeAboutUs, scrollsSideways, useBrowserApp,
} from '../support/browser.mjs';

const app = useBrowserApp();
const { freshApp } = app;

/** About us for these tests: Sam is 15, old enough for the questions about adult services. */
const SAM = { name: 'Sam', age: '15', council: 'Highland' };

async function openSummary(page) {
  await page.getByRole('link', { name: 'Our summary for the assessment' }).click();
}

/** The summary list as "Key: value" lines, as a reader sees it. */
async function rows(page, heading) {
  const section = page.locator('.sds-summary__section', { has: page.locator('h2', { hasText: heading }) });
  return section.locator('.sds-summary-list__row').evaluateAll((items) => items.map((row) => {
    const key = row.querySelector('dt').textContent;
    const value = [...row.querySelectorAll('dd p')].map((p) => p.textContent).join(' ');
    return `${key}: ${value}`;
  }));
}

describe('the summary', () => {
  test('an empty plan says each section is not filled in yet and asks the always questions', async () => {
    const { page } = await freshApp();
    await openSummary(page);
    assert.equal(await page.locator('h1').textContent(), 'Our summary for the assessment');
    assert.equal(await page.locator('.sds-summary__empty').count(), 5);
    assert.deepEqual(await page.locator('ol li').allTextContents(), [
      'What is our indicative budget for each option, and how was it worked out?',
      'Can we have time to think about which option to choose? What happens if we do not choose?',
      'When will this plan be reviewed?',
    ]);
    assert.deepEqual(await axeViolations(page), []);
  });

  test('shows About us in check-answers form, with a Change link back to it', async () => {
    const { page } = await freshApp();
    await completeAboutUs(page, SAM);
    await openSummary(page);
    assert.equal(await page.locator('h1').textContent(), "Our summary for Sam's assessment");
    const today = new Date();
    const longDate = today.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    assert.match(await page.locator('.sds-summary__made-on').textContent(), new RegExp(`Made with SDS Explorer on ${longDate}\\.`));
    assert.deepEqual(await rows(page, 'About us'), [
      'Name: Sam',
      'Age: 15 years old',
      'Filled in by: A parent or carer',
      'Council area: Highland',
      "Who makes decisions: Under 16, a parent or carer makes the decisions about support. Your child's views must still be heard, in a way that suits their age. From about 14, it is a good time to start planning for the move to adult services at 18. Ask your council about transition planning.",
    ]);
    assert.ok((await page.locator('ol li').allTextContents()).includes(
      'When will planning for adult services start, and who will lead it?',
    ));
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('link', { name: 'Change About us' }).click();
    assert.equal(await page.locator('h1').textContent(), 'About us');
  });

  test('copies the whole summary as plain text', async () => {
    const { page, context } = await freshApp();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
    await completeAboutUs(page, SAM);
    await openSummary(page);
    const text = await page.getByLabel('The summary as text').inputValue();
    assert.ok(text.startsWith("Our summary for Sam's assessment\nMade with SDS Explorer on "), text);
    assert.ok(text.includes('\nABOUT US\nName: Sam\nAge: 15 years old\n'), text);
    assert.ok(text.includes('\nQUESTIONS TO ASK AT THE ASSESSMENT\n1. What is our indicative budget'), text);
    await page.getByRole('button', { name: 'Copy the summary' }).click();
    await page.locator('[role=status]', { hasText: 'The summary has been copied.' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), text);
  });

  test('in a session a support worker can put their name on the summary; it is printed and copied but never stored, and goes with the session', async () => {
    const { page } = await freshApp();
    await openSummary(page);
    assert.equal(await page.getByLabel('Your name (optional)').count(), 0, 'a family on its own is not asked');
    await page.getByRole('link', { name: 'Back to your plan' }).first().click();
    await page.getByRole('button', { name: 'Start a session on a shared device' }).click();
    await page.getByRole('button', { name: 'Start the session' }).click();
    await completeAboutUs(page, SAM);
    await openSummary(page);
    await page.getByLabel('Your name (optional)').fill('Alex Smith');
    await page.getByLabel('Your organisation (optional)').fill('Argyll Family Support');
    assert.equal(await page.locator('.sds-summary__helped-by').textContent(), 'Made with help from Alex Smith, Argyll Family Support.');
    const text = await page.getByLabel('The summary as text').inputValue();
    assert.equal(text.split('\n')[2], 'Made with help from Alex Smith, Argyll Family Support.');
    assert.deepEqual(await axeViolations(page), []);

    await mkdir('tests/output/print', { recursive: true });
    const pdfPath = 'tests/output/print/summary-with-worker.pdf';
    await writeFile(pdfPath, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const printed = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
    assert.match(printed, /Made with help from Alex Smith, Argyll Family Support\./);
    assert.ok(!printed.includes('Your name (optional)'), 'the boxes are not printed');

    const stored = await page.evaluate(() => [localStorage, sessionStorage]
      .flatMap((s) => Object.keys(s).map((k) => s.getItem(k))).join('\n'));
    assert.match(stored, /"child_name":"Sam"/, 'the plan itself is kept for the session');
    assert.doesNotMatch(stored, /Alex|Argyll/);
    await page.reload();
    await page.waitForSelector('html[data-sds-ready="true"]');
    // The reload stays on the summary.
    assert.equal(await page.getByLabel('Your name (optional)').inputValue(), '', 'not kept over a reload');
    await page.getByLabel('Your name (optional)').fill('Alex Smith');
    await page.getByRole('link', { name: 'Back to your plan' }).first().click();
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('button', { name: 'End session and delete this plan' }).click();
    await openSummary(page);
    assert.equal(await page.getByLabel('Your name (optional)').inputValue(), '', 'the next family does not see it');
    assert.equal(await page.locator('.sds-summary__helped-by').count(), 0);
  });

  test('fits a 320px phone screen without sideways scrolling', async () => {
    const { page } = await freshApp();
    await completeAboutUs(page, SAM);
    await page.setViewportSize({ width: 320, height: 640 });
    await openSummary(page);
    assert.equal(await scrollsSideways(page), false);
  });

  test('prints to a clean A4 PDF: the summary and the date, no buttons, no requests', async () => {
    const { page, requests } = await freshApp();
    await completeAboutUs(page, SAM);
    await openSummary(page);
    const before = requests.length;
    await mkdir('tests/output/print', { recursive: true });
    const pdfPath = 'tests/output/print/summary.pdf';
    await writeFile(pdfPath, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    assert.deepEqual(requests.slice(before), []);
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
    assert.ok(pages >= 1 && pages <= 3, `${pages} pages`);
    assert.match(info, /Page size:.*\(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    assert.match(text, /Our summary for Sam's assessment/);
    assert.match(text, /Made with SDS Explorer on \d{1,2} [A-Z][a-z]+ \d{4}\./);
    assert.match(text, /Questions to ask at the assessment/);
    assert.match(text, /Page 1 of \d/);
    for (const hidden of ['Print this summary', 'Save a copy', 'Copy the summary', 'Back to your plan', 'SDS Explorer\n']) {
      assert.ok(!text.includes(hidden), `the print leaves out "${hidden.trim()}"`);
    }
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, 'tests/output/print/summary']);
  });

  test('the printed costs add up: each line above a total sums to it, and only the allowance is taken off', async () => {
    const { page } = await freshApp();
    const pa = (id, name, hours, rate) => ({
      id, option: 'option1', name,
      input: { kind: 'personal_assistant', hours_a_week: hours, hourly_rate: rate, weeks: '', aged_22_or_over: true },
    });
    const saved = {
      format: 'sds-explorer-plan', schema_version: 1, app_version: '0.1.0',
      plan: {
        about: { child_name: 'Sam', age: '9', filler: 'parent_or_carer', council: 'fife', confirmed: true },
        support: {
          lines: [
            pa(1, 'Jo', '20', '13.45'),
            { id: 2, option: 'option2', covers: 1, input: { kind: 'provider_hours', hours_a_week: '20', hourly_rate: '22', weeks: '6' } },
            pa(3, '', '6', '14.10'),
            { id: 4, option: 'option3', name: 'Swimming club', input: { kind: 'activity', cost_a_session: '12.50', sessions_a_week: '2', weeks: '39' } },
          ],
        },
      },
    };
    await page.evaluate((v) => localStorage.setItem('sds-explorer/plan/v1', v), JSON.stringify(saved));
    await page.reload();
    await page.waitForSelector('html[data-sds-ready="true"]');
    await openSummary(page);
    await mkdir('tests/output/print', { recursive: true });
    const pdfPath = 'tests/output/print/summary-costs.pdf';
    await writeFile(pdfPath, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    const start = text.indexOf('Support ideas and costs');
    const end = text.indexOf('All your ideas', start);
    assert.ok(start >= 0 && end > start, 'the costs are printed');
    const pence = (amount) => {
      const negative = /^[-−]/.test(amount);
      return Number(amount.replace(/[^\d]/g, '')) * (negative ? -1 : 1);
    };
    const money = /[-−]?£[\d,]+\.\d{2}/g;
    let parts = 0;
    let options = 0;
    let subtotals = 0;
    const lines = text.slice(start, end).split('\n');
    for (const [n, line] of lines.entries()) {
      // The note under the allowance explains it; its figures are not lines.
      const explains = /National Insurance is|before the allowance|left to pay/.test(line);
      const amounts = explains ? [] : line.replace(/About a week: [-−]?£[\d,]+\.\d{2}/g, '').match(money) ?? [];
      for (const amount of amounts) {
        if (line.includes('Total for')) {
          assert.equal(pence(amount), parts, `"${line.trim()}" is the sum of the lines above it`);
          options += parts;
          parts = 0;
          subtotals += 1;
        } else {
          // The label may wrap: "Employment" here, "Allowance: the…" below.
          const label = `${line} ${lines[n + 1] ?? ''}`.replace(/\s+/g, ' ');
          if (pence(amount) < 0) assert.match(label, /Employment .*Allowance/, `only the allowance is negative: "${label}"`);
          parts += pence(amount);
        }
      }
    }
    assert.equal(subtotals, 3);
    const total = text.slice(end).split('\n')[0].match(money)[0];
    // Jo 15,426.50 + PA 2 ... : the engine's figures, added as printed.
    assert.equal(pence(total), options);
    assert.match(text, /Jo: 46 weeks\. Cover while Jo is on holiday: 6 weeks\./);
    assert.match(text, /PA 2/);
    // The copied text adds up the same way.
    const copied = await page.getByLabel('The summary as text').inputValue();
    assert.match(copied, new RegExp(`All your ideas: ${total.replace(/[£.]/g, (c) => `\\${c}`)}`));
  });
});
