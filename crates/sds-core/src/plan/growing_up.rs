//! "Growing up: planning for 16 and 18" as the plan holds it: the month of
//! the young person's birthday (so the steps due just before 16 show at
//! the right time), and for each step on the timeline whether the family
//! has done it and who they spoke to.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The steps of the timeline (sds-facts.md §11), in the order they come.
/// Their ages, words and sources are in `steps::growing_up`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TransitionStep {
    StartPlanning,
    TransitionMeeting,
    DecisionsAt16,
    SeeASolicitor,
    ApplyForGuardianship,
    PowerOfAttorney,
    OwnChoiceAt16,
    AdultDisabilityPayment,
    AdultServices,
    WhatChangesAt18,
    PlanningTo25,
}

impl TransitionStep {
    pub const ALL: [TransitionStep; 11] = [
        TransitionStep::StartPlanning,
        TransitionStep::TransitionMeeting,
        TransitionStep::DecisionsAt16,
        TransitionStep::SeeASolicitor,
        TransitionStep::ApplyForGuardianship,
        TransitionStep::PowerOfAttorney,
        TransitionStep::OwnChoiceAt16,
        TransitionStep::AdultDisabilityPayment,
        TransitionStep::AdultServices,
        TransitionStep::WhatChangesAt18,
        TransitionStep::PlanningTo25,
    ];

    /// For element ids and addresses.
    pub fn key(self) -> &'static str {
        match self {
            TransitionStep::StartPlanning => "start-planning",
            TransitionStep::TransitionMeeting => "transition-meeting",
            TransitionStep::DecisionsAt16 => "decisions-at-16",
            TransitionStep::SeeASolicitor => "see-a-solicitor",
            TransitionStep::ApplyForGuardianship => "apply-for-guardianship",
            TransitionStep::PowerOfAttorney => "power-of-attorney",
            TransitionStep::OwnChoiceAt16 => "own-choice-at-16",
            TransitionStep::AdultDisabilityPayment => "adult-disability-payment",
            TransitionStep::AdultServices => "adult-services",
            TransitionStep::WhatChangesAt18 => "what-changes-at-18",
            TransitionStep::PlanningTo25 => "planning-to-25",
        }
    }
}

/// What the family has said about one step.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct StepRecord {
    pub done: bool,
    /// Who they spoke to, in their words ("Mrs Lee at school").
    pub spoke_to: String,
}

impl StepRecord {
    pub fn is_empty(&self) -> bool {
        !self.done && self.spoke_to.trim().is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct GrowingUp {
    /// 1 (January) to 12 (December), if the family gave it.
    pub birthday_month: Option<u8>,
    /// Only steps the family has said something about.
    pub steps: BTreeMap<TransitionStep, StepRecord>,
}

impl GrowingUp {
    pub fn step(&self, step: TransitionStep) -> StepRecord {
        self.steps.get(&step).cloned().unwrap_or_default()
    }

    /// Changes one step's record, forgetting it once it says nothing.
    pub fn change(&mut self, step: TransitionStep, change: impl FnOnce(&mut StepRecord)) {
        let record = self.steps.entry(step).or_default();
        change(record);
        if record.is_empty() {
            self.steps.remove(&step);
        }
    }
}
