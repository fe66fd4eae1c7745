// Support ideas and costs, in real Chromium against the built app. Every
// figure asserted here is the one the core's unit tests compute
// (crates/sds-core/src/support/tests.rs), including the worked example of
// budget-rules.md: a PA for 20 hours a week at £13.45 for 52 weeks in
// 2026/27 costs £16,159.44, about £310.76 a week.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  axeViolations, completeAboutUs, focusMovesTo, savedPlan, scrollsSideways, tabTo, useBrowserApp,
} from '../support/browser.mjs';

const { freshApp } = useBrowserApp();

/** The section opens once About us is done. */
async function openSupport(page) {
  await completeAboutUs(page);
  await page.getByRole('link', { name: 'Support ideas and costs' }).click();
}

/** Adds the worked example PA and a term-time club under Option 2, by keyboard alone. */
/** Waits for focus on the checkbox labelled `name`, then asserts it. */
async function focusIsOnBox(page, name) {
  const label = () => (document.activeElement?.labels?.[0]?.textContent ?? '').trim();
  await page.waitForFunction((n) => (document.activeElement?.labels?.[0]?.textContent ?? '').trim() === n, name, { timeout: 5000 }).catch(() => {});
  assert.equal(await page.evaluate(label), name);
}

async function addPaAndClubByKeyboard(page) {
  await tabTo(page, /Add a support idea/);
  await page.keyboard.press('Enter');
  await focusMovesTo(page, 'What kind of support is it?');
  await tabTo(page, /Personal assistant \(PA\)/);
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await focusMovesTo(page, 'A personal assistant (PA)');
  await tabTo(page, /How many hours a week\?/);
  await page.keyboard.type('20');
  await page.keyboard.press('Tab');
  await page.keyboard.type('£13.45');
  await tabTo(page, /Save this idea/);
  await page.keyboard.press('Enter');
  await focusMovesTo(page, 'Support ideas and costs');

  await tabTo(page, /Add a support idea/);
  await page.keyboard.press('Enter');
  await tabTo(page, /Personal assistant \(PA\)/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.getByLabel('Club or activity').isChecked(), true);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await focusMovesTo(page, 'A club, group or activity');
  await tabTo(page, /What do you call this idea\?/);
  await page.keyboard.type('Swimming club');
  await tabTo(page, /How much does one session cost\?/);
  await page.keyboard.type('12.50');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('39');
  // No option is chosen for the family: the group's first radio takes focus.
  assert.equal(await page.locator('input[type=radio]:checked').count(), 0);
  await tabTo(page, /Option 1: direct payment/);
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.getByLabel('Option 2: you choose, someone else arranges').isChecked(), true);
  await tabTo(page, /Save this idea/);
  await page.keyboard.press('Enter');
  await focusMovesTo(page, 'Support ideas and costs');
}

/** A table's body rows as arrays of cell texts. */
async function tableRows(locator) {
  return locator.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent.trim())));
}

const ALLOWANCE = 'Employment Allowance: the government pays up to £10,500 of your employer National Insurance';

