//! "Support ideas and costs": the family's support ideas, each costed by the
//! budget engine, with a breakdown anyone can follow, a typical week, the
//! council's indicative budget and what a budget buys.
//!
//! Everything a screen shows is worked out here, as text ready to lay out,
//! so every figure and sentence is tested natively.

use rust_decimal::Decimal;

use crate::budget::{
    AmountBasis, AmountError, BreakUnit, BudgetBalance, BudgetError, BudgetPlan, BudgetScope,
    ComponentKind, CoverBy, FieldKind, HoursBought, IndicativeBudget, LineError, LineField, LineId,
    LineInput, LineKind, LineNotice, LineResult, PartOfDay, PensionStatus, RateSource, RateTable,
    ScenarioField, SdsOption, SettingsField, SupportLine, TaxYear, TradeOffQuestion, WeekSlot,
    Weekday, compute, default_rate_steps, holiday_cover_due, parse_field, parse_optional,
    parse_optional_whole, parse_whole, round_pennies, suggested_cover_line, trade_off_table,
};
use crate::model::{Model, Screen};
use crate::plan::Plan;
use crate::text::Text;
use crate::text::support::{ComponentText, KindText, SupportText};
use crate::view::SectionStatus;

/// The pages of this section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SupportScreen {
    /// The ideas, their costs and totals.
    #[default]
    Start,
    ChooseKind,
    Line(LineId),
    Settings,
    Week,
    Budget,
    /// "Remove this idea?": removing cannot be undone, so it is asked first.
    Remove(LineId),
}

/// Which kind of indicative budget the family has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BudgetKind {
    NotEntered,
    WholePlan,
    PerOption,
}

/// What a family can do in this section.
#[derive(Debug, Clone, PartialEq)]
pub enum SupportAction {
    /// Adds an empty line of this kind and opens it.
    AddLine(LineKind),
    SetName(LineId, String),
    /// Typed text for one figure of a line; ignored if the line's kind has
    /// no such field.
    SetField(LineId, LineField, String),
    SetAged22OrOver(LineId, bool),
    SetBreakUnit(LineId, BreakUnit),
    SetBasis(LineId, AmountBasis),
    /// Ignored for a PA line: a PA is always Option 1.
    SetOption(LineId, SdsOption),
    SetOutcome(LineId, u32, bool),
    SetWeekSlot(LineId, WeekSlot, bool),
    /// Back to the list if the line is complete; otherwise nothing changes
    /// and the page shows every error.
    SaveLine(LineId),
    RemoveLine(LineId),
    /// Adds the suggested line covering a PA's holidays.
    AddHolidayCover(LineId, CoverBy),
    SetTaxYear(TaxYear),
    SetPlanWeeks(String),
    SetEmploymentAllowance(bool),
    SetPensionOptIn(bool),
    SetEmployerField(SettingsField, String),
    SetBudgetKind(BudgetKind),
    SetBudgetAmount(BudgetScope, String),
    SetBuysField(ScenarioField, String),
}

fn line_mut(plan: &mut BudgetPlan, id: LineId) -> Option<&mut SupportLine> {
    plan.lines.iter_mut().find(|line| line.id == id)
}

