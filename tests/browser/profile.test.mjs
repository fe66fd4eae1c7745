// The one-page profile, page 1 of the summary (issue 14): in the family's
// words and names, exactly one printed page for a typical plan and a full
// one, and printable alone. Printed to PDF in real Chromium and read back
// with poppler.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { axeViolations, scrollsSideways, useBrowserApp } from '../support/browser.mjs';
import { fullPlan, openSummaryOf, teenagerPlan, typicalPlan } from '../support/fixture-plans.mjs';
import { pageFill } from '../support/page-fill.mjs';

const { freshApp } = useBrowserApp();

const HEADINGS = [
  'What people like and admire about Sam',
  'What is important to Sam',
  'How best to support Sam',
  "In Sam's own words",
  'The people around Sam',
];

/** The last line of words on each page of the last PDF printed, and how full each page is. */
let lastLines = [];
let fills = [];

/** Prints the page to a PDF (A4 unless `format` says); returns its pages' text. */
async function printed(page, name, format = 'A4') {
  await mkdir('tests/output/print', { recursive: true });
  const path = `tests/output/print/${name}.pdf`;
  await writeFile(path, await page.pdf({ format, preferCSSPageSize: true }));
  assert.match(execFileSync('pdfinfo', [path], { encoding: 'utf8' }), new RegExp(`Page size:.*\\(${format === 'A4' ? 'A4' : 'letter'}\\)`));
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)[1]);
  const pages = [];
  lastLines = [];
  for (let n = 1; n <= count; n += 1) {
    const text = execFileSync('pdftotext', ['-f', `${n}`, '-l', `${n}`, path, '-'], { encoding: 'utf8' });
    pages.push(text.replace(/\s+/g, ' '));
    // The page's last line of words, above "Page n of N".
    lastLines.push(text.split('\n').map((l) => l.trim()).filter((l) => l && !/^Page \d+ of \d+$/.test(l)).at(-1) ?? '');
  }
  execFileSync('pdftoppm', ['-png', '-r', '50', '-l', '2', path, `tests/output/print/${name}`]);
  fills = pageFill(path);
  return pages;
}

