//! What the engine reads from a plan besides its lines: the plan's tax year
//! and length, the costs of being an employer, the indicative budget and
//! the "what a budget buys" question, each kept as typed and parsed here.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::lines::{SdsOption, SupportLine};
use super::money::{AmountError, FieldKind, parse_optional, parse_optional_whole, parse_whole};
use super::rates::{Rate, RateOverrideError, RateOverrides, RateSource, RateTable, TaxYear};

/// Everything the engine reads from a plan: stored inside the plan file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BudgetPlan {
    pub settings: PlanSettings,
    pub lines: Vec<SupportLine>,
    /// The "what a budget buys" question as typed, kept so it survives a
    /// reload like every other answer.
    pub buys: BuysInput,
    /// "What can we pay a PA?" as typed.
    pub pay: PayInput,
}

/// The typed figures of "What can we pay a PA?". A blank rate means the
/// council's funded rate, when its configuration gives one; blank hours
/// and weeks mean the first PA's (or every week of the plan).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PayInput {
    pub funded_rate: String,
    pub hours_a_week: String,
    pub weeks: String,
}

/// The typed figures of a "what a budget buys" question. A blank rate means
/// the year's minimum PA rate; blank weeks mean every week of the plan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BuysInput {
    pub amount: String,
    pub hourly_rate: String,
    pub weeks: String,
}

impl BudgetPlan {
    /// The rates for the plan's own tax year with the council's figures
    /// laid over them.
    pub fn rate_table(&self, council: &RateOverrides) -> Result<RateTable, RateOverrideError> {
        self.settings.tax_year.rates().with_overrides(council)
    }
}

/// Settings for the whole sketch, held as typed text like the lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanSettings {
    pub tax_year: TaxYear,
    /// Budgets are often agreed for 52 weeks and then reviewed.
    pub plan_weeks: String,
    pub employer: EmployerSettings,
    pub indicative_budget: IndicativeBudget,
}

impl Default for PlanSettings {
    fn default() -> Self {
        PlanSettings {
            tax_year: TaxYear::default(),
            plan_weeks: "52".to_owned(),
            employer: EmployerSettings::default(),
            indicative_budget: IndicativeBudget::default(),
        }
    }
}

/// The once-per-employer choices (rules 6–9). A blank figure means the rate
/// table's default, so the default keeps its citation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EmployerSettings {
    /// A family employing care and support workers can usually claim it.
    pub employment_allowance: bool,
    pub insurance_premium_a_year: String,
    pub payroll_cost_a_payslip: String,
    /// For each PA.
    pub payslips_a_year: String,
    pub contingency_percent: String,
    /// Price in the employer's pension for PAs who may opt in: earning above
    /// the lower limit but not auto-enrolled (under 22 or below the trigger).
    pub pension_opt_in: bool,
}

impl Default for EmployerSettings {
    fn default() -> Self {
        EmployerSettings {
            employment_allowance: true,
            insurance_premium_a_year: String::new(),
            payroll_cost_a_payslip: String::new(),
            payslips_a_year: String::new(),
            contingency_percent: String::new(),
            pension_opt_in: false,
        }
    }
}

/// The council's indicative figure, if the family has one: for the whole
/// plan, or one per option (a blank one is simply not compared).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum IndicativeBudget {
    #[default]
    NotEntered,
    WholePlan {
        #[serde(default)]
        amount: String,
    },
    PerOption {
        #[serde(default)]
        option1: String,
        #[serde(default)]
        option2: String,
        #[serde(default)]
        option3: String,
    },
}

impl IndicativeBudget {
    /// Each figure as typed (blank ones too), with what it is a budget for,
    /// in the order the page shows them.
    pub fn figures(&self) -> Vec<(BudgetScope, &str)> {
        match self {
            IndicativeBudget::NotEntered => Vec::new(),
            IndicativeBudget::WholePlan { amount } => vec![(BudgetScope::WholePlan, amount)],
            IndicativeBudget::PerOption {
                option1,
                option2,
                option3,
            } => vec![
                (BudgetScope::Option(SdsOption::Option1), option1),
                (BudgetScope::Option(SdsOption::Option2), option2),
                (BudgetScope::Option(SdsOption::Option3), option3),
            ],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SettingsField {
    PlanWeeks,
    InsurancePremiumAYear,
    PayrollCostAPayslip,
    PayslipsAYear,
    ContingencyPercent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsError {
    pub field: SettingsField,
    pub error: AmountError,
}

/// The plan settings as figures, each with its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParsedSettings {
    pub plan_weeks: u32,
    pub employment_allowance: bool,
    pub insurance_premium_a_year: Rate,
    pub payroll_cost_a_payslip: Rate,
    pub payslips_a_year: Rate,
    pub contingency_percent: Rate,
    pub pension_opt_in: bool,
}

impl PlanSettings {
    pub fn parse(&self, rates: &RateTable) -> Result<ParsedSettings, Vec<SettingsError>> {
        let mut errors = Vec::new();
        let plan_weeks =
            parse_whole(&self.plan_weeks, FieldKind::PlanWeeks).unwrap_or_else(|error| {
                errors.push(SettingsError {
                    field: SettingsField::PlanWeeks,
                    error,
                });
                0
            });
        let employer = &self.employer;
        let mut figure = |field: SettingsField, text: &str, kind: FieldKind, default: Rate| {
            let typed = if kind == FieldKind::PayslipsAYear {
                parse_optional_whole(text, kind).map(|count| count.map(Decimal::from))
            } else {
                parse_optional(text, kind)
            };
            match typed {
                Ok(None) => default,
                Ok(Some(value)) => Rate {
                    value,
                    source: RateSource::FamilyEntered,
                    unverified: false,
                },
                Err(error) => {
                    errors.push(SettingsError { field, error });
                    default
                }
            }
        };
        let insurance_premium_a_year = figure(
            SettingsField::InsurancePremiumAYear,
            &employer.insurance_premium_a_year,
            FieldKind::Amount,
            rates.insurance_premium_a_year,
        );
        let payroll_cost_a_payslip = figure(
            SettingsField::PayrollCostAPayslip,
            &employer.payroll_cost_a_payslip,
            FieldKind::Amount,
            rates.payroll_cost_a_payslip,
        );
        let payslips_a_year = figure(
            SettingsField::PayslipsAYear,
            &employer.payslips_a_year,
            FieldKind::PayslipsAYear,
            rates.payslips_a_year,
        );
        let contingency_percent = figure(
            SettingsField::ContingencyPercent,
            &employer.contingency_percent,
            FieldKind::Percentage,
            rates.contingency_percent,
        );
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ParsedSettings {
            plan_weeks,
            employment_allowance: employer.employment_allowance,
            insurance_premium_a_year,
            payroll_cost_a_payslip,
            payslips_a_year,
            contingency_percent,
            pension_opt_in: employer.pension_opt_in,
        })
    }
}

/// Which figure of the indicative budget: the whole plan, or one option.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "scope", content = "option", rename_all = "snake_case")]
pub enum BudgetScope {
    WholePlan,
    Option(SdsOption),
}