/// A new id one above the highest, so ids are never reused while a line
/// with that id exists.
fn next_id(plan: &BudgetPlan) -> LineId {
    let highest = plan.lines.iter().map(|line| line.id.0).max().unwrap_or(0);
    LineId(highest.saturating_add(1))
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
fn plan_weeks_or_longest(plan: &BudgetPlan) -> u32 {
    parse_whole(&plan.settings.plan_weeks, FieldKind::PlanWeeks)
        .unwrap_or(FieldKind::PlanWeeks.bounds().max.try_into().unwrap_or(104))
}

fn rates(plan: &BudgetPlan) -> RateTable {
    plan.settings.tax_year.rates()
}

pub fn apply(model: &mut Model, action: SupportAction) {
    let budget = &mut model.plan.support;
    match action {
        SupportAction::AddLine(kind) => {
            let id = next_id(budget);
            let option = match kind {
                LineKind::PersonalAssistant => SdsOption::Option1,
                _ => SdsOption::default(),
            };
            let mut input = LineInput::empty(kind);
            // The council's own figures, when it gave them, as defaults the
            // family can change (the hints say whose figures they are).
            if let Some(council) = &model.council {
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
            budget.lines.push(SupportLine::new(id, option, input));
            model.screen = Screen::Support(SupportScreen::Line(id));
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
            {
                line.option = option;
            }
        }
        SupportAction::SetOutcome(id, outcome, linked) => {
            let known = model.plan.outcomes.items.iter().any(|o| o.id == outcome);
            if let Some(line) = line_mut(&mut model.plan.support, id) {
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
                .is_none_or(|line| line.values(plan_weeks, &rates).is_ok());
            if complete {
                model.screen = Screen::Support(SupportScreen::Start);
            }
        }
        SupportAction::RemoveLine(id) => {
            budget.lines.retain(|line| line.id != id);
            for line in &mut budget.lines {
                if line.covers == Some(id) {
                    line.covers = None;
                }
            }
            if model.screen == Screen::Support(SupportScreen::Line(id))
                || model.screen == Screen::Support(SupportScreen::Remove(id))
            {
                model.screen = Screen::Support(SupportScreen::Start);
            }
        }
        SupportAction::AddHolidayCover(pa_line, by) => {
            let id = next_id(budget);
            if let Some(mut cover) = suggested_cover_line(budget, &rates(budget), pa_line, by, id) {
                let pa_name = budget
                    .lines
                    .iter()
                    .find(|line| line.id == pa_line)
                    .map(|line| line.name.trim().to_owned())
                    .unwrap_or_default();
                if !pa_name.is_empty() {
                    cover.name = crate::text::Language::default()
                        .text()
                        .support
                        .cover_for(&pa_name);
                }
                budget.lines.push(cover);
            }
        }
        SupportAction::SetTaxYear(year) => budget.settings.tax_year = year,
        SupportAction::SetPlanWeeks(text) => budget.settings.plan_weeks = text,
        SupportAction::SetEmploymentAllowance(on) => {
            budget.settings.employer.employment_allowance = on;
        }
        SupportAction::SetPensionOptIn(on) => budget.settings.employer.pension_opt_in = on,
        SupportAction::SetEmployerField(field, text) => {
            let employer = &mut budget.settings.employer;
            match field {
                SettingsField::PlanWeeks => budget.settings.plan_weeks = text,
                SettingsField::InsurancePremiumAYear => employer.insurance_premium_a_year = text,
                SettingsField::PayrollCostAPayslip => employer.payroll_cost_a_payslip = text,
                SettingsField::PayslipsAYear => employer.payslips_a_year = text,
                SettingsField::ContingencyPercent => employer.contingency_percent = text,
            }
        }
        SupportAction::SetBudgetKind(kind) => {
            let indicative = &mut budget.settings.indicative_budget;
            *indicative = match (kind, &*indicative) {
                (BudgetKind::NotEntered, _) => IndicativeBudget::NotEntered,
                (BudgetKind::WholePlan, IndicativeBudget::WholePlan { .. })
                | (BudgetKind::PerOption, IndicativeBudget::PerOption { .. }) => return,
                (BudgetKind::WholePlan, _) => IndicativeBudget::WholePlan {
                    amount: String::new(),
                },
                (BudgetKind::PerOption, _) => IndicativeBudget::PerOption {
                    option1: String::new(),
                    option2: String::new(),
                    option3: String::new(),
                },
            };
        }
        SupportAction::SetBudgetAmount(scope, text) => {
            match (&mut budget.settings.indicative_budget, scope) {
                (IndicativeBudget::WholePlan { amount }, BudgetScope::WholePlan) => *amount = text,
                (
                    IndicativeBudget::PerOption { option1, .. },
                    BudgetScope::Option(SdsOption::Option1),
                ) => {
                    *option1 = text;
                }
                (
                    IndicativeBudget::PerOption { option2, .. },
                    BudgetScope::Option(SdsOption::Option2),
                ) => {
                    *option2 = text;
                }
                (
                    IndicativeBudget::PerOption { option3, .. },
                    BudgetScope::Option(SdsOption::Option3),
                ) => {
                    *option3 = text;
                }
                _ => {}
            }
        }
        SupportAction::SetBuysField(field, text) => match field {
            ScenarioField::Amount => budget.buys.amount = text,
            ScenarioField::HourlyRate => budget.buys.hourly_rate = text,
            ScenarioField::Weeks => budget.buys.weeks = text,
        },
    }
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

/// Money as a family reads it: "£16,159.44", "-£1,601.45". Rounded to
/// pennies half away from zero, like every figure in the engine.
pub fn money(amount: Decimal) -> String {
    let mut rounded = round_pennies(amount);
    rounded.rescale(2);
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    let text = rounded.abs().to_string();
    let (pounds, pence) = text.split_once('.').unwrap_or((&text, "00"));
    format!(
        "{}£{}.{}",
        if negative { "-" } else { "" },
        thousands(pounds),
        pence
    )
}

/// A figure with no trailing zeros and thousands separated: "20", "27.25",
/// "1,200".
pub fn number(value: Decimal) -> String {
    let text = value.normalize().abs().to_string();
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text.as_str(), None),
    };
    let sign = if value.is_sign_negative() && !value.is_zero() {
        "-"
    } else {
        ""
    };
    match fraction {
        Some(fraction) => format!("{sign}{}.{fraction}", thousands(whole)),
        None => format!("{sign}{}", thousands(whole)),
    }
}

fn thousands(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    let count = digits.chars().count();
    for (n, ch) in digits.chars().enumerate() {
        if n > 0 && (count - n).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// "45p" for a rate in pence.
fn pence(value: Decimal) -> String {
    format!("{}p", number(value))
}

/// "2026/27".
pub fn tax_year_label(year: TaxYear) -> String {
    let start = year.starts();
    format!("{start}/{:02}", (start + 1) % 100)
}

// ---------------------------------------------------------------------------
// Text lookups
// ---------------------------------------------------------------------------

pub fn kind_text(kind: LineKind, t: &SupportText) -> &KindText {
    let [pa, provider, activity, breaks, one_off, travel, other] = &t.kinds;
    match kind {
        LineKind::PersonalAssistant => pa,
        LineKind::ProviderHours => provider,
        LineKind::Activity => activity,
        LineKind::ShortBreaks => breaks,
        LineKind::OneOff => one_off,
        LineKind::Travel => travel,
        LineKind::Other => other,
    }
}

pub fn component_text(kind: ComponentKind, t: &SupportText) -> &ComponentText {
    let [
        wages,
        holiday,
        ni,
        pension,
        provider,
        activity,
        breaks,
        one_off,
        travel,
        other,
        allowance,
        insurance,
        payroll,
        contingency,
    ] = &t.components;
    match kind {
        ComponentKind::Wages => wages,
        ComponentKind::HolidayPay => holiday,
        ComponentKind::EmployerNiBeforeAllowance => ni,
        ComponentKind::Pension => pension,
        ComponentKind::ProviderHours => provider,
        ComponentKind::Activity => activity,
        ComponentKind::ShortBreaks => breaks,
        ComponentKind::OneOff => one_off,
        ComponentKind::Travel => travel,
        ComponentKind::Other => other,
        ComponentKind::EmploymentAllowance => allowance,
        ComponentKind::Insurance => insurance,
        ComponentKind::Payroll => payroll,
        ComponentKind::Contingency => contingency,
    }
}

pub fn source_text(source: RateSource, t: &SupportText) -> &'static str {
    let [
        ni,
        allowance,
        holiday,
        pension,
        rlw,
        nmw,
        mileage,
        family,
        length,
        council,
        example,
    ] = t.sources;
    match source {
        RateSource::HmrcEmployerNi => ni,
        RateSource::GovUkEmploymentAllowance => allowance,
        RateSource::GovUkHoliday => holiday,
        RateSource::DwpAutoEnrolment => pension,
        RateSource::LivingWageFoundation => rlw,
        RateSource::GovUkMinimumWage => nmw,
        RateSource::HmrcMileage => mileage,
        RateSource::FamilyEntered => family,
        RateSource::PlanLength => length,
        RateSource::CouncilConfiguration => council,
        RateSource::ProductDefault => example,
    }
}

pub fn option_name(option: SdsOption, t: &SupportText) -> &'static str {
    let [one, two, three] = t.option_names;
    match option {
        SdsOption::Option1 => one,
        SdsOption::Option2 => two,
        SdsOption::Option3 => three,
    }
}

fn option_hint(option: SdsOption, t: &SupportText) -> &'static str {
    let [one, two, three] = t.option_hints;
    match option {
        SdsOption::Option1 => one,
        SdsOption::Option2 => two,
        SdsOption::Option3 => three,
    }
}

pub fn day_name(day: Weekday, t: &SupportText) -> &'static str {
    let [mon, tue, wed, thu, fri, sat, sun] = t.days;
    match day {
        Weekday::Monday => mon,
        Weekday::Tuesday => tue,
        Weekday::Wednesday => wed,
        Weekday::Thursday => thu,
        Weekday::Friday => fri,
        Weekday::Saturday => sat,
        Weekday::Sunday => sun,
    }
}

