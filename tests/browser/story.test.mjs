// Our story and What we want to change, in real Chromium against the built app.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  axeViolations, focusMovesTo, savedPlan, scrollsSideways, tabTo, taskList, useBrowserApp,
} from '../support/browser.mjs';

/** Each test gets a fresh browser profile, so storage starts empty. */
const { freshApp } = useBrowserApp();

async function heading(page) {
  return (await page.locator('h1').textContent()).trim();
}

async function hubStatus(page, title) {
  const lines = await taskList(page);
  return lines.find((line) => line.startsWith(`${title}:`));
}

/** The open step of a day's timeline. */
function openStep(page) {
  return page.locator('.sds-day-step--open');
}

/** Each step of the day as its name and what it shows. */
async function timeline(page) {
  return page.$$eval('.sds-day-step', (steps) => steps.map((step) => {
    const name = step.querySelector('.sds-day-step__heading').textContent.trim();
    if (step.classList.contains('sds-day-step--open')) return `${name}: open`;
    const said = [...step.querySelectorAll('.sds-day-step__how, .sds-day-step__said')].map((p) => p.textContent);
    return [name, ...said].join(': ');
  }));
}

async function activeText(page) {
  return page.evaluate(() => document.activeElement?.textContent.trim());
}

async function openStory(page) {
  await page.getByRole('link', { name: 'Our story' }).click();
  assert.equal(await heading(page), 'Our story');
}

async function openOutcomes(page) {
  await page.getByRole('link', { name: 'What we want to change' }).click();
  assert.equal(await heading(page), 'What we want to change');
}

async function writeBadEvening(page, text = 'Meltdowns at tea time') {
  await openStory(page);
  await page.getByRole('link', { name: 'A good day and a bad day for your child' }).click();
  await page.getByRole('link', { name: 'Change Evening' }).click();
  await openStep(page).getByLabel('On a bad day').fill(text);
  await page.getByRole('button', { name: 'Next: Bedtime and night' }).click();
  await page.getByRole('link', { name: 'Back to Our story' }).click();
  await page.getByRole('link', { name: 'Back to your plan' }).click();
}

async function addOutcome(page, { words, indicators, forWhom, how }) {
  await page.getByRole('button', { name: /^Add (an|another) outcome$/ }).click();
  assert.equal(await heading(page), 'Your outcome');
  await page.getByLabel('What do you want to change?').fill(words);
  for (const indicator of indicators) await page.getByLabel(indicator, { exact: true }).check();
  await page.getByLabel(forWhom, { exact: true }).check();
  if (how) await page.getByLabel('How will you know it is working?').fill(how);
  await page.getByRole('button', { name: 'Save outcome' }).click();
}

/** Each outcome card as its title and its summary rows. */
async function outcomeCards(page) {
  return page.$$eval('.sds-outcomes-card:not(.sds-outcomes-card--suggestion)', (cards) => cards.map((card) => ({
    title: card.querySelector('.sds-outcomes-card__title').textContent,
    rows: [...card.querySelectorAll('.sds-outcomes-summary__row')]
      .map((row) => `${row.querySelector('dt').textContent}: ${row.querySelector('dd').textContent}`),
  })));
}

/** Yellow with a near-black ring outside it: the near-black meets 3:1
 * (about 19:1) against white, where the yellow alone is about 1.4:1. */
const DOUBLE_RING = { outline: 'rgb(255, 221, 0)', ring: 'rgb(11, 12, 12)' };

/** The focus indicator's colours: the outline and the ring drawn by the box shadow. */
async function focusRing(locator) {
  return locator.evaluate((el) => {
    const style = getComputedStyle(el);
    return { outline: style.outlineColor, ring: (style.boxShadow.match(/rgb\([^)]*\)/) ?? [''])[0] };
  });
}

async function suggestionWords(page) {
  return page.locator('.sds-outcomes-card--suggestion .sds-outcomes-card__title').allTextContents();
}

