//! "The four options": what each SDS option means, how they compare in
//! flexibility and responsibility, how each fits what a family says matters
//! to them, and which options the family is thinking about.
//!
//! Neutral by design (sds-facts.md §2: "no option is a preferred or default
//! option"): the fit view says, per option and per answer, whether it fits,
//! partly fits or does not fit, and why. Nothing here ranks the options,
//! totals a score or names a best one; the options always come in the order
//! 1, 2, 3, 4.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::about::{self, DecisionStage};
use crate::budget::SdsOption;
use crate::model::{Model, Screen};
use crate::plan::Plan;
use crate::text::Text;
use crate::text::options::{OptionFactsText, OptionsText};
use crate::view::{self, FieldError, SectionStatus};

/// The most characters the family can type about why (a friendly limit, so
/// the summary stays readable).
pub const MAX_WHY_CHARS: usize = 2000;

/// What the family thinks about the options (saved in the plan). The
/// summary reads `considering` and `why`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OptionsThinking {
    /// Options 1 to 3 the family is thinking about, in order 1, 2, 3; two
    /// or more is a mix (Option 4).
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
    /// True when two or more options are ticked: that is Option 4, a mix.
    pub fn is_mix(&self) -> bool {
        self.considering.len() >= 2
    }
}

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

pub fn apply(model: &mut Model, action: OptionsAction) {
    let thinking = &mut model.plan.options;
    match action {
        OptionsAction::Answer(question, answer) => {
            thinking.answers.insert(question, answer);
        }
        OptionsAction::Consider(option, on) => {
            thinking.considering.retain(|o| *o != option);
            if on {
                thinking.considering.push(option);
            }
            thinking.considering = SdsOption::ALL
                .into_iter()
                .filter(|o| thinking.considering.contains(o))
                .collect();
        }
        OptionsAction::SetWhy(why) => thinking.why = why,
        OptionsAction::SaveThinking => {
            if check(thinking).is_empty() {
                thinking.confirmed = true;
                model.options_submitted = false;
                model.screen = Screen::Options(OptionsScreen::Start);
            } else {
                model.options_submitted = true;
            }
        }
    }
}

/// The section opens once "About us" is done (the pages use the child's
/// age). It is complete once the family has saved their notes.
pub fn status(plan: &Plan) -> SectionStatus {
    let thinking = &plan.options;
    if view::about_us_status(plan) != SectionStatus::Completed {
        SectionStatus::CannotStartYet
    } else if thinking.confirmed && check(thinking).is_empty() {
        SectionStatus::Completed
    } else if *thinking == OptionsThinking::default() {
        SectionStatus::NotStarted
    } else {
        SectionStatus::InProgress
    }
}

// ---------------------------------------------------------------------------
// The options catalogue (sds-facts.md §2, §5, §6, §8).

/// The four options as the catalogue shows them. `SdsOption` (the budget's
/// options) has no Option 4 because a mix is a set of parts under 1, 2 and 3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OptionId {
    One,
    Two,
    Three,
    Mix,
}

impl OptionId {
    /// Always this order: 1, 2, 3, 4. No view reorders it.
    pub const ALL: [OptionId; 4] = [OptionId::One, OptionId::Two, OptionId::Three, OptionId::Mix];

    pub fn key(self) -> &'static str {
        match self {
            OptionId::One => "option-1",
            OptionId::Two => "option-2",
            OptionId::Three => "option-3",
            OptionId::Mix => "option-4",
        }
    }

    /// The number shown in the chart.
    pub fn number(self) -> &'static str {
        match self {
            OptionId::One => "1",
            OptionId::Two => "2",
            OptionId::Three => "3",
            OptionId::Mix => "4",
        }
    }

    pub fn of(option: SdsOption) -> OptionId {
        match option {
            SdsOption::Option1 => OptionId::One,
            SdsOption::Option2 => OptionId::Two,
            SdsOption::Option3 => OptionId::Three,
        }
    }

    pub fn facts(self, t: &OptionsText) -> &'static OptionFactsText {
        match self {
            OptionId::One => t.option_1,
            OptionId::Two => t.option_2,
            OptionId::Three => t.option_3,
            OptionId::Mix => t.option_4,
        }
    }
}

/// The things every option says something about: the rows of the
/// comparison table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fact {
    WhoChooses,
    WhoArranges,
    WhoHoldsMoney,
    EmployStaff,
    Paperwork,
    UseFor,
    WorkerOff,
}

impl Fact {
    pub const ALL: [Fact; 7] = [
        Fact::WhoChooses,
        Fact::WhoArranges,
        Fact::WhoHoldsMoney,
        Fact::EmployStaff,
        Fact::Paperwork,
        Fact::UseFor,
        Fact::WorkerOff,
    ];