pub fn part_name(part: PartOfDay, t: &SupportText) -> &'static str {
    let [morning, afternoon, evening] = t.parts;
    match part {
        PartOfDay::Morning => morning,
        PartOfDay::Afternoon => afternoon,
        PartOfDay::Evening => evening,
    }
}

/// A stable id suffix for a line field (for `app.id`).
pub fn line_field_id(field: LineField) -> &'static str {
    match field {
        LineField::HoursAWeek => "line-hours",
        LineField::HourlyRate => "line-rate",
        LineField::Weeks => "line-weeks",
        LineField::CostASession => "line-session-cost",
        LineField::SessionsAWeek => "line-sessions",
        LineField::CostEach => "line-cost-each",
        LineField::Number => "line-number",
        LineField::Amount => "line-amount",
        LineField::MilesAWeek => "line-miles",
        LineField::PenceAMile => "line-pence",
    }
}

pub fn settings_field_id(field: SettingsField) -> &'static str {
    match field {
        SettingsField::PlanWeeks => "plan-weeks",
        SettingsField::InsurancePremiumAYear => "insurance",
        SettingsField::PayrollCostAPayslip => "payslip-cost",
        SettingsField::PayslipsAYear => "payslips",
        SettingsField::ContingencyPercent => "contingency",
    }
}

pub fn budget_field_id(scope: BudgetScope) -> &'static str {
    match scope {
        BudgetScope::WholePlan => "budget-whole",
        BudgetScope::Option(SdsOption::Option1) => "budget-option-1",
        BudgetScope::Option(SdsOption::Option2) => "budget-option-2",
        BudgetScope::Option(SdsOption::Option3) => "budget-option-3",
    }
}

pub fn buys_field_id(field: ScenarioField) -> &'static str {
    match field {
        ScenarioField::Amount => "buys-amount",
        ScenarioField::HourlyRate => "buys-rate",
        ScenarioField::Weeks => "buys-weeks",
    }
}

/// A figure's error in words, built from what the field measures.
pub fn amount_error_message(
    error: AmountError,
    noun: &str,
    kind: FieldKind,
    t: &SupportText,
) -> String {
    let bound = |value: Decimal| {
        if kind.bounds().money {
            money(value)
        } else {
            number(value)
        }
    };
    match error {
        AmountError::Empty => t.error_empty(&noun),
        AmountError::NotANumber => t.error_not_a_number(&noun),
        AmountError::Negative => t.error_negative(&noun),
        AmountError::NotWholeNumber => t.error_not_whole(&noun),
        AmountError::TooManyDecimalPlaces { .. } if kind.bounds().money => t.error_pennies(&noun),
        AmountError::TooManyDecimalPlaces { .. } => t.error_places(&noun),
        AmountError::TooSmall { min } => t.error_too_small(&noun, &bound(min)),
        AmountError::TooLarge { max } => t.error_too_large(&noun, &bound(max)),
        AmountError::MoreThanPlanWeeks { plan_weeks } => t.error_more_than_plan(&plan_weeks),
    }
}

fn line_field_noun(field: LineField, kind: LineKind, t: &SupportText) -> &'static str {
    match field {
        LineField::HoursAWeek => t.noun_hours,
        LineField::HourlyRate => t.noun_rate,
        LineField::Weeks => t.noun_weeks,
        LineField::CostASession => t.noun_session_cost,
        LineField::SessionsAWeek => t.noun_sessions,
        LineField::CostEach => t.noun_break_cost,
        LineField::Number => t.noun_break_number,
        LineField::Amount if kind == LineKind::Other => t.noun_amount,
        LineField::Amount => t.noun_amount,
        LineField::MilesAWeek => t.noun_miles,
        LineField::PenceAMile => t.noun_pence,
    }
}

fn line_field_kind(field: LineField) -> FieldKind {
    match field {
        LineField::HoursAWeek => FieldKind::HoursAWeek,
        LineField::HourlyRate => FieldKind::HourlyRate,
        LineField::Weeks => FieldKind::Weeks,
        LineField::CostASession | LineField::CostEach | LineField::Amount => FieldKind::Amount,
        LineField::SessionsAWeek => FieldKind::SessionsAWeek,
        LineField::Number => FieldKind::NumberOfBreaks,
        LineField::MilesAWeek => FieldKind::MilesAWeek,
        LineField::PenceAMile => FieldKind::PenceAMile,
    }
}

fn settings_noun(field: SettingsField, t: &SupportText) -> &'static str {
    match field {
        SettingsField::PlanWeeks => t.noun_plan_weeks,
        SettingsField::InsurancePremiumAYear => t.noun_insurance,
        SettingsField::PayrollCostAPayslip => t.noun_payslip_cost,
        SettingsField::PayslipsAYear => t.noun_payslips,
        SettingsField::ContingencyPercent => t.noun_contingency,
    }
}

fn settings_kind(field: SettingsField) -> FieldKind {
    match field {
        SettingsField::PlanWeeks => FieldKind::PlanWeeks,
        SettingsField::InsurancePremiumAYear | SettingsField::PayrollCostAPayslip => {
            FieldKind::Amount
        }
        SettingsField::PayslipsAYear => FieldKind::PayslipsAYear,
        SettingsField::ContingencyPercent => FieldKind::Percentage,
    }
}

/// A line's name for lists: the family's own, or its kind.
pub fn line_name(line: &SupportLine, t: &SupportText) -> String {
    let name = line.name.trim();
    if name.is_empty() {
        kind_text(line.input.kind(), t).name.to_owned()
    } else {
        name.to_owned()
    }
}

// ---------------------------------------------------------------------------
// View models
// ---------------------------------------------------------------------------

/// One problem to show beside its field and in the error summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportFieldError {
    /// The id suffix of the field (pass to `app.id`).
    pub field_id: &'static str,
    pub message: String,
}

/// The summary's list: one entry for each box (`(id, error)`, in page order)
/// that has an error.
fn field_errors<'a>(
    fields: impl IntoIterator<Item = (&'static str, &'a Option<String>)>,
) -> Vec<SupportFieldError> {
    fields
        .into_iter()
        .filter_map(|(field_id, error)| {
            error.as_ref().map(|message| SupportFieldError {
                field_id,
                message: message.clone(),
            })
        })
        .collect()
}

