use super::*;
use crate::text::EN;

fn state_at(age: Months, step: TransitionStep, growing_up: &GrowingUp) -> StepState {
    states(age, growing_up)
        .into_iter()
        .find(|(s, _)| *s == step)
        .map(|(_, state)| state)
        .unwrap()
}

/// What each step should be at an age in months, from its timing alone:
/// written out again from sds-facts.md §11, not from `TIMELINE`.
fn expected(age: Months, step: TransitionStep) -> StepState {
    use StepState::*;
    use TransitionStep::*;
    let (from, until) = match step {
        StartPlanning => (168, None),
        TransitionMeeting | DecisionsAt16 | SeeASolicitor => {
            (180, (step == DecisionsAt16).then_some(192))
        }
        ApplyForGuardianship => (189, None),
        PowerOfAttorney | OwnChoiceAt16 => (192, None),
        AdultDisabilityPayment | AdultServices => (192, Some(216)),
        WhatChangesAt18 => (204, None),
        PlanningTo25 => (216, None),
    };
    let next_start = [168, 180, 189, 192, 204, 216]
        .into_iter()
        .find(|&f| f > age);
    if age < from {
        if Some(from) == next_start {
            Next
        } else {
            Later
        }
    } else if until.is_some_and(|u| age >= u) {
        Late
    } else {
        Now
    }
}

#[test]
fn every_step_has_its_state_at_every_age_in_months_from_13_to_18() {
    let nothing_done = GrowingUp::default();
    for age in years(13)..=years(18) + 11 {
        for step in TransitionStep::ALL {
            assert_eq!(
                state_at(age, step, &nothing_done),
                expected(age, step),
                "{step:?} at {} years {} months",
                age / 12,
                age % 12
            );
        }
    }
}

#[test]
fn a_young_person_of_15_years_9_months_sees_guardianship_as_now() {
    let plan = GrowingUp::default();
    assert_eq!(
        state_at(years(15) + 8, TransitionStep::ApplyForGuardianship, &plan),
        StepState::Next
    );
    assert_eq!(
        state_at(years(15) + 9, TransitionStep::ApplyForGuardianship, &plan),
        StepState::Now
    );
    // 15, birthday in March, in December: 9 months since the birthday.
    assert_eq!(age_in_months(15, Some(3), "2026-12-04"), years(15) + 9);
    // Birthday this month: just turned 15.
    assert_eq!(age_in_months(15, Some(12), "2026-12-04"), years(15));
    // Birthday next month: 11 months since the last one.
    assert_eq!(age_in_months(15, Some(1), "2026-12-04"), years(15) + 11);
    // No month, or a damaged one: whole years only.
    assert_eq!(age_in_months(15, None, "2026-12-04"), years(15));
    assert_eq!(age_in_months(15, Some(13), "2026-12-04"), years(15));
    assert_eq!(age_in_months(15, Some(3), "not a date"), years(15));
}

#[test]
fn a_step_the_family_ticked_is_done_whatever_the_age_and_next_moves_on() {
    let mut plan = GrowingUp::default();
    change(
        &mut plan,
        GrowingUpAction::SetDone(TransitionStep::TransitionMeeting, true),
    );
    assert_eq!(
        state_at(years(14), TransitionStep::TransitionMeeting, &plan),
        StepState::Done
    );
    assert_eq!(
        state_at(years(17), TransitionStep::TransitionMeeting, &plan),
        StepState::Done
    );
    // Ticking every step of 15 makes the guardianship step next at 15.
    for step in [TransitionStep::DecisionsAt16, TransitionStep::SeeASolicitor] {
        change(&mut plan, GrowingUpAction::SetDone(step, true));
    }
    assert_eq!(
        state_at(years(14) + 6, TransitionStep::ApplyForGuardianship, &plan),
        StepState::Next
    );
    // Unticked with nothing written, the step is forgotten.
    change(
        &mut plan,
        GrowingUpAction::SetDone(TransitionStep::TransitionMeeting, false),
    );
    assert!(!plan.steps.contains_key(&TransitionStep::TransitionMeeting));
}

