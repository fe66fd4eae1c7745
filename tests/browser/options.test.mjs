// "The four options", in real Chromium against the built app.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  axeViolations, completeAboutUs, focusMovesTo, savedPlan, scrollsSideways, tabTo, useBrowserApp,
} from '../support/browser.mjs';

const OPTION_NAMES = [
  'Option 1: Direct payment',
  'Option 2: You choose, someone else arranges',
  'Option 3: The council arranges',
  'Option 4: A mix',
];

const { freshApp } = useBrowserApp();

/** The section opens once About us is completed. */
async function openOptions(page, { age = '9' } = {}) {
  await completeAboutUs(page, { age });
  await page.getByRole('link', { name: 'The four options' }).click();
}

async function openPage(page, name) {
  await page.getByRole('link', { name, exact: true }).click();
  assert.equal(await page.locator('h1').textContent(), name);
}

/** The fit table as "Option: what you said → fit: reason" lines. */
async function fits(page) {
  return page.$$eval('.sds-options-fit', (sections) => sections.flatMap((s) => {
    const name = s.querySelector('h3').textContent;
    return [...s.querySelectorAll('.sds-options-fit__row')].map((row) => {
      const said = row.querySelector('.sds-options-fit__said').textContent;
      const label = row.querySelector('.sds-options-fit__label').textContent;
      const reason = row.querySelector('.sds-options-fit__reason').textContent;
      return `${name} | ${said} | ${label}: ${reason}`;
    });
  }));
}

function question(page, text) {
  return page.getByRole('group', { name: text });
}

describe('the four options: the comparison', () => {
  test('is a table of every fact at 1280px, with no sideways scrolling and no console errors', async () => {
    const { page, problems } = await freshApp();
    await openOptions(page);
    assert.equal(await page.locator('h1').textContent(), 'The four options');
    await focusMovesTo(page, 'The four options');
    const table = page.locator('.sds-options-table');
    assert.equal(await table.isVisible(), true);
    assert.equal(await page.locator('.sds-options-cards').isVisible(), false);
    assert.deepEqual(await table.locator('thead th').allTextContents(), OPTION_NAMES);
    assert.deepEqual(await table.locator('tbody th').allTextContents(), [
      'Also called', 'Who chooses the support', 'Who arranges it', 'Who holds the money',
      'Can you employ your own staff?', 'What paperwork you do', 'What you can use it for',
      'If a worker is off sick', 'In your area',
    ]);
    const employ = table.locator('tbody tr').filter({ hasText: 'Can you employ your own staff?' }).locator('td');
    assert.deepEqual(await employ.allTextContents(), [
      'Yes. You can employ a personal assistant (PA). You become the employer.',
      'No. The provider employs the staff.',
      'No. The council or its provider employs the staff.',
      'Only for the part paid by direct payment (Option 1).',
    ]);
    const area = table.locator('tbody tr').filter({ hasText: 'In your area' }).locator('td');
    assert.deepEqual(await area.allTextContents(), Array(4).fill('Ask your council if this is available'));
    assert.match(await page.locator('.sds-options-local').textContent(), /Ask your council what is available in your area\./);
    assert.match(await page.locator('.sds-app').textContent(), /If you do not choose, the council will arrange your support \(Option 3\)\./);
    assert.equal(await scrollsSideways(page), false);
    assert.equal(await page.locator('.sds-app [style]').count(), 0, 'no inline styles');
    assert.deepEqual(problems, []);
  });

  test('is a stack of cards that open at 320px, with no sideways scrolling', async () => {
    const { page } = await freshApp();
    await page.setViewportSize({ width: 320, height: 640 });
    await openOptions(page);
    assert.equal(await page.locator('.sds-options-table').isVisible(), false);
    const summaries = page.locator('.sds-options-card__summary');
    assert.deepEqual(await summaries.allTextContents(), OPTION_NAMES);
    const first = page.locator('.sds-options-card').first();
    assert.equal(await first.locator('dl').isVisible(), false, 'closed to start with');
    for (const summary of await summaries.all()) await summary.click();
    assert.match(await first.locator('dl').textContent(), /Who holds the moneyYou hold the money, in a bank account or on a prepaid card\./);
    assert.equal(await scrollsSideways(page), false, 'with every card open');
    for (const name of ['What matters to us in choosing', 'Being an employer', 'Rules people trip on', 'Myths', 'What we are thinking about']) {
      await page.getByRole('link', { name, exact: true }).click();
      assert.equal(await scrollsSideways(page), false, name);
      await page.getByRole('link', { name: 'Back to the four options' }).first().click();
    }
  });
});