/// One printed figure with what it is and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreakdownRow {
    pub label: &'static str,
    pub amount: String,
    pub explanation: &'static str,
    /// Extra words for this figure (why a pension is 0, an unconfirmed rate).
    pub note: Option<&'static str>,
    /// "Source: …" as one sentence, for print and plain text.
    pub source: String,
    /// The same sources one by one, with a link where there is one.
    pub sources: Vec<SourceLink>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceLink {
    pub text: &'static str,
    pub url: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineBreakdown {
    pub id: LineId,
    pub name: String,
    pub option: &'static str,
    pub rows: Vec<BreakdownRow>,
    pub total: String,
    pub notices: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmployerBreakdown {
    pub rows: Vec<BreakdownRow>,
    pub ni_after_allowance: String,
    pub total: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TotalRow {
    pub label: &'static str,
    pub for_the_plan: String,
    pub about_a_week: String,
}

/// One idea in the list, with its cost or why it is not counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdeaSummary {
    pub id: LineId,
    pub name: String,
    /// The kind, unless the name already says it.
    pub kind: Option<&'static str>,
    pub option: &'static str,
    pub cost: Option<String>,
    pub problem: Option<&'static str>,
    pub outcomes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverReminder {
    pub pa_line: LineId,
    pub text: String,
}

/// The costed plan: present once the settings are valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Costs {
    pub lines: Vec<LineBreakdown>,
    pub employer: Option<EmployerBreakdown>,
    /// One row per option with ideas, then the whole plan.
    pub totals: Vec<TotalRow>,
    pub plan_total: String,
    pub about_a_week: String,
    pub option_4_note: Option<&'static str>,
    pub balances: Vec<String>,
}

/// The section's main page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartView {
    pub tax_year: String,
    pub plan_length: Option<String>,
    pub ideas: Vec<IdeaSummary>,
    pub costs: Result<Costs, &'static str>,
    pub cover: Vec<CoverReminder>,
}

fn rate_unverified_note(
    kind: ComponentKind,
    rates: &RateTable,
    t: &SupportText,
) -> Option<&'static str> {
    let unverified = match kind {
        ComponentKind::EmploymentAllowance => rates.employment_allowance_a_year.unverified,
        ComponentKind::HolidayPay => rates.holiday_percent.unverified,
        ComponentKind::EmployerNiBeforeAllowance => rates.employer_ni_percent.unverified,
        ComponentKind::Pension => rates.pension_employer_percent.unverified,
        _ => false,
    };
    unverified.then_some(t.unverified)
}

fn breakdown_row(
    component: &crate::budget::Component,
    note: Option<&'static str>,
    rates: &RateTable,
    t: &SupportText,
) -> BreakdownRow {
    let words = component_text(component.kind, t);
    let sources: Vec<&str> = component
        .sources
        .iter()
        .map(|s| source_text(*s, t))
        .collect();
    BreakdownRow {
        label: words.label,
        amount: money(component.amount),
        explanation: words.explanation,
        note: note.or_else(|| rate_unverified_note(component.kind, rates, t)),
        source: t.source(&sources.join("; ")),
        sources: component
            .sources
            .iter()
            .map(|s| SourceLink {
                text: source_text(*s, t),
                url: s.source_url(),
            })
            .collect(),
    }
}

fn pension_note(status: PensionStatus, t: &SupportText) -> Option<&'static str> {
    match status {
        PensionStatus::AutoEnrolled => None,
        PensionStatus::OptedIn => Some(t.pension_opted_in),
        PensionStatus::NoneUnder22 => Some(t.pension_none_under_22),
        PensionStatus::NoneBelowTrigger => Some(t.pension_none_below_trigger),
    }
}

fn line_problem(errors: &[LineError], t: &SupportText) -> &'static str {
    if errors.contains(&LineError::PersonalAssistantOutsideOption1) {
        t.error_pa_not_option_1
    } else {
        t.idea_not_counted
    }
}

fn outcome_words(plan: &Plan, line: &SupportLine) -> Vec<String> {
    line.outcome_ids
        .iter()
        .filter_map(|id| plan.outcomes.items.iter().find(|o| o.id == *id))
        .map(|o| o.words.trim().to_owned())
        .filter(|w| !w.is_empty())
        .collect()
}

fn about_a_week_of(amount: Decimal, plan_weeks: u32) -> String {
    let weekly = amount
        .checked_div(Decimal::from(plan_weeks.max(1)))
        .map(round_pennies)
        .unwrap_or_default();
    money(weekly)
}