#[test]
fn who_they_spoke_to_is_kept_within_a_name_box_and_a_bad_month_is_not_kept() {
    let mut plan = GrowingUp::default();
    change(
        &mut plan,
        GrowingUpAction::SetSpokeTo(TransitionStep::StartPlanning, "x".repeat(5_000)),
    );
    assert_eq!(
        plan.step(TransitionStep::StartPlanning)
            .spoke_to
            .chars()
            .count(),
        MAX_NAME_KEPT
    );
    change(&mut plan, GrowingUpAction::SetBirthdayMonth(Some(13)));
    assert_eq!(plan.birthday_month, None);
    change(&mut plan, GrowingUpAction::SetBirthdayMonth(Some(3)));
    assert_eq!(plan.birthday_month, Some(3));
}

#[test]
fn the_view_says_where_the_young_person_is_and_when_each_step_is() {
    let mut plan = Plan::default();
    plan.about.child_name = "Amir".into();
    plan.about.age = "15".into();
    plan.growing_up.birthday_month = Some(3);
    let view = view(&plan, "2026-12-04", &EN);
    assert_eq!(
        view.where_now,
        "Amir is 15. These are the steps for now and next."
    );
    assert!(view.birthday_month.is_some());
    let shown: Vec<(&str, &str, &str)> = view
        .steps
        .iter()
        .map(|s| (s.title, s.state_label, s.when.as_str()))
        .collect();
    assert_eq!(
        shown,
        [
            ("Start planning for adult life", "Now", "From 14"),
            ("Ask for a meeting about leaving school", "Now", "From 15"),
            ("Talk about decisions at 16", "Now", "From 15, before 16"),
            (
                "If it may be needed, ask a solicitor about guardianship",
                "Now",
                "From 15"
            ),
            (
                "If it is needed, apply for guardianship",
                "Now",
                "From 15 years and 9 months"
            ),
            ("Think about a power of attorney", "Next", "From 16"),
            (
                "Your young person can choose their own support",
                "Next",
                "From 16"
            ),
            (
                "Apply for Adult Disability Payment",
                "Next",
                "From 16, before 18"
            ),
            (
                "Ask adult services to meet you, well before 18",
                "Next",
                "From 16, before 18"
            ),
            ("Ask what changes at 18", "Later", "From 17"),
            ("Planning can go on up to 25", "Later", "From 18"),
        ]
    );
    // Every step says where it comes from, and asks rather than promises.
    for step in &view.steps {
        assert!(!step.source.is_empty(), "{:?}", step.step);
        for promise in ["you will get", "You will get", "will be given"] {
            assert!(!step.ask.contains(promise), "{:?}", step.step);
        }
    }
}

#[test]
fn the_timeline_is_offered_from_14_and_says_so_before() {
    let mut plan = Plan::default();
    plan.about.age = "13".into();
    assert!(!applies(&plan));
    assert_eq!(
        view(&plan, "2026-12-04", &EN).where_now,
        "Your child is 13. Planning for adult life usually starts at 14. These are the steps to come."
    );
    plan.about.age = "14".into();
    assert!(applies(&plan));
    plan.about.age = "fourteen".into();
    assert!(!applies(&plan));
    assert_eq!(
        view(&plan, "2026-12-04", &EN).where_now,
        EN.growing_up.age_not_known
    );
}

#[test]
fn at_18_a_claim_best_made_before_18_and_not_done_is_not_too_late_and_stays_in_view() {
    let plan = GrowingUp::default();
    assert_eq!(
        state_at(years(18), TransitionStep::AdultDisabilityPayment, &plan),
        StepState::Late
    );
    assert_eq!(StepState::Late.label(&EN), "Not too late: ask now");
}
