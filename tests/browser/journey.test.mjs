// A typical family's whole journey on a phone stays short (issue 13: at
// most 30 screens and 70 taps to a printed summary). The figures are
// counts, not times; tests/support/journey.mjs prints them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserApp } from '../support/browser.mjs';
import { typicalJourney } from '../support/journey-steps.mjs';

const { freshApp } = useBrowserApp();

describe('the journey on a phone', () => {
  test('a typical family reaches a printed summary in at most 30 screens and 70 taps', async () => {
    const { page, problems } = await freshApp();
    await page.setViewportSize({ width: 390, height: 844 });
    const { screens, taps, typed } = await typicalJourney(page);
    assert.equal(screens.at(-1), 'Our summary for Sam\'s assessment');
    assert.ok(screens.length <= 30, `${screens.length} screens: ${screens.join(' > ')}`);
    assert.ok(taps <= 70, `${taps} taps`);
    assert.equal(typed, 18, 'the family typed 18 answers');
    assert.deepEqual(problems, []);
  });
});
