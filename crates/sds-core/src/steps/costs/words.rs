//! The costs step's words: each part of a cost and each source by name,
//! the settings' nouns and the element ids of the costs pages. Money,
//! numbers and the names of ideas come from the support step's words.

use super::*;

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
        BudgetScope::Option(SdsOption::Option4) => "budget-option-4",
    }
}

pub fn buys_field_id(field: ScenarioField) -> &'static str {
    match field {
        ScenarioField::Amount => "buys-amount",
        ScenarioField::HourlyRate => "buys-rate",
        ScenarioField::Weeks => "buys-weeks",
        ScenarioField::HoursAWeek => "buys-hours",
    }
}

pub(crate) fn settings_noun(field: SettingsField, t: &SupportText) -> &'static str {
    match field {
        SettingsField::PlanWeeks => t.noun_plan_weeks,
        SettingsField::InsurancePremiumAYear => t.noun_insurance,
        SettingsField::PayrollCostAPayslip => t.noun_payslip_cost,
        SettingsField::PayslipsAYear => t.noun_payslips,
        SettingsField::ContingencyPercent => t.noun_contingency,
    }
}

pub(crate) fn settings_kind(field: SettingsField) -> FieldKind {
    match field {
        SettingsField::PlanWeeks => FieldKind::PlanWeeks,
        SettingsField::InsurancePremiumAYear | SettingsField::PayrollCostAPayslip => {
            FieldKind::Amount
        }
        SettingsField::PayslipsAYear => FieldKind::PayslipsAYear,
        SettingsField::ContingencyPercent => FieldKind::Percentage,
    }
}
