//! What the core's tests share: a model built the way a family builds it, by
//! doing one thing after another from a fresh start, the answers and plans
//! the tests begin from, and figures written as in budget-rules.md.
//!
//! Compiled only for tests (see lib.rs).

use rust_decimal::Decimal;

use crate::app::model::Screen;
use crate::budget::{
    BudgetPlan, LineField, LineId, LineKind, PlanSettings, SdsOption, SupportLine,
};
use crate::plan::Plan;
use crate::steps::costs::CostsAction;
use crate::steps::options::OptionsAction;
use crate::steps::outcomes::OutcomesAction;
use crate::steps::story::StoryAction;
use crate::steps::support::SupportAction;
use crate::vocabulary::{Filler, Onward};
use crate::{Action, Model, apply};

/// Something a family does: an action of the app or of one of its sections.
pub(crate) trait Step {
    fn action(self) -> Action;
}

impl Step for Action {
    fn action(self) -> Action {
        self
    }
}

impl Step for StoryAction {
    fn action(self) -> Action {
        Action::Story(self)
    }
}

impl Step for OutcomesAction {
    fn action(self) -> Action {
        Action::Outcomes(self)
    }
}

impl Step for OptionsAction {
    fn action(self) -> Action {
        Action::Options(self)
    }
}

impl Step for SupportAction {
    fn action(self) -> Action {
        Action::Support(self)
    }
}

impl Step for CostsAction {
    fn action(self) -> Action {
        Action::Costs(self)
    }
}

/// The model after doing each step in turn, from a fresh start.
pub(crate) fn after<S: Step>(steps: impl IntoIterator<Item = S>) -> Model {
    with(Model::default(), steps)
}

/// The model after doing each step in turn, from `model`.
pub(crate) fn with<S: Step>(model: Model, steps: impl IntoIterator<Item = S>) -> Model {
    steps.into_iter().map(Step::action).fold(model, apply)
}

/// About us filled in by a parent of Sam, 9, in Fife, but not yet saved.
pub(crate) fn about_us_typed() -> Vec<Action> {
    vec![
        Action::Open(Screen::AboutUs),
        Action::SetChildName("Sam".into()),
        Action::SetAge("9".into()),
        Action::SetFiller(Filler::ParentOrCarer),
        Action::SetCouncil("fife".into()),
    ]
}

/// About us filled in as in [`about_us_typed`] and saved.
pub(crate) fn about_us_saved() -> Vec<Action> {
    let mut steps = about_us_typed();
    steps.push(Action::SubmitAboutUs(Onward::Plan));
    steps
}

/// A plan whose About us a parent has filled in, for a child in Highland.
pub(crate) fn plan_about(child_name: &str, age: &str) -> Plan {
    let mut plan = Plan::default();
    plan.about.child_name = child_name.into();
    plan.about.age = age.into();
    plan.about.filler = Some(Filler::ParentOrCarer);
    plan.about.council = Some("highland".into());
    plan
}

/// The example council's configuration file, as a council would host it.
pub(crate) const EXAMPLE_COUNCIL: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../www/examples/loch-fyne-council.json"
));

/// A figure written as in budget-rules.md, such as "13.45".
pub(crate) fn d(text: &str) -> Decimal {
    text.parse().unwrap() // ok: tests only
}

/// Support ideas costed over `plan_weeks` weeks, with the default settings.
pub(crate) fn budget_plan(plan_weeks: &str, lines: Vec<SupportLine>) -> BudgetPlan {
    BudgetPlan {
        settings: PlanSettings {
            plan_weeks: plan_weeks.into(),
            ..PlanSettings::default()
        },
        lines,
        ..BudgetPlan::default()
    }
}

/// A PA under Option 1, as typed: hours a week, hourly rate and weeks.
pub(crate) fn pa(id: u32, hours: &str, rate: &str, weeks: &str) -> SupportLine {
    SupportLine::personal_assistant(LineId(id), hours, rate, weeks)
}

/// The worked example of budget-rules.md (a PA, 20 hours a week at
/// £13.45), typed as a family would.
pub(crate) fn worked_example() -> Model {
    after([
        SupportAction::AddLine(LineKind::PersonalAssistant),
        SupportAction::SetField(LineId(1), LineField::HoursAWeek, "20".into()),
        SupportAction::SetField(LineId(1), LineField::HourlyRate, "£13.45".into()),
    ])
}

/// `model` with a term-time club under Option 2 added as line 2: £12.50 a
/// session, twice a week for 39 weeks.
pub(crate) fn club(model: Model) -> Model {
    with(
        model,
        [
            SupportAction::AddLine(LineKind::Activity),
            SupportAction::SetField(LineId(2), LineField::CostASession, "12.50".into()),
            SupportAction::SetField(LineId(2), LineField::SessionsAWeek, "2".into()),
            SupportAction::SetField(LineId(2), LineField::Weeks, "39".into()),
            SupportAction::SetOption(LineId(2), SdsOption::Option2),
        ],
    )
}

/// Every section before the summary completed, as a family would: About
/// us saved, the story and outcomes marked finished, the notes on the
/// options saved and one idea fully costed (the worked example).
pub(crate) fn every_section_done() -> Model {
    with(
        worked_example(),
        about_us_saved().into_iter().chain([
            StoryAction::SetFinished(true).action(),
            StoryAction::Continue(Onward::Plan).action(),
            OutcomesAction::SetFinished(true).action(),
            OutcomesAction::Continue(Onward::Plan).action(),
            OptionsAction::SaveThinking.action(),
            Action::Open(Screen::Hub),
        ]),
    )
}

/// A plan with something in every list it holds: an option being thought
/// about, an outcome with an indicator, an ignored suggestion, and an idea
/// linked to the outcome at a time of the week.
pub(crate) fn plan_with_every_list() -> Plan {
    use crate::budget::{PartOfDay, WeekSlot, Weekday};
    use crate::plan::outcomes::{Indicator, Outcome};
    use crate::vocabulary::OutcomeId;
    let mut plan = Plan::default();
    plan.options.considering = vec![SdsOption::Option1];
    plan.outcomes.items = vec![Outcome {
        id: OutcomeId(1),
        words: "Sam goes swimming".into(),
        indicators: vec![Indicator::ALL[0]],
        ..Outcome::default()
    }];
    plan.outcomes.next_id = 2;
    plan.outcomes.dismissed = vec!["some-suggestion".into()];
    let mut line = SupportLine::personal_assistant(LineId(1), "10", "13.45", "");
    line.outcome_ids = vec![OutcomeId(1)];
    line.week = vec![WeekSlot {
        day: Weekday::Monday,
        part: PartOfDay::Morning,
    }];
    plan.support.lines = vec![line];
    plan
}

/// Jack, the child's brother, who helps look after them: the family
/// member the summary's tests share.
pub(crate) fn jack_a_young_carer() -> crate::plan::story::FamilyMember {
    crate::plan::story::FamilyMember {
        id: crate::vocabulary::MemberId(1),
        role: crate::plan::story::FamilyRole::Sibling,
        name: "Jack".into(),
        young_carer: true,
        day: Default::default(),
    }
}
