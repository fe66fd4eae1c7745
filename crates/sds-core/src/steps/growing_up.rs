//! "Growing up: planning for 16 and 18", for young people of 14 and over
//! (sds-facts.md §3 and §11): a timeline of what to ask, and when, from
//! the young person's age to 18 and on to 25. Each step is something to
//! ask for, never a promise; each says where it comes from. The family can
//! tick what they have done and note who they spoke to.

use crate::plan::Plan;
use crate::plan::checks::{MAX_NAME_KEPT, keep_at_most};
use crate::plan::growing_up::{GrowingUp, TransitionStep};
use crate::steps::about::{self, child_called};
use crate::text::Text;
use crate::text::growing_up::TransitionStepText;
use crate::vocabulary::SectionStatus;

/// An age in whole months (15 years and 9 months is 189).
pub type Months = u32;

const fn years(y: u32) -> Months {
    y * 12
}

/// The age from which the hub offers the timeline.
pub const FROM_AGE: u8 = 14;

/// When a step is worth doing: from `from`, and, for a step that belongs
/// before an age (a claim to make before 18), until `until`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepTiming {
    pub step: TransitionStep,
    pub from: Months,
    pub until: Option<Months>,
}

/// The timeline, in order (sds-facts.md §11, "A family's timeline").
pub const TIMELINE: [StepTiming; 11] = [
    timing(TransitionStep::StartPlanning, years(14), None),
    timing(TransitionStep::TransitionMeeting, years(15), None),
    timing(TransitionStep::DecisionsAt16, years(15), Some(years(16))),
    timing(TransitionStep::SeeASolicitor, years(15), None),
    // In the 3 months before the 16th birthday, so it works from 16.
    timing(TransitionStep::ApplyForGuardianship, years(15) + 9, None),
    timing(TransitionStep::PowerOfAttorney, years(16), None),
    timing(TransitionStep::OwnChoiceAt16, years(16), None),
    timing(
        TransitionStep::AdultDisabilityPayment,
        years(16),
        Some(years(18)),
    ),
    timing(TransitionStep::AdultServices, years(16), Some(years(18))),
    timing(TransitionStep::WhatChangesAt18, years(17), None),
    timing(TransitionStep::PlanningTo25, years(18), None),
];

const fn timing(step: TransitionStep, from: Months, until: Option<Months>) -> StepTiming {
    StepTiming { step, from, until }
}

/// Where a step is for the young person now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepState {
    /// The family ticked it.
    Done,
    /// Worth doing now.
    Now,
    /// The next steps to come (those starting soonest).
    Next,
    /// Further ahead.
    Later,
    /// Best done before an age the young person has passed, and not
    /// done: ask now.
    Late,
}

impl StepState {
    pub fn key(self) -> &'static str {
        match self {
            StepState::Done => "done",
            StepState::Now => "now",
            StepState::Next => "next",
            StepState::Later => "later",
            StepState::Late => "late",
        }
    }

    fn label(self, t: &Text) -> &'static str {
        let g = t.growing_up;
        match self {
            StepState::Done => g.state_done,
            StepState::Now => g.state_now,
            StepState::Next => g.state_next,
            StepState::Later => g.state_later,
            StepState::Late => g.state_late,
        }
    }
}

/// The month (1 to 12) of a date written YYYY-MM-DD.
fn month_of(iso: &str) -> Option<u32> {
    let month: u32 = iso.split('-').nth(1)?.parse().ok()?;
    (1..=12).contains(&month).then_some(month)
}

/// The young person's age in months: their age in years, and the months
/// since their last birthday when the month of it is known (else none).
pub fn age_in_months(age: u8, birthday_month: Option<u8>, today: &str) -> Months {
    let since = match (birthday_month.map(u32::from), month_of(today)) {
        (Some(birthday @ 1..=12), Some(now)) => (now + 12 - birthday) % 12,
        _ => 0,
    };
    years(u32::from(age)) + since
}

/// Each step's state at an age, given what the family has done.
pub fn states(age: Months, growing_up: &GrowingUp) -> Vec<(TransitionStep, StepState)> {
    let soonest = TIMELINE
        .iter()
        .filter(|s| s.from > age && !growing_up.step(s.step).done)
        .map(|s| s.from)
        .min();
    TIMELINE
        .iter()
        .map(|s| {
            let state = if growing_up.step(s.step).done {
                StepState::Done
            } else if s.from > age {
                if Some(s.from) == soonest {
                    StepState::Next
                } else {
                    StepState::Later
                }
            } else if s.until.is_some_and(|until| age >= until) {
                // Best done before that age, but not done: still worth
                // asking about now, and never dropped from the summary.
                StepState::Late
            } else {
                StepState::Now
            };
            (s.step, state)
        })
        .collect()
}