    pub fn label(self, t: &OptionsText) -> &'static str {
        match self {
            Fact::WhoChooses => t.fact_who_chooses,
            Fact::WhoArranges => t.fact_who_arranges,
            Fact::WhoHoldsMoney => t.fact_who_holds_money,
            Fact::EmployStaff => t.fact_employ_staff,
            Fact::Paperwork => t.fact_paperwork,
            Fact::UseFor => t.fact_use_for,
            Fact::WorkerOff => t.fact_worker_off,
        }
    }

    /// Where the fact comes from, in shared/domain/sds-facts.md.
    pub fn source(self) -> &'static str {
        match self {
            Fact::WhoChooses | Fact::WhoArranges | Fact::WhoHoldsMoney | Fact::EmployStaff => {
                "sds-facts.md §2"
            }
            Fact::Paperwork => "sds-facts.md §2, §6",
            Fact::UseFor => "sds-facts.md §2, §5, §8",
            Fact::WorkerOff => "sds-facts.md §6",
        }
    }

    pub fn of(self, facts: &OptionFactsText) -> &'static str {
        match self {
            Fact::WhoChooses => facts.who_chooses,
            Fact::WhoArranges => facts.who_arranges,
            Fact::WhoHoldsMoney => facts.who_holds_money,
            Fact::EmployStaff => facts.employ_staff,
            Fact::Paperwork => facts.paperwork,
            Fact::UseFor => facts.use_for,
            Fact::WorkerOff => facts.worker_off,
        }
    }
}

// ---------------------------------------------------------------------------
// Local availability: what a council offers can narrow the catalogue.

/// Whether an option can be had locally.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Availability {
    /// Nothing is known: ask the council (the built-in default).
    #[default]
    AskYourCouncil,
    Available,
    /// For example a council with no Option 3 services (sds-facts.md §8).
    NotCurrentlyAvailable,
}

/// One option's local picture: whether it is available, and a note in the
/// council's words.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LocalOption {
    pub availability: Availability,
    pub note: Option<String>,
}

/// A council's local picture of the options. Council configuration files
/// come later; until then `LocalAvailability::default()` is used, which says
/// "ask your council what is available" for every option.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LocalAvailability {
    pub option_1: LocalOption,
    pub option_2: LocalOption,
    pub option_3: LocalOption,
    /// Families may use providers in neighbouring council areas.
    pub neighbouring_providers: bool,
    /// A general note from the council.
    pub note: Option<String>,
}

impl LocalAvailability {
    /// A mix is available when at least two of its parts might be.
    pub fn of(&self, option: OptionId) -> Availability {
        let part = |o: &LocalOption| o.availability;
        match option {
            OptionId::One => part(&self.option_1),
            OptionId::Two => part(&self.option_2),
            OptionId::Three => part(&self.option_3),
            OptionId::Mix => {
                let parts = [
                    part(&self.option_1),
                    part(&self.option_2),
                    part(&self.option_3),
                ];
                let open = parts
                    .iter()
                    .filter(|a| **a != Availability::NotCurrentlyAvailable)
                    .count();
                if open < 2 {
                    Availability::NotCurrentlyAvailable
                } else if parts.iter().all(|a| *a == Availability::Available) {
                    Availability::Available
                } else {
                    Availability::AskYourCouncil
                }
            }
        }
    }

    fn note_for(&self, option: OptionId) -> Option<String> {
        match option {
            OptionId::One => self.option_1.note.clone(),
            OptionId::Two => self.option_2.note.clone(),
            OptionId::Three => self.option_3.note.clone(),
            OptionId::Mix => None,
        }
    }
}

/// The local picture the app uses now: the built-in default.
pub fn local_availability(_plan: &Plan) -> LocalAvailability {
    LocalAvailability::default()
}

#[derive(Debug, Clone, PartialEq)]
pub struct AvailabilityView {
    pub availability: Availability,
    pub label: &'static str,
    /// The council's own note for this option, if any.
    pub note: Option<String>,
}

fn availability_view(
    local: &LocalAvailability,
    option: OptionId,
    t: &OptionsText,
) -> AvailabilityView {
    let availability = local.of(option);
    AvailabilityView {
        availability,
        label: match availability {
            Availability::AskYourCouncil => t.available_ask,
            Availability::Available => t.available_yes,
            Availability::NotCurrentlyAvailable => t.available_not_now,
        },
        note: local.note_for(option),
    }
}

// ---------------------------------------------------------------------------
// The comparison (table on wide screens, cards on phones).

#[derive(Debug, Clone, PartialEq)]
pub struct FactCell {
    pub fact: Fact,
    pub label: &'static str,
    pub text: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OptionColumn {
    pub id: OptionId,
    pub name: &'static str,
    pub also_called: &'static str,
    pub facts: Vec<FactCell>,
    pub availability: AvailabilityView,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ComparisonView {
    /// Always Options 1, 2, 3, 4 in that order.
    pub columns: Vec<OptionColumn>,
    /// Notes about the local picture, in order (the default says "ask your
    /// council what is available").
    pub local_notes: Vec<String>,
}

pub fn comparison(local: &LocalAvailability, t: &Text) -> ComparisonView {
    let o = t.options;
    let columns = OptionId::ALL
        .into_iter()
        .map(|id| {
            let facts = id.facts(o);
            OptionColumn {
                id,
                name: facts.name,
                also_called: facts.also_called,
                facts: Fact::ALL
                    .into_iter()
                    .map(|fact| FactCell {
                        fact,
                        label: fact.label(o),
                        text: fact.of(facts),
                    })
                    .collect(),
                availability: availability_view(local, id, o),
            }
        })
        .collect();
    let mut local_notes = Vec::new();
    if let Some(note) = &local.note {
        local_notes.push(note.clone());
    }
    if local.neighbouring_providers {
        local_notes.push(o.local_neighbouring.to_owned());
    }
    if *local == LocalAvailability::default() {
        local_notes.push(o.local_default.to_owned());
    }
    ComparisonView {
        columns,
        local_notes,
    }
}

// ---------------------------------------------------------------------------
// Flexibility and responsibility (sds-facts.md §2: they rise together;
// Option 1 has the most of both, Option 3 the least).

/// Where an option sits on the chart, from 0 (none) to 10 (the most).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub flexibility: u8,
    pub responsibility: u8,
}

/// The positions of Options 1 to 3. Option 4 is a range between the
/// options it mixes.
pub fn position(option: SdsOption) -> Position {
    match option {
        SdsOption::Option1 => Position {
            flexibility: 9,
            responsibility: 9,
        },
        SdsOption::Option2 => Position {
            flexibility: 6,
            responsibility: 4,
        },
        SdsOption::Option3 => Position {
            flexibility: 2,
            responsibility: 2,
        },
    }
}

/// A level in words, for the text alternative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Low,
    Medium,
    High,
}