pub fn start(model: &Model, t: &Text) -> StartView {
    let s = t.support;
    let plan = &model.plan;
    let budget = &plan.support;
    let rates = rates(budget);
    let breakdown = compute(budget, &rates);
    let mut ideas = Vec::with_capacity(budget.lines.len());
    for line in &budget.lines {
        let result = breakdown
            .as_ref()
            .ok()
            .and_then(|b| b.lines.iter().find(|l| l.id == line.id))
            .map(|l| &l.result);
        let (cost, problem) = match result {
            Some(LineResult::Costed(costed)) => {
                let amount = money(costed.total);
                let words = if costed.pa.is_some() {
                    s.idea_costs_pa(&amount)
                } else {
                    s.idea_costs(&amount)
                };
                (Some(words), None)
            }
            Some(LineResult::Invalid { errors }) => (None, Some(line_problem(errors, s))),
            None => (None, None),
        };
        let name = line_name(line, s);
        let kind = kind_text(line.input.kind(), s).name;
        ideas.push(IdeaSummary {
            id: line.id,
            kind: (kind != name).then_some(kind),
            name,
            option: option_name(line.option, s),
            cost,
            problem,
            outcomes: outcome_words(plan, line),
        });
    }
    let costs = match &breakdown {
        Err(BudgetError::Settings(_)) | Err(_) => Err(s.error_settings),
        Ok(b) => {
            let mut lines = Vec::new();
            for cost in &b.lines {
                let LineResult::Costed(costed) = &cost.result else {
                    continue;
                };
                let Some(line) = budget.lines.iter().find(|l| l.id == cost.id) else {
                    continue;
                };
                let rows = costed
                    .components
                    .iter()
                    .map(|c| {
                        let note = match (c.kind, &costed.pa) {
                            (ComponentKind::Pension, Some(pa)) => {
                                pension_note(pa.pension_status, s)
                            }
                            _ => None,
                        };
                        breakdown_row(c, note, &rates, s)
                    })
                    .collect();
                let notices = costed
                    .notices
                    .iter()
                    .map(|n| match n {
                        LineNotice::RateBelowPaMinimum { minimum } => {
                            s.pa_below_minimum(&money(minimum.value))
                        }
                    })
                    .collect();
                lines.push(LineBreakdown {
                    id: cost.id,
                    name: line_name(line, s),
                    option: option_name(cost.option, s),
                    rows,
                    total: money(costed.total),
                    notices,
                });
            }
            let employer = b.employer.as_ref().map(|e| EmployerBreakdown {
                rows: e
                    .components
                    .iter()
                    .map(|c| breakdown_row(c, None, &rates, s))
                    .collect(),
                ni_after_allowance: s.ni_after_allowance(&money(e.employer_ni_after_allowance)),
                total: money(e.total),
            });
            let used: Vec<SdsOption> = SdsOption::ALL
                .into_iter()
                .filter(|o| budget.lines.iter().any(|l| l.option == *o))
                .collect();
            let mut totals: Vec<TotalRow> = used
                .iter()
                .map(|o| TotalRow {
                    label: option_name(*o, s),
                    for_the_plan: money(b.options.get(*o)),
                    about_a_week: about_a_week_of(b.options.get(*o), b.plan_weeks),
                })
                .collect();
            totals.push(TotalRow {
                label: s.total_all,
                for_the_plan: money(b.total),
                about_a_week: money(b.about_a_week),
            });
            let balances = b
                .budget_checks
                .iter()
                .filter_map(|check| {
                    let scope = match check.scope {
                        BudgetScope::WholePlan => s.whole_plan,
                        BudgetScope::Option(o) => option_name(o, s),
                    };
                    match check.balance {
                        Ok(BudgetBalance::Left {
                            budget,
                            sketch,
                            left,
                        }) => Some(s.left(&scope, &money(budget), &money(sketch), &money(left))),
                        Ok(BudgetBalance::Over {
                            budget,
                            sketch,
                            over,
                        }) => Some(s.over(&scope, &money(budget), &money(sketch), &money(over))),
                        Err(_) => None,
                    }
                })
                .collect();
            Ok(Costs {
                lines,
                employer,
                totals,
                plan_total: s.plan_total(&money(b.total), &b.plan_weeks),
                about_a_week: s.about_a_week(&money(b.about_a_week)),
                option_4_note: (used.len() > 1).then_some(s.option_4_note),
                balances,
            })
        }
    };
    let cover = holiday_cover_due(budget)
        .into_iter()
        .filter_map(|id| budget.lines.iter().find(|l| l.id == id))
        .map(|line| CoverReminder {
            pa_line: line.id,
            text: s.cover_reminder(&line_name(line, s), &number(rates.holiday_weeks.value)),
        })
        .collect();
    let plan_length = parse_whole(&budget.settings.plan_weeks, FieldKind::PlanWeeks)
        .ok()
        .map(|weeks| s.plan_length(&weeks));
    StartView {
        tax_year: s.tax_year(&tax_year_label(budget.settings.tax_year)),
        plan_length,
        ideas,
        costs,
        cover,
    }
}