/// Not started until the family ticks a step, gives the birthday's month
/// or notes who they spoke to; complete when every step that is due by
/// now is done.
pub fn status(plan: &Plan) -> SectionStatus {
    let growing_up = &plan.growing_up;
    if growing_up.steps.is_empty() && growing_up.birthday_month.is_none() {
        return SectionStatus::NotStarted;
    }
    let age = about::parse_age(&plan.about.age)
        .map(|a| age_in_months(a, growing_up.birthday_month, ""))
        .unwrap_or(0);
    let all_due_done = states(age, growing_up)
        .iter()
        .all(|(_, state)| !matches!(state, StepState::Now | StepState::Late));
    if all_due_done && growing_up.steps.values().any(|r| r.done) {
        SectionStatus::Completed
    } else {
        SectionStatus::InProgress
    }
}

/// Whether the hub offers the timeline: the young person is 14 or over.
pub fn applies(plan: &Plan) -> bool {
    about::parse_age(&plan.about.age).is_ok_and(|age| age >= FROM_AGE)
}

pub fn step_text(step: TransitionStep, t: &Text) -> &'static TransitionStepText {
    let g = t.growing_up;
    match step {
        TransitionStep::StartPlanning => g.start_planning,
        TransitionStep::TransitionMeeting => g.transition_meeting,
        TransitionStep::DecisionsAt16 => g.decisions_at_16,
        TransitionStep::SeeASolicitor => g.see_a_solicitor,
        TransitionStep::ApplyForGuardianship => g.apply_for_guardianship,
        TransitionStep::PowerOfAttorney => g.power_of_attorney,
        TransitionStep::OwnChoiceAt16 => g.own_choice_at_16,
        TransitionStep::AdultDisabilityPayment => g.adult_disability_payment,
        TransitionStep::AdultServices => g.adult_services,
        TransitionStep::WhatChangesAt18 => g.what_changes_at_18,
        TransitionStep::PlanningTo25 => g.planning_to_25,
    }
}

/// "From 15 years and 9 months", "From 16, before 18".
fn when(timing: &StepTiming, t: &Text) -> String {
    let g = t.growing_up;
    let age = |months: Months| {
        let (y, m) = (months / 12, months % 12);
        if m == 0 {
            y.to_string()
        } else {
            g.years_and_months(&y, &m)
        }
    };
    match timing.until {
        Some(until) => g.from_until(&age(timing.from), &age(until)),
        None => g.from(&age(timing.from)),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepView {
    pub step: TransitionStep,
    pub state: StepState,
    pub state_label: &'static str,
    pub when: String,
    pub title: &'static str,
    /// What to ask, and why.
    pub ask: &'static str,
    /// Where this comes from, in words.
    pub source: &'static str,
    pub done: bool,
    pub spoke_to: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrowingUpView {
    /// "Amir is 15. These are the steps for now and next." (or the
    /// young person's own "You are 15.")
    pub where_now: String,
    pub birthday_month: Option<u8>,
    pub steps: Vec<StepView>,
}

pub fn view(plan: &Plan, today: &str, t: &Text) -> GrowingUpView {
    let g = t.growing_up;
    let growing_up = &plan.growing_up;
    let age = about::parse_age(&plan.about.age).ok();
    let months = age
        .map(|a| age_in_months(a, growing_up.birthday_month, today))
        .unwrap_or(0);
    let called = child_called(&plan.about, t);
    let where_now = match age {
        Some(age) if age < FROM_AGE => g.not_yet(&called.capital, &age),
        Some(age) => g.where_now(&called.capital, &age),
        None => g.age_not_known.to_owned(),
    };
    let states = states(months, growing_up);
    let steps = TIMELINE
        .iter()
        .zip(states)
        .map(|(timing, (step, state))| {
            let record = growing_up.step(step);
            let text = step_text(step, t);
            StepView {
                step,
                state,
                state_label: state.label(t),
                when: when(timing, t),
                title: text.title,
                ask: text.ask,
                source: text.source,
                done: record.done,
                spoke_to: record.spoke_to,
            }
        })
        .collect();
    GrowingUpView {
        where_now,
        birthday_month: growing_up.birthday_month,
        steps,
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GrowingUpAction {
    /// The month of the birthday, 1 to 12, or not said.
    SetBirthdayMonth(Option<u8>),
    SetDone(TransitionStep, bool),
    SetSpokeTo(TransitionStep, String),
}

pub fn change(growing_up: &mut GrowingUp, action: GrowingUpAction) {
    match action {
        GrowingUpAction::SetBirthdayMonth(month) => {
            growing_up.birthday_month = month.filter(|m| (1..=12).contains(m));
        }
        GrowingUpAction::SetDone(step, done) => growing_up.change(step, |r| r.done = done),
        GrowingUpAction::SetSpokeTo(step, mut words) => {
            keep_at_most(&mut words, MAX_NAME_KEPT);
            growing_up.change(step, |r| r.spoke_to = words);
        }
    }
}

#[cfg(test)]
mod tests;