describe('Our story', () => {
  test('opens from the hub on an overview that lists its short pages and the family', async () => {
    const { page, problems } = await freshApp();
    assert.equal(await hubStatus(page, 'Our story'), 'Our story: Not started');
    await openStory(page);
    assert.deepEqual(await taskList(page), [
      'A good day and a bad day for your child: Not started',
      "In your child's own words: Not started",
      'What is important to us and for us: Not started',
      'Strengths: Not started',
      'The people and places around us: Not started',
      'What is working and what is not working: Not started',
    ]);
    for (const name of ['Add a parent or carer', 'Add a brother or sister']) {
      assert.equal(await page.getByRole('button', { name, exact: true }).count(), 1, name);
    }
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
  });

  test('the day is a timeline walked one part at a time by keyboard, with a face and words', async () => {
    const { page, problems } = await freshApp();
    await tabTo(page, /^Our story$/);
    await page.keyboard.press('Enter');
    await focusMovesTo(page, 'Our story');
    await tabTo(page, /^A good day and a bad day for your child$/);
    await page.keyboard.press('Enter');
    assert.equal(await heading(page), 'A good day and a bad day for your child');
    assert.match(page.url(), /#\/story\/child-day\/morning$/);
    assert.equal(await openStep(page).locator('.sds-caption').textContent(), 'Part 1 of 7');
    const faces = openStep(page).getByRole('group', { name: 'How does waking up and the morning usually go for your child?' });
    assert.deepEqual(await faces.locator('label').allTextContents(),
      ['Usually good', 'It depends', 'Usually hard', 'Not part of our day']);
    assert.equal(await faces.locator('input:checked').count(), 0, 'no face is picked for them');

    // Into the faces: arrows move the choice; Tab goes on to the boxes.
    await tabTo(page, /^Usually good$/);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(await faces.getByLabel('Usually hard').isChecked(), true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Wakes up smiling');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Will not get dressed');
    await page.keyboard.press('Tab');
    assert.equal(await activeText(page), 'Next: School or daytime');
    await page.keyboard.press('Enter');
    // The next part opens and takes focus; the morning shows what was said.
    await focusMovesTo(page, 'Part 2 of 7 School or daytime');
    assert.match(page.url(), /#\/story\/child-day\/daytime$/);
    assert.deepEqual((await timeline(page)).slice(0, 3), [
      'Waking up and morning: Usually hard: “Wakes up smiling”: “Will not get dressed”',
      'Part 2 of 7 School or daytime: open',
      'After school: Not answered yet',
    ]);
    // Skipping a part that does not fit: "Not part of our day", or just Next.
    await openStep(page).getByLabel('Not part of our day').check();
    await tabTo(page, /^Next: After school$/);
    await page.keyboard.press('Enter');
    await focusMovesTo(page, 'Part 3 of 7 After school');
    // Back returns to the part before, as it was.
    await page.goBack();
    await page.waitForFunction(() => location.hash === '#/story/child-day/daytime');
    assert.equal(await openStep(page).getByLabel('Not part of our day').isChecked(), true);
    await page.goForward();
    await page.waitForFunction(() => location.hash === '#/story/child-day/after-school');
    for (const [n, next] of ['Evening', 'Bedtime and night', 'Weekends and holidays', 'What makes the difference'].entries()) {
      await tabTo(page, new RegExp(`^Next: ${next}$`));
      await page.keyboard.press('Enter');
      await focusMovesTo(page, `Part ${n + 4} of 7 ${next}`);
    }
    await tabTo(page, /^What would help to have more good days/);
    await page.keyboard.type('A club with friends');
    await tabTo(page, /^Save and continue$/);
    await page.keyboard.press('Enter');
    assert.equal(await heading(page), "In your child's own words");

    const story = (await savedPlan(page)).story;
    assert.deepEqual(story.child_day.morning, { how: 'usually_hard', good: 'Wakes up smiling', bad: 'Will not get dressed' });
    assert.deepEqual(story.child_day.daytime, { how: 'not_part_of_our_day', good: '', bad: '' });
    assert.equal(story.child_day.more_good_days, 'A club with friends');
    await page.getByRole('link', { name: 'Back to Our story' }).click();
    assert.equal((await taskList(page))[0], 'A good day and a bad day for your child: Started');
    assert.deepEqual(problems, []);
  });

  test('a phone shows the day one short part at a time', async () => {
    const { page, problems } = await freshApp();
    await page.setViewportSize({ width: 390, height: 844 });
    await openStory(page);
    await page.getByRole('link', { name: 'A good day and a bad day for your child' }).click();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    // Was 3,400 px with twelve empty boxes on one page.
    assert.ok(height < 2400, `${height} px`);
    assert.equal(await page.locator('textarea').count(), 2);
    assert.equal(await scrollsSideways(page), false);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
  });

  test('the family names each person, marks a young carer, and the names are used', async () => {
    const { page, problems } = await freshApp();
    await page.getByRole('link', { name: 'About us' }).click();
    await page.getByLabel('What name should we use').fill('Sam');
    await page.getByRole('link', { name: 'Back to your plan' }).click();
    await openStory(page);
    assert.deepEqual((await taskList(page)).slice(0, 2), [
      'A good day and a bad day for Sam: Not started',
      "In Sam's own words: Not started",
    ]);
    for (const [name, young] of [['Jack', true], ['Ellie', false]]) {
      await page.getByRole('button', { name: 'Add a brother or sister' }).click();
      assert.equal(await heading(page), 'A brother or sister');
      await page.getByLabel('What is their name?').fill(name);
      if (young) await page.getByLabel('They help to look after Sam').check();
      await page.getByRole('button', { name: 'Save and continue' }).click();
      assert.equal(await heading(page), `A good day and a bad day for ${name}`);
      await page.getByRole('link', { name: 'Back to Our story' }).click();
    }
    await page.getByRole('button', { name: 'Add a parent or carer' }).click();
    await page.getByLabel('What is their name?').fill('Jo');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    assert.equal(await heading(page), 'A good day and a bad day for Jo');
    assert.equal(await openStep(page).getByRole('group').first().getAttribute('class'), 'sds-fieldset sds-story-feeling');
    assert.ok(await page.getByRole('group', { name: 'How does waking up and the morning usually go for Jo?' }).isVisible());
    await page.getByRole('link', { name: 'Back to Our story' }).click();

    const people = await page.$$eval('.sds-family-list__item', (items) => items.map((item) => item.innerText.replace(/\s+/g, ' ').trim()));
    assert.deepEqual(people, [
      'A good day and a bad day for Jack Not started Young carer Change details Jack Remove Jack',
      'A good day and a bad day for Ellie Not started Change details Ellie Remove Ellie',
      'A good day and a bad day for Jo Not started Change details Jo Remove Jo',
    ]);
    assert.deepEqual(await axeViolations(page), []);

    // Jack's bad evening becomes a suggestion in his name.
    await page.getByRole('link', { name: 'A good day and a bad day for Jack' }).click();
    await page.getByRole('link', { name: 'Change Evening' }).click();
    await openStep(page).getByLabel('On a bad day').fill('Helps with Sam all evening');
    await page.getByRole('button', { name: 'Next: Bedtime and night' }).click();
    await page.getByRole('link', { name: 'Back to Our story' }).click();

    // Removing Ellie asks first, and keeps the others.
    await page.getByRole('link', { name: 'Remove Ellie' }).click();
    assert.equal(await heading(page), 'Remove Ellie from your plan?');
    await page.getByRole('button', { name: 'Yes, remove them' }).click();
    assert.equal(await heading(page), 'Our story');
    assert.equal(await page.locator('.sds-family-list__item').count(), 2);

    await page.getByRole('link', { name: 'Back to your plan' }).click();
    await openOutcomes(page);
    assert.deepEqual(await suggestionWords(page), ['Jack has calmer, happier evenings.']);
    const card = page.locator('.sds-outcomes-card--suggestion');
    assert.match(await card.textContent(), /you wrote about evenings on a bad day for Jack\./);
    assert.match(await card.textContent(), /Mainly forA brother or sister \(Jack\)/);
    const family = (await savedPlan(page)).story.family;
    assert.deepEqual(family.map((m) => [m.id, m.role, m.name, m.young_carer]), [
      [1, 'sibling', 'Jack', true], [3, 'parent_or_carer', 'Jo', false],
    ]);
    assert.deepEqual(problems, []);
  });

  test('the child can pick a face on the picture scale, shown with words, not colour alone', async () => {
    const { page } = await freshApp();
    await openStory(page);
    await page.getByRole('link', { name: "In your child's own words" }).click();
    const school = page.getByRole('group', { name: 'At school or nursery' });
    assert.deepEqual(await school.locator('label').allTextContents(), ['Happy', 'Not sure', 'Unhappy']);
    assert.equal(await school.locator('svg[aria-hidden="true"]').count(), 3);
    await school.getByLabel('Not sure').focus();
    await page.keyboard.press('Space');
    assert.equal(await school.getByLabel('Not sure').isChecked(), true);
    await page.keyboard.press('ArrowRight');
    assert.equal(await school.getByLabel('Unhappy').isChecked(), true);
    assert.equal((await savedPlan(page)).story.child_words.feelings.school, 'unhappy');
    assert.deepEqual(await focusRing(school.locator('label', { hasText: 'Unhappy' })), DOUBLE_RING);
    // In forced colours (Windows high contrast) the faces are drawn in the
    // system's text colour; before, they stayed near-black on its background.
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    const colours = await school.locator('svg').first().evaluate((svg) => {
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const text = getComputedStyle(probe).color;
      probe.remove();
      return { text, face: getComputedStyle(svg).color };
    });
    assert.equal(colours.face, colours.text);
    await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
  });

  test('an answer over 2,000 characters gets a friendly error and nothing is lost', async () => {
    const { page } = await freshApp();
    await openStory(page);
    await page.getByRole('link', { name: 'Strengths' }).click();
    const long = 'é'.repeat(2003);
    await page.getByLabel('What is your child good at?').fill(long);
    await page.getByRole('button', { name: 'Save and continue' }).click();
    assert.equal(await heading(page), 'Strengths', 'stays on the page');
    const summary = page.locator('.sds-error-summary');
    assert.equal(await summary.locator('h2').textContent(), 'There is a problem');
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains('sds-error-summary')), true);
    const message = 'This answer is over 2,000 characters. Make it shorter before you continue. Nothing you typed has been lost.';
    assert.deepEqual(await summary.locator('li').allTextContents(), [message]);
    assert.equal(await page.locator('.sds-error-message').textContent(), `Error: ${message}`);
    assert.equal(await page.locator('.sds-story-count').textContent(), 'You have 3 characters too many.');
    assert.equal(await page.getByLabel('What is your child good at?').inputValue(), long);
    await summary.getByRole('link').click();
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'TEXTAREA');
    await page.getByLabel('What is your child good at?').fill('é'.repeat(2000));
    await page.getByRole('button', { name: 'Save and continue' }).click();
    assert.equal(await heading(page), 'The people and places around us');
  });

  test('can be marked as finished, and the hub shows it Completed', async () => {
    const { page } = await freshApp();
    await openStory(page);
    await page.getByRole('link', { name: 'The people and places around us' }).click();
    await page.getByLabel('Who and what helps you now?').fill('Gran picks Sam up on Tuesdays');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('link', { name: 'Back to Our story' }).click();
    await page.getByLabel('No, I\'ll come back later').check();
    await page.getByRole('button', { name: 'Back to your plan' }).click();
    assert.equal(await hubStatus(page, 'Our story'), 'Our story: In progress');
    await openStory(page);
    await page.getByLabel('Yes, I have finished this section').check();
    await page.getByRole('button', { name: 'Back to your plan' }).click();
    assert.equal(await heading(page), 'Get ready for your Self-directed Support assessment');
    assert.equal(await hubStatus(page, 'Our story'), 'Our story: Completed');
  });
});

