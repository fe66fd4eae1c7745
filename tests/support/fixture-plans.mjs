// Plans the print and summary tests (and the look-at-it scripts) share.

/** Sam, 9, with a brother Jack (a young carer) and Jo, a PA for one outcome. */
export function typicalPlan() {
  return {
    about: { child_name: 'Sam', age: '9', filler: 'parent_or_carer', council: 'fife', confirmed: true },
    story: {
      child_day: {
        morning: { how: 'usually_hard', good: 'Up, dressed and smiling', bad: 'Meltdowns getting ready' },
        daytime: { how: 'usually_good', good: 'Loves art at school' },
        difference: 'A calm start and knowing what comes next',
      },
      child_strengths: 'Jigsaws and making people laugh. Kind to animals.',
      important_to: 'Time outdoors together, seeing Gran, his trains',
      important_for: 'Medicine on time, a calm space, a picture timetable',
      child_words: { likes: 'Trains and swimming', feelings: { home: 'happy' } },
      people_and_places: 'Gran picks Sam up on Tuesdays',
      family: [{ id: 1, role: 'sibling', name: 'Jack', young_carer: true }],
    },
    outcomes: { items: [{ id: 1, words: 'Sam goes swimming with friends', for_whom: 'child', indicators: ['active'] }], next_id: 2 },
    options: { considering: ['option1'], answers: { choose_who_supports: 'yes' } },
    support: {
      lines: [
        { id: 1, option: 'option1', name: 'Jo', outcome_ids: [1], week: [{ day: 'tuesday', part: 'evening' }, { day: 'saturday', part: 'morning' }], input: { kind: 'personal_assistant', hours_a_week: '10', hourly_rate: '13.45', weeks: '', aged_22_or_over: true } },
        { id: 2, option: 'option2', name: 'Gym pass', input: { kind: 'activity', cost_a_session: '5', sessions_a_week: '1', weeks: '' } },
      ],
    },
  };
}

/** Every box of Our story that the profile reads, as long as a box takes. */
export function fullPlan() {
  const plan = typicalPlan();
  const long = (word) => `${word} `.repeat(Math.floor(1990 / (word.length + 1))).trim();
  for (const key of ['child_strengths', 'important_to', 'important_for', 'working', 'people_and_places']) plan.story[key] = long(key);
  for (const key of ['likes', 'dislikes', 'hard', 'more_of']) plan.story.child_words[key] = long(key);
  plan.story.child_day.difference = long('difference');
  // Every face: each makes its line taller than its words.
  plan.story.child_words.feelings = { home: 'happy', school: 'unhappy', friends: 'not_sure', out_and_about: 'happy' };
  plan.story.child_day.more_good_days = long('more');
  for (const part of ['morning', 'daytime', 'after_school', 'evening', 'night', 'weekends']) {
    plan.story.child_day[part] = { good: long(part) };
  }
  return plan;
}

/** Stores `plan` as the saved plan, reloads, and opens the summary (print stubbed). */
export async function openSummaryOf(page, plan) {
  const stored = { format: 'sds-explorer-plan', schema_version: 1, app_version: '0.1.0', plan };
  await page.evaluate((v) => localStorage.setItem('sds-explorer/plan/v1', v), JSON.stringify(stored));
  await page.reload();
  await page.waitForSelector('html[data-sds-ready="true"]');
  await page.getByRole('link', { name: 'Our summary for the assessment' }).click();
  await page.evaluate(() => { window.print = () => {}; });
}

/** Amir, 15, planning for adult life: two steps done, one with who they spoke to. */
export function teenagerPlan() {
  const plan = typicalPlan();
  plan.about = { ...plan.about, child_name: 'Amir', age: '15' };
  plan.growing_up = {
    birthday_month: 3,
    steps: {
      start_planning: { done: true, spoke_to: 'Mrs Lee, guidance teacher' },
      transition_meeting: { done: true },
    },
  };
  return plan;
}
