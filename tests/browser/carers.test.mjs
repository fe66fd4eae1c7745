// Carers' own rights (issue 15, sds-facts.md §12): on a parent's and on
// a brother's or sister's day, what they can ask for and where, with the
// council's carers centre when its configuration names one; and on the
// summary.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, useBrowserApp } from '../support/browser.mjs';

const app = useBrowserApp();

async function openWithFamily(page) {
  const plan = {
    about: { child_name: 'Sam', age: '9', filler: 'parent_or_carer', council: 'fife', confirmed: true },
    story: {
      family: [
        { id: 1, role: 'parent_or_carer', name: '' },
        { id: 2, role: 'sibling', name: 'Jack', young_carer: true },
      ],
      next_member_id: 3,
    },
  };
  await page.evaluate((v) => localStorage.setItem('sds-explorer/plan/v1', v),
    JSON.stringify({ format: 'sds-explorer-plan', schema_version: 1, app_version: '0.1.0', plan }));
  await page.reload();
  await page.waitForSelector('html[data-sds-ready="true"]');
}

describe("carers' own support", () => {
  test("a parent's day and Jack's day each say what they can ask for, and where, with the council's carers centre", async () => {
    const context = await app.launchContext();
    const page = await context.newPage();
    await page.goto(`${app.url}?config=examples/loch-fyne-council.json`);
    await page.waitForSelector('html[data-sds-ready="true"]');
    await openWithFamily(page);

    await page.goto(`${app.url}?config=examples/loch-fyne-council.json#story/family/1/day/morning`);
    const parent = page.locator('.sds-carers-note');
    await parent.waitFor();
    assert.equal(await parent.locator('h2').textContent(), 'Support for parents and carers');
    assert.match(await parent.textContent(), /You can ask the council for an adult carer support plan\..*any of the four SDS options\..*Ask the council's social work team, or Loch Fyne Carers Centre\.Loch Fyne Carers CentrePhone: 01234 555666/);
    assert.deepEqual(await axeViolations(page), []);

    await page.goto(`${app.url}?config=examples/loch-fyne-council.json#story/family/2/day/morning`);
    await page.getByRole('heading', { name: 'Support for young carers' }).waitFor();
    const jack = await page.locator('.sds-carers-note').textContent();
    assert.match(jack, /If Jack helps to look after someone, they can ask for a young carer statement\./);
    assert.match(jack, /Young Carer Grant\. It was £390\.25 a year in 2025\. Check the amount now with Social Security Scotland\./);

    // The child's own day has no carers' note.
    await page.goto(`${app.url}?config=examples/loch-fyne-council.json#story/child-day/morning`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await page.locator('.sds-carers-note').count(), 0);

    // The summary says it too.
    await page.goto(`${app.url}?config=examples/loch-fyne-council.json#summary`);
    const row = page.locator('.sds-summary-list__row', { hasText: "Carers' own support" });
    await row.waitFor();
    assert.match(await row.textContent(), /A parent or carer can ask for an adult carer support plan\.Jack can ask for a young carer statement\./);
  });
});
