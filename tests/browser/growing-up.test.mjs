// "Growing up: planning for 16 and 18" (issue 15): offered on the hub
// from 14; a timeline of what to ask and when, where the young person is
// now, ticks and who the family spoke to, carried to the summary.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, focusMovesTo, savedPlan, scrollsSideways, tabTo, useBrowserApp } from '../support/browser.mjs';

const { freshApp } = useBrowserApp();

const TITLE = 'Growing up: planning for 16 and 18';

/** The month (1 to 12) whose birthday was `months` months ago, today. */
function birthdayMonthsAgo(months) {
  const now = new Date().getMonth() + 1;
  return ((now - months - 1 + 24) % 12) + 1;
}

async function openWith(page, about, growingUp = {}) {
  const plan = { about: { child_name: 'Amir', filler: 'parent_or_carer', council: 'fife', confirmed: true, ...about }, growing_up: growingUp };
  await page.evaluate((v) => localStorage.setItem('sds-explorer/plan/v1', v),
    JSON.stringify({ format: 'sds-explorer-plan', schema_version: 1, app_version: '0.1.0', plan }));
  await page.reload();
  await page.waitForSelector('html[data-sds-ready="true"]');
}

/** Each step of the timeline as "State: Title". */
async function timeline(page) {
  return page.$$eval('.sds-timeline__step', (steps) => steps.map((s) =>
    `${s.querySelector('.sds-tag').textContent}: ${s.querySelector('h2').textContent}`));
}

describe('growing up', () => {
  test('a 15-year-old, 9 months past the birthday: guardianship is now; tick a step by keyboard at 390 px and note who you spoke to', async () => {
    const { page, problems } = await freshApp();
    await page.setViewportSize({ width: 390, height: 844 });
    await openWith(page, { age: '15' }, { birthday_month: birthdayMonthsAgo(9) });
    await tabTo(page, new RegExp(`^${TITLE}`));
    await page.keyboard.press('Enter');
    await focusMovesTo(page, TITLE);
    assert.equal(await page.locator('.sds-growing-up__now').textContent(), 'Amir is 15. These are the steps for now and next.');
    assert.deepEqual(await timeline(page), [
      'Now: Start planning for adult life',
      'Now: Ask for a meeting about leaving school',
      'Now: Talk about decisions at 16',
      'Now: If it may be needed, ask a solicitor about guardianship',
      'Now: If it is needed, apply for guardianship',
      'Next: Think about a power of attorney',
      'Next: Your young person can choose their own support',
      'Next: Apply for Adult Disability Payment',
      'Next: Ask adult services to meet you, well before 18',
      'Later: Ask what changes at 18',
      'Later: Planning can go on up to 25',
    ]);
    // Every step says where it comes from.
    assert.equal(await page.locator('.sds-timeline__source').count(), 11);
    assert.deepEqual(await axeViolations(page), []);

    const meeting = page.locator('.sds-timeline__step', { hasText: 'Ask for a meeting about leaving school' });
    assert.equal(await meeting.getByLabel('Who did you speak to? (optional)').count(), 0, 'asked once it is done');
    await tabTo(page, /^We have done this$/);
    await tabTo(page, /^We have done this$/);
    await page.keyboard.press('Space');
    await meeting.locator('.sds-tag', { hasText: 'Done' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Mr Khan, guidance teacher');
    assert.deepEqual((await savedPlan(page)).growing_up.steps.transition_meeting, { done: true, spoke_to: 'Mr Khan, guidance teacher' });
    assert.equal(await scrollsSideways(page), false);
    assert.deepEqual(await axeViolations(page), []);

    // On the summary: planning for adult life, with who they spoke to.
    await page.goto(`${page.url().split('#')[0]}#summary`);
    const adultLife = page.locator('.sds-summary__section', { has: page.getByRole('heading', { name: 'Planning for adult life' }) });
    await adultLife.waitFor();
    assert.match(await adultLife.textContent(), /Ask for a meeting about leaving schoolDone: From 15Spoke to: Mr Khan, guidance teacher/);
    assert.match(await page.locator('.sds-summary__questions').textContent(), /Who will be the adult worker, and when can we meet them\?/);
    assert.deepEqual(problems, []);
  });

  test('a 17-year-old: what was best before 16 is not too late, Adult Disability Payment and 18 are now', async () => {
    const { page } = await freshApp();
    await openWith(page, { age: '17' });
    await page.getByRole('link', { name: TITLE }).click();
    assert.equal(await page.locator('.sds-growing-up__now').textContent(), 'Amir is 17. These are the steps for now and next.');
    const steps = await timeline(page);
    assert.ok(steps.includes('Not too late: ask now: Talk about decisions at 16'));
    assert.ok(steps.includes('Now: Apply for Adult Disability Payment'));
    assert.ok(steps.includes('Now: Ask what changes at 18'));
    assert.ok(steps.includes('Next: Planning can go on up to 25'));
    assert.deepEqual(await axeViolations(page), []);
  });

  test('a parent filling it in for a 16-year-old hears that the young person now decides; the young person does not', async () => {
    const { page } = await freshApp();
    await openWith(page, { age: '16' });
    const decides = 'Amir is 16, so they now decide about their own support, unless there are questions about whether they are able to decide. Ask for their views first. If you can, fill this in together.';
    assert.equal(await page.locator('.sds-young-person-decides').textContent(), decides);
    await page.getByRole('link', { name: 'Our story' }).click();
    assert.equal(await page.locator('.sds-young-person-decides').textContent(), decides);
    await openWith(page, { age: '16', filler: 'young_person' });
    assert.equal(await page.locator('.sds-young-person-decides').count(), 0);
    assert.deepEqual(await axeViolations(page), []);
  });

  test('is not offered under 14', async () => {
    const { page } = await freshApp();
    await openWith(page, { age: '9' });
    assert.equal(await page.getByRole('link', { name: TITLE }).count(), 0);
    assert.equal(await page.getByRole('heading', { name: 'For young people of 14 and over' }).count(), 0);
  });
});
