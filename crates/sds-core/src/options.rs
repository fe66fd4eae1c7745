//! "The four options": placeholder until this section is built. The hub shows it as
//! "Cannot start yet" while `status` says so.

use serde::{Deserialize, Serialize};

use crate::budget::SdsOption;
use crate::model::Model;
use crate::plan::Plan;
use crate::view::SectionStatus;

/// What the family thinks about the options (saved in the plan). The
/// summary reads `considering` and `why`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OptionsThinking {
    /// Options 1 to 3 the family is thinking about; two or more is a mix
    /// (Option 4).
    pub considering: Vec<SdsOption>,
    /// Why, in their own words.
    pub why: String,
}

/// The pages of this section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OptionsScreen {
    #[default]
    Start,
}

/// What a family can do in this section.
#[derive(Debug, Clone, PartialEq)]
pub enum OptionsAction {}

pub fn apply(_model: &mut Model, action: OptionsAction) {
    match action {}
}

pub fn status(_plan: &Plan) -> SectionStatus {
    SectionStatus::CannotStartYet
}