/// One typed figure on a question page: `field` says which, for an idea
/// ([`LineField`]) or for the settings ([`SettingsField`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldView<F = LineField> {
    pub field: F,
    pub id: &'static str,
    pub label: &'static str,
    pub hint: String,
    pub value: String,
    pub error: Option<String>,
    /// "£" before the box, for money.
    pub money: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceView<T> {
    pub value: T,
    pub label: &'static str,
    pub hint: Option<&'static str>,
    pub checked: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OptionChoice {
    /// A PA: no choice, with the reason.
    Option1Only {
        heading: &'static str,
        reason: &'static str,
    },
    Choose(Vec<ChoiceView<SdsOption>>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeChoice {
    pub id: u32,
    pub words: String,
    pub checked: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayChoice {
    pub day: Weekday,
    pub label: &'static str,
    pub parts: Vec<ChoiceView<WeekSlot>>,
}

/// The question page for one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineView {
    pub id: LineId,
    pub kind: LineKind,
    pub heading: &'static str,
    pub examples: &'static str,
    pub name: String,
    pub fields: Vec<FieldView>,
    pub aged_22_or_over: Option<bool>,
    pub break_unit: Option<BreakUnit>,
    pub basis: Option<AmountBasis>,
    pub option: OptionChoice,
    pub outcomes: Vec<OutcomeChoice>,
    /// Shown when there are no outcomes to link.
    pub no_outcomes: Option<&'static str>,
    pub week: Vec<DayChoice>,
    /// Every problem, in page order: beside the fields and in the summary.
    pub errors: Vec<SupportFieldError>,
    pub cost: Option<String>,
    pub notices: Vec<String>,
}

/// The page for line `id`. Blank required boxes are only reported once the
/// family has tried to save (`tried_to_save`); other mistakes show as they
/// type.
fn with_council_note(hint: String, note: Option<String>) -> String {
    match note {
        Some(note) => format!("{hint} {note}"),
        None => hint,
    }
}

/// The council's funded PA rate and what it covers, labelled as its figure.
fn council_pa_note(model: &Model, s: &SupportText) -> Option<String> {
    let council = model.council.as_ref()?;
    let rate = council.pa_hourly_rate?;
    let note = s.council_pa_rate(&council.council_name, &money(rate));
    Some(if council.pa_rate_covers.is_empty() {
        note
    } else {
        format!("{note} {}", council.pa_rate_covers)
    })
}

/// The council's example provider rates, labelled as its figures.
fn council_provider_note(model: &Model, s: &SupportText) -> Option<String> {
    let council = model.council.as_ref()?;
    if council.provider_rates.is_empty() {
        return None;
    }
    let list: Vec<String> = council
        .provider_rates
        .iter()
        .map(|p| format!("{} {}", p.name, money(p.hourly_rate)))
        .collect();
    Some(s.council_provider_rates(&council.council_name, &list.join("; ")))
}

pub fn line(model: &Model, id: LineId, tried_to_save: bool, t: &Text) -> Option<LineView> {
    let s = t.support;
    let plan = &model.plan;
    let budget = &plan.support;
    let line = budget.lines.iter().find(|l| l.id == id)?;
    let rates = rates(budget);
    let plan_weeks = plan_weeks_or_longest(budget);
    let kind = line.input.kind();
    let errors_found = line.values(plan_weeks, &rates).err().unwrap_or_default();
    let error_for = |field: LineField, text: &str| -> Option<String> {
        errors_found.iter().find_map(|e| match e {
            LineError::Field { field: f, error } if *f == field => {
                if *error == AmountError::Empty && !tried_to_save && text.trim().is_empty() {
                    None
                } else {
                    Some(amount_error_message(
                        *error,
                        line_field_noun(field, kind, s),
                        line_field_kind(field),
                        s,
                    ))
                }
            }
            _ => None,
        })
    };
    let year = tax_year_label(budget.settings.tax_year);
    let field = |field: LineField, label: &'static str, hint: String, text: &str| FieldView {
        field,
        id: line_field_id(field),
        label,
        hint,
        value: text.to_owned(),
        error: error_for(field, text),
        money: line_field_kind(field).bounds().money,
    };
    let weeks_hint = s.weeks_hint(&plan_weeks);
    let mut aged_22_or_over = None;
    let mut break_unit = None;
    let mut basis = None;
    let fields = match &line.input {
        LineInput::PersonalAssistant(i) => {
            aged_22_or_over = Some(i.aged_22_or_over);
            vec![
                field(
                    LineField::HoursAWeek,
                    s.hours_label,
                    s.hours_hint_pa.into(),
                    &i.hours_a_week,
                ),
                field(
                    LineField::HourlyRate,
                    s.pa_rate_label,
                    with_council_note(
                        s.pa_rate_hint(&money(rates.pa_minimum_hourly.value), &year),
                        council_pa_note(model, s),
                    ),
                    &i.hourly_rate,
                ),
                field(LineField::Weeks, s.weeks_label, weeks_hint, &i.weeks),
            ]
        }
        LineInput::ProviderHours(i) => vec![
            field(
                LineField::HoursAWeek,
                s.hours_label,
                s.hours_hint_provider.into(),
                &i.hours_a_week,
            ),
            field(
                LineField::HourlyRate,
                s.provider_rate_label,
                with_council_note(s.provider_rate_hint.into(), council_provider_note(model, s)),
                &i.hourly_rate,
            ),
            field(LineField::Weeks, s.weeks_label, weeks_hint, &i.weeks),
        ],
        LineInput::Activity(i) => vec![
            field(
                LineField::CostASession,
                s.session_cost_label,
                s.session_cost_hint.into(),
                &i.cost_a_session,
            ),
            field(
                LineField::SessionsAWeek,
                s.sessions_label,
                s.sessions_hint.into(),
                &i.sessions_a_week,
            ),
            field(LineField::Weeks, s.weeks_label, weeks_hint, &i.weeks),
        ],
        LineInput::ShortBreaks(i) => {
            break_unit = Some(i.unit);
            vec![
                field(
                    LineField::CostEach,
                    s.break_cost_label,
                    s.break_cost_hint.into(),
                    &i.cost_each,
                ),
                field(
                    LineField::Number,
                    s.break_number_label,
                    s.break_number_hint.into(),
                    &i.number,
                ),
            ]
        }
        LineInput::OneOff(i) => vec![field(
            LineField::Amount,
            s.one_off_label,
            s.one_off_hint.into(),
            &i.amount,
        )],
        LineInput::Travel(i) => vec![
            field(
                LineField::MilesAWeek,
                s.miles_label,
                s.miles_hint.into(),
                &i.miles_a_week,
            ),
            field(
                LineField::PenceAMile,
                s.pence_label,
                s.pence_hint(&pence(rates.mileage_pence_a_mile.value)),
                &i.pence_a_mile,
            ),
            field(LineField::Weeks, s.weeks_label, weeks_hint, &i.weeks),
        ],
        LineInput::Other(i) => {
            basis = Some(i.basis);
            let mut fields = vec![field(
                LineField::Amount,
                s.other_amount_label,
                s.other_amount_hint.into(),
                &i.amount,
            )];
            if i.basis == AmountBasis::AWeek {
                fields.push(field(LineField::Weeks, s.weeks_label, weeks_hint, &i.weeks));
            }
            fields
        }
    };
    let option = if kind == LineKind::PersonalAssistant {
        OptionChoice::Option1Only {
            heading: s.pa_option_heading,
            reason: s.pa_option_explained,
        }
    } else {
        OptionChoice::Choose(
            SdsOption::ALL
                .into_iter()
                .map(|o| ChoiceView {
                    value: o,
                    label: option_name(o, s),
                    hint: Some(option_hint(o, s)),
                    checked: line.option == o,
                })
                .collect(),
        )
    };
    let outcomes: Vec<OutcomeChoice> = plan
        .outcomes
        .items
        .iter()
        .filter(|o| !o.words.trim().is_empty())
        .map(|o| OutcomeChoice {
            id: o.id,
            words: o.words.trim().to_owned(),
            checked: line.outcome_ids.contains(&o.id),
        })
        .collect();
    let week = Weekday::ALL
        .into_iter()
        .map(|day| DayChoice {
            day,
            label: day_name(day, s),
            parts: PartOfDay::ALL
                .into_iter()
                .map(|part| {
                    let slot = WeekSlot { day, part };
                    ChoiceView {
                        value: slot,
                        label: part_name(part, s),
                        hint: None,
                        checked: line.week.contains(&slot),
                    }
                })
                .collect(),
        })
        .collect();
    let mut errors = field_errors(fields.iter().map(|f| (f.id, &f.error)));
    if errors_found.contains(&LineError::CostTooLarge) {
        errors.push(SupportFieldError {
            field_id: fields.first().map_or("line-name", |f| f.id),
            message: s.error_too_large_to_cost.to_owned(),
        });
    }
    let (cost, notices) = match compute(budget, &rates)
        .ok()
        .and_then(|b| b.lines.into_iter().find(|l| l.id == id).map(|l| l.result))
    {
        Some(LineResult::Costed(costed)) => (
            Some(if costed.pa.is_some() {
                s.idea_costs_pa(&money(costed.total))
            } else {
                s.idea_costs(&money(costed.total))
            }),
            costed
                .notices
                .iter()
                .map(|n| match n {
                    LineNotice::RateBelowPaMinimum { minimum } => {
                        s.pa_below_minimum(&money(minimum.value))
                    }
                })
                .collect(),
        ),
        _ => (None, Vec::new()),
    };
    let kind_words = kind_text(kind, s);
    Some(LineView {
        id,
        kind,
        heading: kind_words.heading,
        examples: kind_words.examples,
        name: line.name.clone(),
        fields,
        aged_22_or_over,
        break_unit,
        basis,
        option,
        no_outcomes: outcomes.is_empty().then_some(s.no_outcomes),
        outcomes,
        week,
        errors,
        cost,
        notices,
    })
}

/// The question before removing an idea.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoveView {
    pub title: String,
    pub body: &'static str,
}

pub fn remove(model: &Model, id: LineId, t: &Text) -> Option<RemoveView> {
    let s = t.support;
    let line = model.plan.support.lines.iter().find(|l| l.id == id)?;
    Some(RemoveView {
        title: s.remove_title(&line_name(line, s)),
        body: s.remove_body,
    })
}

/// A settings box.
pub type SettingsFieldView = FieldView<SettingsField>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsView {
    pub tax_years: Vec<ChoiceView<TaxYear>>,
    pub plan_weeks: SettingsFieldView,
    pub employment_allowance: bool,
    pub pension_opt_in: bool,
    pub employer_fields: Vec<SettingsFieldView>,
    pub errors: Vec<SupportFieldError>,
}

pub fn settings(model: &Model, t: &Text) -> SettingsView {
    let s = t.support;
    let settings = &model.plan.support.settings;
    let rates = settings.tax_year.rates();
    let parse_errors = settings.parse(&rates).err().unwrap_or_default();
    let error_for = |field: SettingsField| {
        parse_errors.iter().find(|e| e.field == field).map(|e| {
            amount_error_message(e.error, settings_noun(field, s), settings_kind(field), s)
        })
    };
    let view =
        |field: SettingsField, label: &'static str, hint: String, value: &str| SettingsFieldView {
            field,
            id: settings_field_id(field),
            label,
            hint,
            value: value.to_owned(),
            error: error_for(field),
            money: settings_kind(field).bounds().money,
        };
    let default_is =
        |value: String, source: RateSource| s.default_is(&value, &source_text(source, s));
    let employer = &settings.employer;
    let contingency_hint = format!(
        "{} {}",
        s.contingency_hint,
        default_is(
            format!("{}%", number(rates.contingency_percent.value)),
            rates.contingency_percent.source
        )
    );
    let employer_fields = vec![
        view(
            SettingsField::InsurancePremiumAYear,
            s.insurance_label,
            default_is(
                money(rates.insurance_premium_a_year.value),
                rates.insurance_premium_a_year.source,
            ),
            &employer.insurance_premium_a_year,
        ),
        view(
            SettingsField::PayrollCostAPayslip,
            s.payslip_cost_label,
            default_is(
                money(rates.payroll_cost_a_payslip.value),
                rates.payroll_cost_a_payslip.source,
            ),
            &employer.payroll_cost_a_payslip,
        ),
        view(
            SettingsField::PayslipsAYear,
            s.payslips_label,
            default_is(
                number(rates.payslips_a_year.value),
                rates.payslips_a_year.source,
            ),
            &employer.payslips_a_year,
        ),
        view(
            SettingsField::ContingencyPercent,
            s.contingency_label,
            contingency_hint,
            &employer.contingency_percent,
        ),
    ];
    let plan_weeks = view(
        SettingsField::PlanWeeks,
        s.plan_weeks_label,
        s.plan_weeks_hint.to_owned(),
        &settings.plan_weeks,
    );
    let errors = field_errors(
        std::iter::once(&plan_weeks)
            .chain(employer_fields.iter())
            .map(|f| (f.id, &f.error)),
    );
    SettingsView {
        tax_years: TaxYear::ALL
            .into_iter()
            .map(|y| ChoiceView {
                value: y,
                label: tax_year_choice(y),
                hint: None,
                checked: settings.tax_year == y,
            })
            .collect(),
        plan_weeks,
        employment_allowance: employer.employment_allowance,
        pension_opt_in: employer.pension_opt_in,
        employer_fields,
        errors,
    }
}

