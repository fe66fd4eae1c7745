//! The budget engine: an indicative cost for a family's SDS plan, to bring
//! to an assessment (budget-rules.md is the contract).
//!
//! Everything here returns structured data (figures, enums, sources); the
//! words a family reads come from the text catalogue, so a new language
//! never touches the arithmetic.

mod breakdown;
mod buys;
mod cover;
mod engine;
mod lines;
mod money;
mod rates;
mod settings;

#[cfg(test)]
mod properties;

pub use breakdown::{
    BudgetBalance, BudgetBreakdown, BudgetCheck, BudgetError, Component, ComponentKind, CostedLine,
    EmployerCosts, LineCost, LineNotice, LineResult, OptionTotals, PaCost, PensionStatus,
    ScenarioField,
};
pub use buys::{
    FundedRateQuestion, HoursBought, PaAtRate, PayableAnswer, PayableRate, TradeOffQuestion,
    TradeOffRow, default_rate_steps, highest_pa_rate, most_hours_within, trade_off_table,
};
pub use cover::{
    CoverBy, CoverSplit, checked_values, cover_pairs, cover_weeks_for, holiday_cover_due,
    suggested_cover_line,
};
pub use engine::compute;
pub use lines::{
    ActivityInput, AmountBasis, BreakUnit, LineError, LineField, LineId, LineInput, LineKind,
    LineValues, LineWeeks, OneOffInput, OtherInput, PaInput, PaValues, PartOfDay,
    ProviderHoursInput, SdsOption, ShortBreaksInput, SupportLine, TravelInput, WeekSlot, Weekday,
};
pub(crate) use money::decimal_to_u32;
pub use money::{
    AmountError, FieldBounds, FieldKind, for_plan_weeks, parse_field, parse_optional,
    parse_optional_whole, parse_whole, round_pennies,
};
pub use rates::{
    Rate, RateField, RateOverrideError, RateOverrides, RateSource, RateTable, TaxYear,
};
pub use settings::{
    BudgetPlan, BudgetScope, BuysInput, EmployerSettings, IndicativeBudget, ParsedSettings,
    PayInput, PlanSettings, SettingsError, SettingsField,
};