describe('the four options: flexibility and responsibility', () => {
  test('in forced colours (Windows high contrast) the chart is drawn in the system text colour', async () => {
    const { page } = await freshApp();
    await openOptions(page);
    await page.emulateMedia({ forcedColors: 'active' });
    const colours = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const text = getComputedStyle(probe).color;
      probe.style.color = 'Canvas';
      const canvas = getComputedStyle(probe).color;
      probe.remove();
      const axis = document.querySelector('.sds-options-chart__axis');
      const label = document.querySelector('.sds-options-chart__label');
      return { text, canvas, axis: getComputedStyle(axis).stroke, label: getComputedStyle(label).fill };
    });
    assert.notEqual(colours.text, colours.canvas);
    assert.equal(colours.axis, colours.text, 'the axes are drawn in the text colour');
    assert.equal(colours.label, colours.text, 'the axis words are drawn in the text colour');
    await page.emulateMedia({ forcedColors: 'none' });
  });

  test('the chart is an image named by its caption and described by words a screen reader reaches', async () => {
    const { page } = await freshApp();
    await openOptions(page);
    const chart = page.getByRole('img', { name: 'How much flexibility each option gives, and how much you are responsible for' });
    assert.equal(await chart.count(), 1);
    assert.equal(await chart.evaluate((svg) => svg.tagName.toLowerCase()), 'svg');
    const describedBy = await chart.getAttribute('aria-describedby');
    const words = page.locator(`[id="${describedBy}"]`);
    assert.equal(await words.count(), 1, 'the description exists');
    assert.equal(await words.isVisible(), true, 'and is not hidden from anyone');
    assert.deepEqual(await words.locator('p').allTextContents(), [
      'Flexibility and responsibility go together. Option 1 gives you the most of both. Option 3 gives you the least. Option 2 is in between.',
      'Option 4, a mix, can sit anywhere between the options it mixes.',
    ]);
    const rows = await words.locator('.sds-options-chart__row').evaluateAll((rs) => rs.map((r) => [...r.children].map((c) => c.textContent).join(' | ')));
    assert.deepEqual(rows, [
      'Option 1: Direct payment | Flexibility: High | Your responsibility: High',
      'Option 2: You choose, someone else arranges | Flexibility: Medium | Your responsibility: Medium',
      'Option 3: The council arranges | Flexibility: Low | Your responsibility: Low',
      'Option 4: A mix | Flexibility: From Low (Option 3) to High (Option 1) | Your responsibility: From Low (Option 3) to High (Option 1)',
    ]);
    assert.equal(await chart.locator('circle').count(), 4, 'three options and the mix');
  });

  test('thinking about two options is not a mix; the ideas\' options are, and a difference is pointed out', async () => {
    const { page } = await freshApp();
    await openOptions(page);
    await openPage(page, 'What we are thinking about');
    await page.getByLabel('Option 1: Direct payment').check();
    await page.getByLabel('Option 2: You choose, someone else arranges').check();
    const notes = page.locator('.sds-inset');
    assert.equal(await notes.textContent(), 'You have ticked more than one option. You do not have to choose now. You can also use more than one option at the same time: that is Option 4, a mix.');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    assert.equal(await page.locator('h1').textContent(), 'The four options');
    const words = page.locator('.sds-options-chart__words');
    assert.match(await words.textContent(), /Option 4, a mix, can sit anywhere between the options it mixes\./);
    assert.doesNotMatch(await words.textContent(), /mix your support ideas use/);

    // Ideas under Options 1 and 3 are the mix; the family thinks of 1 and 2.
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('sds-explorer/plan/v1')));
    stored.plan.support = { lines: [
      { id: 1, option: 'option1', name: 'Jo', input: { kind: 'personal_assistant', hours_a_week: '10', hourly_rate: '13.45', weeks: '', aged_22_or_over: true } },
      { id: 2, option: 'option3', name: 'Day centre', input: { kind: 'other', amount: '40', basis: 'a_week', weeks: '' } },
    ] };
    await page.evaluate((plan) => localStorage.setItem('sds-explorer/plan/v1', plan), JSON.stringify(stored));
    await page.reload();
    await page.waitForSelector('html[data-sds-ready="true"]');
    assert.match(await words.textContent(), /Option 4 shows the mix your support ideas use: Options 1 and 3\./);
    assert.match(await words.textContent(), /Flexibility: From Low \(Option 3\) to High \(Option 1\)/);
    await openPage(page, 'What we are thinking about');
    assert.deepEqual(await notes.locator('p').allTextContents(), [
      'You have ticked more than one option. You do not have to choose now. You can also use more than one option at the same time: that is Option 4, a mix.',
      'Your support ideas use Options 1 and 3. Using more than one option at the same time is Option 4, a mix.',
      'You are thinking about Options 1 and 2, and your support ideas use Options 1 and 3. You may want to check these before your assessment.',
    ]);
  });

  test('the chart puts Option 2 on the line from 3 to 1, and Option 4 on its band', async () => {
    const { page } = await freshApp();
    await openOptions(page);
    const chart = page.locator('.sds-options-chart__svg');
    const dots = await chart.locator('.sds-options-chart__dot').evaluateAll((cs) => cs.map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]));
    const [one, two, three] = dots;
    const band = await chart.locator('.sds-options-chart__mix').evaluate((l) => ['x1', 'y1', 'x2', 'y2'].map((a) => Number(l.getAttribute(a))));
    const mark = await chart.locator('.sds-options-chart__mix-dot').evaluate((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]);
    // How far a point is from the straight line through a and b, in pixels.
    const offLine = ([px, py], [ax, ay], [bx, by]) => Math.abs((bx - ax) * (py - ay) - (by - ay) * (px - ax)) / Math.hypot(bx - ax, by - ay);
    assert.ok(offLine(two, three, one) < 2, `Option 2 at ${two} is on the line from 3 (${three}) to 1 (${one})`);
    assert.ok(three[0] < two[0] && two[0] < one[0], 'and between them');
    assert.deepEqual(band, [...three, ...one], 'Option 4 spans 3 to 1 when no ideas mix options');
    assert.ok(offLine(mark, three, one) < 2, `Option 4's mark at ${mark} is on its band`);
    for (const dot of dots) assert.ok(Math.hypot(mark[0] - dot[0], mark[1] - dot[1]) >= 26, `the mark covers no option: ${mark} vs ${dot}`);
  });
});

