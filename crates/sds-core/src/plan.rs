//! The plan a family builds. This is what is saved in the browser and in plan
//! files, so every field has a default: a file missing a newer field still
//! opens.

use serde::{Deserialize, Serialize};

use crate::council::Filler;

/// The plan's sections. Later sections grow fields; an empty struct keeps
/// their place in the file format from the first version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    /// The plan period in weeks (budget-rules.md: default 52, 1 to 104).
    pub plan_weeks: u32,
    pub about: AboutUs,
    pub story: OurStory,
    pub outcomes: Outcomes,
    pub options: OptionsThinking,
    pub support: SupportIdeas,
}

impl Default for Plan {
    fn default() -> Self {
        Plan {
            plan_weeks: DEFAULT_PLAN_WEEKS,
            about: AboutUs::default(),
            story: OurStory::default(),
            outcomes: Outcomes::default(),
            options: OptionsThinking::default(),
            support: SupportIdeas::default(),
        }
    }
}

pub const DEFAULT_PLAN_WEEKS: u32 = 52;
pub const PLAN_WEEKS_RANGE: std::ops::RangeInclusive<u32> = 1..=104;

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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OurStory {}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Outcomes {}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OptionsThinking {}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SupportIdeas {}