impl Level {
    pub fn of(value: u8) -> Level {
        match value {
            0..=3 => Level::Low,
            4..=6 => Level::Medium,
            _ => Level::High,
        }
    }

    pub fn label(self, t: &OptionsText) -> &'static str {
        match self {
            Level::Low => t.level_low,
            Level::Medium => t.level_medium,
            Level::High => t.level_high,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartPoint {
    pub id: OptionId,
    pub name: &'static str,
    pub short: &'static str,
    pub at: Position,
    pub flexibility: &'static str,
    pub responsibility: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartView {
    pub title: &'static str,
    pub x_axis: &'static str,
    pub y_axis: &'static str,
    /// Options 1, 2 and 3.
    pub points: Vec<ChartPoint>,
    /// Option 4: from the least to the most flexible of the options it
    /// mixes.
    pub mix_from: Position,
    pub mix_to: Position,
    pub mix_name: &'static str,
    pub mix_short: &'static str,
    /// Option 4's row of the text alternative.
    pub mix_flexibility: String,
    pub mix_responsibility: String,
    /// The sentences the picture says, for everyone.
    pub summary: Vec<String>,
}

/// The chart. Option 4 spans the options the family is thinking about if
/// they ticked two or more, otherwise the whole range from Option 3 to
/// Option 1.
pub fn chart(thinking: &OptionsThinking, t: &Text) -> ChartView {
    let o = t.options;
    let points: Vec<ChartPoint> = SdsOption::ALL
        .into_iter()
        .map(|option| {
            let at = position(option);
            ChartPoint {
                id: OptionId::of(option),
                name: OptionId::of(option).facts(o).name,
                short: OptionId::of(option).facts(o).short,
                at,
                flexibility: Level::of(at.flexibility).label(o),
                responsibility: Level::of(at.responsibility).label(o),
            }
        })
        .collect();
    let mixed: Vec<SdsOption> = if thinking.is_mix() {
        thinking.considering.clone()
    } else {
        SdsOption::ALL.to_vec()
    };
    let by_flexibility = |a: &&SdsOption| position(**a).flexibility;
    let least = mixed
        .iter()
        .min_by_key(by_flexibility)
        .copied()
        .unwrap_or(SdsOption::Option3);
    let most = mixed
        .iter()
        .max_by_key(by_flexibility)
        .copied()
        .unwrap_or(SdsOption::Option1);
    let (from, to) = (position(least), position(most));
    let name = |option: SdsOption| OptionId::of(option).number();
    let range = |a: u8, b: u8| {
        (o.chart_mix_range)(
            Level::of(a).label(o),
            name(least),
            Level::of(b).label(o),
            name(most),
        )
    };
    let mut summary = vec![o.chart_summary.to_owned()];
    summary.push(if thinking.is_mix() {
        let numbers: Vec<&str> = mixed.iter().map(|m| name(*m)).collect();
        (o.chart_mix_yours)(&numbers)
    } else {
        o.chart_mix_any.to_owned()
    });
    ChartView {
        title: o.chart_title,
        x_axis: o.chart_x_axis,
        y_axis: o.chart_y_axis,
        points,
        mix_from: from,
        mix_to: to,
        mix_name: o.option_4.name,
        mix_short: o.option_4.short,
        mix_flexibility: range(from.flexibility, to.flexibility),
        mix_responsibility: range(from.responsibility, to.responsibility),
        summary,
    }
}

// ---------------------------------------------------------------------------
// What matters to us in choosing.

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

/// How one option fits one answer. Never added up: each is read on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    Fits,
    PartlyFits,
    DoesNotFit,
}

impl Fit {
    pub fn label(self, t: &OptionsText) -> &'static str {
        match self {
            Fit::Fits => t.fit_fits,
            Fit::PartlyFits => t.fit_partly,
            Fit::DoesNotFit => t.fit_does_not,
        }
    }

    /// A stable name for the shape drawn beside the words (never colour
    /// alone).
    pub fn class(self) -> &'static str {
        match self {
            Fit::Fits => "fits",
            Fit::PartlyFits => "partly",
            Fit::DoesNotFit => "does-not",
        }
    }
}

