//! "Support ideas and costs", the ideas: the family's support ideas, each
//! with its kind, figures, option, outcomes and times of the week, and the
//! holiday cover a PA needs. The costs step (`steps::costs`) breaks their
//! costs down and holds the settings and the budget.
//!
//! Everything a screen shows is worked out here, as text ready to lay out,
//! so every figure and sentence is tested natively.

mod ideas;
mod line;
mod words;

pub use ideas::*;
pub use line::*;
pub use words::*;

use rust_decimal::Decimal;

use crate::budget::{
    AmountBasis, AmountError, BreakUnit, BudgetBreakdown, BudgetPlan, CostedLine, CoverBy,
    CoverSplit, FieldKind, LineError, LineField, LineId, LineInput, LineKind, LineNotice,
    LineResult, PartOfDay, RateTable, SdsOption, SupportLine, TaxYear, WeekSlot, Weekday,
    checked_values, compute, cover_pairs, cover_weeks_for, holiday_cover_due, parse_whole,
    round_pennies, suggested_cover_line,
};
use crate::council::config::CouncilConfig;
use crate::plan::Plan;
use crate::plan::checks::{self, MAX_LINES};
use crate::plan::outcomes::Outcomes;
use crate::text::Text;
use crate::text::support::{KindText, SupportText};
use crate::vocabulary::{Next, OutcomeId, SectionStatus};

/// The pages of this section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SupportScreen {
    /// The ideas, their costs and totals.
    #[default]
    Start,
    ChooseKind,
    Line(LineId),
    /// "Remove this idea?": removing cannot be undone, so it is asked first.
    Remove(LineId),
}

/// What a family can do in this section.
#[derive(Debug, Clone, PartialEq)]
pub enum SupportAction {
    /// Adds an empty line of this kind and opens it.
    AddLine(LineKind),
    /// "Continue" on "What kind of support is it?": adds a line of the
    /// kind chosen and opens it; with none chosen nothing changes and the
    /// page shows its error (see [`choose_kind`]).
    ContinueWithKind(Option<LineKind>),
    SetName(LineId, String),
    /// Typed text for one figure of a line; ignored if the line's kind has
    /// no such field.
    SetField(LineId, LineField, String),
    SetAged22OrOver(LineId, bool),
    SetBreakUnit(LineId, BreakUnit),
    SetBasis(LineId, AmountBasis),
    /// Ignored for a PA line: a PA is always Option 1.
    SetOption(LineId, SdsOption),
    SetOutcome(LineId, OutcomeId, bool),
    SetWeekSlot(LineId, WeekSlot, bool),
    /// Back to the list if the line is complete; otherwise nothing changes
    /// and the page shows every error.
    SaveLine(LineId),
    RemoveLine(LineId),
    /// Adds the suggested line covering a PA's holidays.
    AddHolidayCover(LineId, CoverBy),
}

fn line_mut(plan: &mut BudgetPlan, id: LineId) -> Option<&mut SupportLine> {
    plan.lines.iter_mut().find(|line| line.id == id)
}

/// A new id one above the highest, so an id is never handed out while a
/// line has it; `None` when the plan holds all the ideas it can.
fn next_id(plan: &BudgetPlan) -> Option<LineId> {
    if plan.lines.len() >= MAX_LINES {
        return None;
    }
    checks::next_id(plan.lines.iter().map(|line| line.id.0), 1).map(LineId)
}

/// Whether the family can add another idea.
pub fn can_add(plan: &BudgetPlan) -> bool {
    next_id(plan).is_some()
}

/// The typed text of `field` on this kind of line, if it has one.
fn field_text(input: &mut LineInput, field: LineField) -> Option<&mut String> {
    use LineField as F;
    match (input, field) {
        (LineInput::PersonalAssistant(i), F::HoursAWeek) => Some(&mut i.hours_a_week),
        (LineInput::PersonalAssistant(i), F::HourlyRate) => Some(&mut i.hourly_rate),
        (LineInput::PersonalAssistant(i), F::Weeks) => Some(&mut i.weeks),
        (LineInput::ProviderHours(i), F::HoursAWeek) => Some(&mut i.hours_a_week),
        (LineInput::ProviderHours(i), F::HourlyRate) => Some(&mut i.hourly_rate),
        (LineInput::ProviderHours(i), F::Weeks) => Some(&mut i.weeks),
        (LineInput::Activity(i), F::CostASession) => Some(&mut i.cost_a_session),
        (LineInput::Activity(i), F::SessionsAWeek) => Some(&mut i.sessions_a_week),
        (LineInput::Activity(i), F::Weeks) => Some(&mut i.weeks),
        (LineInput::ShortBreaks(i), F::CostEach) => Some(&mut i.cost_each),
        (LineInput::ShortBreaks(i), F::Number) => Some(&mut i.number),
        (LineInput::OneOff(i), F::Amount) => Some(&mut i.amount),
        (LineInput::Travel(i), F::MilesAWeek) => Some(&mut i.miles_a_week),
        (LineInput::Travel(i), F::PenceAMile) => Some(&mut i.pence_a_mile),
        (LineInput::Travel(i), F::Weeks) => Some(&mut i.weeks),
        (LineInput::Other(i), F::Amount) => Some(&mut i.amount),
        (LineInput::Other(i), F::Weeks) => Some(&mut i.weeks),
        _ => None,
    }
}

/// The plan's length for checking a line: the typed length when it is
/// valid, otherwise the longest allowed, so a line is not blamed for a
/// mistake in the settings.
pub(crate) fn plan_weeks_or_longest(plan: &BudgetPlan) -> u32 {
    parse_whole(&plan.settings.plan_weeks, FieldKind::PlanWeeks)
        .unwrap_or(FieldKind::PlanWeeks.bounds().max.try_into().unwrap_or(104))
}