describe('Support ideas and costs', () => {
  test('opens from the hub, before or after About us', async () => {
    const { page } = await freshApp();
    assert.equal(await page.getByRole('link', { name: 'Support ideas and costs' }).count(), 1);
    await openSupport(page);
    assert.equal(await page.locator('h1').textContent(), 'Support ideas and costs');
    assert.match(await page.locator('.sds-support-estimate').textContent(),
      /This is an estimate to help you talk to your council\. It is not your budget\.Figures use the rates for the 2026\/27 tax year\. Your plan covers 52 weeks\./);
  });

  test('a PA and a club added by keyboard show the breakdown and totals the core computes', async () => {
    const { page, problems } = await freshApp();
    await openSupport(page);
    await addPaAndClubByKeyboard(page);

    assert.deepEqual(await page.locator('.sds-support-idea h3').allTextContents(), ['Personal assistant (PA)', 'Swimming club']);
    assert.deepEqual(await page.locator('.sds-support-idea__cost').allTextContents(), [
      'About £17,560.89 for the whole plan (52 weeks). In the totals, the costs of being an employer are added once and the Employment Allowance is taken off once.',
      'About £975.00 for the whole plan (52 weeks)',
    ]);
    assert.equal(await page.locator('.sds-support-total').textContent(), 'Your ideas cost about £17,134.44 for 52 weeks. (about £329.51 a week)');
    // Every row above a total adds up to it: 17,560.89 + 200.00 − 1,601.45.
    assert.deepEqual(await tableRows(page.locator('.sds-support-totals')), [
      ['Personal assistant (PA)Option 1: direct payment', '£17,560.89', ''],
      ['Costs of being an employer', '£200.00', ''],
      [`${ALLOWANCE}Your employer National Insurance is £1,601.45 before the allowance. £0.00 is left to pay.`, '−£1,601.45', ''],
      ['Total for Option 1: direct payment', '£16,159.44', '£310.76'],
      ['Swimming clubOption 2: you choose, someone else arranges', '£975.00', ''],
      ['Total for Option 2: you choose, someone else arranges', '£975.00', '£18.75'],
      ['All your ideas', '£17,134.44', '£329.51'],
    ]);

    const [pa, club, employer, allowance] = await page.locator('.sds-support-breakdown').all();
    const amounts = async (table) => (await tableRows(table)).map((cells) => cells[1]);
    const labels = async (table) => table.locator('tbody th .sds-support-table__label').allTextContents();
    assert.deepEqual(await labels(pa), ['Wages', 'Holiday pay', 'Employer National Insurance, before the allowance', 'Workplace pension']);
    assert.deepEqual(await amounts(pa), ['£13,988.00', '£1,688.35', '£1,601.45', '£283.09', '£17,560.89']);
    assert.deepEqual(await amounts(club), ['£975.00', '£975.00']);
    assert.deepEqual(await labels(employer), ["Employer's liability insurance", 'Payroll service', 'Money kept for surprises (contingency)']);
    assert.deepEqual(await amounts(employer), ['£80.00', '£120.00', '£0.00', '£200.00']);
    assert.equal(await allowance.locator('caption').textContent(), 'Employment Allowance');
    assert.deepEqual(await amounts(allowance), ['£1,601.45', '−£1,601.45', '£0.00']);
    assert.match(await pa.textContent(), /A PA has 5\.6 weeks of paid holiday a year\. This adds 12\.07% to the wages\.Source: GOV\.UK, holiday entitlement/);
    assert.match(await allowance.textContent(), /Employer National Insurance left to pay£0\.00/);
    assert.match(await page.locator('.sds-support-cover').textContent(), /A PA has 5\.6 weeks of paid holiday a year/);

    assert.deepEqual((await savedPlan(page)).support.lines.map((l) => [l.id, l.option, l.input.kind]), [
      [1, 'option1', 'personal_assistant'], [2, 'option2', 'activity'],
    ]);
    assert.deepEqual(problems, []);
  });

  test('changing the tax year changes the figures', async () => {
    const { page } = await freshApp();
    await openSupport(page);
    await addPaAndClubByKeyboard(page);
    await page.getByRole('button', { name: 'Enter a budget and see what it buys' }).click();
    await page.getByLabel('How much money is there for Option 1?').fill('16159.44');
    assert.match(await page.locator('.sds-support-buys').textContent(), /£16,159\.44 buys up to 20 hours a week of a PA at £13\.45 an hour/);
    assert.deepEqual((await tableRows(page.locator('.sds-support-trade-off'))).map((r) => r.slice(0, 2)), [
      ['£13.45the least a PA should be paid', '20 hours a week'],
      ['£14.45£1.00 more', '18½ hours a week'],
      ['£15.45£2.00 more', '17¼ hours a week'],
      ['£16.45£3.00 more', '16¼ hours a week'],
    ]);
    await page.getByRole('link', { name: 'Back to support ideas and costs' }).click();
    await page.getByRole('button', { name: 'Change the tax year, plan length and employer costs' }).first().click();
    await page.getByLabel('2025/26').check();
    await page.getByRole('button', { name: 'Save and go back' }).click();
    assert.match(await page.locator('.sds-support-estimate').textContent(), /Figures use the rates for the 2025\/26 tax year\./);
    await page.getByRole('button', { name: 'Enter a budget and see what it buys' }).click();
    // The PA's own rate is kept; the table starts from the year's minimum.
    assert.match(await page.locator('.sds-support-buys').textContent(), /buys up to 20 hours a week of a PA at £13\.45 an hour/);
    assert.equal((await tableRows(page.locator('.sds-support-trade-off')))[0][0], '£12.60the least a PA should be paid');
  });

  test('a shorter plan scales the costs and refuses a line longer than the plan', async () => {
    const { page } = await freshApp();
    await openSupport(page);
    await addPaAndClubByKeyboard(page);
    await page.getByRole('button', { name: 'Change the tax year, plan length and employer costs' }).first().click();
    await page.getByLabel('How many weeks does your plan cover?').fill('26');
    await page.getByRole('button', { name: 'Save and go back' }).click();
    assert.deepEqual(await tableRows(page.locator('.sds-support-totals')), [
      ['Personal assistant (PA)Option 1: direct payment', '£8,780.46', ''],
      ['Costs of being an employer', '£100.00', ''],
      ['Employment Allowance: the government pays up to £5,250 of your employer National Insurance in 26 weeks (£10,500 a year)Your employer National Insurance is £800.73 before the allowance. £0.00 is left to pay.', '−£800.73', ''],
      ['Total for Option 1: direct payment', '£8,079.73', '£310.76'],
      ['Total for Option 2: you choose, someone else arranges', '£0.00', '£0.00'],
      ['All your ideas', '£8,079.73', '£310.76'],
    ]);
    assert.match(await page.locator('.sds-support-idea').nth(1).textContent(), /Not counted yet: some answers need fixing\./);
    await page.getByRole('button', { name: 'Change Swimming club' }).click();
    assert.equal(await page.locator('.sds-error-message').textContent(), 'Error: Enter 26 weeks or fewer: your plan covers 26 weeks');
    assert.equal(await page.getByLabel('For how many weeks?').inputValue(), '39');
  });

  test('an indicative budget shows what is left, or how far over', async () => {
    const { page } = await freshApp();
    await openSupport(page);
    await addPaAndClubByKeyboard(page);
    await page.getByRole('button', { name: 'Enter a budget and see what it buys' }).click();
    await page.getByLabel('Yes, one amount for the whole plan').check();
    await page.getByLabel('How much is the budget for the whole plan?').fill('£20,000');
    assert.equal(await page.locator('.sds-support-balances').textContent(),
      'Whole plan: the budget is £20,000.00 and your ideas cost £17,134.44 for 52 weeks. You have £2,865.56 left.');
    await page.getByLabel('Yes, an amount for each option').check();
    await page.getByLabel('Option 1: direct payment (optional)').fill('15000');
    assert.equal(await page.locator('.sds-support-balances').textContent(),
      'Option 1: direct payment: the budget is £15,000.00 and your ideas cost £16,159.44 for 52 weeks. That is £1,159.44 over the budget.');
    await page.getByRole('button', { name: 'Save and go back' }).click();
    assert.match(await page.locator('.sds-support-costs').textContent(), /That is £1,159\.44 over the budget\./);
  });

  test('bad input gets an error beside the field and in the summary, and keeps what was typed', async () => {
    const { page, problems } = await freshApp();
    await openSupport(page);
    await page.getByRole('button', { name: 'Add a support idea' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    assert.deepEqual(await page.locator('.sds-error-summary li').allTextContents(), ['Select the kind of support']);
    await page.getByLabel('Personal assistant (PA)').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('How many hours a week?').fill('168 hours a day');
    await page.getByLabel('How much an hour would you pay the PA?').fill('1000000000000000000000000000000');
    await page.getByLabel('For how many weeks?').fill('-3');
    await page.getByRole('button', { name: 'Save this idea' }).click();
    const summary = page.locator('.sds-error-summary');
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains('sds-error-summary')), true);
    const messages = [
      'Enter the hours a week as a number, like 12.5',
      'Enter the hourly rate of £1,000.00 or less',
      'Enter the number of weeks as 0 or more, without a minus sign',
    ];
    assert.deepEqual(await summary.locator('li').allTextContents(), messages);
    assert.deepEqual(await page.locator('.sds-form .sds-error-message').allTextContents(), messages.map((m) => `Error: ${m}`));
    assert.equal(await page.getByLabel('How many hours a week?').inputValue(), '168 hours a day');
    await summary.getByRole('link', { name: messages[1] }).click();
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('name')), 'line-rate');
    assert.equal(await page.locator('h1').textContent(), 'A personal assistant (PA)');
    await page.getByLabel('Back to support ideas and costs').or(page.getByRole('link', { name: 'Back to support ideas and costs' })).first().click();
    assert.match(await page.locator('.sds-support-idea').textContent(), /Not counted yet: some answers need fixing\./);
    assert.deepEqual(problems, []);
  });

  test('a typical week: a PA at the club is not a clash, two clubs at once are, in words', async () => {
    const { page } = await freshApp();
    await openSupport(page);
    await addPaAndClubByKeyboard(page);
    for (const name of ['Personal assistant (PA)', 'Swimming club']) {
      await page.getByRole('button', { name: `Change ${name}` }).click();
      await page.getByLabel('Saturday Morning', { exact: true }).check();
      await page.getByRole('button', { name: 'Save this idea' }).click();
    }
    await page.getByRole('button', { name: 'See a typical week' }).click();
    const saturday = page.locator('.sds-support-week__day').nth(5);
    assert.equal(await saturday.locator('h2').textContent(), 'Saturday');
    assert.equal(await saturday.locator('.sds-support-week__part').first().textContent(),
      'MorningPersonal assistant (PA)Swimming club');
    assert.deepEqual(await saturday.locator('.sds-support-week__part dt').allTextContents(),
      ['Morning', 'Afternoon', 'Evening', 'Bedtime and night']);
    assert.equal(await page.locator('.sds-support-week__day').first().locator('.sds-support-week__part').first().textContent(),
      'MorningNothing planned');
    // A second club on Saturday morning cannot happen as well.
    await page.getByRole('link', { name: 'Back to support ideas and costs' }).click();
    await page.getByRole('button', { name: 'Add a support idea' }).click();
    await page.getByLabel('Club or activity').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('What do you call this idea? (optional)').fill('Drama group');
    await page.getByLabel('Saturday Morning', { exact: true }).check();
    await page.getByRole('link', { name: 'Back to support ideas and costs' }).click();
    await page.getByRole('button', { name: 'See a typical week' }).click();
    assert.equal(await saturday.locator('.sds-support-week__part').first().textContent(),
      'Morning3 things at oncePersonal assistant (PA)Swimming clubDrama group');
  });

  test('"when" is one grid: one Tab in, arrow keys across and down, Space ticks, one Tab out', async () => {
    const { page } = await freshApp();
    await openSupport(page);
    await page.getByRole('button', { name: 'Add a support idea' }).click();
    await page.getByLabel('Club or activity').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Option 2: you choose, someone else arranges').check();
    await tabTo(page, /Monday Morning/);
    assert.equal(await page.locator('.sds-week-grid input[tabindex="0"]').count(), 1, 'one tab stop');
    assert.equal(await page.locator('.sds-week-grid input').count(), 28, '7 days by 4 parts of the day');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await focusIsOnBox(page, 'Tuesday Afternoon');
    await page.keyboard.press('Space');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await focusIsOnBox(page, 'Sunday Bedtime and night');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await focusMovesTo(page, 'Save this idea');
    assert.equal(await page.getByLabel('Tuesday Afternoon', { exact: true }).isChecked(), true);
    assert.equal(await page.getByLabel('Sunday Bedtime and night', { exact: true }).isChecked(), true);
    // Back in, the tab stop is where the family left it.
    await page.keyboard.press('Shift+Tab');
    await focusIsOnBox(page, 'Sunday Bedtime and night');
    const saved = await savedPlan(page);
    assert.deepEqual(saved.support.lines[0].week, [
      { day: 'tuesday', part: 'afternoon' }, { day: 'sunday', part: 'night' },
    ]);
    assert.deepEqual(await axeViolations(page), []);
  });

  test('removing an idea asks first, then takes it out of the costs', async () => {
    const { page } = await freshApp();
    await openSupport(page);
    await addPaAndClubByKeyboard(page);
    await page.getByRole('button', { name: 'Remove Swimming club' }).click();
    assert.equal(await page.locator('h1').textContent(), 'Remove Swimming club?');
    assert.deepEqual(await axeViolations(page), [], 'remove page');
    await page.getByRole('button', { name: 'No, keep it' }).click();
    assert.equal(await page.locator('.sds-support-idea').count(), 2);
    await page.getByRole('button', { name: 'Remove Swimming club' }).click();
    await page.getByRole('button', { name: 'Yes, remove it' }).click();
    assert.deepEqual(await page.locator('.sds-support-idea h3').allTextContents(), ['Personal assistant (PA)']);
    assert.equal(await page.locator('.sds-support-total').textContent(), 'Your ideas cost about £16,159.44 for 52 weeks. (about £310.76 a week)');
  });

  test('holiday cover takes its weeks out of the PA it covers (budget-rules.md worked example)', async () => {
    const { page, problems } = await freshApp();
    await openSupport(page);
    await addPaAndClubByKeyboard(page);
    await page.getByRole('button', { name: 'Change Personal assistant (PA)' }).click();
    await page.getByLabel('What do you call this idea? (optional)').fill('Sam');
    await page.getByRole('button', { name: 'Save this idea' }).click();
    assert.match(await page.locator('.sds-support-cover').textContent(),
      /Sam is booked every week\. A PA has 5\.6 weeks of paid holiday a year, and their holiday pay is already counted\..*It takes 6 weeks out of Sam's line, so those weeks are not counted twice\./);
    await page.getByRole('button', { name: 'Add agency hours to cover' }).click();
    // The cover opens for the agency's rate; its weeks are the rule's.
    assert.equal(await page.locator('h1').textContent(), 'Hours from a provider or agency');
    assert.equal(await page.getByLabel('For how many weeks?').count(), 0);
    assert.equal(await page.getByLabel('How many hours a week?').inputValue(), '20');
    assert.match(await page.locator('.sds-support-line-cover').textContent(), /This covers Sam's holiday: 6 weeks\./);
    await page.getByLabel('How much does the provider charge an hour?').fill('£22.00/hr');
    assert.equal(await page.locator('input[type=radio]:checked').count(), 0, 'no option chosen for the family');
    await page.getByLabel('Option 2: you choose, someone else arranges').check();
    assert.match(await page.locator('.sds-support-line-cover').textContent(), /Sam: 46 weeks\.Cover while Sam is on holiday: 6 weeks\./);
    await page.getByRole('button', { name: 'Save this idea' }).click();
    assert.equal(await page.locator('.sds-support-cover').count(), 0);
    assert.deepEqual(await page.locator('.sds-support-idea h3').allTextContents(),
      ['Sam', 'Swimming club', 'Cover while Sam is on holiday']);
    // 14,296.37 + 975.00 (the club) + 2,640.00 = 17,911.37.
    const rows = await tableRows(page.locator('.sds-support-totals'));
    assert.deepEqual(rows.map((r) => r[1]), ['£15,426.50', '£200.00', '−£1,330.13', '£14,296.37', '£975.00', '£2,640.00', '£3,615.00', '£17,911.37']);
    assert.match(rows[0][0], /Sam: 46 weeks\. Cover while Sam is on holiday: 6 weeks\./);
    assert.match(rows[5][0], /^Cover while Sam is on holiday.*Sam: 46 weeks\. Cover while Sam is on holiday: 6 weeks\./);
    assert.deepEqual(problems, []);
  });

  test('what can we pay a PA: the funded rate worked example gives £16.01 an hour, the breakdown a click away', async () => {
    const { page, problems } = await freshApp();
    await openSupport(page);
    await addPaAndClubByKeyboard(page);
    await page.getByRole('button', { name: 'Enter a budget and see what it buys' }).click();
    // The PA's hours and weeks are already known: only the rate is typed.
    assert.equal(await page.getByText("Leave blank to use your PA's 20 hours a week.").count(), 1);
    await page.getByLabel('What hourly rate does the council pay for a PA?').fill('£18.50/hr');
    const pay = page.locator('.sds-support-pay');
    assert.equal(await pay.textContent(),
      'At £18.50 an hour for 20 hours a week for 52 weeks, the council pays £19,240.00.'
      + 'You could pay your PA up to £16.01 an hour, once every cost of being an employer is paid.'
      + 'That is at least £13.45 an hour, the least a PA should be paid in 2026/27.');
    const details = page.locator('details', { has: page.locator('summary', { hasText: 'How we worked it out' }) });
    assert.equal(await details.getAttribute('open'), null);
    await details.locator('summary').click();
    const rows = await tableRows(page.locator('.sds-support-pay-breakdown'));
    assert.deepEqual(rows.at(-1), ['Full cost for 52 weeks at this rate', '£19,232.70']);
    assert.match(await details.textContent(), /At £16\.02 an hour it would cost £19,244\.71, which is more than £19,240\.00\./);
    await page.getByLabel('What hourly rate does the council pay for a PA?').fill('14');
    assert.match(await pay.textContent(), /That is less than £13\.45 an hour, the least a PA should be paid in 2026\/27\./);
    assert.deepEqual(await axeViolations(page), [], 'the budget page with an answer');
    assert.deepEqual(problems, []);
  });

  test('a budget entered once is enough: what it buys starts from it and the PA\'s own rate', async () => {
    const { page } = await freshApp();
    await openSupport(page);
    await addPaAndClubByKeyboard(page);
    await page.getByRole('button', { name: 'Enter a budget and see what it buys' }).click();
    await page.getByLabel('Yes, one amount for the whole plan').check();
    await page.getByLabel('How much is the budget for the whole plan?').fill('£17,134.44');
    // Nothing typed in "What a budget buys": the budget less the club, at the PA's £13.45.
    assert.match(await page.locator('.sds-support-buys').textContent(),
      /£16,159\.44 buys up to 20 hours a week of a PA at £13\.45 an hour/);
    assert.equal(await page.getByText('Leave blank to use your budget for the whole plan, £17,134.44, minus £975.00 for your ideas under Options 2 and 3: £16,159.44.').count(), 1);
    await page.getByRole('button', { name: 'Save and go back' }).click();
    // The picture: a bar for each option and the plan, and the same in words.
    const bars = page.locator('.sds-money-bar');
    assert.equal(await bars.count(), 3);
    assert.equal(await bars.nth(2).locator('.sds-visually-hidden').textContent(),
      'Whole plan: £17,134.44 for 52 weeks (Option 1: direct payment £16,159.44; Option 2: you choose, someone else arranges £975.00). The budget is £17,134.44, so £0.00 is left.');
    assert.equal(await bars.nth(0).locator('svg.sds-money-bar__svg').getAttribute('aria-hidden'), 'true');
  });

  test('a 26-week plan says so beside every total and every yearly figure', async () => {
    const { page } = await freshApp();
    await openSupport(page);
    await addPaAndClubByKeyboard(page);
    await page.getByRole('button', { name: 'Change the tax year, plan length and employer costs' }).first().click();
    await page.getByLabel('How many weeks does your plan cover?').fill('26 weeks');
    assert.match(await page.locator('.sds-form').textContent(), /For your 26 weeks: £40\.00 \(£80\.00 a year\)\./);
    await page.getByRole('button', { name: 'Save and go back' }).click();
    assert.equal(await page.locator('.sds-support-totals thead th').nth(1).textContent(), 'For 26 weeks');
    assert.match(await page.locator('.sds-support-idea__cost').first().textContent(), /^About £8,780\.46 for the whole plan \(26 weeks\)\./);
    assert.match(await page.locator('.sds-support-breakdown').nth(1).textContent(), /For your 26 weeks: £40\.00 \(£80\.00 a year\)\./);
  });

  test('links an idea to the outcomes written in "What we want to change"', async () => {
    const { page } = await freshApp();
    const saved = {
      format: 'sds-explorer-plan', schema_version: 1, app_version: '0.1.0',
      plan: {
        about: { child_name: 'Sam', age: '9', filler: 'parent_or_carer', council: 'fife', confirmed: true },
        outcomes: { items: [{ id: 1, words: 'Sam can go to a club with friends' }, { id: 2, words: 'We get a break at weekends' }], next_id: 3 },
      },
    };
    await page.evaluate((v) => localStorage.setItem('sds-explorer/plan/v1', v), JSON.stringify(saved));
    await page.reload();
    await page.waitForSelector('html[data-sds-ready="true"]');
    await page.getByRole('link', { name: 'Support ideas and costs' }).click();
    await page.getByRole('button', { name: 'Add a support idea' }).click();
    await page.getByLabel('One-off purchase').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('What do you call this idea?').fill('Trampoline');
    await page.getByLabel('How much will it cost?').fill('350');
    await page.getByLabel('Option 3: the council arranges').check();
    await page.getByLabel('We get a break at weekends').check();
    assert.deepEqual(await axeViolations(page), [], 'one-off page with outcomes');
    await page.getByRole('button', { name: 'Save this idea' }).click();
    assert.deepEqual(await page.locator('.sds-support-idea__outcomes li').allTextContents(), ['We get a break at weekends']);
    assert.equal(await page.locator('.sds-support-total').textContent(), 'Your ideas cost about £350.00 for 52 weeks. (about £6.73 a week)');
  });

  test('has no WCAG 2.2 A or AA problems and fits 320px on every page', async () => {
    const { page } = await freshApp();
    await openSupport(page);
    const check = async (name) => {
      assert.deepEqual(await axeViolations(page), [], name);
      await page.setViewportSize({ width: 320, height: 640 });
      assert.equal(await scrollsSideways(page), false, `${name} at 320px`);
      await page.setViewportSize({ width: 1280, height: 900 });
    };
    await check('empty start');
    await page.getByRole('button', { name: 'Add a support idea' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await check('choose a kind with an error');
    await page.getByLabel('Personal assistant (PA)').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Save this idea' }).click();
    await check('PA page with errors');
    await page.getByLabel('How many hours a week?').fill('20');
    await page.getByLabel('How much an hour would you pay the PA?').fill('13.45');
    await page.getByRole('button', { name: 'Save this idea' }).click();
    await check('start with a PA');
    await page.getByRole('button', { name: 'See a typical week' }).click();
    await check('week');
    await page.getByRole('link', { name: 'Back to support ideas and costs' }).click();
    await page.getByRole('button', { name: 'Enter a budget and see what it buys' }).click();
    await page.getByLabel('Yes, an amount for each option').check();
    await page.getByLabel('How much money is there for Option 1?').fill('20000');
    await check('budget');
    await page.getByRole('link', { name: 'Back to support ideas and costs' }).click();
    await page.getByRole('button', { name: 'Change the tax year, plan length and employer costs' }).first().click();
    await page.getByLabel('How many weeks does your plan cover?').fill('0');
    await page.getByRole('button', { name: 'Save and go back' }).click();
    await check('settings with an error');
  });
});