/// The fit rules. "Not sure" is not used: it neither fits nor rules out.
/// Sources: sds-facts.md §2 (who chooses, arranges, holds the money, only
/// Option 1 employs staff, flexibility), §3 (16 and 17 decide), §5 (what a
/// direct payment buys), §6 (cover and paperwork; ways through), §8 (local
/// services, rural areas, one-off purchases).
pub fn fit(question: WhatMatters, answer: Answer, option: OptionId) -> Option<Fit> {
    use Fit::{DoesNotFit, Fits, PartlyFits};
    use OptionId::{Mix, One, Three, Two};
    use WhatMatters::*;
    let fit = match (answer, question, option) {
        (Answer::NotSure, _, _) => return None,

        (Answer::Yes, ChooseWhoSupports, One | Two | Mix) => Fits,
        (Answer::Yes, ChooseWhoSupports, Three) => PartlyFits,
        (Answer::No, ChooseWhoSupports, One | Two) => PartlyFits,
        (Answer::No, ChooseWhoSupports, Three | Mix) => Fits,

        (Answer::Yes, EmployOwnPa, One) => Fits,
        (Answer::Yes, EmployOwnPa, Two | Three) => DoesNotFit,
        (Answer::Yes, EmployOwnPa, Mix) => PartlyFits,
        (Answer::No, EmployOwnPa, _) => Fits,

        (Answer::Yes, SomeoneElseDoesPaperwork, One) => DoesNotFit,
        (Answer::Yes, SomeoneElseDoesPaperwork, Two | Three) => Fits,
        (Answer::Yes, SomeoneElseDoesPaperwork, Mix) => PartlyFits,
        (Answer::No, SomeoneElseDoesPaperwork, _) => Fits,

        (Answer::Yes, CoverWhenOff, One) => PartlyFits,
        (Answer::Yes, CoverWhenOff, Two | Three | Mix) => Fits,
        (Answer::No, CoverWhenOff, _) => Fits,

        (Answer::Yes, OneOffThings, One | Mix) => Fits,
        (Answer::Yes, OneOffThings, Two | Three) => PartlyFits,
        (Answer::No, OneOffThings, _) => Fits,

        (Answer::Yes, FewServicesNearby, One | Two | Mix) => PartlyFits,
        (Answer::Yes, FewServicesNearby, Three) => DoesNotFit,
        (Answer::No, FewServicesNearby, _) => Fits,

        (Answer::Yes, YoungPersonManages, One | Two | Mix) => Fits,
        (Answer::Yes, YoungPersonManages, Three) => PartlyFits,
        (Answer::No, YoungPersonManages, _) => Fits,

        (Answer::Yes, ChangeAtShortNotice, One | Mix) => Fits,
        (Answer::Yes, ChangeAtShortNotice, Two | Three) => PartlyFits,
        (Answer::No, ChangeAtShortNotice, _) => Fits,
    };
    Some(fit)
}

#[derive(Debug, Clone, PartialEq)]
pub struct FitRow {
    pub question: WhatMatters,
    /// The question as the family answered it, for example "We need cover
    /// when a worker is ill or on holiday: Yes".
    pub what_you_said: String,
    pub fit: Fit,
    pub fit_label: &'static str,
    pub reason: &'static str,
}

/// One option's fit with what the family said. There is deliberately no
/// score, total, rank or "best" here.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionFit {
    pub id: OptionId,
    pub name: &'static str,
    /// Said when the council has this option not currently available.
    pub not_available: Option<&'static str>,
    /// In question order.
    pub rows: Vec<FitRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FitView {
    /// Always Options 1, 2, 3, 4 in that order, whatever the answers.
    pub options: Vec<OptionFit>,
    /// No Yes or No answers yet: there is nothing to show.
    pub nothing_answered: bool,
    /// How many questions are answered "Not sure" (not used).
    pub not_sure: usize,
    /// Always shown: the choice is the family's, and what happens if they
    /// do not choose.
    pub your_choice: &'static [&'static str],
}

