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
            thinking.considering = thinking.considering_in_order();
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
// What matters in choosing: the questions for this child's age.

/// The questions to ask, in order: a young person managing part of their
/// support is asked about from 14 (or when the age is not known), never
/// about a 9-year-old.
pub fn questions(plan: &Plan) -> Vec<WhatMatters> {
    let young_person = about::parse_age(&plan.about.age).map_or(true, |age| age >= 14);
    WhatMatters::ALL
        .into_iter()
        .filter(|q| young_person || *q != WhatMatters::YoungPersonManages)
        .collect()
}

/// The answers to the questions asked (see `questions`), for the fit view:
/// an answer given before the age was known does not show at 9.
pub fn answers_asked(plan: &Plan) -> OptionsThinking {
    let asked = questions(plan);
    let mut thinking = plan.options.clone();
    thinking.answers.retain(|q, _| asked.contains(q));
    thinking
}

// ---------------------------------------------------------------------------
// What the family is thinking about, and the options their ideas use.

/// The options the support ideas are paid for under, in order 1, 2, 3.
pub fn options_in_costs(plan: &Plan) -> Vec<SdsOption> {
    SdsOption::ONE_TO_THREE
        .into_iter()
        .filter(|o| plan.support.lines.iter().any(|l| l.option == Some(*o)))
        .collect()
}

/// "Option 1", or "Options 1 and 3".
pub fn options_named(options: &[SdsOption], t: &Text) -> String {
    let numbers: Vec<&str> = options.iter().map(|o| o.number()).collect();
    match numbers.as_slice() {
        [one] => t.options.one_option(one),
        _ => t.options.several_options(&t.locale.and_list(&numbers)),
    }
}

/// What the support ideas use, said beside what the family is thinking
/// about: that ideas under more than one option make a mix (Option 4), and
/// when the two do not match, that they may want to check. Nothing when
/// either is empty, and never which one is right.
pub fn thinking_and_costs(plan: &Plan, t: &Text) -> Vec<String> {
    let used = options_in_costs(plan);
    let mix = (used.len() >= 2).then(|| t.options.costs_make_a_mix(&options_named(&used, t)));
    mix.into_iter().chain(differs(plan, &used, t)).collect()
}

/// "You are thinking about Option 1, and your support ideas use Options 1
/// and 3…", when the two differ (as sets: the order a plan file holds
/// them in does not matter). The summary says only this: its costs already
/// say when the ideas make a mix.
pub fn thinking_differs_from_costs(plan: &Plan, t: &Text) -> Option<String> {
    differs(plan, &options_in_costs(plan), t)
}

fn differs(plan: &Plan, used: &[SdsOption], t: &Text) -> Option<String> {
    let thinking = plan.options.considering_in_order();
    (!used.is_empty() && !thinking.is_empty() && used != thinking).then(|| {
        t.options
            .thinking_and_costs_differ(&options_named(&thinking, t), &options_named(used, t))
    })
}

/// What happens if the family does not choose (s.5(5): treated as Option
/// 3), said differently where the council says it has no Option 3 now.
pub fn if_you_do_not_choose(local: &LocalAvailability, t: &Text) -> &'static str {
    if local.of(SdsOption::Option3) == Availability::NotCurrentlyAvailable {
        t.options.if_you_do_not_choose_no_option_3
    } else {
        t.options.if_you_do_not_choose
    }
}

/// "Not currently available in your area" for an option the council's
/// configuration says it does not offer.
pub fn not_available_note(
    local: &LocalAvailability,
    option: SdsOption,
    t: &Text,
) -> Option<&'static str> {
    (local.of(option) == Availability::NotCurrentlyAvailable).then_some(t.options.available_not_now)
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
    /// Options 1 to 3 with their names, whether ticked, and a note when
    /// the council says it is not available where the family lives.
    pub choices: Vec<ThinkingChoice>,
    /// Shown when two or more are ticked: they can choose later, or use
    /// more than one at once (a mix).
    pub several_note: Option<&'static str>,
    /// What the support ideas use, beside what is ticked (see
    /// `thinking_and_costs`).
    pub costs_notes: Vec<String>,
    pub errors: Vec<FieldError>,
    /// Characters typed so far, for the hint.
    pub why_count: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ThinkingChoice {
    pub option: SdsOption,
    pub name: &'static str,
    pub ticked: bool,
    pub not_available: Option<&'static str>,
}

/// `tried_to_save`: the family has pressed "Save and continue" on this page
/// and it found problems, so they show (the design systems' pattern).
pub fn thinking(
    plan: &Plan,
    local: &LocalAvailability,
    tried_to_save: bool,
    t: &Text,
) -> ThinkingView {
    let o = t.options;
    let thinking = &plan.options;
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
            .map(|option| ThinkingChoice {
                option,
                name: facts(option, o).name,
                ticked: thinking.considering.contains(&option),
                not_available: not_available_note(local, option, t),
            })
            .collect(),
        several_note: (thinking.considering.len() >= 2).then_some(o.thinking_several_note),
        costs_notes: thinking_and_costs(plan, t),
        errors,
        why_count: o.why_count(
            &t.locale.thousands(typed),
            &t.locale.thousands(MAX_WHY_CHARS),
        ),
    }
}
