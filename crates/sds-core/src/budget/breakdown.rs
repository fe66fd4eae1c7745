//! What the engine works out: each line's cost in components, the costs of
//! being an employer, totals per option and the budget checks. Figures
//! only; the words come from the text catalogue.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::cover::CoverSplit;
use super::lines::{LineError, LineId, SdsOption};
use super::money::AmountError;
use super::rates::{Rate, RateSource, TaxYear};
use super::settings::{BudgetScope, SettingsError};

/// Why no breakdown could be produced at all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "problem", content = "detail", rename_all = "snake_case")]
pub enum BudgetError {
    /// The plan settings need fixing first: every figure depends on them.
    Settings(Vec<SettingsError>),
    /// A "what a budget buys" question with a figure out of bounds.
    Scenario {
        field: ScenarioField,
        error: AmountError,
    },
    /// A sum beyond what can be represented; unreachable within the bounds.
    TooLarge,
}

/// Which figure of a trade-off question is out of bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScenarioField {
    Amount,
    HourlyRate,
    Weeks,
    /// "What can we pay a PA?": the PA's hours a week.
    HoursAWeek,
}

/// What a figure in the breakdown is, for its label and explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ComponentKind {
    Wages,
    HolidayPay,
    EmployerNiBeforeAllowance,
    Pension,
    ProviderHours,
    Activity,
    ShortBreaks,
    OneOff,
    Travel,
    Other,
    /// Negative: it reduces what the employer pays. Never one of an
    /// employer's `components`; always its own line.
    EmploymentAllowance,
    Insurance,
    Payroll,
    Contingency,
}

/// One printed figure. Components add up to their line or employer total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Component {
    pub kind: ComponentKind,
    pub amount: Decimal,
    pub sources: Vec<RateSource>,
}

/// Why a PA's pension cost is what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PensionStatus {
    AutoEnrolled,
    /// Not auto-enrolled, but the plan prices in the PA's right to opt in.
    OptedIn,
    /// Earns above the trigger but is under 22.
    NoneUnder22,
    NoneBelowTrigger,
}

/// One PA's costs (rules 1–5), before the once-per-employer items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaCost {
    pub wages: Decimal,
    pub holiday: Decimal,
    /// A subtotal (wages + holiday), not a separate cost.
    pub gross: Decimal,
    pub ni_before_allowance: Decimal,
    pub pension: Decimal,
    pub pension_status: PensionStatus,
}

impl PaCost {
    pub(super) fn total(&self) -> Option<Decimal> {
        self.gross
            .checked_add(self.ni_before_allowance)?
            .checked_add(self.pension)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CostedLine {
    pub components: Vec<Component>,
    pub total: Decimal,
    /// Present for PA lines: the named parts and the pension reason.
    pub pa: Option<PaCost>,
    pub notices: Vec<LineNotice>,
}

/// Something a family should know about a valid line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "notice", rename_all = "snake_case")]
pub enum LineNotice {
    /// The PA's rate is below the Scottish minimum for PAs.
    RateBelowPaMinimum { minimum: Rate },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum LineResult {
    Costed(CostedLine),
    /// Left out of every total until fixed.
    Invalid {
        errors: Vec<LineError>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineCost {
    pub id: LineId,
    /// `None` while the family has not chosen.
    pub option: Option<SdsOption>,
    pub result: LineResult,
}

/// Once-per-employer items (rules 6–9), present when there is a PA.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmployerCosts {
    pub pa_count: u32,
    pub ni_before_allowance_total: Decimal,
    /// What HMRC is actually paid: shown for explanation, not added again.
    pub employer_ni_after_allowance: Decimal,
    /// The costs of being an employer (insurance, payroll, contingency),
    /// never negative.
    pub components: Vec<Component>,
    /// The sum of `components`.
    pub costs: Decimal,
    /// The Employment Allowance, when it is claimed: the one figure that
    /// is taken off (its amount is negative), shown on its own line.
    pub allowance: Option<Component>,
    /// `costs` less the allowance: what these items add to Option 1.
    pub total: Decimal,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionTotals {
    pub option1: Decimal,
    pub option2: Decimal,
    pub option3: Decimal,
}

impl OptionTotals {
    /// The total paid under one option. Nothing is paid under Option 4
    /// itself: it is a mix of the other three.
    pub fn get(&self, option: SdsOption) -> Decimal {
        match option {
            SdsOption::Option1 => self.option1,
            SdsOption::Option2 => self.option2,
            SdsOption::Option3 => self.option3,
            SdsOption::Option4 => Decimal::ZERO,
        }
    }

    /// Adds to one option's total; `None` on overflow, or for Option 4,
    /// which no single line is paid under (the line's checks refuse it).
    pub(super) fn add(&mut self, option: SdsOption, amount: Decimal) -> Option<()> {
        let slot = match option {
            SdsOption::Option1 => &mut self.option1,
            SdsOption::Option2 => &mut self.option2,
            SdsOption::Option3 => &mut self.option3,
            SdsOption::Option4 => return None,
        };
        *slot = slot.checked_add(amount)?;
        Some(())
    }

    pub(super) fn sum(&self) -> Option<Decimal> {
        self.option1
            .checked_add(self.option2)?
            .checked_add(self.option3)
    }
}

/// The sketch against the council's indicative figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "balance", rename_all = "snake_case")]
pub enum BudgetBalance {
    /// Within the budget (`left` may be zero).
    Left {
        budget: Decimal,
        sketch: Decimal,
        left: Decimal,
    },
    Over {
        budget: Decimal,
        sketch: Decimal,
        over: Decimal,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetCheck {
    pub scope: BudgetScope,
    pub balance: Result<BudgetBalance, AmountError>,
}

/// The whole costed sketch: what the cost screen and summary show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetBreakdown {
    pub tax_year: TaxYear,
    pub plan_weeks: u32,
    /// One per support line, in plan order.
    pub lines: Vec<LineCost>,
    /// The weeks each cover line took from the PA it covers.
    pub covers: Vec<CoverSplit>,
    pub employer: Option<EmployerCosts>,
    pub options: OptionTotals,
    pub total: Decimal,
    /// Total divided by the plan's weeks: "about £X a week".
    pub about_a_week: Decimal,
    pub budget_checks: Vec<BudgetCheck>,
}
