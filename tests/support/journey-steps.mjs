// A typical family's whole journey on a 390 px phone, by touch, from the
// first screen to a printed summary, counting the screens seen, the taps
// and the typed answers (issue 13: at most 30 screens and 70 taps). Used
// by tests/support/journey.mjs (which prints the figures) and by the
// browser test that keeps them within the target.
//
// The family: a parent of Sam, 9, in Fife. They walk Sam's day a part at
// a time (a face and words for the morning, evening and night, the other
// parts passed over), what makes the difference, what Sam
// likes with two faces, what is important, strengths, who helps and what
// is not working; add two suggested outcomes; answer two "what matters"
// questions and note the option they are thinking about; add a PA and a
// club; open the summary and print it.

/** Walks the journey on `page` (a fresh app at 390 px wide) and returns
 * `{ screens, taps, typed }`, `screens` being each screen's title in turn. */
export async function typicalJourney(page) {
  await page.evaluate(() => { window.print = () => {}; });
  const screens = [];
  let taps = 0;
  let typed = 0;

  async function title() {
    return (await page.locator('h1').first().textContent()).trim();
  }

  async function noteScreen() {
    const now = await title();
    if (screens.at(-1) !== now) screens.push(now);
  }

  /** A tap on whatever `locator` finds, then the screen it leaves us on. */
  async function tap(locator) {
    taps += 1;
    await locator.click();
    await page.waitForTimeout(50);
    await noteScreen();
  }

  async function type(locator, text) {
    typed += 1;
    await locator.fill(text);
  }

  const button = (name) => page.getByRole('button', { name, exact: true });
  const link = (name) => page.getByRole('link', { name, exact: true });
  const part = (name) => page.getByRole('group', { name, exact: true });

  await noteScreen();
  // About us.
  await tap(link('About us'));
  await type(page.getByLabel('What name should we use'), 'Sam');
  await type(page.getByLabel('How old is your child?'), '9');
  await tap(page.getByLabel('A parent or carer'));
  taps += 1;
  await page.getByLabel('Which council area').selectOption({ label: 'Fife' });
  await tap(button('Save and continue to Our story'));

  // Our story.
  await tap(link('A good day and a bad day for Sam'));
  // The day, one part at a time: a face where it is hard, a few words.
  const step = page.locator('.sds-day-step--open');
  const next = (name) => button(`Next: ${name}`);
  await tap(step.getByLabel('Usually hard'));
  await type(step.getByLabel('On a good day'), 'Up, dressed and smiling');
  await type(step.getByLabel('On a bad day'), 'Meltdowns getting ready');
  await tap(next('School or daytime'));
  await tap(next('After school'));
  await tap(next('Evening'));
  await tap(step.getByLabel('Usually hard'));
  await type(step.getByLabel('On a bad day'), 'Shouting at tea time');
  await tap(next('Bedtime and night'));
  await tap(step.getByLabel('Usually hard'));
  await type(step.getByLabel('On a bad day'), 'Awake from 3am');
  await tap(next('Weekends and holidays'));
  await tap(next('What makes the difference'));
  await type(step.locator('textarea').first(), 'A calm start and knowing what comes next');
  await tap(button('Save and continue'));
  await tap(page.locator('.sds-story-face input').first());
  await tap(page.locator('.sds-story-face input').nth(5));
  await type(page.getByLabel('Things I like (optional)'), 'Trains and swimming');
  await tap(button('Save and continue'));
  await type(page.getByLabel('What is important to Sam and your family? (optional)'), 'Time outdoors together');
  await tap(button('Save and continue'));
  await type(page.getByLabel('What is Sam good at? (optional)'), 'Jigsaws and making people laugh');
  await tap(button('Save and continue'));
  await type(page.getByLabel('Who and what helps you now? (optional)'), 'Gran on Tuesdays');
  await tap(button('Save and continue'));
  await type(page.getByLabel('What is not working right now? (optional)'), 'We never get a break');
  await tap(button('Save and continue'));
  await tap(page.getByLabel('Yes, I have finished this section'));
  await tap(button('Continue to What we want to change'));

  // What we want to change: two suggestions, as offered.
  for (let n = 0; n < 2; n += 1) {
    await tap(page.getByRole('button', { name: /^Add this outcome/ }).first());
    await tap(button('Save outcome'));
  }
  await tap(page.getByLabel('Yes, I have finished this section'));
  await tap(button('Continue to the four options'));

  // The four options.
  await tap(link('What matters to us in choosing'));
  await tap(page.getByRole('group', { name: /We want to choose who supports our child/ }).getByLabel('Yes', { exact: true }));
  await tap(page.getByRole('group', { name: /We need cover when a worker is ill/ }).getByLabel('Yes', { exact: true }));
  await tap(button('What we are thinking about'));
  await tap(page.getByLabel('Option 1: Direct payment'));
  await type(page.getByLabel(/Why are you thinking about these options/), 'We want to choose who helps Sam');
  await tap(button('Save and continue'));
  await tap(button('Continue to Support ideas and costs'));

  // Support ideas and costs: a PA and a club.
  await tap(button('Add a support idea'));
  await tap(page.getByLabel('Personal assistant (PA)'));
  await tap(button('Continue'));
  await type(page.getByLabel('How many hours a week?'), '10');
  await type(page.getByLabel('How much an hour would you pay the PA?'), '13.45');
  await tap(page.getByLabel('Saturday Morning', { exact: true }));
  await tap(page.getByLabel('Tuesday Evening', { exact: true }));
  await tap(button('Save this idea'));
  await tap(button('Add a support idea'));
  await tap(page.getByLabel('Club or activity'));
  await tap(button('Continue'));
  await type(page.getByLabel('What do you call this idea? (optional)'), 'Swimming club');
  await type(page.getByLabel('How much does one session cost?'), '12.50');
  await type(page.getByLabel('How many sessions a week?'), '1');
  await tap(page.getByLabel('Option 2: you choose, someone else arranges'));
  await tap(button('Save this idea'));
  await tap(button('Continue to your summary'));

  // The summary, printed.
  await tap(button('Print this summary'));
  return { screens, taps, typed };
}