fn tax_year_choice(year: TaxYear) -> &'static str {
    match year {
        TaxYear::Y2025_26 => "2025/26",
        TaxYear::Y2026_27 => "2026/27",
    }
}

/// One part of one day in the typical week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekCell {
    pub part: &'static str,
    pub ideas: Vec<String>,
    /// "2 things at once" when ideas overlap, so a clash is never shown by
    /// colour alone.
    pub clash: Option<String>,
    /// "Nothing planned" for a gap.
    pub gap: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekRow {
    pub day: &'static str,
    pub cells: Vec<WeekCell>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekView {
    pub parts: Vec<&'static str>,
    pub rows: Vec<WeekRow>,
    /// Ideas with no days chosen, each with its id for a "Change when" link.
    pub not_placed: Vec<(LineId, String)>,
}

pub fn week(model: &Model, t: &Text) -> WeekView {
    let s = t.support;
    let lines = &model.plan.support.lines;
    let rows = Weekday::ALL
        .into_iter()
        .map(|day| WeekRow {
            day: day_name(day, s),
            cells: PartOfDay::ALL
                .into_iter()
                .map(|part| {
                    let slot = WeekSlot { day, part };
                    let ideas: Vec<String> = lines
                        .iter()
                        .filter(|l| l.week.contains(&slot))
                        .map(|l| line_name(l, s))
                        .collect();
                    WeekCell {
                        part: part_name(part, s),
                        clash: (ideas.len() > 1).then(|| s.at_once(&ideas.len())),
                        gap: ideas.is_empty().then_some(s.nothing_planned),
                        ideas,
                    }
                })
                .collect(),
        })
        .collect();
    WeekView {
        parts: PartOfDay::ALL
            .into_iter()
            .map(|p| part_name(p, s))
            .collect(),
        rows,
        not_placed: lines
            .iter()
            .filter(|l| l.week.is_empty())
            .map(|l| (l.id, line_name(l, s)))
            .collect(),
    }
}

/// A budget box with its error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AmountFieldView {
    pub id: &'static str,
    pub label: String,
    pub hint: String,
    pub value: String,
    pub error: Option<String>,
    pub money: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TradeOffRowView {
    pub rate: String,
    pub above: String,
    pub hours: String,
    pub cost: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetView {
    pub kinds: Vec<ChoiceView<BudgetKind>>,
    /// (scope, box) for each budget figure asked for.
    pub amounts: Vec<(BudgetScope, AmountFieldView)>,
    pub balances: Vec<String>,
    pub buys: Vec<(ScenarioField, AmountFieldView)>,
    pub buys_result: Option<String>,
    pub trade_off: Vec<TradeOffRowView>,
    pub errors: Vec<SupportFieldError>,
}

pub fn budget(model: &Model, t: &Text) -> BudgetView {
    let s = t.support;
    let budget = &model.plan.support;
    let rates = rates(budget);
    let kind = match budget.settings.indicative_budget {
        IndicativeBudget::NotEntered => BudgetKind::NotEntered,
        IndicativeBudget::WholePlan { .. } => BudgetKind::WholePlan,
        IndicativeBudget::PerOption { .. } => BudgetKind::PerOption,
    };
    let kinds = [
        (BudgetKind::NotEntered, s.budget_none),
        (BudgetKind::WholePlan, s.budget_whole),
        (BudgetKind::PerOption, s.budget_per_option),
    ]
    .into_iter()
    .map(|(value, label)| ChoiceView {
        value,
        label,
        hint: None,
        checked: kind == value,
    })
    .collect();
    let typed: Vec<(BudgetScope, String, &str)> = match &budget.settings.indicative_budget {
        IndicativeBudget::NotEntered => Vec::new(),
        IndicativeBudget::WholePlan { amount } => {
            vec![(
                BudgetScope::WholePlan,
                s.budget_amount_label.to_owned(),
                amount.as_str(),
            )]
        }
        IndicativeBudget::PerOption {
            option1,
            option2,
            option3,
        } => [
            (SdsOption::Option1, option1),
            (SdsOption::Option2, option2),
            (SdsOption::Option3, option3),
        ]
        .into_iter()
        .map(|(o, text)| {
            (
                BudgetScope::Option(o),
                s.budget_option_label(&option_name(o, s)),
                text.as_str(),
            )
        })
        .collect(),
    };
    let amounts: Vec<(BudgetScope, AmountFieldView)> = typed
        .into_iter()
        .map(|(scope, label, text)| {
            let error = if text.trim().is_empty() {
                None
            } else {
                parse_field(text, FieldKind::Amount)
                    .err()
                    .map(|e| amount_error_message(e, s.noun_budget, FieldKind::Amount, s))
            };
            (
                scope,
                AmountFieldView {
                    id: budget_field_id(scope),
                    label,
                    hint: s.budget_hint.to_owned(),
                    value: text.to_owned(),
                    error,
                    money: true,
                },
            )
        })
        .collect();
    let balances = match start(model, t).costs {
        Ok(costs) => costs.balances,
        Err(_) => Vec::new(),
    };

    // What a budget buys.
    let plan_weeks = parse_whole(&budget.settings.plan_weeks, FieldKind::PlanWeeks).ok();
    let input = &budget.buys;
    let amount =
        (!input.amount.trim().is_empty()).then(|| parse_field(&input.amount, FieldKind::Amount));
    let rate = parse_optional(&input.hourly_rate, FieldKind::HourlyRate);
    let weeks = match (
        parse_optional_whole(&input.weeks, FieldKind::Weeks),
        plan_weeks,
    ) {
        (Ok(Some(w)), Some(p)) if w > p => Err(AmountError::MoreThanPlanWeeks { plan_weeks: p }),
        (Ok(w), p) => Ok(w.or(p)),
        (Err(e), _) => Err(e),
    };
    let buys_box = |field: ScenarioField,
                    label: &'static str,
                    hint: String,
                    value: &str,
                    error: Option<AmountError>,
                    noun: &str,
                    kind: FieldKind| {
        (
            field,
            AmountFieldView {
                id: buys_field_id(field),
                label: label.to_owned(),
                hint,
                value: value.to_owned(),
                error: error.map(|e| amount_error_message(e, noun, kind, s)),
                money: kind.bounds().money,
            },
        )
    };
    let buys = vec![
        buys_box(
            ScenarioField::Amount,
            s.buys_amount_label,
            s.buys_amount_hint.to_owned(),
            &input.amount,
            amount.and_then(|a| a.err()),
            s.noun_amount,
            FieldKind::Amount,
        ),
        buys_box(
            ScenarioField::HourlyRate,
            s.buys_rate_label,
            s.buys_rate_hint(&money(rates.pa_minimum_hourly.value)),
            &input.hourly_rate,
            rate.err(),
            s.noun_rate,
            FieldKind::HourlyRate,
        ),
        buys_box(
            ScenarioField::Weeks,
            s.buys_weeks_label,
            s.buys_weeks_hint(&plan_weeks.unwrap_or(52)),
            &input.weeks,
            weeks.err(),
            s.noun_weeks,
            FieldKind::Weeks,
        ),
    ];
    let mut buys_result = None;
    let mut trade_off = Vec::new();
    if let (Some(Ok(amount)), Ok(rate), Ok(Some(weeks))) = (amount, rate, weeks) {
        // With a PA already in the plan, the question is how many hours
        // that PA could have; otherwise it is a new PA.
        let first_pa = budget.lines.iter().find_map(|l| match &l.input {
            LineInput::PersonalAssistant(pa) => Some((l.id, pa.aged_22_or_over)),
            _ => None,
        });
        let question = TradeOffQuestion {
            amount,
            weeks,
            aged_22_or_over: first_pa.is_none_or(|(_, aged)| aged),
            replacing: first_pa.map(|(id, _)| id),
        };
        let minimum = rates.pa_minimum_hourly.value;
        let rate = rate.unwrap_or(minimum);
        let mut steps = default_rate_steps().to_vec();
        let typed_step = rate.checked_sub(minimum).filter(|d| !d.is_sign_negative());
        if let Some(step) = typed_step
            && !steps.contains(&step)
        {
            steps.push(step);
            steps.sort_unstable();
        }
        if let Ok(bought) = crate::budget::most_hours_within(budget, &rates, &question, rate) {
            buys_result = Some(match bought {
                HoursBought::Hours { hours_a_week, .. } => {
                    s.buys_result(&money(amount), &number(hours_a_week), &money(rate))
                }
                HoursBought::NothingFits { .. } => s.buys_nothing(&money(amount)),
            });
        }
        if let Ok(rows) = trade_off_table(budget, &rates, &question, &steps) {
            trade_off = rows
                .into_iter()
                .map(|row| {
                    let (hours, cost) = match row.bought {
                        HoursBought::Hours {
                            hours_a_week,
                            option1_cost,
                        } => (s.hours_a_week(&number(hours_a_week)), money(option1_cost)),
                        HoursBought::NothingFits {
                            option1_cost_at_zero_hours,
                        } => (s.none_fit.to_owned(), money(option1_cost_at_zero_hours)),
                    };
                    TradeOffRowView {
                        rate: money(row.hourly_rate),
                        above: if row.above_minimum.is_zero() {
                            s.the_minimum.to_owned()
                        } else {
                            s.above_minimum(&money(row.above_minimum))
                        },
                        hours,
                        cost,
                    }
                })
                .collect();
        }
    }
    let errors = field_errors(
        amounts
            .iter()
            .map(|(_, f)| f)
            .chain(buys.iter().map(|(_, f)| f))
            .map(|f| (f.id, &f.error)),
    );
    BudgetView {
        kinds,
        amounts,
        balances,
        buys,
        buys_result,
        trade_off,
        errors,
    }
}

#[cfg(test)]
mod tests;