describe('the one-page profile', () => {
  test('comes first, in the family\'s words and names, and is the whole of page 1', async () => {
    const { page, problems } = await freshApp();
    await openSummaryOf(page, typicalPlan());
    const profile = page.locator('.sds-profile');
    assert.equal(await profile.locator('h2').textContent(), 'About Sam');
    assert.equal(await profile.locator('.sds-profile__age').textContent(), '9 years old');
    assert.deepEqual(await profile.locator('h3').allTextContents(), HEADINGS);
    assert.deepEqual(await profile.locator('.sds-profile__box--people li').allTextContents(),
      ['Jack, a young carer', 'Gran picks Sam up on Tuesdays']);
    assert.deepEqual(await profile.locator('.sds-profile__box--own-words li').allTextContents(),
      ['I like: Trains and swimming', 'At home: Happy']);
    // The face Sam picked, beside its words.
    assert.equal(await profile.locator('.sds-profile__box--own-words li', { hasText: 'At home: Happy' }).locator('svg.sds-said__face[aria-hidden="true"]').count(), 1);
    // The day as a picture, with its words as its text equivalent.
    const day = page.locator('.sds-day-picture');
    assert.equal(await day.locator('figcaption').textContent(), "How Sam's day usually goes");
    assert.equal(await day.locator('svg').getAttribute('aria-label'),
      'Waking up and morning: Usually hard. School or daytime: Usually good. After school: Not answered. Evening: Not answered. Bedtime and night: Not answered. Weekends and holidays: Not answered.');
    assert.equal(await day.locator('.sds-day-picture__face').count(), 2);
    // The people around Sam as circles, with their words.
    const people = page.locator('.sds-people-picture');
    assert.equal(await people.locator('svg').getAttribute('aria-label'),
      'Sam is in the middle. Closest: Jack, a young carer. Around them: Gran picks Sam up on Tuesdays.');
    assert.deepEqual(await people.locator('text').allTextContents(), ['Sam', 'Jack, a young carer', 'Gran picks Sam up on…']);
    // The typical week as a grid, with its words.
    const week = page.locator('.sds-week-picture');
    assert.equal(await week.locator('figcaption').textContent(), 'A typical week');
    assert.equal(await week.locator('svg').getAttribute('aria-label'), 'Tuesday: Evening: Jo. Saturday: Morning: Jo.');
    assert.equal(await week.locator('rect.sds-week-picture__planned').count(), 2);
    // The chart rings what they are thinking about, and says it.
    const chart = page.locator('.sds-summary .sds-options-chart');
    assert.equal(await chart.locator('.sds-options-chart__considering').count(), 1);
    assert.match(await chart.locator('.sds-options-chart__row').first().textContent(), /Option 1.*You are thinking about this option/);
    // What matters, in words, with each option's fit in option order.
    const matters = await page.locator('.sds-summary-list__row', { hasText: 'We want to choose who supports our child' }).textContent();
    assert.match(matters, /Yes.*Option 1.*Option 2.*Option 3.*Option 4/);
    // Every picture on the summary has words: its own label or a caption
    // beside it, or is hidden because the words beside it say the same.
    const unlabelled = await page.$$eval('.sds-summary svg', (svgs) => svgs
      .filter((svg) => !(svg.closest('[aria-hidden="true"]')
        || (svg.getAttribute('role') === 'img' && (svg.getAttribute('aria-label') || svg.getAttribute('aria-labelledby')))
        || svg.querySelector('title')))
      .map((svg) => svg.outerHTML.slice(0, 80)));
    assert.deepEqual(unlabelled, []);
    assert.deepEqual(await axeViolations(page), []);

    const pages = await printed(page, 'profile-typical');
    for (const heading of HEADINGS) {
      assert.ok(pages[0].includes(heading), `page 1 has "${heading}"`);
      assert.ok(!pages.slice(1).some((p) => p.includes(heading)), `only page 1 has "${heading}"`);
    }
    assert.match(pages[1], /^ ?About us Name Sam/, 'About us starts page 2');
    assert.ok(!pages[0].includes('Some answers are shortened'), 'nothing is cut from a typical plan');
    // The plan page: the idea under the outcome it is for, the other after.
    const plan = pages.join(' ');
    assert.match(plan, /Sam goes swimming with friends .*Support ideas for this: Jo: Option 1/);
    assert.match(plan, /Ideas not linked to a .*Gym pass: Option 2/);
    assert.deepEqual(problems, []);
  });

  test('on a phone the week is said in words, and nothing scrolls sideways', async () => {
    const { page } = await freshApp();
    await page.setViewportSize({ width: 390, height: 844 });
    await openSummaryOf(page, typicalPlan());
    const week = page.locator('.sds-week-picture');
    assert.equal(await week.locator('svg').isVisible(), false);
    assert.deepEqual(await week.locator('li').allTextContents(), ['Tuesday: Evening: Jo.', 'Saturday: Morning: Jo.']);
    assert.equal(await scrollsSideways(page), false);
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.equal(await week.locator('svg').isVisible(), true);
    assert.equal(await week.locator('li').first().isVisible(), false);
  });

  test('a full story still fits one page, on A4 and on US Letter, shortened, and says where the rest is', async () => {
    const { page } = await freshApp();
    await openSummaryOf(page, fullPlan());
    for (const format of ['A4', 'Letter']) {
      const pages = await printed(page, `profile-full-${format}`, format);
      for (const heading of HEADINGS) assert.ok(pages[0].includes(heading), `${format}: page 1 has "${heading}"`);
      assert.match(pages[0], /Some answers are shortened to fit this page\. They are in full in Our story, from page 2 of the summary\./);
      // ... said at the end of the profile, after its last box.
      assert.ok(pages[0].indexOf('Some answers are shortened') > pages[0].indexOf('The people around Sam'), `${format}: the note ends the profile`);
      assert.match(pages[1], /^ ?About us/, `${format}: the profile did not spill onto page 2`);
      // The questions have a page of their own, with room to write.
      const questions = pages.findIndex((p) => p.includes('Questions to ask at the assessment'));
      assert.match(pages[questions], /^ ?Questions to ask at the assessment .*There is space under each question to write the answer\./);
    }
  });

  test('the printed summary never ends a page on a heading or leaves a third of a page empty where the next part would fit', async () => {
    for (const [name, plan] of [['typical', typicalPlan()], ['full', fullPlan()], ['teenager', teenagerPlan()]]) {
      const { page } = await freshApp();
      await openSummaryOf(page, plan);
      const headings = await page.$$eval('.sds-summary :is(h2, h3, figcaption)', (els) => els.map((e) => e.textContent.replace(/\s+/g, ' ').trim()));
      for (const format of ['A4', 'Letter']) {
        const pages = await printed(page, `layout-${name}-${format}`, format);
        const where = (n) => `${name} plan on ${format}, page ${n + 1} of ${pages.length}`;
        // Not the last line of a heading, nor the first line of one that
        // runs on over the page.
        for (const [n, text] of lastLines.entries()) {
          assert.ok(text, `${where(n)} has words`);
          assert.ok(!headings.some((h) => h === text || (text.length >= 15 && h.includes(text))),
            `${where(n)} ends with (part of) the heading "${text}"`);
        }
        // Every page is at least two thirds full, but for the page before
        // the questions (which have a page of their own) and the last.
        const questions = pages.findIndex((p) => p.includes('Questions to ask at the assessment'));
        assert.equal(questions, pages.length - 1, `${name} plan on ${format}: the questions are the last page`);
        for (const [n, fill] of fills.entries()) {
          if (n >= questions - 1) continue;
          assert.ok(fill >= 2 / 3, `${where(n)} is only ${Math.round(fill * 100)}% full`);
        }
        // The one-page profile fills its page however little is in it.
        assert.ok(fills[0] >= 0.85, `${name} plan on ${format}: the profile fills page 1 (${Math.round(fills[0] * 100)}%)`);
      }
    }
  });

  test('"Print the one-page profile" prints the profile alone, on one page', async () => {
    for (const [name, plan] of [['typical', typicalPlan()], ['full', fullPlan()]]) {
      const { page } = await freshApp();
      await openSummaryOf(page, plan);
      await page.getByRole('button', { name: 'Print the one-page profile' }).click();
      const pages = await printed(page, `profile-alone-${name}`);
      assert.equal(pages.length, 1, `${name}: one page`);
      assert.match(pages[0], /About Sam 9 years old/);
      assert.match(pages[0], /Made by a parent or carer on \d{1,2} [A-Z][a-z]+ \d{4}\. This is our own profile, not an assessment\./);
      assert.ok(!pages[0].includes('About us'), `${name}: nothing else`);
      assert.ok(!pages[0].includes('Our summary for'), `${name}: not the summary's title`);
      assert.ok(!pages[0].includes('page 2'), `${name}: no page it does not have`);
    }
  });
});
