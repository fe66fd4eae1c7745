//! "The four options": what each SDS option means, how they compare in
//! flexibility and responsibility, how each fits what a family says matters
//! to them, and which options the family is thinking about.
//!
//! Neutral by design (sds-facts.md §2: "no option is a preferred or default
//! option"): the fit view says, per option and per answer, whether it fits,
//! partly fits or does not fit, and why. Nothing here ranks the options,
//! totals a score or names a best one; the options always come in the order
//! 1, 2, 3, 4.

mod catalogue;
mod chart;
mod fit;
mod reasons;
#[cfg(test)]
mod tests;

use crate::plan::Plan;
use crate::steps::about::{self, DecisionStage};
use crate::text::Text;
use crate::text::options::OptionsText;
use crate::vocabulary::SdsOption;
use crate::vocabulary::{FieldError, Next, SectionStatus};

pub use crate::plan::options::{Answer, OptionsThinking, WhatMatters};
pub use catalogue::*;
pub use chart::*;
pub use fit::*;

/// The most characters the family can type about why (a friendly limit, so
/// the summary stays readable).
pub const MAX_WHY_CHARS: usize = 2000;

/// The pages of this section. Short pages, so a phone user is never faced
/// with one enormous page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OptionsScreen {
    #[default]
    Start,
    WhatMatters,
    Employer,
    Rules,
    Myths,
    OurThinking,
}

impl OptionsScreen {
    /// The pages linked from the start page, in order.
    pub const PAGES: [OptionsScreen; 5] = [
        OptionsScreen::WhatMatters,
        OptionsScreen::Employer,
        OptionsScreen::Rules,
        OptionsScreen::Myths,
        OptionsScreen::OurThinking,
    ];

    pub fn key(self) -> &'static str {
        match self {
            OptionsScreen::Start => "options",
            OptionsScreen::WhatMatters => "what-matters",
            OptionsScreen::Employer => "being-an-employer",
            OptionsScreen::Rules => "rules",
            OptionsScreen::Myths => "myths",
            OptionsScreen::OurThinking => "our-thinking",
        }
    }

    pub fn title(self, t: &OptionsText) -> &'static str {
        match self {
            OptionsScreen::Start => t.title,
            OptionsScreen::WhatMatters => t.matters_title,
            OptionsScreen::Employer => t.employer_title,
            OptionsScreen::Rules => t.rules_title,
            OptionsScreen::Myths => t.myths_title,
            OptionsScreen::OurThinking => t.thinking_title,
        }
    }

    pub fn hint(self, t: &OptionsText) -> &'static str {
        match self {
            OptionsScreen::Start => "",
            OptionsScreen::WhatMatters => t.matters_hint,
            OptionsScreen::Employer => t.employer_hint,
            OptionsScreen::Rules => t.rules_hint,
            OptionsScreen::Myths => t.myths_hint,
            OptionsScreen::OurThinking => t.thinking_hint,
        }
    }
}

/// What a family can do in this section.
#[derive(Debug, Clone, PartialEq)]
pub enum OptionsAction {
    Answer(WhatMatters, Answer),
    /// Tick (true) or untick (false) an option they are thinking about.
    Consider(SdsOption, bool),
    SetWhy(String),
    /// "Save and continue" on the notes page.
    SaveThinking,
}

pub fn apply(thinking: &mut OptionsThinking, action: OptionsAction) -> Next<OptionsScreen> {
    match action {
        OptionsAction::Answer(question, answer) => {
            thinking.answers.insert(question, answer);
        }
        OptionsAction::Consider(option, on) => {
            thinking.considering.retain(|o| *o != option);
            if on {
                thinking.considering.push(option);
            }
            thinking.considering = SdsOption::ONE_TO_THREE
                .into_iter()
                .filter(|o| thinking.considering.contains(o))
                .collect();
        }
        OptionsAction::SetWhy(why) => thinking.why = why,
        OptionsAction::SaveThinking => {
            if check(thinking).is_empty() {
                thinking.confirmed = true;
                return Next::Page(OptionsScreen::Start);
            }
            return Next::ShowErrors;
        }
    }
    Next::Stay
}

/// The section opens once "About us" is done (the pages use the child's
/// age). It is complete once the family has saved their notes.
pub fn status(plan: &Plan) -> SectionStatus {
    let thinking = &plan.options;
    // Open from the start: a family may want to read about the options
    // before anything else.
    if thinking.confirmed && check(thinking).is_empty() {
        SectionStatus::Completed
    } else if *thinking == OptionsThinking::default() {
        SectionStatus::NotStarted
    } else {
        SectionStatus::InProgress
    }
}

// ---------------------------------------------------------------------------
// Rules people trip on: who decides, for this child's age.

#[derive(Debug, Clone, PartialEq)]
pub struct WhoDecidesView {
    /// Every age band, in order, with a mark on the one for this child.
    pub bands: Vec<(&'static str, bool)>,
}

pub fn who_decides(plan: &Plan, t: &Text) -> WhoDecidesView {
    let stage = about::parse_age(&plan.about.age)
        .ok()
        .map(DecisionStage::for_age);
    let is = |s: fn(DecisionStage) -> bool| stage.is_some_and(s);
    WhoDecidesView {
        bands: vec![
            (
                t.decisions_under_16,
                is(|s| matches!(s, DecisionStage::ParentOrCarerDecides { .. })),
            ),
            (
                t.decisions_16_17,
                is(|s| s == DecisionStage::YoungPersonDecides),
            ),
            (t.decisions_adult, is(|s| s == DecisionStage::AdultServices)),
        ],
    }
}

// ---------------------------------------------------------------------------
// Our thinking: which options, and why.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThinkingError {
    WhyTooLong,
}

impl ThinkingError {
    pub fn field_id(self) -> &'static str {
        match self {
            ThinkingError::WhyTooLong => "why",
        }
    }
}

pub fn check(thinking: &OptionsThinking) -> Vec<ThinkingError> {
    let mut errors = Vec::new();
    if thinking.why.chars().count() > MAX_WHY_CHARS {
        errors.push(ThinkingError::WhyTooLong);
    }
    errors
}

#[derive(Debug, Clone, PartialEq)]
pub struct ThinkingView {
    /// Options 1 to 3 with their names and whether ticked, in order.
    pub choices: Vec<(SdsOption, &'static str, bool)>,
    /// Shown when two or more are ticked: that makes a mix (Option 4).
    pub mix_note: Option<&'static str>,
    pub errors: Vec<FieldError>,
    /// Characters typed so far, for the hint.
    pub why_count: String,
}

/// `tried_to_save`: the family has pressed "Save and continue" on this page
/// and it found problems, so they show (the design systems' pattern).
pub fn thinking(thinking: &OptionsThinking, tried_to_save: bool, t: &Text) -> ThinkingView {
    let o = t.options;
    let typed = thinking.why.chars().count();
    let errors = if tried_to_save {
        check(thinking)
            .into_iter()
            .map(|e| FieldError {
                field_id: e.field_id(),
                message: match e {
                    ThinkingError::WhyTooLong => o.error_why_too_long,
                },
            })
            .collect()
    } else {
        Vec::new()
    };
    ThinkingView {
        choices: SdsOption::ONE_TO_THREE
            .into_iter()
            .map(|option| {
                (
                    option,
                    facts(option, o).name,
                    thinking.considering.contains(&option),
                )
            })
            .collect(),
        mix_note: thinking.is_mix().then_some(o.thinking_mix_note),
        errors,
        why_count: o.why_count(
            &t.locale.thousands(typed),
            &t.locale.thousands(MAX_WHY_CHARS),
        ),
    }
}
