//! "What we want to change": placeholder until this section is built. The hub shows it as
//! "Cannot start yet" while `status` says so.

use serde::{Deserialize, Serialize};

use crate::model::Model;
use crate::plan::Plan;
use crate::view::SectionStatus;

/// The changes the family wants (saved in the plan). Support lines link to
/// outcomes by `Outcome::id` (`SupportLine::outcome_ids`), so ids are never
/// reused within a plan.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Outcomes {
    pub items: Vec<Outcome>,
    /// The id the next outcome gets.
    pub next_id: u32,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Outcome {
    pub id: u32,
    /// In the family's own words, for example "Sam can go to a club with
    /// friends after school".
    pub words: String,
}

/// The pages of this section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OutcomesScreen {
    #[default]
    Start,
}

/// What a family can do in this section.
#[derive(Debug, Clone, PartialEq)]
pub enum OutcomesAction {}

pub fn apply(_model: &mut Model, action: OutcomesAction) {
    match action {}
}

pub fn status(_plan: &Plan) -> SectionStatus {
    SectionStatus::CannotStartYet
}
