//! "The four options" as the plan holds it: what matters to the family in
//! choosing, and which options they are thinking about, in their words.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::text::options::OptionsText;
use crate::vocabulary::SdsOption;

/// What the family thinks about the options (saved in the plan). The
/// summary reads `considering` and `why`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OptionsThinking {
    /// Options 1 to 3 the family is thinking about, in order 1, 2, 3.
    /// Thinking about more than one is weighing them up, not a mix: a mix
    /// (Option 4) is support ideas paid for under more than one option.
    pub considering: Vec<SdsOption>,
    /// Why, in their own words, kept exactly as typed.
    pub why: String,
    /// Answers to "What matters to us in choosing". A question left out is
    /// not answered.
    pub answers: BTreeMap<WhatMatters, Answer>,
    /// The family pressed "Save and continue" on their notes.
    pub confirmed: bool,
}

impl OptionsThinking {
    /// The options being thought about in order 1, 2, 3, once each,
    /// whatever order a plan file holds them in.
    pub fn considering_in_order(&self) -> Vec<SdsOption> {
        SdsOption::ONE_TO_THREE
            .into_iter()
            .filter(|o| self.considering.contains(o))
            .collect()
    }
}

/// The questions a family can answer, all optional.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WhatMatters {
    ChooseWhoSupports,
    EmployOwnPa,
    SomeoneElseDoesPaperwork,
    CoverWhenOff,
    OneOffThings,
    FewServicesNearby,
    YoungPersonManages,
    ChangeAtShortNotice,
}

impl WhatMatters {
    pub const ALL: [WhatMatters; 8] = [
        WhatMatters::ChooseWhoSupports,
        WhatMatters::EmployOwnPa,
        WhatMatters::SomeoneElseDoesPaperwork,
        WhatMatters::CoverWhenOff,
        WhatMatters::OneOffThings,
        WhatMatters::FewServicesNearby,
        WhatMatters::YoungPersonManages,
        WhatMatters::ChangeAtShortNotice,
    ];

    pub fn key(self) -> &'static str {
        match self {
            WhatMatters::ChooseWhoSupports => "choose-who",
            WhatMatters::EmployOwnPa => "employ-pa",
            WhatMatters::SomeoneElseDoesPaperwork => "paperwork",
            WhatMatters::CoverWhenOff => "cover",
            WhatMatters::OneOffThings => "one-off",
            WhatMatters::FewServicesNearby => "few-services",
            WhatMatters::YoungPersonManages => "young-person",
            WhatMatters::ChangeAtShortNotice => "short-notice",
        }
    }

    pub fn question(self, t: &OptionsText) -> &'static str {
        match self {
            WhatMatters::ChooseWhoSupports => t.q_choose_who,
            WhatMatters::EmployOwnPa => t.q_employ_pa,
            WhatMatters::SomeoneElseDoesPaperwork => t.q_paperwork,
            WhatMatters::CoverWhenOff => t.q_cover,
            WhatMatters::OneOffThings => t.q_one_off,
            WhatMatters::FewServicesNearby => t.q_few_services,
            WhatMatters::YoungPersonManages => t.q_young_person,
            WhatMatters::ChangeAtShortNotice => t.q_short_notice,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    NotSure,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::No, Answer::NotSure];

    pub fn key(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::NotSure => "not-sure",
        }
    }

    pub fn label(self, t: &OptionsText) -> &'static str {
        match self {
            Answer::Yes => t.answer_yes,
            Answer::No => t.answer_no,
            Answer::NotSure => t.answer_not_sure,
        }
    }
}