describe('the four options: what matters to us in choosing', () => {
  test('answering questions updates the fit table, which never ranks the options', async () => {
    const { page } = await freshApp();
    await openOptions(page);
    await openPage(page, 'What matters to us in choosing');
    // Eight questions, less the one about a young person (16 or over) at 9.
    assert.equal(await page.locator('fieldset').count(), 7);
    assert.doesNotMatch(await page.locator('.sds-app').textContent(), /young person \(16 or over\)/);
    assert.match(await page.locator('.sds-app').textContent(), /Answer a question with Yes or No to see how each option fits\./);
    assert.match(await page.locator('.sds-options-your-choice').textContent(), /The choice is yours\.If you do not choose, the council will arrange your support \(Option 3\)\./);

    await question(page, 'We would like to employ our own personal assistant (PA)').getByLabel('Yes', { exact: true }).check();
    const said = 'We would like to employ our own personal assistant (PA): Yes';
    assert.deepEqual(await fits(page), [
      `${OPTION_NAMES[0]} | ${said} | Fits: Only a direct payment lets you employ your own staff.`,
      `${OPTION_NAMES[1]} | ${said} | Does not fit: You cannot employ staff. The provider employs them.`,
      `${OPTION_NAMES[2]} | ${said} | Does not fit: You cannot employ staff. The council or its provider employs them.`,
      `${OPTION_NAMES[3]} | ${said} | Partly fits: You can employ a PA for the part paid by direct payment.`,
    ]);
    // Each fit has a shape as well as words, never colour alone.
    assert.equal(await page.locator('.sds-options-fit__row svg.sds-options-icon--does-not').count(), 2);

    await question(page, 'We would rather someone else dealt with the money and paperwork').getByLabel('Yes', { exact: true }).check();
    await question(page, 'We would like to employ our own personal assistant (PA)').getByLabel('No', { exact: true }).check();
    await question(page, 'There are few services near us').getByLabel('Not sure').check();
    const lines = await fits(page);
    assert.equal(lines.length, 8, 'two answers for each of four options');
    assert.equal(lines[0], `${OPTION_NAMES[0]} | We would like to employ our own personal assistant (PA): No | Fits: You do not have to employ anyone. A direct payment can buy services too.`);
    assert.equal(lines[1], `${OPTION_NAMES[0]} | We would rather someone else dealt with the money and paperwork: Yes | Does not fit: You hold the money and keep records. A payroll service helps, but the duty is yours.`);
    assert.equal(lines[5], `${OPTION_NAMES[2]} | We would rather someone else dealt with the money and paperwork: Yes | Fits: The council holds the money and keeps the records.`);
    assert.equal(await page.locator('.sds-options-not-sure').textContent(), 'You said "Not sure" to 1 question. It is not used here.');
    // Always the same order, and no word of a best or top option.
    assert.deepEqual(await page.locator('.sds-options-fit h3').allTextContents(), OPTION_NAMES);
    assert.doesNotMatch((await page.locator('.sds-app').textContent()).toLowerCase(), /best|recommended|score|ranked/);

    // The answers are kept.
    const saved = await savedPlan(page);
    assert.deepEqual(saved.options.answers, { employ_own_pa: 'no', someone_else_does_paperwork: 'yes', few_services_nearby: 'not_sure' });
    await page.getByRole('link', { name: 'Back to the four options' }).first().click();
    await page.getByRole('link', { name: 'Back to your plan' }).click();
    assert.equal(await page.locator('.sds-task-list__item').filter({ hasText: 'The four options' }).locator('.sds-task-list__status').textContent(), 'In progress');
  });
});

