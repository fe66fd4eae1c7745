//! "Support ideas and costs", the costs: what the ideas cost, broken down
//! so anyone can follow it, the settings the figures rest on (tax year,
//! plan length, the costs of being an employer), a typical week, the
//! council's indicative budget and what a budget buys.
//!
//! Reads the ideas through the support step below; writes only the
//! budget's settings and the "what a budget buys" question.

mod breakdown;
mod pages;
mod pay;
mod picture;
mod words;

pub use breakdown::*;
pub use pages::*;
pub use pay::*;
pub use picture::*;
pub use words::*;

use rust_decimal::Decimal;

use crate::budget::{
    AmountError, BudgetBalance, BudgetBreakdown, BudgetError, BudgetPlan, BudgetScope,
    ComponentKind, EmployerCosts, FieldKind, HoursBought, IndicativeBudget, LineId, LineInput,
    LineNotice, LineResult, PartOfDay, PensionStatus, RateSource, RateTable, ScenarioField,
    SdsOption, SettingsField, TaxYear, TradeOffQuestion, WeekSlot, Weekday, compute,
    default_rate_steps, for_plan_weeks, parse_field, parse_optional, parse_optional_whole,
    parse_whole, round_pennies, trade_off_table,
};
use crate::plan::Plan;
use crate::steps::support::{
    ChoiceView, CoverReminder, FieldView, IdeaSummary, SupportFieldError, SupportScreen,
    amount_error_message, can_add, chosen_option_name, cover_reminders, cover_sentences, day_name,
    field_errors, hours, ideas, line_name, money, money_short, number, option_name, pa_reference,
    part_name, rates, tax_year_label,
};
use crate::text::Text;
use crate::text::support::{ComponentText, SupportText};
use crate::vocabulary::Next;

/// The pages of the costs, beside the ideas' list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CostsScreen {
    Settings,
    Week,
    Budget,
}

/// A box of "What can we pay a PA?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PayField {
    FundedRate,
    HoursAWeek,
    Weeks,
}

/// Which kind of indicative budget the family has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BudgetKind {
    NotEntered,
    WholePlan,
    PerOption,
}

/// What a family can do on the costs pages.
#[derive(Debug, Clone, PartialEq)]
pub enum CostsAction {
    SetTaxYear(TaxYear),
    SetPlanWeeks(String),
    SetEmploymentAllowance(bool),
    SetPensionOptIn(bool),
    SetEmployerField(SettingsField, String),
    SetBudgetKind(BudgetKind),
    SetBudgetAmount(BudgetScope, String),
    SetBuysField(ScenarioField, String),
    SetPayField(PayField, String),
    /// "Save settings" on the settings page: back to the list unless a
    /// figure needs fixing.
    SaveSettings,
    /// "Save" on the budget page: back to the list unless a figure needs
    /// fixing.
    SaveBudget,
}

/// Writes only the budget's settings and the "what a budget buys"
/// question. Saving a page goes back to the ideas' list, the page the
/// costs sit on.
pub fn apply(budget: &mut BudgetPlan, action: CostsAction) -> Next<SupportScreen> {
    match action {
        CostsAction::SetTaxYear(year) => budget.settings.tax_year = year,
        CostsAction::SetPlanWeeks(text) => budget.settings.plan_weeks = text,
        CostsAction::SetEmploymentAllowance(on) => {
            budget.settings.employer.employment_allowance = on;
        }
        CostsAction::SetPensionOptIn(on) => budget.settings.employer.pension_opt_in = on,
        CostsAction::SetEmployerField(field, text) => {
            let employer = &mut budget.settings.employer;
            match field {
                SettingsField::PlanWeeks => budget.settings.plan_weeks = text,
                SettingsField::InsurancePremiumAYear => employer.insurance_premium_a_year = text,
                SettingsField::PayrollCostAPayslip => employer.payroll_cost_a_payslip = text,
                SettingsField::PayslipsAYear => employer.payslips_a_year = text,
                SettingsField::ContingencyPercent => employer.contingency_percent = text,
            }
        }
        CostsAction::SetBudgetKind(kind) => {
            let indicative = &mut budget.settings.indicative_budget;
            *indicative = match (kind, &*indicative) {
                (BudgetKind::NotEntered, _) => IndicativeBudget::NotEntered,
                (BudgetKind::WholePlan, IndicativeBudget::WholePlan { .. })
                | (BudgetKind::PerOption, IndicativeBudget::PerOption { .. }) => return Next::Stay,
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
        CostsAction::SetBudgetAmount(scope, text) => {
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
        CostsAction::SetBuysField(field, text) => match field {
            ScenarioField::Amount => budget.buys.amount = text,
            ScenarioField::HourlyRate => budget.buys.hourly_rate = text,
            ScenarioField::Weeks => budget.buys.weeks = text,
            // "What a budget buys" finds the hours: there is no box for them.
            ScenarioField::HoursAWeek => {}
        },
        CostsAction::SetPayField(field, text) => match field {
            PayField::FundedRate => budget.pay.funded_rate = text,
            PayField::HoursAWeek => budget.pay.hours_a_week = text,
            PayField::Weeks => budget.pay.weeks = text,
        },
        CostsAction::SaveSettings => {
            return if budget.settings.parse(&rates(budget)).is_ok() {
                Next::Page(SupportScreen::Start)
            } else {
                Next::ShowErrors
            };
        }
        CostsAction::SaveBudget => {
            return if budget_page_reads(budget) && pay_reads(budget) {
                Next::Page(SupportScreen::Start)
            } else {
                Next::ShowErrors
            };
        }
    }
    Next::Stay
}

#[cfg(test)]
mod tests;
