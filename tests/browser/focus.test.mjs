// Focus is never lost: on every screen with radios or checkboxes, choosing
// by keyboard keeps focus on the group, even when the choice shows or
// hides boxes below it (issue 13). Real Chromium, by keyboard only.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserApp } from '../support/browser.mjs';

const app = useBrowserApp();

const PLAN = JSON.stringify({
  format: 'sds-explorer-plan', schema_version: 1, app_version: '0.1.0',
  plan: {
    about: { child_name: 'Sam', age: '9', filler: 'parent_or_carer', council: 'fife', confirmed: true },
    outcomes: { items: [{ id: 1, words: 'Sam can go to a club with friends' }, { id: 2, words: 'We get a break at weekends' }], next_id: 3 },
    support: {
      lines: [
        { id: 1, option: 'option1', name: 'Jo', input: { kind: 'personal_assistant', hours_a_week: '20', hourly_rate: '13.45', weeks: '', aged_22_or_over: true } },
        { id: 2, option: 'option2', name: 'Swimming club', input: { kind: 'activity', cost_a_session: '12.50', sessions_a_week: '2', weeks: '39' } },
        { id: 3, option: 'option3', name: 'Gym pass', input: { kind: 'other', amount: '10', basis: 'a_week', weeks: '' } },
        { id: 4, option: 'option2', name: 'Respite', input: { kind: 'short_breaks', cost_each: '150', number: '6', unit: 'night' } },
      ],
    },
  },
});

/** A link or button by its whole text. */
const go = (name) => (page) => page.locator('a, button')
  .filter({ hasText: new RegExp(`^${name.replace(/[()']/g, (c) => `\\${c}`)}$`) }).first().click();

/** A link or button whose whole text matches `pattern`. */
const goTo = (pattern) => (page) => page.locator('a, button').filter({ hasText: pattern }).first().click();

/** The child's day: named in the seeded plan, "your child" in a fresh one. */
const childsDay = goTo(/^A good day and a bad day for (Sam|your child)$/);

/** Each screen with choices on it, as steps from the plan. */
const SCREENS = [
  ['About us', [go('About us')]],
  ['Our story', [go('Our story')]],
  ['a good day and a bad day', [go('Our story'), childsDay]],
  ['a part of the day', [go('Our story'), childsDay, go('Next: School or daytime')]],
  ['a brother or sister', [go('Our story'), go('Add a brother or sister')]],
  ['in the child\'s own words', [go('Our story'), goTo(/^In (Sam's|your child's) own words$/)]],
  ['the people around us', [go('Our story'), go('The people and places around us')]],
  ['What we want to change', [go('What we want to change')]],
  ['an outcome', [go('What we want to change'), go('Change Sam can go to a club with friends')]],
  ['what matters in choosing', [go('The four options'), go('What matters to us in choosing')]],
  ['what we are thinking about', [go('The four options'), go('What we are thinking about')]],
  ['the kind of support', [go('Support ideas and costs'), go('Add a support idea')]],
  ['a PA idea', [go('Support ideas and costs'), go('Change Jo')]],
  ['a club', [go('Support ideas and costs'), go('Change Swimming club')]],
  ['something else', [go('Support ideas and costs'), go('Change Gym pass')]],
  ['short breaks', [go('Support ideas and costs'), go('Change Respite')]],
  ['the plan settings', [go('Support ideas and costs'), go('Change the tax year, plan length and employer costs')]],
  ['the budget', [go('Support ideas and costs'), go('Enter a budget and see what it buys')]],
];

/** Every radio group (its first radio) and every checkbox, by id. */
async function choices(page) {
  return page.evaluate(() => {
    const seen = new Set();
    const ids = [];
    for (const input of document.querySelectorAll('input[type=radio], input[type=checkbox]')) {
      if (input.type === 'radio') {
        if (seen.has(input.name)) continue;
        seen.add(input.name);
      }
      ids.push({ id: input.id, type: input.type, name: input.name });
    }
    return ids;
  });
}

describe('focus is never lost', () => {
  test('choosing by keyboard keeps focus on the radio group or checkbox, on every screen', async () => {
    const lost = [];
    let walked = 0;
    for (const [screen, steps] of SCREENS) {
      const { page } = await app.freshApp();
      await page.evaluate((plan) => localStorage.setItem('sds-explorer/plan/v1', plan), PLAN);
      await page.reload();
      await page.waitForSelector('html[data-sds-ready="true"]');
      for (const step of steps) await step(page);
      await page.locator('h1[tabindex="-1"]').waitFor();
      for (const choice of await choices(page)) {
        const input = page.locator(`[id="${choice.id}"]`);
        if (!(await input.isVisible())) continue;
        await input.focus();
        await page.keyboard.press(choice.type === 'radio' ? 'ArrowDown' : 'Space');
        walked += 1;
        const focused = await page.evaluate(() => {
          const a = document.activeElement;
          return { tag: a.tagName, type: a.type ?? '', name: a.name ?? '', id: a.id };
        });
        const kept = choice.type === 'radio'
          ? focused.type === 'radio' && focused.name === choice.name
          : focused.id === choice.id;
        if (!kept) lost.push(`${screen}: ${choice.name || choice.id} → ${focused.tag}${focused.id ? `#${focused.id}` : ''}`);
      }
    }
    assert.ok(walked > 40, `walked ${walked} groups and checkboxes`);
    assert.deepEqual(lost, []);
  });
});

describe('no option is chosen for the family', () => {
  test('every kind of new idea starts with no option radio chosen, and no screen of a fresh plan has one chosen', async () => {
    const { page } = await app.freshApp();
    const optionChosen = () => page.evaluate(() => [...document.querySelectorAll('input[type=radio]:checked')]
      .map((r) => document.querySelector(`label[for="${r.id}"]`)?.textContent.trim() ?? '')
      .filter((label) => /^Option [1-4]\b/.test(label)));
    const kinds = ['Personal assistant (PA)', 'Provider or agency hours', 'Club or activity', 'Short breaks', 'One-off purchase', 'Travel', 'Something else'];
    await go('Support ideas and costs')(page);
    for (const kind of kinds) {
      await go('Add a support idea')(page);
      await page.getByLabel(kind, { exact: true }).check();
      await go('Continue')(page);
      await page.locator('h1[tabindex="-1"]').waitFor();
      assert.deepEqual(await optionChosen(page), [], kind);
      await go('Back to support ideas and costs')(page);
    }
    await go('Back to your plan')(page);
    for (const [screen, steps] of SCREENS.filter(([s]) => !['a PA idea', 'a club', 'something else', 'short breaks', 'an outcome'].includes(s))) {
      for (const step of steps) await step(page);
      await page.locator('h1[tabindex="-1"]').waitFor();
      assert.deepEqual(await optionChosen(page), [], screen);
      while (await page.locator('.sds-back-link').count()) await page.locator('.sds-back-link').first().click();
    }
  });
});