pub(crate) fn rates(plan: &BudgetPlan) -> RateTable {
    plan.settings.tax_year.rates()
}

/// Writes only the support ideas. Reads the outcomes (to
/// link ideas to them), the council's figures (defaults for a new idea) and
/// which page of this step is showing, if any.
pub fn apply(
    budget: &mut BudgetPlan,
    outcomes: &Outcomes,
    council: Option<&CouncilConfig>,
    showing: Option<SupportScreen>,
    action: SupportAction,
) -> Next<SupportScreen> {
    match action {
        SupportAction::ContinueWithKind(None) => return Next::ShowErrors,
        SupportAction::ContinueWithKind(Some(kind)) | SupportAction::AddLine(kind) => {
            let Some(id) = next_id(budget) else {
                return Next::Page(SupportScreen::Start);
            };
            let mut input = LineInput::empty(kind);
            // The council's own figures, when it gave them, as defaults the
            // family can change (the hints say whose figures they are).
            if let Some(council) = council {
                match &mut input {
                    LineInput::PersonalAssistant(pa) => {
                        if let Some(rate) = council.pa_hourly_rate {
                            pa.hourly_rate = format!("{rate:.2}");
                        }
                    }
                    LineInput::Travel(travel) => {
                        if let Some(pence) = council.mileage_pence_a_mile {
                            travel.pence_a_mile = pence.to_string();
                        }
                    }
                    _ => {}
                }
            }
            // No option is chosen for the family (a PA is Option 1).
            budget.lines.push(SupportLine::unchosen(id, input));
            return Next::Page(SupportScreen::Line(id));
        }
        SupportAction::SetName(id, name) => {
            if let Some(line) = line_mut(budget, id) {
                line.name = name;
            }
        }
        SupportAction::SetField(id, field, text) => {
            if let Some(slot) = line_mut(budget, id).and_then(|l| field_text(&mut l.input, field)) {
                *slot = text;
            }
        }
        SupportAction::SetAged22OrOver(id, yes) => {
            if let Some(LineInput::PersonalAssistant(pa)) =
                line_mut(budget, id).map(|l| &mut l.input)
            {
                pa.aged_22_or_over = yes;
            }
        }
        SupportAction::SetBreakUnit(id, unit) => {
            if let Some(LineInput::ShortBreaks(breaks)) = line_mut(budget, id).map(|l| &mut l.input)
            {
                breaks.unit = unit;
            }
        }
        SupportAction::SetBasis(id, basis) => {
            if let Some(LineInput::Other(other)) = line_mut(budget, id).map(|l| &mut l.input) {
                other.basis = basis;
            }
        }
        SupportAction::SetOption(id, option) => {
            if let Some(line) = line_mut(budget, id)
                && line.input.kind() != LineKind::PersonalAssistant
                && option.pays_for_one_idea()
            {
                line.option = Some(option);
            }
        }
        SupportAction::SetOutcome(id, outcome, linked) => {
            let known = outcomes.items.iter().any(|o| o.id == outcome);
            if let Some(line) = line_mut(budget, id) {
                line.outcome_ids.retain(|o| *o != outcome);
                if linked && known {
                    line.outcome_ids.push(outcome);
                    line.outcome_ids.sort_unstable();
                }
            }
        }
        SupportAction::SetWeekSlot(id, slot, on) => {
            if let Some(line) = line_mut(budget, id) {
                line.week.retain(|s| *s != slot);
                if on {
                    line.week.push(slot);
                    line.week.sort_unstable();
                }
            }
        }
        SupportAction::SaveLine(id) => {
            let plan_weeks = plan_weeks_or_longest(budget);
            let rates = rates(budget);
            let complete = budget
                .lines
                .iter()
                .find(|line| line.id == id)
                .is_none_or(|line| checked_values(budget, line, plan_weeks, &rates).is_ok());
            return if complete {
                Next::Page(SupportScreen::Start)
            } else {
                Next::ShowErrors
            };
        }
        SupportAction::RemoveLine(id) => {
            // Exactly one: ids are unique, and this keeps it so.
            if let Some(at) = budget.lines.iter().position(|line| line.id == id) {
                budget.lines.remove(at);
            }
            for line in &mut budget.lines {
                if line.covers == Some(id) {
                    line.covers = None;
                }
            }
            if showing == Some(SupportScreen::Line(id))
                || showing == Some(SupportScreen::Remove(id))
            {
                return Next::Page(SupportScreen::Start);
            }
        }
        SupportAction::AddHolidayCover(pa_line, by) => {
            // The new line opens, so the family can check its figures (an
            // agency's rate is theirs to type).
            if let Some(cover) = next_id(budget)
                .and_then(|id| suggested_cover_line(budget, &rates(budget), pa_line, by, id))
            {
                let id = cover.id;
                budget.lines.push(cover);
                return Next::Page(SupportScreen::Line(id));
            }
        }
    }
    Next::Stay
}

/// The hub status. The section opens once "About us" is done, so the plan
/// knows whose support it is.
pub fn status(plan: &Plan) -> SectionStatus {
    let budget = &plan.support;
    if budget.lines.is_empty() {
        return if *budget == BudgetPlan::default() {
            SectionStatus::NotStarted
        } else {
            SectionStatus::InProgress
        };
    }
    match compute(budget, &rates(budget)) {
        Ok(breakdown)
            if breakdown
                .lines
                .iter()
                .all(|line| matches!(line.result, LineResult::Costed(_))) =>
        {
            SectionStatus::Completed
        }
        _ => SectionStatus::InProgress,
    }
}

// ---------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------

#[cfg(test)]
mod tests;
