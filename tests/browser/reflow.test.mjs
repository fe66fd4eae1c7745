// Reflow (WCAG 1.4.10) and text spacing (WCAG 1.4.12) on the costs page,
// the widest screen, in all three ways the tool is used: its own page, an
// iframe on a council page and the <sds-explorer> element.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { STORAGE_KEY, useBrowserApp } from '../support/browser.mjs';

const app = useBrowserApp();

/** A plan with a PA, a club under Option 2 and a big one-off: every total row. */
const PLAN = JSON.stringify({
  format: 'sds-explorer-plan', schema_version: 1, app_version: '0.1.0',
  plan: {
    about: { child_name: 'Sam', age: '9', filler: 'parent_or_carer', council: 'fife', confirmed: true },
    support: {
      lines: [
        { id: 1, option: 'option1', name: 'Jo', input: { kind: 'personal_assistant', hours_a_week: '30', hourly_rate: '13.45', weeks: '', aged_22_or_over: true } },
        { id: 2, option: 'option2', name: 'Swimming club', input: { kind: 'activity', cost_a_session: '12.50', sessions_a_week: '2', weeks: '39' } },
        { id: 3, option: 'option3', name: 'Adapted bike', input: { kind: 'one_off', amount: '98765.43' } },
      ],
    },
  },
});

/** The WCAG 1.4.12 text spacing bookmarklet's rules. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p, li, dd, dt { margin-bottom: 2em !important; }`;

const MODES = [
  ['its own page', '', (page) => page],
  ['an iframe', 'examples/iframe-host.html', (page) => page.frameLocator('#sds-explorer-frame')],
  ['the <sds-explorer> element', 'examples/custom-element.html', (page) => page.locator('sds-explorer')],
];

/** A 320px browser holding PLAN, open at `path`; `tool` finds the tool in it. */
async function openAt320(path, tool) {
  const context = await app.launchContext();
  const page = await context.newPage();
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(app.url);
  await page.waitForSelector('html[data-sds-ready="true"]');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, PLAN]);
  await page.goto(app.url + path);
  const root = tool(page);
  await root.locator('.sds-app').first().waitFor();
  return { context, root };
}

/** The text spacing rules, where they reach the tool (its shadow root, if any). */
function addTextSpacing(root) {
  return root.locator('.sds-app').first().evaluate((el, css) => {
    const style = document.createElement('style');
    style.textContent = css;
    (el.getRootNode().host ? el.getRootNode() : document.head).append(style);
  }, TEXT_SPACING);
}

/** How far the totals table reaches past the tool's own width, in px. */
async function overflow(table) {
  return table.evaluate((t) => {
    const app = t.closest('.sds-app');
    return Math.max(0, Math.ceil(t.getBoundingClientRect().right - app.getBoundingClientRect().right));
  });
}

describe('reflow and text spacing', () => {
  for (const [mode, path, tool] of MODES) {
    test(`in ${mode} at 320px, with and without text spacing, the totals fit the tool`, async () => {
      const { context, root } = await openAt320(path, tool);
      await root.getByRole('link', { name: 'Support ideas and costs' }).click();
      const table = root.locator('.sds-support-totals');
      await table.waitFor();
      assert.equal(await overflow(table), 0, 'plain');
      await addTextSpacing(root);
      assert.equal(await overflow(table), 0, 'with text spacing');
      assert.match(await table.textContent(), /£98,765\.43/);
      await context.close();
    });
  }
});

/**
 * What reaches past the tool's right edge: each element (not hidden for
 * screen readers only) that sticks out, as "tag.class: px".
 */
async function stickingOut(root) {
  return root.locator('.sds-app').first().evaluate((app) => {
    const edge = app.getBoundingClientRect().right;
    return [...app.querySelectorAll('*')]
      .filter((el) => !el.closest('.sds-visually-hidden, .sds-hidden'))
      .map((el) => [el, Math.ceil(el.getBoundingClientRect().right - edge)])
      .filter(([el, past]) => past > 1 && el.getClientRects().length > 0)
      .map(([el, past]) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: ${past}px`);
  });
}

/** The screens a family goes through, each opened from the plan. */
const SCREENS = [
  ['the plan', async () => {}],
  ['About us', (root) => root.getByRole('link', { name: 'About us' }).click()],
  ['Our story', (root) => root.getByRole('link', { name: 'Our story' }).click()],
  ['What we want to change', (root) => root.getByRole('link', { name: 'What we want to change' }).click()],
  ['The four options', (root) => root.getByRole('link', { name: 'The four options' }).click()],
  ['Support ideas and costs', (root) => root.getByRole('link', { name: 'Support ideas and costs' }).click()],
  ['a PA idea', async (root) => {
    await root.getByRole('link', { name: 'Support ideas and costs' }).click();
    await root.getByRole('button', { name: /^Change/ }).first().click();
  }],
  ['a typical week', async (root) => {
    await root.getByRole('link', { name: 'Support ideas and costs' }).click();
    await root.getByRole('button', { name: 'See a typical week' }).click();
  }],
  ['Our summary', (root) => root.getByRole('link', { name: 'Our summary for the assessment' }).click()],
  ['Your privacy', (root) => root.getByRole('link', { name: 'Your privacy' }).click()],
];

describe('text spacing on every screen', () => {
  for (const [mode, path, tool] of MODES) {
    test(`in ${mode} at 320px with text spacing, nothing on any screen reaches past the tool`, async () => {
      const { context, root } = await openAt320(path, tool);
      await addTextSpacing(root);
      const problems = [];
      for (const [screen, open] of SCREENS) {
        await open(root);
        await root.locator('[tabindex="-1"]').first().waitFor();
        problems.push(...(await stickingOut(root)).map((p) => `${screen}: ${p}`));
        if (screen === 'Support ideas and costs') {
          // Restacked, each breakdown is still a table to a screen reader.
          const jo = root.getByRole('table', { name: /^Jo/ });
          assert.equal(await jo.getByRole('rowheader', { name: /^Total for this idea/ }).count(), 1);
          assert.equal(await jo.getByRole('cell', { name: '£26,809.95' }).count(), 1);
        }
        // Back up to the plan, a link at a time.
        while (await root.locator('.sds-back-link').count()) {
          await root.locator('.sds-back-link').first().click();
        }
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