describe('What we want to change', () => {
  test('an outcome linked to two wellbeing indicators is added and listed', async () => {
    const { page, problems } = await freshApp();
    assert.equal(await hubStatus(page, 'What we want to change'), 'What we want to change: Not started');
    await openOutcomes(page);
    assert.match(await page.locator('.sds-app').textContent(), /You have not added any outcomes yet\./);
    await addOutcome(page, {
      words: 'Sam can go to a club with friends after school',
      indicators: ['Active', 'Included'],
      forWhom: 'Your child',
      how: 'Sam goes every week',
    });
    assert.equal(await heading(page), 'What we want to change');
    assert.deepEqual(await outcomeCards(page), [{
      title: 'Sam can go to a club with friends after school',
      rows: ['Wellbeing: Active, Included', 'Mainly for: Your child', 'How we will know it is working: Sam goes every week'],
    }]);
    const saved = (await savedPlan(page)).outcomes;
    assert.deepEqual(saved.items.map((o) => [o.id, o.indicators, o.for_whom]), [[1, ['active', 'included'], 'child']]);
    await page.getByRole('link', { name: 'Back to your plan' }).click();
    assert.equal(await hubStatus(page, 'What we want to change'), 'What we want to change: In progress');
    assert.deepEqual(problems, []);
  });

  test('each outcome and suggestion button is named after the outcome it acts on', async () => {
    const { page, problems } = await freshApp();
    await writeBadEvening(page);
    await openOutcomes(page);
    for (const words of ['Sam can swim', 'We get a break']) {
      await addOutcome(page, { words, indicators: ['Active'], forWhom: 'Your child' });
    }
    const snapshot = await page.locator('.sds-app').ariaSnapshot();
    const names = [...snapshot.matchAll(/button "((?:Change|Remove|Add this outcome|Ignore) [^"]*)"/g)].map((m) => m[1]);
    assert.deepEqual(names, [
      'Change Sam can swim', 'Remove Sam can swim',
      'Change We get a break', 'Remove We get a break',
      'Add this outcome Your child has calmer, happier evenings.',
      'Ignore Your child has calmer, happier evenings.',
    ]);
    await page.getByRole('button', { name: 'Remove We get a break' }).click();
    await page.getByRole('button', { name: 'Yes, remove it' }).click();
    assert.deepEqual((await outcomeCards(page)).map((c) => c.title), ['Sam can swim']);
    assert.deepEqual(problems, []);
  });

  test('every wellbeing indicator has a plain description', async () => {
    const { page } = await freshApp();
    await openOutcomes(page);
    await page.getByRole('button', { name: 'Add an outcome' }).click();
    const labels = await page.locator('.sds-outcomes-checkbox__label').allTextContents();
    assert.deepEqual(labels, ['Safe', 'Healthy', 'Achieving', 'Nurtured', 'Active', 'Respected', 'Responsible', 'Included']);
    const hints = await page.locator('.sds-outcomes-checkbox__hint').allTextContents();
    assert.equal(hints.length, 8);
    assert.equal(hints[7], 'Being part of your family, school and community, with help to get past barriers.');
  });

  test('saving an empty outcome says what is missing; going back does not keep it', async () => {
    const { page } = await freshApp();
    await openOutcomes(page);
    await page.getByRole('button', { name: 'Add an outcome' }).click();
    const safe = page.getByLabel('Safe', { exact: true });
    await safe.focus();
    await page.keyboard.press('Shift');
    assert.deepEqual(await focusRing(safe), DOUBLE_RING, 'a wellbeing checkbox focused by keyboard');
    await page.getByRole('button', { name: 'Save outcome' }).click();
    assert.deepEqual(await page.locator('.sds-error-summary li').allTextContents(), [
      'Enter what you want to change',
      'Select who it is mainly for',
      'Select at least one way it helps wellbeing',
    ]);
    await page.locator('.sds-error-summary').getByRole('link', { name: 'Select who it is mainly for' }).click();
    assert.equal(await page.evaluate(() => document.activeElement.labels[0].textContent), 'Your child');
    await page.getByRole('link', { name: 'Back to What we want to change' }).click();
    assert.equal(await outcomeCards(page).then((c) => c.length), 0);
  });

  test('a carer\'s outcome is not asked the child\'s wellbeing words, and saves without them', async () => {
    const { page } = await freshApp();
    await openOutcomes(page);
    await page.getByRole('button', { name: 'Add an outcome' }).click();
    await page.getByLabel('What do you want to change?').fill('I get one evening a week to myself');
    const parent = page.getByLabel('A parent or carer', { exact: true });
    await parent.focus();
    await page.keyboard.press('Space');
    assert.equal(await page.evaluate(() => document.activeElement.labels[0].textContent), 'A parent or carer', 'focus stays on the choice');
    assert.equal(await page.getByRole('group', { name: /How does it help wellbeing/ }).count(), 0);
    assert.match(await page.locator('.sds-form .sds-inset').textContent(), /The wellbeing words are for your child's outcomes\./);
    await page.getByRole('button', { name: 'Save outcome' }).click();
    assert.equal(await heading(page), 'What we want to change');
    assert.deepEqual(await outcomeCards(page), [{
      title: 'I get one evening a week to myself',
      rows: ['Mainly for: A parent or carer', 'How we will know it is working: Not answered'],
    }]);
    assert.deepEqual(await axeViolations(page), []);
  });

  test('a bad evening in Our story becomes a suggestion that can be accepted and edited', async () => {
    const { page, problems } = await freshApp();
    await writeBadEvening(page);
    await openOutcomes(page);
    assert.deepEqual(await suggestionWords(page), ['Your child has calmer, happier evenings.']);
    assert.match(await page.locator('.sds-outcomes-card--suggestion').textContent(),
      /Why we suggest this: you wrote about evenings on a bad day for your child\./);
    assert.equal(await page.locator('.sds-outcomes-card__quote').textContent(), 'You wrote: “Meltdowns at tea time”');
    await page.getByRole('button', { name: 'Add this outcome' }).click();
    assert.equal(await heading(page), 'Your outcome');
    const words = page.getByLabel('What do you want to change?');
    assert.equal(await words.inputValue(), 'Your child has calmer, happier evenings.');
    assert.equal(await page.getByLabel('Healthy', { exact: true }).isChecked(), true);
    assert.equal(await page.getByLabel('Nurtured', { exact: true }).isChecked(), true);
    await words.fill('Sam has calm evenings, with tea time together');
    await page.getByRole('button', { name: 'Save outcome' }).click();
    assert.deepEqual(await outcomeCards(page), [{
      title: 'Sam has calm evenings, with tea time together',
      rows: ['Wellbeing: Healthy, Nurtured', 'Mainly for: Your child', 'How we will know it is working: Not answered'],
    }]);
    assert.deepEqual(await suggestionWords(page), [], 'the suggestion has been used');
    assert.deepEqual(problems, []);
  });

  test('outcome words over 2,000 characters are kept, with a friendly error', async () => {
    const { page } = await freshApp();
    await openOutcomes(page);
    const long = 'Sam is happy. '.repeat(150);
    await addOutcome(page, { words: long, indicators: ['Healthy'], forWhom: 'Your child' });
    assert.equal(await heading(page), 'Your outcome', 'not saved yet');
    assert.deepEqual(await page.locator('.sds-error-summary li').allTextContents(), [
      'This answer is over 2,000 characters. Make it shorter before you save. Nothing you typed has been lost.',
    ]);
    assert.equal(await page.locator('.sds-story-count').textContent(), 'You have 100 characters too many.');
    assert.equal(await page.getByLabel('What do you want to change?').inputValue(), long);
  });

  test('removing an outcome asks first', async () => {
    const { page } = await freshApp();
    await openOutcomes(page);
    await addOutcome(page, { words: 'Calmer mornings', indicators: ['Healthy'], forWhom: 'A parent or carer' });
    await page.getByRole('button', { name: 'Remove' }).click();
    assert.equal(await heading(page), 'Are you sure you want to remove this outcome?');
    assert.equal(await page.locator('.sds-outcomes-remove__words').textContent(), 'Calmer mornings');
    await page.getByRole('button', { name: 'No, keep it' }).click();
    assert.deepEqual((await outcomeCards(page)).map((c) => c.title), ['Calmer mornings']);
    await page.getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('button', { name: 'Yes, remove it' }).click();
    assert.equal(await heading(page), 'What we want to change');
    assert.deepEqual(await outcomeCards(page), []);
  });

  test('bad days that say the same thing are one suggestion, quoting the family; five at a time', async () => {
    const { page } = await freshApp();
    const stored = { format: 'sds-explorer-plan', schema_version: 1, app_version: '0.1.0', plan: {
      about: { child_name: 'Sam', age: '9', filler: 'parent_or_carer', council: 'fife', confirmed: true },
      story: { child_day: {
        morning: { bad: 'Meltdowns getting ready' }, evening: { bad: 'Meltdowns getting ready for bed' },
        daytime: { bad: 'Refuses school' }, after_school: { bad: 'Hits out' }, night: { bad: 'Awake all night' },
        weekends: { bad: 'Stuck inside' },
      }, not_working: 'No help at all' },
    } };
    await page.evaluate((plan) => localStorage.setItem('sds-explorer/plan/v1', plan), JSON.stringify(stored));
    await page.reload();
    await page.waitForSelector('html[data-sds-ready="true"]');
    await openOutcomes(page);
    assert.deepEqual(await suggestionWords(page), [
      'Sam has calmer, happier mornings and evenings.',
      'Sam has calmer, happier school days.',
      'Sam has calmer, happier times after school.',
      'Sam has calmer, happier bedtimes and nights.',
      'Sam has calmer, happier weekends and holidays.',
    ]);
    assert.deepEqual((await page.locator('.sds-outcomes-card__quote').allTextContents()).slice(0, 2), [
      'You wrote: “Meltdowns getting ready”', 'You wrote: “Refuses school”',
    ]);
    assert.match(await page.locator('.sds-app').textContent(), /1 more idea will show when you add or ignore one of these\./);
    await page.getByRole('button', { name: 'Ignore Sam has calmer, happier school days.' }).click();
    assert.equal((await suggestionWords(page)).at(-1), 'The things that are not working now get better for our family.');
    assert.deepEqual(await axeViolations(page), []);
  });

  test('an ignored suggestion stays ignored after a reload', async () => {
    const { page } = await freshApp();
    await writeBadEvening(page);
    await openOutcomes(page);
    await page.getByRole('button', { name: 'Ignore' }).click();
    assert.deepEqual(await suggestionWords(page), []);
    await focusMovesTo(page, 'Ideas from your story');
    await page.reload();
    await page.waitForSelector('html[data-sds-ready="true"]');
    // The reload stays on What we want to change.
    assert.equal(await heading(page), 'What we want to change');
    assert.deepEqual(await suggestionWords(page), []);
  });

  test('anything typed, markup included, shows exactly as text', async () => {
    const { page, problems } = await freshApp();
    await openOutcomes(page);
    const words = '<script>alert(1)</script><img src=x onerror=alert(2)> Seònaid 🌈 مرحبا';
    await addOutcome(page, { words, indicators: ['Safe'], forWhom: 'The whole family' });
    assert.equal((await outcomeCards(page))[0].title, words);
    assert.equal(await page.locator('.sds-app img').count(), 0);
    assert.deepEqual(problems, []);
  });
});

describe('both sections', () => {
  test('a reload finds everything again', async () => {
    const { page } = await freshApp();
    await writeBadEvening(page, 'Meltdowns — Seònaid 🌈');
    await openStory(page);
    await page.getByRole('button', { name: 'Add a brother or sister' }).click();
    await page.getByLabel('What is their name?').fill('Ellie');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('link', { name: 'Change Weekends and holidays' }).click();
    await openStep(page).getByLabel('On a good day').fill('Football with Dad');
    await page.getByRole('link', { name: 'Back to Our story' }).click();
    await page.getByRole('link', { name: "In your child's own words" }).click();
    await page.getByRole('group', { name: 'With friends' }).getByLabel('Happy', { exact: true }).check();
    await page.getByRole('link', { name: 'Back to Our story' }).click();
    await page.getByRole('link', { name: 'Back to your plan' }).click();
    await openOutcomes(page);
    await addOutcome(page, {
      words: 'Sam can go to a club with friends after school',
      indicators: ['Active', 'Included'],
      forWhom: 'Your child',
    });
    await page.getByLabel('Yes, I have finished this section').check();
    await page.getByRole('button', { name: 'Back to your plan' }).click();

    await page.reload();
    await page.waitForSelector('html[data-sds-ready="true"]');
    assert.equal(await hubStatus(page, 'Our story'), 'Our story: In progress');
    assert.equal(await hubStatus(page, 'What we want to change'), 'What we want to change: Completed');
    await openStory(page);
    await page.getByRole('link', { name: 'A good day and a bad day for your child' }).click();
    assert.equal(await page.locator('.sds-day-step__said').textContent(), '“Meltdowns — Seònaid 🌈”');
    await page.getByRole('link', { name: 'Change Evening' }).click();
    assert.equal(await openStep(page).getByLabel('On a bad day').inputValue(), 'Meltdowns — Seònaid 🌈');
    await page.getByRole('link', { name: 'Back to Our story' }).click();
    await page.getByRole('link', { name: 'A good day and a bad day for Ellie' }).click();
    await page.getByRole('link', { name: 'Change Weekends and holidays' }).click();
    assert.equal(await openStep(page).getByLabel('On a good day').inputValue(), 'Football with Dad');
    await page.getByRole('link', { name: 'Back to Our story' }).click();
    await page.getByRole('link', { name: "In your child's own words" }).click();
    assert.equal(await page.getByRole('group', { name: 'With friends' }).getByLabel('Happy', { exact: true }).isChecked(), true);
    await page.getByRole('link', { name: 'Back to Our story' }).click();
    await page.getByRole('link', { name: 'Back to your plan' }).click();
    await openOutcomes(page);
    assert.deepEqual((await outcomeCards(page)).map((c) => c.title), ['Sam can go to a club with friends after school']);
    assert.deepEqual(await suggestionWords(page), ['Your child has calmer, happier evenings.']);
  });

  test('every new screen has no WCAG 2.2 A or AA problems and fits 320px without sideways scrolling', async () => {
    const { page } = await freshApp();
    const check = async (name) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      assert.deepEqual(await axeViolations(page), [], name);
      await page.setViewportSize({ width: 320, height: 640 });
      assert.equal(await scrollsSideways(page), false, `${name} at 320px`);
      await page.setViewportSize({ width: 1280, height: 900 });
    };
    await openStory(page);
    await page.getByRole('button', { name: 'Add a parent or carer' }).click();
    await check('a person in the family');
    await page.getByLabel('What is their name?').fill('x'.repeat(51));
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await check('a person in the family with an error');
    await page.getByLabel('What is their name?').fill('Jo');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('link', { name: 'Back to Our story' }).click();
    await page.getByRole('link', { name: 'Remove Jo' }).click();
    await check('removing a person');
    await page.getByRole('button', { name: 'No, keep them' }).click();
    await check('Our story overview');
    const pages = await page.locator('.sds-task-list__link, .sds-family-list__day').allTextContents();
    assert.equal(pages.length, 7);
    for (const title of pages) {
      await page.getByRole('link', { name: title, exact: true }).click();
      assert.equal(await heading(page), title);
      await check(title);
      await page.getByRole('link', { name: 'Back to Our story' }).click();
    }
    await page.getByRole('link', { name: 'A good day and a bad day for your child' }).click();
    await page.getByRole('link', { name: 'Change Evening' }).click();
    await openStep(page).getByLabel('On a bad day').fill('x'.repeat(2001));
    await page.getByRole('button', { name: 'Next: Bedtime and night' }).click();
    await check('a story page with an error');
    await openStep(page).getByLabel('On a bad day').fill('Shouting');
    await page.getByRole('link', { name: 'Back to Our story' }).click();
    await page.getByRole('link', { name: 'Back to your plan' }).click();
    await openOutcomes(page);
    await check('outcomes with a suggestion');
    await page.getByRole('button', { name: 'Add an outcome' }).click();
    await check('an outcome page');
    await page.getByRole('button', { name: 'Save outcome' }).click();
    await check('an outcome page with errors');
    await page.getByRole('link', { name: 'Back to What we want to change' }).click();
    await page.getByRole('button', { name: 'Add this outcome' }).click();
    await page.getByRole('button', { name: 'Save outcome' }).click();
    await check('outcomes with an outcome');
    await page.getByRole('button', { name: 'Remove' }).click();
    await check('the remove page');
  });
});