pub fn fit_view(thinking: &OptionsThinking, local: &LocalAvailability, t: &Text) -> FitView {
    let o = t.options;
    let options: Vec<OptionFit> = OptionId::ALL
        .into_iter()
        .map(|id| OptionFit {
            id,
            name: id.facts(o).name,
            not_available: (local.of(id) == Availability::NotCurrentlyAvailable)
                .then_some(o.available_not_now),
            rows: WhatMatters::ALL
                .into_iter()
                .filter_map(|question| {
                    let answer = *thinking.answers.get(&question)?;
                    let fit = fit(question, answer, id)?;
                    Some(FitRow {
                        question,
                        what_you_said: (o.what_you_said)(question.question(o), answer.label(o)),
                        fit,
                        fit_label: fit.label(o),
                        reason: (o.fit_reason)(question, answer, id),
                    })
                })
                .collect(),
        })
        .collect();
    FitView {
        nothing_answered: options.iter().all(|f| f.rows.is_empty()),
        options,
        not_sure: thinking
            .answers
            .values()
            .filter(|a| **a == Answer::NotSure)
            .count(),
        your_choice: o.your_choice,
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

pub fn thinking(model: &Model, t: &Text) -> ThinkingView {
    let o = t.options;
    let thinking = &model.plan.options;
    let typed = thinking.why.chars().count();
    let errors = if model.options_submitted {
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
        choices: SdsOption::ALL
            .into_iter()
            .map(|option| {
                (
                    option,
                    OptionId::of(option).facts(o).name,
                    thinking.considering.contains(&option),
                )
            })
            .collect(),
        mix_note: thinking.is_mix().then_some(o.thinking_mix_note),
        errors,
        why_count: (o.why_count)(typed, MAX_WHY_CHARS),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::council::Filler;
    use crate::model::{Action, apply as reduce};
    use crate::text::EN;

    fn after(actions: impl IntoIterator<Item = Action>) -> Model {
        actions.into_iter().fold(Model::default(), reduce)
    }

    fn about_done() -> Vec<Action> {
        vec![
            Action::SetAge("9".into()),
            Action::SetFiller(Filler::ParentOrCarer),
            Action::SetCouncil("fife".into()),
            Action::SubmitAboutUs,
        ]
    }

    fn opt(action: OptionsAction) -> Action {
        Action::Options(action)
    }

    fn answered(pairs: &[(WhatMatters, Answer)]) -> OptionsThinking {
        OptionsThinking {
            answers: pairs.iter().copied().collect(),
            ..OptionsThinking::default()
        }
    }

    // --- status ---

    #[test]
    fn the_section_cannot_start_until_about_us_is_completed() {
        assert_eq!(status(&Plan::default()), SectionStatus::CannotStartYet);
        assert_eq!(
            status(&after([Action::SetAge("9".into())]).plan),
            SectionStatus::CannotStartYet
        );
    }

    #[test]
    fn after_about_us_the_section_is_not_started() {
        assert_eq!(status(&after(about_done()).plan), SectionStatus::NotStarted);
    }

    #[test]
    fn answering_a_question_puts_the_section_in_progress() {
        let model = after(about_done().into_iter().chain([opt(OptionsAction::Answer(
            WhatMatters::CoverWhenOff,
            Answer::Yes,
        ))]));
        assert_eq!(status(&model.plan), SectionStatus::InProgress);
    }

    #[test]
    fn saving_the_notes_completes_the_section_and_returns_to_the_start_page() {
        let model = after(about_done().into_iter().chain([
            Action::Open(Screen::Options(OptionsScreen::OurThinking)),
            opt(OptionsAction::Consider(SdsOption::Option2, true)),
            opt(OptionsAction::SaveThinking),
        ]));
        assert_eq!(status(&model.plan), SectionStatus::Completed);
        assert_eq!(model.screen, Screen::Options(OptionsScreen::Start));
    }

    // --- our thinking ---

    #[test]
    fn ticked_options_are_kept_in_order_1_2_3_without_repeats() {
        let model = after([
            opt(OptionsAction::Consider(SdsOption::Option3, true)),
            opt(OptionsAction::Consider(SdsOption::Option1, true)),
            opt(OptionsAction::Consider(SdsOption::Option3, true)),
        ]);
        assert_eq!(
            model.plan.options.considering,
            vec![SdsOption::Option1, SdsOption::Option3]
        );
    }

    #[test]
    fn unticking_removes_an_option() {
        let model = after([
            opt(OptionsAction::Consider(SdsOption::Option1, true)),
            opt(OptionsAction::Consider(SdsOption::Option1, false)),
        ]);
        assert_eq!(model.plan.options.considering, vec![]);
    }

    #[test]
    fn two_or_more_ticked_options_are_a_mix_and_the_page_says_so() {
        let one = after([opt(OptionsAction::Consider(SdsOption::Option2, true))]);
        assert!(!one.plan.options.is_mix());
        assert_eq!(thinking(&one, &EN).mix_note, None);
        let two = reduce(one, opt(OptionsAction::Consider(SdsOption::Option1, true)));
        assert!(two.plan.options.is_mix());
        assert_eq!(
            thinking(&two, &EN).mix_note,
            Some(EN.options.thinking_mix_note)
        );
    }

    #[test]
    fn why_is_kept_exactly_as_typed() {
        let model = after([opt(OptionsAction::SetWhy("  <b>PA</b>\nnear us ".into()))]);
        assert_eq!(model.plan.options.why, "  <b>PA</b>\nnear us ");
    }

    #[test]
    fn why_of_2000_characters_passes_counting_characters_not_bytes() {
        let thinking = OptionsThinking {
            why: "é".repeat(2000),
            ..OptionsThinking::default()
        };
        assert_eq!(check(&thinking), vec![]);
    }

    #[test]
    fn why_over_2000_characters_stays_on_the_page_with_a_friendly_error() {
        let model = after([
            Action::Open(Screen::Options(OptionsScreen::OurThinking)),
            opt(OptionsAction::SetWhy("a".repeat(2001))),
            opt(OptionsAction::SaveThinking),
        ]);
        assert_eq!(model.screen, Screen::Options(OptionsScreen::OurThinking));
        assert!(!model.plan.options.confirmed);
        let view = thinking(&model, &EN);
        let actual: Vec<(&str, &str)> = view
            .errors
            .iter()
            .map(|e| (e.field_id, e.message))
            .collect();
        assert_eq!(
            actual,
            vec![(
                "why",
                "Your notes can be up to 2,000 characters. Try making them a little shorter."
            )]
        );
    }

    #[test]
    fn the_error_is_hidden_until_the_first_save() {
        let model = after([opt(OptionsAction::SetWhy("a".repeat(2001)))]);
        assert_eq!(thinking(&model, &EN).errors, vec![]);
    }

    #[test]
    fn the_hint_counts_characters_typed() {
        let model = after([opt(OptionsAction::SetWhy("héllo".into()))]);
        assert_eq!(
            thinking(&model, &EN).why_count,
            "You have typed 5 of 2,000 characters."
        );
        let long = after([opt(OptionsAction::SetWhy("a".repeat(12345)))]);
        assert_eq!(
            thinking(&long, &EN).why_count,
            "You have typed 12,345 of 2,000 characters."
        );
    }

    #[test]
    fn older_plans_without_answers_still_open() {
        let thinking: OptionsThinking =
            serde_json::from_str(r#"{"considering":["option1"],"why":"x"}"#).unwrap();
        assert_eq!(thinking.considering, vec![SdsOption::Option1]);
        assert!(thinking.answers.is_empty());
    }

    #[test]
    fn answers_are_saved_with_readable_names() {
        let thinking = answered(&[(WhatMatters::EmployOwnPa, Answer::NotSure)]);
        let json = serde_json::to_string(&thinking).unwrap();
        assert!(
            json.contains(r#""answers":{"employ_own_pa":"not_sure"}"#),
            "{json}"
        );
    }

    // --- catalogue ---

    #[test]
    fn every_option_has_every_fact_filled_in() {
        let view = comparison(&LocalAvailability::default(), &EN);
        for column in &view.columns {
            assert!(!column.name.is_empty());
            assert!(!column.also_called.is_empty(), "{}", column.name);
            assert_eq!(column.facts.len(), Fact::ALL.len());
            for cell in &column.facts {
                assert!(
                    !cell.text.trim().is_empty(),
                    "{}: {}",
                    column.name,
                    cell.label
                );
            }
        }
    }

    #[test]
    fn every_fact_names_its_source() {
        for fact in Fact::ALL {
            assert!(fact.source().starts_with("sds-facts.md §"), "{fact:?}");
        }
    }

    #[test]
    fn the_comparison_shows_options_1_2_3_4_in_order() {
        let ids: Vec<OptionId> = comparison(&LocalAvailability::default(), &EN)
            .columns
            .iter()
            .map(|c| c.id)
            .collect();
        assert_eq!(ids, OptionId::ALL.to_vec());
    }

    #[test]
    fn only_option_1_lets_you_employ_staff_with_the_mix_for_its_option_1_part() {
        let view = comparison(&LocalAvailability::default(), &EN);
        let employ: Vec<&str> = view.columns.iter().map(|c| c.facts[3].text).collect();
        assert_eq!(
            employ,
            vec![
                "Yes. You can employ a personal assistant (PA). You become the employer.",
                "No. The provider employs the staff.",
                "No. The council or its provider employs the staff.",
                "Only for the part paid by direct payment (Option 1).",
            ]
        );
    }

    // --- local availability ---

    #[test]
    fn by_default_every_option_says_ask_your_council() {
        let view = comparison(&LocalAvailability::default(), &EN);
        for column in &view.columns {
            assert_eq!(
                column.availability.availability,
                Availability::AskYourCouncil
            );
            assert_eq!(
                column.availability.label,
                "Ask your council if this is available"
            );
        }
        assert_eq!(view.local_notes, vec![EN.options.local_default.to_owned()]);
    }

    #[test]
    fn a_council_without_option_3_narrows_the_comparison() {
        let local = LocalAvailability {
            option_3: LocalOption {
                availability: Availability::NotCurrentlyAvailable,
                note: Some("We have no arranged services at the moment.".into()),
            },
            ..LocalAvailability::default()
        };
        let view = comparison(&local, &EN);
        let three = &view.columns[2].availability;
        assert_eq!(three.availability, Availability::NotCurrentlyAvailable);
        assert_eq!(three.label, "Not currently available in your area");
        assert_eq!(
            three.note.as_deref(),
            Some("We have no arranged services at the moment.")
        );
        assert_eq!(
            view.columns[0].availability.availability,
            Availability::AskYourCouncil
        );
        assert_eq!(view.local_notes, Vec::<String>::new());
    }

    #[test]
    fn a_mix_needs_at_least_two_options_that_may_be_available() {
        let not_now = LocalOption {
            availability: Availability::NotCurrentlyAvailable,
            note: None,
        };
        let yes = LocalOption {
            availability: Availability::Available,
            note: None,
        };
        let two_gone = LocalAvailability {
            option_2: not_now.clone(),
            option_3: not_now.clone(),
            ..LocalAvailability::default()
        };
        assert_eq!(
            two_gone.of(OptionId::Mix),
            Availability::NotCurrentlyAvailable
        );
        let all_yes = LocalAvailability {
            option_1: yes.clone(),
            option_2: yes.clone(),
            option_3: yes,
            ..LocalAvailability::default()
        };
        assert_eq!(all_yes.of(OptionId::Mix), Availability::Available);
    }

    #[test]
    fn neighbouring_providers_and_council_notes_are_listed() {
        let local = LocalAvailability {
            neighbouring_providers: true,
            note: Some("Talk to our SDS team.".into()),
            ..LocalAvailability::default()
        };
        assert_eq!(
            comparison(&local, &EN).local_notes,
            vec![
                "Talk to our SDS team.".to_owned(),
                EN.options.local_neighbouring.to_owned()
            ]
        );
    }

    #[test]
    fn the_app_uses_the_built_in_default_for_now() {
        assert_eq!(
            local_availability(&Plan::default()),
            LocalAvailability::default()
        );
    }

    // --- chart ---

    #[test]
    fn flexibility_and_responsibility_rise_together_from_option_3_to_option_1() {
        let [one, two, three] = SdsOption::ALL.map(position);
        assert!(three.flexibility < two.flexibility && two.flexibility < one.flexibility);
        assert!(
            three.responsibility < two.responsibility && two.responsibility < one.responsibility
        );
        for p in [one, two, three] {
            assert!(p.flexibility <= 10 && p.responsibility <= 10);
        }
    }

    #[test]
    fn the_chart_text_says_what_the_picture_shows() {
        let view = chart(&OptionsThinking::default(), &EN);
        let rows: Vec<(&str, &str, &str)> = view
            .points
            .iter()
            .map(|p| (p.name, p.flexibility, p.responsibility))
            .collect();
        assert_eq!(
            rows,
            vec![
                ("Option 1: Direct payment", "High", "High"),
                (
                    "Option 2: You choose, someone else arranges",
                    "Medium",
                    "Medium"
                ),
                ("Option 3: The council arranges", "Low", "Low"),
            ]
        );
        assert_eq!(
            view.mix_flexibility,
            "From Low (Option 3) to High (Option 1)"
        );
    }

    #[test]
    fn option_4_spans_option_3_to_option_1_when_no_mix_is_chosen() {
        let view = chart(&OptionsThinking::default(), &EN);
        assert_eq!(view.mix_from, position(SdsOption::Option3));
        assert_eq!(view.mix_to, position(SdsOption::Option1));
    }

    #[test]
    fn option_4_spans_the_options_the_family_is_mixing() {
        let thinking = OptionsThinking {
            considering: vec![SdsOption::Option1, SdsOption::Option2],
            ..OptionsThinking::default()
        };
        let view = chart(&thinking, &EN);
        assert_eq!(view.mix_from, position(SdsOption::Option2));
        assert_eq!(view.mix_to, position(SdsOption::Option1));
        assert_eq!(
            view.mix_responsibility,
            "From Medium (Option 2) to High (Option 1)"
        );
        assert_eq!(
            view.summary[1],
            "Option 4 shows the mix you are thinking about: Options 1 and 2."
        );
    }

    // --- fit rules: every question, answer and option ---

    #[test]
    fn the_fit_rules_for_every_question_and_option() {
        use Fit::{DoesNotFit as D, Fits as F, PartlyFits as P};
        use WhatMatters::*;
        // (question, fits for a Yes answer for Options 1,2,3,4, for a No answer)
        let expected: [(WhatMatters, [Fit; 4], [Fit; 4]); 8] = [
            (ChooseWhoSupports, [F, F, P, F], [P, P, F, F]),
            (EmployOwnPa, [F, D, D, P], [F, F, F, F]),
            (SomeoneElseDoesPaperwork, [D, F, F, P], [F, F, F, F]),
            (CoverWhenOff, [P, F, F, F], [F, F, F, F]),
            (OneOffThings, [F, P, P, F], [F, F, F, F]),
            (FewServicesNearby, [P, P, D, P], [F, F, F, F]),
            (YoungPersonManages, [F, F, P, F], [F, F, F, F]),
            (ChangeAtShortNotice, [F, P, P, F], [F, F, F, F]),
        ];
        assert_eq!(
            expected.map(|(q, _, _)| q),
            WhatMatters::ALL,
            "every question is covered"
        );
        for (question, yes, no) in expected {
            for (n, option) in OptionId::ALL.into_iter().enumerate() {
                assert_eq!(
                    fit(question, Answer::Yes, option),
                    Some(yes[n]),
                    "{question:?} Yes {option:?}"
                );
                assert_eq!(
                    fit(question, Answer::No, option),
                    Some(no[n]),
                    "{question:?} No {option:?}"
                );
                assert_eq!(fit(question, Answer::NotSure, option), None);
            }
        }
    }

    #[test]
    fn every_fit_has_a_one_line_reason() {
        for question in WhatMatters::ALL {
            for answer in [Answer::Yes, Answer::No] {
                for option in OptionId::ALL {
                    let reason = (EN.options.fit_reason)(question, answer, option);
                    assert!(!reason.is_empty(), "{question:?} {answer:?} {option:?}");
                    assert!(!reason.contains('\n'));
                    assert!(reason.chars().count() <= 140, "{reason}");
                    let lower = reason.to_lowercase();
                    assert!(
                        !lower.contains("best") && !lower.contains("better"),
                        "{reason}"
                    );
                }
            }
        }
    }

    #[test]
    fn answering_shows_each_option_its_fit_and_reason() {
        let view = fit_view(
            &answered(&[(WhatMatters::EmployOwnPa, Answer::Yes)]),
            &LocalAvailability::default(),
            &EN,
        );
        let actual: Vec<(&str, &str, &str)> = view
            .options
            .iter()
            .flat_map(|o| o.rows.iter().map(move |r| (o.name, r.fit_label, r.reason)))
            .collect();
        assert_eq!(
            actual,
            vec![
                (
                    "Option 1: Direct payment",
                    "Fits",
                    "Only a direct payment lets you employ your own staff."
                ),
                (
                    "Option 2: You choose, someone else arranges",
                    "Does not fit",
                    "You cannot employ staff. The provider employs them."
                ),
                (
                    "Option 3: The council arranges",
                    "Does not fit",
                    "You cannot employ staff. The council or its provider employs them."
                ),
                (
                    "Option 4: A mix",
                    "Partly fits",
                    "You can employ a PA for the part paid by direct payment."
                ),
            ]
        );
        assert_eq!(
            view.options[0].rows[0].what_you_said,
            "We would like to employ our own personal assistant (PA): Yes"
        );
    }

    #[test]
    fn not_sure_answers_are_counted_but_not_used() {
        let view = fit_view(
            &answered(&[(WhatMatters::CoverWhenOff, Answer::NotSure)]),
            &LocalAvailability::default(),
            &EN,
        );
        assert!(view.nothing_answered);
        assert_eq!(view.not_sure, 1);
        assert!(view.options.iter().all(|o| o.rows.is_empty()));
    }

    #[test]
    fn rows_follow_the_question_order_not_the_order_answered() {
        let view = fit_view(
            &answered(&[
                (WhatMatters::ChangeAtShortNotice, Answer::Yes),
                (WhatMatters::ChooseWhoSupports, Answer::No),
            ]),
            &LocalAvailability::default(),
            &EN,
        );
        let order: Vec<WhatMatters> = view.options[0].rows.iter().map(|r| r.question).collect();
        assert_eq!(
            order,
            vec![
                WhatMatters::ChooseWhoSupports,
                WhatMatters::ChangeAtShortNotice
            ]
        );
    }

    #[test]
    fn an_option_not_available_locally_keeps_its_place_and_says_so() {
        let local = LocalAvailability {
            option_3: LocalOption {
                availability: Availability::NotCurrentlyAvailable,
                note: None,
            },
            ..LocalAvailability::default()
        };
        let view = fit_view(
            &answered(&[(WhatMatters::CoverWhenOff, Answer::Yes)]),
            &local,
            &EN,
        );
        let actual: Vec<(OptionId, Option<&str>)> = view
            .options
            .iter()
            .map(|o| (o.id, o.not_available))
            .collect();
        assert_eq!(
            actual,
            vec![
                (OptionId::One, None),
                (OptionId::Two, None),
                (
                    OptionId::Three,
                    Some("Not currently available in your area")
                ),
                (OptionId::Mix, None),
            ]
        );
    }

    // --- no ranking ---

    /// Every combination of answers (3 answers or unanswered, for 8
    /// questions: 65,536 cases).
    fn every_set_of_answers() -> impl Iterator<Item = OptionsThinking> {
        let choices = [
            None,
            Some(Answer::Yes),
            Some(Answer::No),
            Some(Answer::NotSure),
        ];
        (0..4_u32.pow(8)).map(move |mut n| {
            let mut answers = BTreeMap::new();
            for question in WhatMatters::ALL {
                if let Some(answer) = choices[(n % 4) as usize] {
                    answers.insert(question, answer);
                }
                n /= 4;
            }
            OptionsThinking {
                answers,
                ..OptionsThinking::default()
            }
        })
    }

    #[test]
    fn no_answers_ever_reorder_the_options_or_drop_the_your_choice_message() {
        for thinking in every_set_of_answers() {
            let view = fit_view(&thinking, &LocalAvailability::default(), &EN);
            let ids: Vec<OptionId> = view.options.iter().map(|o| o.id).collect();
            assert_eq!(ids, OptionId::ALL.to_vec());
            assert_eq!(view.your_choice, EN.options.your_choice);
            // Every option gets a row for exactly the same questions: none
            // is singled out.
            let questions: Vec<Vec<WhatMatters>> = view
                .options
                .iter()
                .map(|o| o.rows.iter().map(|r| r.question).collect())
                .collect();
            assert!(questions.iter().all(|q| *q == questions[0]));
        }
    }

    #[test]
    fn even_when_one_option_fits_every_answer_nothing_names_it_best() {
        // Option 1 fits all of these; Options 2 and 3 do not.
        let thinking = answered(&[
            (WhatMatters::ChooseWhoSupports, Answer::Yes),
            (WhatMatters::EmployOwnPa, Answer::Yes),
            (WhatMatters::OneOffThings, Answer::Yes),
            (WhatMatters::ChangeAtShortNotice, Answer::Yes),
        ]);
        let view = fit_view(&thinking, &LocalAvailability::default(), &EN);
        assert_eq!(view.options[0].id, OptionId::One);
        assert_eq!(view.options[3].id, OptionId::Mix);
        let words = format!("{view:?}").to_lowercase();
        for ranking_word in [
            "best",
            "recommend",
            "score",
            "total",
            "rank",
            "winner",
            "top choice",
        ] {
            assert!(!words.contains(ranking_word), "{ranking_word}");
        }
    }

    #[test]
    fn the_page_always_says_the_choice_is_yours_and_what_happens_if_you_do_not_choose() {
        let view = fit_view(
            &OptionsThinking::default(),
            &LocalAvailability::default(),
            &EN,
        );
        let said = view.your_choice.join(" ");
        assert!(said.contains("The choice is yours."), "{said}");
        assert!(
            said.contains(
                "If you do not choose, the council will arrange your support (Option 3)."
            ),
            "{said}"
        );
    }

    #[test]
    fn no_option_text_calls_one_option_better_or_the_default() {
        let all = format!("{:?}", EN.options).to_lowercase();
        for word in [
            "best option",
            "recommended",
            "preferred option is",
            "better option",
        ] {
            assert!(!all.contains(word), "{word}");
        }
    }

    // --- who decides ---

    #[test]
    fn who_decides_marks_the_band_for_the_childs_age() {
        let model = after([Action::SetAge("16".into())]);
        let marked: Vec<bool> = who_decides(&model.plan, &EN)
            .bands
            .iter()
            .map(|(_, m)| *m)
            .collect();
        assert_eq!(marked, vec![false, true, false]);
        let none = who_decides(&Plan::default(), &EN);
        assert!(none.bands.iter().all(|(_, m)| !m));
    }
}
