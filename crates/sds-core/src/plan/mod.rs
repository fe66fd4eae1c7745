//! The plan a family builds. This is what is saved in the browser and in plan
//! files, so every field has a default: a file missing a newer field still
//! opens.

pub mod checks;
pub mod file;
pub mod growing_up;
pub mod options;
pub mod outcomes;
pub mod story;

use serde::{Deserialize, Serialize};

use crate::budget::BudgetPlan;
use crate::plan::growing_up::GrowingUp;
use crate::plan::options::OptionsThinking;
use crate::plan::outcomes::Outcomes;
use crate::plan::story::OurStory;
use crate::vocabulary::Filler;

/// The plan's sections. Each section's data is defined in its own module.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    pub about: AboutUs,
    pub story: OurStory,
    pub outcomes: Outcomes,
    pub options: OptionsThinking,
    /// Support ideas and costs, with the plan's tax year and period (weeks)
    /// in its settings: the budget engine reads exactly this.
    pub support: BudgetPlan,
    /// "Growing up: planning for 16 and 18", for young people of 14 and over.
    pub growing_up: GrowingUp,
    /// The family has opened the summary (the hub shows it as started).
    pub summary_looked_at: bool,
    /// The family added the "My plan" page, for the child or young person
    /// to keep, to the summary. Off until they choose it.
    pub with_my_plan: bool,
}

impl Plan {
    /// Nothing typed yet: such a plan is not worth keeping in storage.
    pub fn is_empty(&self) -> bool {
        *self == Plan::default()
    }
}

/// "About us". Text is kept exactly as typed so a mistake can be shown and
/// corrected rather than lost; `about::check` says what is wrong with it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct AboutUs {
    pub child_name: String,
    /// The age as typed, for example "7" or "seven".
    pub age: String,
    pub filler: Option<Filler>,
    /// A council id from `council::COUNCIL_AREAS`.
    pub council: Option<String>,
    /// The family pressed "Save and continue" and the answers passed.
    pub confirmed: bool,
}
