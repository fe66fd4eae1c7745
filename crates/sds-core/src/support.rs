//! "Support ideas and costs": placeholder until this section is built. The hub shows it as
//! "Cannot start yet" while `status` says so.

use crate::model::Model;
use crate::plan::Plan;
use crate::view::SectionStatus;

/// The pages of this section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SupportScreen {
    #[default]
    Start,
}

/// What a family can do in this section.
#[derive(Debug, Clone, PartialEq)]
pub enum SupportAction {}

pub fn apply(_model: &mut Model, action: SupportAction) {
    match action {}
}

pub fn status(_plan: &Plan) -> SectionStatus {
    SectionStatus::CannotStartYet
}
