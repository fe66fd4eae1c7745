// "My plan" (issue 14): a page for the child or young person to keep,
// off until the family adds it; "you" words, big faces and symbols, what
// will change and who will help. Printed to PDF in real Chromium and read
// back with poppler.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { axeViolations, savedPlan, scrollsSideways, tabTo, useBrowserApp } from '../support/browser.mjs';
import { fullPlan, openSummaryOf, typicalPlan } from '../support/fixture-plans.mjs';

const { freshApp } = useBrowserApp();

const PARTS = ['What people like about you', 'What you like', 'How you feel', 'What we hope will change', 'Who and what could help you'];

/** Prints to a PDF (A4 unless `format` says); returns each page's words. */
async function printed(page, name, format = 'A4') {
  await mkdir('tests/output/print', { recursive: true });
  const path = `tests/output/print/${name}.pdf`;
  await writeFile(path, await page.pdf({ format, preferCSSPageSize: true }));
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))[1]);
  const pages = [];
  for (let n = 1; n <= count; n += 1) {
    pages.push(execFileSync('pdftotext', ['-f', `${n}`, '-l', `${n}`, path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '));
  }
  return pages;
}

describe('My plan', () => {
  test('is off until the family adds it, by keyboard; then it speaks to Sam, with faces, and is kept in the plan', async () => {
    const { page, problems } = await freshApp();
    await openSummaryOf(page, typicalPlan());
    const add = page.getByRole('checkbox', { name: 'Add a “My plan” page' });
    assert.equal(await add.isChecked(), false, 'no My plan page until asked');
    assert.equal(await page.locator('.sds-my-plan').count(), 0);
    assert.ok(!(await printed(page, 'my-plan-off')).join(' ').includes('This is your plan'));
    assert.match(await add.getAttribute('aria-describedby').then((id) => page.locator(`[id="${id}"]`).textContent()),
      /^A page for your child to keep\./);

    await tabTo(page, /Add a “My plan” page/);
    await page.keyboard.press('Space');
    const myPlan = page.locator('.sds-my-plan');
    await myPlan.waitFor();
    assert.equal(await myPlan.locator('h2').textContent(), 'My plan');
    assert.equal(await myPlan.locator('.sds-my-plan__hello').textContent(),
      'This is your plan, Sam. It says what we hope will change, and who could help you. Nothing is agreed yet: we will talk about it with the people who can help.');
    assert.deepEqual(await myPlan.locator('h3').allTextContents(), PARTS);
    const lines = (part) => myPlan.locator(`.sds-my-plan__part--${part} li`).allTextContents();
    assert.deepEqual(await lines('like'), ['Trains and swimming']);
    assert.deepEqual(await lines('feel'), ['At home: Happy']);
    assert.deepEqual(await lines('change'), ['Sam goes swimming with friends']);
    // The gym pass is linked to no outcome: it is left off the child's page.
    assert.deepEqual(await lines('help'), ['Jo: Tuesday evening and Saturday morning', 'Your family: Jack', 'Gran picks Sam up on Tuesdays']);
    // A big face beside the feeling, a symbol beside every part; both
    // hidden from screen readers, since the words beside them say it.
    assert.equal(await myPlan.locator('.sds-my-plan__part--feel .sds-said__face').count(), 1);
    assert.equal(await myPlan.locator('.sds-my-plan__symbol[aria-hidden="true"]').count(), PARTS.length);
    assert.ok(!(await myPlan.textContent()).includes('your child'));
    assert.equal(await page.getByRole('button', { name: 'Print My plan' }).isVisible(), true);
    assert.deepEqual(await axeViolations(page), []);
    // Kept in the plan, so it is there next time, and in the copied text.
    assert.equal((await savedPlan(page)).with_my_plan, true);
    assert.match(await page.locator('textarea').inputValue(), /\nMY PLAN\nThis is your plan, Sam\. [\s\S]*\nWho and what could help you: Jo: Tuesday evening and Saturday morning; Your family: Jack;/);
    await page.reload();
    await page.waitForSelector('html[data-sds-ready="true"]');
    assert.equal(await page.locator('.sds-my-plan h3').count(), PARTS.length);
    assert.deepEqual(problems, []);
  });

  test('prints after the questions, on a page of its own, or alone', async () => {
    const { page } = await freshApp();
    await openSummaryOf(page, { ...typicalPlan(), with_my_plan: true });
    const pages = await printed(page, 'my-plan-with-summary');
    assert.match(pages.at(-2), /Questions to ask at the assessment/);
    assert.match(pages.at(-1), /^ ?My plan This is your plan, Sam\. .*What people like about you .*Who and what could help you .*Made on \d{1,2} [A-Z][a-z]+ \d{4}\./);
    assert.ok(!pages.at(-1).includes('Questions to ask'), 'My plan has its own page');

    await page.getByRole('button', { name: 'Print My plan' }).click();
    const alone = await printed(page, 'my-plan-alone');
    assert.equal(alone.length, 1, 'one page');
    assert.match(alone[0], /^ ?My plan This is your plan, Sam\./);
    for (const other of ['About Sam', 'About us', 'Questions to ask', 'Our summary for']) {
      assert.ok(!alone[0].includes(other), `nothing else: not "${other}"`);
    }
    execFileSync('pdftoppm', ['-png', '-r', '50', 'tests/output/print/my-plan-alone.pdf', 'tests/output/print/my-plan-alone']);

    // A full story is shortened to one page, and says so.
    const full = (await freshApp()).page;
    await openSummaryOf(full, { ...fullPlan(), with_my_plan: true });
    for (const format of ['A4', 'Letter']) {
      // Each print ends by going back to the whole summary.
      await full.getByRole('button', { name: 'Print My plan' }).click();
      const fullAlone = await printed(full, `my-plan-alone-full-${format}`, format);
      assert.equal(fullAlone.length, 1, `a full story on ${format}: one page`);
      assert.match(fullAlone[0], /Some words are shortened to fit this page\. They are all in the summary\./);
    }
    // Then "Print this summary" prints the whole summary again.
    await full.getByRole('button', { name: 'Print this summary' }).click();
    assert.ok((await printed(full, 'my-plan-then-summary')).length > 2, 'the whole summary');
  });

  test('a young person is offered a page for themselves; on a phone nothing scrolls sideways', async () => {
    const { page } = await freshApp();
    await page.setViewportSize({ width: 390, height: 844 });
    const plan = typicalPlan();
    plan.about.filler = 'young_person';
    await openSummaryOf(page, { ...plan, with_my_plan: true });
    const add = page.getByRole('checkbox', { name: 'Add a “My plan” page' });
    assert.match(await add.getAttribute('aria-describedby').then((id) => page.locator(`[id="${id}"]`).textContent()),
      /^A page just for you to keep\./);
    await page.locator('.sds-my-plan').scrollIntoViewIfNeeded();
    assert.equal(await scrollsSideways(page), false);
    await mkdir('tests/output/screens', { recursive: true });
    await page.locator('.sds-my-plan').screenshot({ path: 'tests/output/screens/my-plan-390.png' });
  });
});