describe('the four options: the other pages', () => {
  test('being an employer, rules and myths say what families need to know', async () => {
    const { page } = await freshApp();
    await openOptions(page, { age: '16' });
    await openPage(page, 'Being an employer');
    const employer = await page.locator('.sds-app').textContent();
    for (const duty of [/payroll/, /employer's liability insurance/, /workplace pension/, /5\.6 weeks of paid holiday/, /PVG scheme \(Protecting Vulnerable Groups\)/, /written statement/, /statutory sick pay \(SSP\)/, /independent support organisation \(ISO\)/]) {
      assert.match(employer, duty);
    }
    const worry = page.locator('details').filter({ hasText: 'We would depend on one person' });
    await worry.locator('summary').click();
    assert.match(await worry.textContent(), /A provider \(Option 2\) can give cover when your PA is ill or on holiday\./);
    await page.getByRole('link', { name: 'Back to the four options' }).click();

    await openPage(page, 'Rules people trip on');
    const rules = await page.locator('.sds-app').textContent();
    assert.match(rules, /You, the family member and the council must all agree\. And one of the reasons listed in the rules must apply\./);
    assert.match(rules, /regulations 7 to 9 of the Self-directed Support \(Direct Payments\) \(Scotland\) Regulations 2014/);
    assert.match(rules, /That is the rule in England, not Scotland\./);
    assert.match(rules, /You can use a direct payment to buy services from the council itself\./);
    assert.match(rules, /It is not for everyday household costs/);
    assert.match(await page.locator('.sds-options-yours').textContent(), /^At 16 or 17, the young person can make their own decisions.*This is your child's age group\.$/);
    await page.getByRole('link', { name: 'Back to the four options' }).click();

    await openPage(page, 'Myths');
    assert.deepEqual(await page.locator('h2').allTextContents(), [
      'Myth: SDS always means you get a budget to manage.',
      'Myth: A budget pays for everyday costs.',
      'Myth: You need a diagnosis to get support.',
      'Myth: You must already have SDS before moving to adult services.',
    ]);
    assert.match(await page.locator('.sds-options-myth').nth(2).textContent(), /Fact: Support is based on what your child and family need, not on a diagnosis\./);
  });

  test('notes over 2,000 characters get a friendly error that leads back to the box', async () => {
    const { page, problems } = await freshApp();
    await openOptions(page);
    await openPage(page, 'What we are thinking about');
    const why = page.getByLabel('Why are you thinking about these options? (optional)');
    await why.fill('a'.repeat(2001));
    assert.equal(await page.locator('.sds-options-count').textContent(), 'You have typed 2,001 of 2,000 characters.');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    const summary = page.locator('.sds-error-summary');
    assert.equal(await summary.evaluate((el) => el === document.activeElement), true, 'the summary takes focus');
    const message = 'Your notes can be up to 2,000 characters. Try making them a little shorter.';
    assert.deepEqual(await summary.locator('li').allTextContents(), [message]);
    assert.equal(await page.locator('.sds-error-message').textContent(), `Error: ${message}`);
    assert.deepEqual(await axeViolations(page), [], 'notes with an error');
    await summary.getByRole('link').click();
    assert.equal(await why.evaluate((el) => el === document.activeElement), true, 'the link moves focus to the box');
    assert.equal((await why.inputValue()).length, 2001, 'what was typed is kept');
    await why.fill('A PA who knows Sam, with a provider for cover.');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    assert.equal(await page.locator('h1').textContent(), 'The four options');
    assert.deepEqual(problems, []);
  });
});

describe('the four options: accessibility', () => {
  test('has no WCAG 2.2 A or AA problems on any page, wide or narrow', async () => {
    const { page } = await freshApp();
    await openOptions(page);
    assert.deepEqual(await axeViolations(page), [], 'start at 1280px');
    await openPage(page, 'What matters to us in choosing');
    await question(page, 'We need cover when a worker is ill or on holiday').getByLabel('Yes', { exact: true }).check();
    await question(page, 'We want to choose who supports our child').getByLabel('Not sure').check();
    assert.deepEqual(await axeViolations(page), [], 'what matters with answers');
    await page.getByRole('button', { name: 'What we are thinking about' }).click();
    await page.getByLabel('Option 3: The council arranges').check();
    await page.getByLabel('Option 1: Direct payment').check();
    assert.deepEqual(await axeViolations(page), [], 'our thinking with a mix');
    await page.getByRole('link', { name: 'Back to the four options' }).click();
    for (const name of ['Being an employer', 'Rules people trip on', 'Myths']) {
      await openPage(page, name);
      for (const summary of await page.locator('summary').all()) await summary.click();
      assert.deepEqual(await axeViolations(page), [], name);
      await page.getByRole('link', { name: 'Back to the four options' }).click();
    }
    await page.setViewportSize({ width: 320, height: 640 });
    for (const summary of await page.locator('.sds-options-card__summary').all()) await summary.click();
    assert.deepEqual(await axeViolations(page), [], 'start at 320px with the cards open');
  });

  test('can be used by keyboard alone: answer a question, note a mix and complete the section', async () => {
    const { page } = await freshApp();
    await openOptions(page);
    await page.getByRole('link', { name: 'Back to your plan' }).click();
    // Back on the plan, focus is on the section just left.
    await focusMovesTo(page, 'The four options');
    await page.keyboard.press('Enter');
    await focusMovesTo(page, 'The four options');

    // A phone-sized card opens with the keyboard too.
    await page.setViewportSize({ width: 320, height: 640 });
    await tabTo(page, /Option 2: You choose/);
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('.sds-options-card').nth(1).evaluate((d) => d.open), true);
    await page.setViewportSize({ width: 1280, height: 900 });

    await tabTo(page, /What matters to us in choosing/);
    await page.keyboard.press('Enter');
    await focusMovesTo(page, 'What matters to us in choosing');
    await tabTo(page, /Yes/);
    await page.keyboard.press('Space');
    assert.deepEqual((await fits(page)).map((l) => l.split(' | ')[2]), [
      'Fits: You choose who supports your child.',
      'Fits: You choose the provider or service.',
      'Partly fits: The council chooses with you. You can say what you want.',
      'Fits: You choose for the Option 1 and Option 2 parts.',
    ]);
    await tabTo(page, /^What we are thinking about$/);
    await page.keyboard.press('Enter');
    await focusMovesTo(page, 'What we are thinking about');
    await tabTo(page, /Option 1: Direct payment/);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await tabTo(page, /Why are you thinking/);
    await page.keyboard.type('We want to choose, but need cover.');
    await tabTo(page, /Save and continue/);
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('h1').textContent(), 'The four options');
    const saved = await savedPlan(page);
    assert.deepEqual(saved.options.considering, ['option1', 'option2']);
    assert.equal(saved.options.why, 'We want to choose, but need cover.');
    // Focus is on the heading; the back link is just before it.
    await page.keyboard.press('Shift+Tab');
    await focusMovesTo(page, 'Back to your plan');
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('.sds-task-list__item').filter({ hasText: 'The four options' }).locator('.sds-task-list__status').textContent(), 'Completed');
  });
});
