//! "Our story": placeholder until this section is built. The hub shows it as
//! "Cannot start yet" while `status` says so.

use serde::{Deserialize, Serialize};

use crate::model::Model;
use crate::plan::Plan;
use crate::view::SectionStatus;

/// What the family has written in this section (saved in the plan).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OurStory {}

/// The pages of this section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StoryScreen {
    #[default]
    Start,
}

/// What a family can do in this section.
#[derive(Debug, Clone, PartialEq)]
pub enum StoryAction {}

pub fn apply(_model: &mut Model, action: StoryAction) {
    match action {}
}

pub fn status(_plan: &Plan) -> SectionStatus {
    SectionStatus::CannotStartYet
}
