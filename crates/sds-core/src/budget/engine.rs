//! The cost of a plan for its period (budget-rules.md, rules 1–9 and
//! "Totals").
//!
//! Every component is rounded when it is computed and every total is a sum
//! of the rounded components, so the breakdown a family prints always adds
//! up. Arithmetic is checked: inputs are bounded, but a failure is reported
//! rather than allowed to panic and take the page with it.

use rust_decimal::Decimal;

use super::breakdown::{
    BudgetBalance, BudgetBreakdown, BudgetCheck, BudgetError, Component, ComponentKind, CostedLine,
    EmployerCosts, LineCost, LineNotice, LineResult, OptionTotals, PaCost, PensionStatus,
};
use super::cover::{CoverSplit, cover_pairs, cover_weeks_for, read_line};
use super::lines::{AmountBasis, LineError, LineId, LineValues, PaValues, SdsOption};
use super::money::{AmountError, FieldKind, for_plan_weeks, round_pennies};
use super::rates::{RateSource, RateTable};
use super::settings::{BudgetPlan, BudgetScope, IndicativeBudget, ParsedSettings};

/// Percentages are held as typed ("12.07"), so divide by a hundred here.
fn percent_of(amount: Decimal, percent: Decimal) -> Option<Decimal> {
    amount
        .checked_mul(percent)?
        .checked_div(Decimal::ONE_HUNDRED)
}

fn weeks(count: u32) -> Decimal {
    Decimal::from(count)
}

fn weeks_in_year() -> Decimal {
    Decimal::from(52)
}

/// Sources in first-seen order, each once.
fn sources(list: &[RateSource]) -> Vec<RateSource> {
    let mut unique = Vec::with_capacity(list.len());
    for source in list {
        if !unique.contains(source) {
            unique.push(*source);
        }
    }
    unique
}

/// The plan's figures scaled to its length, computed once per recompute.
pub(super) struct Pricing<'a> {
    pub(super) settings: &'a ParsedSettings,
    pub(super) rates: &'a RateTable,
    plan_weeks: Decimal,
    ni_threshold: Decimal,
    allowance_cap: Decimal,
    pension_lower: Decimal,
    pension_upper: Decimal,
    insurance: Decimal,
}

impl<'a> Pricing<'a> {
    pub(super) fn new(settings: &'a ParsedSettings, rates: &'a RateTable) -> Option<Pricing<'a>> {
        let plan_weeks = weeks(settings.plan_weeks);
        let scale = |yearly: Decimal| for_plan_weeks(yearly, settings.plan_weeks);
        Some(Pricing {
            settings,
            rates,
            plan_weeks,
            ni_threshold: scale(rates.employer_ni_threshold_a_year.value)?,
            allowance_cap: scale(rates.employment_allowance_a_year.value)?,
            pension_lower: scale(rates.pension_lower_a_year.value)?,
            pension_upper: scale(rates.pension_upper_a_year.value)?,
            insurance: scale(settings.insurance_premium_a_year.value)?,
        })
    }

    /// `gross × 52 / plan_weeks > yearly`, compared without division so the
    /// edge is exact.
    fn annualised_above(&self, gross: Decimal, yearly: Decimal) -> Option<bool> {
        let annual_times_weeks = gross.checked_mul(weeks_in_year())?;
        let limit_times_weeks = yearly.checked_mul(self.plan_weeks)?;
        Some(annual_times_weeks > limit_times_weeks)
    }

    pub(super) fn pa_cost(&self, pa: &PaValues) -> Option<PaCost> {
        let rates = self.rates;
        let wages = round_pennies(
            pa.hours_a_week
                .checked_mul(pa.hourly_rate)?
                .checked_mul(weeks(pa.weeks.count))?,
        );
        let holiday = round_pennies(percent_of(wages, rates.holiday_percent.value)?);
        let gross = wages.checked_add(holiday)?;
        let above_threshold = gross.checked_sub(self.ni_threshold)?.max(Decimal::ZERO);
        let ni_before_allowance = round_pennies(percent_of(
            above_threshold,
            rates.employer_ni_percent.value,
        )?);

        let above_trigger = self.annualised_above(gross, rates.pension_trigger_a_year.value)?;
        let pension_status = if pa.aged_22_or_over && above_trigger {
            PensionStatus::AutoEnrolled
        } else if self.settings.pension_opt_in
            && self.annualised_above(gross, rates.pension_lower_a_year.value)?
        {
            PensionStatus::OptedIn
        } else if above_trigger {
            PensionStatus::NoneUnder22
        } else {
            PensionStatus::NoneBelowTrigger
        };
        let pension = match pension_status {
            PensionStatus::AutoEnrolled | PensionStatus::OptedIn => {
                let band = gross
                    .min(self.pension_upper)
                    .checked_sub(self.pension_lower)?
                    .max(Decimal::ZERO);
                round_pennies(percent_of(band, rates.pension_employer_percent.value)?)
            }
            PensionStatus::NoneUnder22 | PensionStatus::NoneBelowTrigger => Decimal::ZERO,
        };
        Some(PaCost {
            wages,
            holiday,
            gross,
            ni_before_allowance,
            pension,
            pension_status,
        })
    }

    fn pa_line(&self, pa: &PaValues) -> Option<CostedLine> {
        let rates = self.rates;
        let cost = self.pa_cost(pa)?;
        let mut wage_sources = vec![RateSource::FamilyEntered];
        if pa.weeks.source != RateSource::FamilyEntered {
            wage_sources.push(pa.weeks.source);
        }
        let components = vec![
            Component {
                kind: ComponentKind::Wages,
                amount: cost.wages,
                sources: wage_sources,
            },
            Component {
                kind: ComponentKind::HolidayPay,
                amount: cost.holiday,
                sources: vec![rates.holiday_percent.source],
            },
            Component {
                kind: ComponentKind::EmployerNiBeforeAllowance,
                amount: cost.ni_before_allowance,
                sources: sources(&[
                    rates.employer_ni_percent.source,
                    rates.employer_ni_threshold_a_year.source,
                ]),
            },
            Component {
                kind: ComponentKind::Pension,
                amount: cost.pension,
                sources: sources(&[
                    rates.pension_employer_percent.source,
                    rates.pension_trigger_a_year.source,
                    rates.pension_lower_a_year.source,
                    rates.pension_upper_a_year.source,
                ]),
            },
        ];
        let mut notices = Vec::new();
        if pa.hourly_rate < rates.pa_minimum_hourly.value {
            notices.push(LineNotice::RateBelowPaMinimum {
                minimum: rates.pa_minimum_hourly,
            });
        }
        Some(CostedLine {
            components,
            total: cost.total()?,
            pa: Some(cost),
            notices,
        })
    }

    fn line(&self, values: &LineValues) -> Option<CostedLine> {
        let single = |kind: ComponentKind, amount: Decimal, mut extra: Vec<RateSource>| {
            extra.insert(0, RateSource::FamilyEntered);
            CostedLine {
                components: vec![Component {
                    kind,
                    amount,
                    sources: sources(&extra),
                }],
                total: amount,
                pa: None,
                notices: Vec::new(),
            }
        };
        let weeks_source = |source: RateSource| match source {
            RateSource::FamilyEntered => Vec::new(),
            other => vec![other],
        };
        let costed = match values {
            LineValues::PersonalAssistant(pa) => return self.pa_line(pa),
            LineValues::ProviderHours {
                hours_a_week,
                hourly_rate,
                weeks: line_weeks,
            } => single(
                ComponentKind::ProviderHours,
                round_pennies(
                    hours_a_week
                        .checked_mul(*hourly_rate)?
                        .checked_mul(weeks(line_weeks.count))?,
                ),
                weeks_source(line_weeks.source),
            ),
            LineValues::Activity {
                cost_a_session,
                sessions_a_week,
                weeks: line_weeks,
            } => single(
                ComponentKind::Activity,
                round_pennies(
                    cost_a_session
                        .checked_mul(*sessions_a_week)?
                        .checked_mul(weeks(line_weeks.count))?,
                ),
                weeks_source(line_weeks.source),
            ),
            LineValues::ShortBreaks { cost_each, number } => single(
                ComponentKind::ShortBreaks,
                round_pennies(cost_each.checked_mul(Decimal::from(*number))?),
                Vec::new(),
            ),
            LineValues::OneOff { amount } => {
                single(ComponentKind::OneOff, round_pennies(*amount), Vec::new())
            }
            LineValues::Travel {
                miles_a_week,
                pence_a_mile,
                weeks: line_weeks,
            } => {
                let pence = miles_a_week
                    .checked_mul(pence_a_mile.value)?
                    .checked_mul(weeks(line_weeks.count))?;
                let mut extra = weeks_source(line_weeks.source);
                extra.insert(0, pence_a_mile.source);
                single(
                    ComponentKind::Travel,
                    round_pennies(pence.checked_div(Decimal::ONE_HUNDRED)?),
                    extra,
                )
            }
            LineValues::Other {
                amount,
                basis,
                weeks: line_weeks,
            } => match basis {
                AmountBasis::ForThePeriod => {
                    single(ComponentKind::Other, round_pennies(*amount), Vec::new())
                }
                AmountBasis::AWeek => single(
                    ComponentKind::Other,
                    round_pennies(amount.checked_mul(weeks(line_weeks.count))?),
                    weeks_source(line_weeks.source),
                ),
            },
        };
        Some(costed)
    }

    /// Rules 6–9, given the PA lines' NI and the Option 1 lines' total.
    pub(super) fn employer(
        &self,
        pa_count: u32,
        ni_total: Decimal,
        option1_lines: Decimal,
    ) -> Option<EmployerCosts> {
        let settings = self.settings;
        let rates = self.rates;
        let mut components = Vec::with_capacity(3);
        let (allowance, allowance_line) = if settings.employment_allowance {
            let allowance = ni_total.min(self.allowance_cap);
            let line = Component {
                kind: ComponentKind::EmploymentAllowance,
                amount: Decimal::ZERO.checked_sub(allowance)?,
                sources: vec![rates.employment_allowance_a_year.source],
            };
            (allowance, Some(line))
        } else {
            (Decimal::ZERO, None)
        };
        components.push(Component {
            kind: ComponentKind::Insurance,
            amount: self.insurance,
            sources: vec![settings.insurance_premium_a_year.source],
        });
        let payroll = round_pennies(
            settings
                .payroll_cost_a_payslip
                .value
                .checked_mul(settings.payslips_a_year.value)?
                .checked_mul(Decimal::from(pa_count))?
                .checked_mul(self.plan_weeks)?
                .checked_div(weeks_in_year())?,
        );
        components.push(Component {
            kind: ComponentKind::Payroll,
            amount: payroll,
            sources: sources(&[
                settings.payroll_cost_a_payslip.source,
                settings.payslips_a_year.source,
            ]),
        });
        let before_contingency = option1_lines
            .checked_sub(allowance)?
            .checked_add(self.insurance)?
            .checked_add(payroll)?;
        let contingency = round_pennies(percent_of(
            before_contingency,
            settings.contingency_percent.value,
        )?);
        components.push(Component {
            kind: ComponentKind::Contingency,
            amount: contingency,
            sources: vec![settings.contingency_percent.source],
        });
        let mut costs = Decimal::ZERO;
        for component in &components {
            costs = costs.checked_add(component.amount)?;
        }
        Some(EmployerCosts {
            pa_count,
            ni_before_allowance_total: ni_total,
            employer_ni_after_allowance: ni_total.checked_sub(allowance)?,
            components,
            costs,
            allowance: allowance_line,
            total: costs.checked_sub(allowance)?,
        })
    }
}

/// Running sums over the costed lines.
#[derive(Default)]
pub(super) struct LineSums {
    pub(super) options: OptionTotals,
    pub(super) pa_count: u32,
    pub(super) ni_total: Decimal,
}

impl LineSums {
    pub(super) fn add(&mut self, option: SdsOption, line: &CostedLine) -> Option<()> {
        self.options.add(option, line.total)?;
        if let Some(pa) = &line.pa {
            self.pa_count = self.pa_count.checked_add(1)?;
            self.ni_total = self.ni_total.checked_add(pa.ni_before_allowance)?;
        }
        Some(())
    }

    pub(super) fn add_pa(&mut self, cost: &PaCost) -> Option<()> {
        self.options.add(SdsOption::Option1, cost.total()?)?;
        self.pa_count = self.pa_count.checked_add(1)?;
        self.ni_total = self.ni_total.checked_add(cost.ni_before_allowance)?;
        Some(())
    }

    /// Option 1's full cost: its lines plus, with a PA, rules 6–9.
    pub(super) fn option1_total(
        &self,
        pricing: &Pricing<'_>,
    ) -> Option<(Decimal, Option<EmployerCosts>)> {
        if self.pa_count == 0 {
            return Some((self.options.option1, None));
        }
        let employer = pricing.employer(self.pa_count, self.ni_total, self.options.option1)?;
        Some((
            self.options.option1.checked_add(employer.total)?,
            Some(employer),
        ))
    }
}

/// Costs one line from its figures, or says why it is left out.
pub(super) fn cost_values(values: LineReading, pricing: &Pricing<'_>) -> LineResult {
    match values {
        Err(errors) => LineResult::Invalid { errors },
        Ok(values) => match pricing.line(&values) {
            Some(costed) => LineResult::Costed(costed),
            None => LineResult::Invalid {
                errors: vec![LineError::CostTooLarge],
            },
        },
    }
}

/// A line's figures, or every reason it cannot be costed.
pub(super) type LineReading = Result<LineValues, Vec<LineError>>;

/// Every line's figures, with holiday cover applied: a cover line is
/// costed for the PA's leave in whole weeks (whatever its own weeks box
/// says) and those weeks come out of the PA it covers, so the leave that
/// holiday pay already pays for is not counted twice.
pub(super) fn plan_values(
    plan: &BudgetPlan,
    pricing: &Pricing<'_>,
) -> Option<(Vec<LineReading>, Vec<CoverSplit>)> {
    let plan_weeks = pricing.settings.plan_weeks;
    let rates = pricing.rates;
    let pairs = cover_pairs(plan);
    let leave = cover_weeks_for(plan_weeks, rates)?;
    let mut values: Vec<LineReading> = plan
        .lines
        .iter()
        .map(|line| {
            let is_cover = pairs.iter().any(|(cover, _)| *cover == line.id);
            read_line(line, is_cover, plan_weeks, rates)
        })
        .collect();
    let mut splits = Vec::with_capacity(pairs.len());
    for (cover_line, pa_line) in pairs {
        let at = |id: LineId| plan.lines.iter().position(|l| l.id == id);
        let (Some(cover_at), Some(pa_at)) = (at(cover_line), at(pa_line)) else {
            continue;
        };
        let pa_weeks = match values.get(pa_at) {
            Some(Ok(LineValues::PersonalAssistant(pa))) => Some(pa.weeks.count),
            _ => None,
        };
        let cover_weeks = pa_weeks.map_or(leave, |weeks| leave.min(weeks));
        let source = rates.holiday_weeks.source;
        let counted = match values.get_mut(cover_at) {
            Some(Ok(cover)) => {
                cover.set_weeks(cover_weeks, source);
                true
            }
            _ => false,
        };
        let pa_weeks = pa_weeks.map(|weeks| {
            if counted {
                weeks.saturating_sub(cover_weeks)
            } else {
                weeks
            }
        });
        if let (true, Some(Ok(pa)), Some(weeks)) = (counted, values.get_mut(pa_at), pa_weeks) {
            pa.set_weeks(weeks, source);
        }
        splits.push(CoverSplit {
            pa_line,
            cover_line,
            pa_weeks,
            cover_weeks,
            counted,
        });
    }
    Some((values, splits))
}

/// The breakdown of `plan` priced with `rates` (normally the plan's own
/// tax year, see [`BudgetPlan::rate_table`]).
pub fn compute(plan: &BudgetPlan, rates: &RateTable) -> Result<BudgetBreakdown, BudgetError> {
    let settings = plan.settings.parse(rates).map_err(BudgetError::Settings)?;
    let pricing = Pricing::new(&settings, rates).ok_or(BudgetError::TooLarge)?;
    let (values, covers) = plan_values(plan, &pricing).ok_or(BudgetError::TooLarge)?;
    let mut sums = LineSums::default();
    let mut lines = Vec::with_capacity(plan.lines.len());
    for (line, values) in plan.lines.iter().zip(values) {
        let result = cost_values(values, &pricing);
        if let (LineResult::Costed(costed), Some(option)) = (&result, line.paid_under()) {
            sums.add(option, costed).ok_or(BudgetError::TooLarge)?;
        }
        lines.push(LineCost {
            id: line.id,
            option: line.paid_under(),
            result,
        });
    }
    let (option1, employer) = sums.option1_total(&pricing).ok_or(BudgetError::TooLarge)?;
    let options = OptionTotals {
        option1,
        ..sums.options
    };
    let total = options.sum().ok_or(BudgetError::TooLarge)?;
    let about_a_week = round_pennies(
        total
            .checked_div(pricing.plan_weeks)
            .ok_or(BudgetError::TooLarge)?,
    );
    let budget_checks = budget_checks(&plan.settings.indicative_budget, &options, total);
    Ok(BudgetBreakdown {
        tax_year: rates.tax_year,
        plan_weeks: settings.plan_weeks,
        lines,
        covers,
        employer,
        options,
        total,
        about_a_week,
        budget_checks,
    })
}

fn balance(budget_text: &str, sketch: Decimal) -> Result<BudgetBalance, AmountError> {
    let budget = super::money::parse_field(budget_text, FieldKind::Amount)?;
    // Both sides are at most a few hundred million, far inside the range.
    Ok(match budget.checked_sub(sketch) {
        Some(left) if !left.is_sign_negative() || left.is_zero() => BudgetBalance::Left {
            budget,
            sketch,
            left,
        },
        Some(left) => BudgetBalance::Over {
            budget,
            sketch,
            over: -left,
        },
        None => BudgetBalance::Over {
            budget,
            sketch,
            over: sketch,
        },
    })
}

fn budget_checks(
    budget: &IndicativeBudget,
    options: &OptionTotals,
    total: Decimal,
) -> Vec<BudgetCheck> {
    budget
        .figures()
        .into_iter()
        // Not yet typed is not an error: there is simply nothing to compare.
        .filter(|(_, text)| !text.trim().is_empty())
        .map(|(scope, text)| BudgetCheck {
            scope,
            balance: balance(
                text,
                match scope {
                    BudgetScope::WholePlan => total,
                    BudgetScope::Option(option) => options.get(option),
                },
            ),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::lines::{
        ActivityInput, LineInput, OneOffInput, OtherInput, PaInput, ProviderHoursInput,
        ShortBreaksInput, SupportLine, TravelInput,
    };
    use crate::budget::settings::{PlanSettings, SettingsError, SettingsField};
    use crate::budget::{
        AmountBasis, BudgetPlan, BudgetScope, IndicativeBudget, LineId, RateOverrides, TaxYear,
    };
    use crate::test_support::{budget_plan as plan, d, pa};

    fn under_22(mut line: SupportLine) -> SupportLine {
        if let LineInput::PersonalAssistant(input) = &mut line.input {
            input.aged_22_or_over = false;
        }
        line
    }

    fn breakdown(plan: &BudgetPlan) -> BudgetBreakdown {
        compute(plan, &plan.settings.tax_year.rates()).unwrap()
    }

    fn costed(breakdown: &BudgetBreakdown, index: usize) -> &CostedLine {
        match &breakdown.lines[index].result {
            LineResult::Costed(costed) => costed,
            LineResult::Invalid { errors } => panic!("line {index} invalid: {errors:?}"),
        }
    }

    fn employer_amount(breakdown: &BudgetBreakdown, kind: ComponentKind) -> Option<Decimal> {
        let employer = breakdown.employer.as_ref()?;
        employer
            .components
            .iter()
            .chain(employer.allowance.iter())
            .find(|c| c.kind == kind)
            .map(|c| c.amount)
    }

    #[test]
    fn worked_example_matches_the_rules_to_the_penny() {
        let plan = plan("52", vec![pa(1, "20", "13.45", "52")]);
        let actual = breakdown(&plan);

        let line = costed(&actual, 0);
        let expected_pa = PaCost {
            wages: d("13988.00"),
            holiday: d("1688.35"),
            gross: d("15676.35"),
            ni_before_allowance: d("1601.45"),
            pension: d("283.09"),
            pension_status: PensionStatus::AutoEnrolled,
        };
        assert_eq!(line.pa, Some(expected_pa));
        let employer = actual.employer.as_ref().unwrap();
        assert_eq!(employer.employer_ni_after_allowance, d("0"));
        assert_eq!(
            employer_amount(&actual, ComponentKind::EmploymentAllowance),
            Some(d("-1601.45"))
        );
        assert_eq!(
            employer_amount(&actual, ComponentKind::Insurance),
            Some(d("80.00"))
        );
        assert_eq!(
            employer_amount(&actual, ComponentKind::Payroll),
            Some(d("120.00"))
        );
        assert_eq!(
            employer_amount(&actual, ComponentKind::Contingency),
            Some(d("0"))
        );
        assert_eq!(actual.options.option1, d("16159.44"));
        assert_eq!(actual.total, d("16159.44"));
        assert_eq!(actual.about_a_week, d("310.76"));
    }

    #[test]
    fn worked_example_cites_a_source_for_each_component() {
        let plan = plan("52", vec![pa(1, "20", "13.45", "52")]);
        let actual = breakdown(&plan);
        let line = costed(&actual, 0);
        let cited: Vec<(ComponentKind, Vec<RateSource>)> = line
            .components
            .iter()
            .map(|c| (c.kind, c.sources.clone()))
            .collect();
        let expected = vec![
            (ComponentKind::Wages, vec![RateSource::FamilyEntered]),
            (ComponentKind::HolidayPay, vec![RateSource::GovUkHoliday]),
            (
                ComponentKind::EmployerNiBeforeAllowance,
                vec![RateSource::HmrcEmployerNi],
            ),
            (ComponentKind::Pension, vec![RateSource::DwpAutoEnrolment]),
        ];
        assert_eq!(cited, expected);
        let employer = actual.employer.unwrap();
        let actual_allowance_sources = employer.allowance.clone().unwrap().sources;
        let employer_sources: Vec<Vec<RateSource>> =
            employer.components.into_iter().map(|c| c.sources).collect();
        assert_eq!(
            employer_sources,
            vec![
                vec![RateSource::ProductDefault],
                vec![RateSource::ProductDefault],
                vec![RateSource::ProductDefault],
            ]
        );
        let allowance = actual_allowance_sources;
        assert_eq!(allowance, vec![RateSource::GovUkEmploymentAllowance]);
    }

    #[test]
    fn pension_is_due_only_above_the_trigger() {
        // 1 hour a week at £171.61 for 52 weeks: wages £8,923.72, holiday
        // £1,077.09, gross £10,000.81, just over the trigger.
        let over = breakdown(&plan("52", vec![pa(1, "1", "171.61", "")]));
        let over_pa = costed(&over, 0).pa.unwrap();
        assert_eq!(over_pa.gross, d("10000.81"));
        assert_eq!(over_pa.pension_status, PensionStatus::AutoEnrolled);
        // 3% × (10,000.81 − 6,240) = 112.8243
        assert_eq!(over_pa.pension, d("112.82"));

        // At £171.60: wages £8,923.20, holiday £1,077.03, gross £10,000.23.
        // At £171.59: wages £8,922.68, holiday £1,076.97, gross £9,999.65.
        let under = breakdown(&plan("52", vec![pa(1, "1", "171.59", "")]));
        let under_pa = costed(&under, 0).pa.unwrap();
        assert_eq!(under_pa.gross, d("9999.65"));
        assert_eq!(under_pa.pension_status, PensionStatus::NoneBelowTrigger);
        assert_eq!(under_pa.pension, d("0"));
    }

    #[test]
    fn pension_trigger_is_annualised_in_a_26_week_plan() {
        // 1 h × £171.60 × 26 = £4,461.60; holiday £538.52; gross £5,000.12,
        // which is £10,000.24 a year: just over.
        let over = breakdown(&plan("26", vec![pa(1, "1", "171.60", "")]));
        let over_pa = costed(&over, 0).pa.unwrap();
        assert_eq!(over_pa.gross, d("5000.12"));
        // 3% × (5,000.12 − 3,120) = 56.4036
        assert_eq!(
            (over_pa.pension_status, over_pa.pension),
            (PensionStatus::AutoEnrolled, d("56.40"))
        );

        // £171.55: wages £4,460.30; holiday £538.36; gross £4,998.66, which
        // is £9,997.32 a year: just under.
        let under = breakdown(&plan("26", vec![pa(1, "1", "171.55", "")]));
        let under_pa = costed(&under, 0).pa.unwrap();
        assert_eq!(under_pa.gross, d("4998.66"));
        assert_eq!(
            (under_pa.pension_status, under_pa.pension),
            (PensionStatus::NoneBelowTrigger, d("0"))
        );
    }

    #[test]
    fn pension_trigger_is_exclusive_at_exactly_ten_thousand() {
        // 39-week plan: trigger scaled is £7,500.00 exactly.
        let rates = TaxYear::Y2026_27.rates();
        let settings = PlanSettings {
            plan_weeks: "39".into(),
            ..PlanSettings::default()
        }
        .parse(&rates)
        .unwrap();
        let pricing = Pricing::new(&settings, &rates).unwrap();
        assert_eq!(
            pricing.annualised_above(d("7500.00"), d("10000")),
            Some(false)
        );
        assert_eq!(
            pricing.annualised_above(d("7500.01"), d("10000")),
            Some(true)
        );
    }

    #[test]
    fn a_pa_under_22_gets_no_pension_without_opting_in() {
        let plan = plan("52", vec![under_22(pa(1, "20", "13.45", ""))]);
        let actual = breakdown(&plan);
        let pa = costed(&actual, 0).pa.unwrap();
        assert_eq!(
            (pa.pension, pa.pension_status),
            (d("0"), PensionStatus::NoneUnder22)
        );
        assert_eq!(actual.total, d("16159.44") - d("283.09"));
    }

    #[test]
    fn the_opt_in_setting_prices_pension_above_the_lower_limit() {
        // 10 h × £13.45 × 52 = £6,994; gross £7,838.18: below the trigger,
        // above the £6,240 lower limit.
        let mut plan = plan("52", vec![pa(1, "10", "13.45", "")]);
        let without = costed(&breakdown(&plan), 0).pa.unwrap();
        assert_eq!(
            (without.pension, without.pension_status),
            (d("0"), PensionStatus::NoneBelowTrigger)
        );
        plan.settings.employer.pension_opt_in = true;
        let with = costed(&breakdown(&plan), 0).pa.unwrap();
        assert_eq!(with.gross, d("7838.18"));
        // 3% × (7,838.18 − 6,240) = 47.9454
        assert_eq!(
            (with.pension, with.pension_status),
            (d("47.95"), PensionStatus::OptedIn)
        );
    }

    #[test]
    fn employment_allowance_is_capped_across_several_pas() {
        // Five PAs at 40 h × £30 × 52 = £62,400 wages each.
        let lines = (1..=5).map(|id| pa(id, "40", "30", "")).collect();
        let actual = breakdown(&plan("52", lines));
        let employer = actual.employer.as_ref().unwrap();
        // gross 62,400 + 7,531.68 = 69,931.68; NI 15% × 64,931.68 = 9,739.75 each.
        assert_eq!(
            costed(&actual, 0).pa.unwrap().ni_before_allowance,
            d("9739.75")
        );
        assert_eq!(employer.ni_before_allowance_total, d("48698.75"));
        assert_eq!(
            employer_amount(&actual, ComponentKind::EmploymentAllowance),
            Some(d("-10500.00"))
        );
        assert_eq!(employer.employer_ni_after_allowance, d("38198.75"));
        // Payroll: £10 × 12 × 5 PAs.
        assert_eq!(
            employer_amount(&actual, ComponentKind::Payroll),
            Some(d("600.00"))
        );
    }

    #[test]
    fn allowance_cap_scales_with_a_short_plan() {
        let lines = (1..=5).map(|id| pa(id, "40", "30", "")).collect();
        let actual = breakdown(&plan("26", lines));
        // £10,500 × 26 / 52
        assert_eq!(
            employer_amount(&actual, ComponentKind::EmploymentAllowance),
            Some(d("-5250.00"))
        );
    }

    #[test]
    fn without_the_allowance_employer_ni_is_paid_in_full() {
        let mut plan = plan("52", vec![pa(1, "20", "13.45", "52")]);
        plan.settings.employer.employment_allowance = false;
        let actual = breakdown(&plan);
        assert_eq!(
            employer_amount(&actual, ComponentKind::EmploymentAllowance),
            None
        );
        assert_eq!(
            actual.employer.unwrap().employer_ni_after_allowance,
            d("1601.45")
        );
        assert_eq!(actual.total, d("17760.89"));
    }

    #[test]
    fn a_term_time_line_costs_its_own_weeks_against_the_plans_thresholds() {
        let actual = breakdown(&plan("52", vec![pa(1, "20", "13.45", "39")]));
        let expected = PaCost {
            // 20 × 13.45 × 39
            wages: d("10491.00"),
            // 12.07% = 1,266.2637
            holiday: d("1266.26"),
            gross: d("11757.26"),
            // 15% × (11,757.26 − 5,000) = 1,013.589
            ni_before_allowance: d("1013.59"),
            // 3% × (11,757.26 − 6,240) = 165.5178
            pension: d("165.52"),
            pension_status: PensionStatus::AutoEnrolled,
        };
        assert_eq!(costed(&actual, 0).pa, Some(expected));
        // lines 10,491 + 1,266.26 + 1,013.59 + 165.52 − 1,013.59 + 80 + 120
        assert_eq!(actual.total, d("12122.78"));
        assert_eq!(actual.about_a_week, d("233.13"));
    }

    #[test]
    fn a_26_week_plan_halves_the_yearly_thresholds() {
        let actual = breakdown(&plan("26", vec![pa(1, "20", "13.45", "")]));
        let expected = PaCost {
            // 20 × 13.45 × 26
            wages: d("6994.00"),
            // 844.1758
            holiday: d("844.18"),
            gross: d("7838.18"),
            // 15% × (7,838.18 − 2,500) = 800.727
            ni_before_allowance: d("800.73"),
            // annualised 15,676.36 > 10,000; 3% × (7,838.18 − 3,120) = 141.5454
            pension: d("141.55"),
            pension_status: PensionStatus::AutoEnrolled,
        };
        assert_eq!(costed(&actual, 0).pa, Some(expected));
        assert_eq!(
            employer_amount(&actual, ComponentKind::Insurance),
            Some(d("40.00"))
        );
        assert_eq!(
            employer_amount(&actual, ComponentKind::Payroll),
            Some(d("60.00"))
        );
        // 6,994 + 844.18 + 141.55 + 40 + 60 (NI cancelled by the allowance)
        assert_eq!(actual.total, d("8079.73"));
        assert_eq!(actual.about_a_week, d("310.76"));
    }

    #[test]
    fn thresholds_scale_to_the_penny_for_an_odd_plan_length() {
        let rates = TaxYear::Y2026_27.rates();
        let settings = PlanSettings {
            plan_weeks: "1".into(),
            ..PlanSettings::default()
        }
        .parse(&rates)
        .unwrap();
        let pricing = Pricing::new(&settings, &rates).unwrap();
        // 5,000 / 52 = 96.1538…; 10,500 / 52 = 201.923…; 6,240 / 52 = 120;
        // 50,270 / 52 = 966.7307…; 80 / 52 = 1.538…
        assert_eq!(
            [
                pricing.ni_threshold,
                pricing.allowance_cap,
                pricing.pension_lower,
                pricing.pension_upper,
                pricing.insurance
            ],
            [d("96.15"), d("201.92"), d("120.00"), d("966.73"), d("1.54")]
        );
    }

    #[test]
    fn the_two_tax_years_price_the_minimum_rate_differently() {
        let cost_at_minimum = |year: TaxYear| {
            let rates = year.rates();
            let rate = rates.pa_minimum_hourly.value.to_string();
            let mut plan = plan("52", vec![pa(1, "20", &rate, "")]);
            plan.settings.tax_year = year;
            breakdown(&plan).total
        };
        // 2025/26: wages 20 × 12.60 × 52 = 13,104; holiday 1,581.65;
        // gross 14,685.65; pension 3% × 8,445.65 = 253.37; + 80 + 120.
        assert_eq!(cost_at_minimum(TaxYear::Y2025_26), d("15139.02"));
        assert_eq!(cost_at_minimum(TaxYear::Y2026_27), d("16159.44"));
    }

    #[test]
    fn a_rate_below_the_pa_minimum_is_noticed() {
        let rates = TaxYear::Y2026_27.rates();
        let actual = breakdown(&plan("52", vec![pa(1, "10", "12.60", "")]));
        assert_eq!(
            costed(&actual, 0).notices,
            vec![LineNotice::RateBelowPaMinimum {
                minimum: rates.pa_minimum_hourly
            }]
        );
        let mut old_plan = plan("52", vec![pa(1, "10", "12.60", "")]);
        old_plan.settings.tax_year = TaxYear::Y2025_26;
        assert_eq!(costed(&breakdown(&old_plan), 0).notices, vec![]);
    }

    fn line(id: u32, option: SdsOption, input: LineInput) -> SupportLine {
        SupportLine::new(LineId(id), option, input)
    }

    #[test]
    fn each_kind_of_line_costs_as_the_rules_say() {
        let lines = vec![
            line(
                1,
                SdsOption::Option2,
                LineInput::ProviderHours(ProviderHoursInput {
                    hours_a_week: "6".into(),
                    hourly_rate: "£24.50".into(),
                    weeks: "39".into(),
                }),
            ),
            line(
                2,
                SdsOption::Option1,
                LineInput::Activity(ActivityInput {
                    cost_a_session: "£7.50".into(),
                    sessions_a_week: "0.5".into(),
                    weeks: "".into(),
                }),
            ),
            line(
                3,
                SdsOption::Option3,
                LineInput::ShortBreaks(ShortBreaksInput {
                    cost_each: "£185".into(),
                    number: "14".into(),
                    ..ShortBreaksInput::default()
                }),
            ),
            line(
                4,
                SdsOption::Option1,
                LineInput::OneOff(OneOffInput {
                    amount: "£1,200.50".into(),
                }),
            ),
            line(
                5,
                SdsOption::Option1,
                LineInput::Travel(TravelInput {
                    miles_a_week: "33.3".into(),
                    ..TravelInput::default()
                }),
            ),
            line(
                6,
                SdsOption::Option2,
                LineInput::Other(OtherInput {
                    amount: "12.34".into(),
                    basis: AmountBasis::AWeek,
                    weeks: "10".into(),
                }),
            ),
        ];
        let actual = breakdown(&plan("52", lines));
        let totals: Vec<Decimal> = (0..6).map(|i| costed(&actual, i).total).collect();
        let expected = vec![
            d("5733.00"), // 6 × 24.50 × 39
            d("195.00"),  // 7.50 × 0.5 × 52
            d("2590.00"), // 185 × 14
            d("1200.50"),
            d("779.22"), // 33.3 × 45p × 52 = 77,922p
            d("123.40"), // 12.34 × 10
        ];
        assert_eq!(totals, expected);
        assert_eq!(actual.employer, None);
        assert_eq!(
            actual.options,
            OptionTotals {
                option1: d("2174.72"),
                option2: d("5856.40"),
                option3: d("2590.00"),
            }
        );
        assert_eq!(actual.total, d("10621.12"));
        assert_eq!(
            costed(&actual, 4).components[0].sources,
            vec![
                RateSource::FamilyEntered,
                RateSource::HmrcMileage,
                RateSource::PlanLength
            ]
        );
    }

    #[test]
    fn contingency_is_a_share_of_the_whole_option_1_total() {
        let mut plan = plan(
            "52",
            vec![
                pa(1, "20", "13.45", "52"),
                line(
                    2,
                    SdsOption::Option1,
                    LineInput::OneOff(OneOffInput {
                        amount: "840.56".into(),
                    }),
                ),
                line(
                    3,
                    SdsOption::Option2,
                    LineInput::OneOff(OneOffInput {
                        amount: "500".into(),
                    }),
                ),
            ],
        );
        plan.settings.employer.contingency_percent = "5".into();
        let actual = breakdown(&plan);
        // (16,159.44 + 840.56) × 5% = 850.00
        assert_eq!(
            employer_amount(&actual, ComponentKind::Contingency),
            Some(d("850.00"))
        );
        assert_eq!(actual.options.option1, d("17850.00"));
        assert_eq!(actual.total, d("18350.00"));
    }

    #[test]
    fn family_entered_employer_figures_replace_the_defaults() {
        let mut plan = plan("52", vec![pa(1, "20", "13.45", "52"), pa(2, "5", "14", "")]);
        plan.settings.employer.insurance_premium_a_year = "£95".into();
        plan.settings.employer.payroll_cost_a_payslip = "8.50".into();
        plan.settings.employer.payslips_a_year = "52".into();
        let actual = breakdown(&plan);
        let employer = actual.employer.unwrap();
        let insurance = &employer.components[0];
        assert_eq!(
            (insurance.amount, insurance.sources.clone()),
            (d("95.00"), vec![RateSource::FamilyEntered])
        );
        // 8.50 × 52 × 2 PAs
        assert_eq!(employer.components[1].amount, d("884.00"));
    }

    #[test]
    fn a_council_figure_is_cited_as_the_councils() {
        let plan = plan("52", vec![pa(1, "20", "13.45", "52")]);
        let overrides = RateOverrides {
            insurance_premium_a_year: Some(d("60")),
            ..RateOverrides::default()
        };
        let rates = plan.rate_table(&overrides).unwrap();
        let actual = compute(&plan, &rates).unwrap();
        let insurance = &actual.employer.unwrap().components[0];
        assert_eq!(
            (insurance.amount, insurance.sources.clone()),
            (d("60.00"), vec![RateSource::CouncilConfiguration])
        );
    }

    #[test]
    fn an_invalid_line_is_reported_and_left_out() {
        let plan = plan(
            "52",
            vec![
                pa(1, "20", "13.45", "52"),
                pa(2, "twenty", "13.45", ""),
                line(
                    3,
                    SdsOption::Option2,
                    LineInput::OneOff(OneOffInput {
                        amount: "-5".into(),
                    }),
                ),
            ],
        );
        let actual = breakdown(&plan);
        assert_eq!(actual.total, d("16159.44"));
        assert_eq!(actual.employer.as_ref().unwrap().pa_count, 1);
        assert_eq!(
            actual.lines[1].result,
            LineResult::Invalid {
                errors: vec![LineError::Field {
                    field: crate::budget::lines::LineField::HoursAWeek,
                    error: AmountError::NotANumber
                }]
            }
        );
        assert!(matches!(actual.lines[2].result, LineResult::Invalid { .. }));
    }

    #[test]
    fn bad_plan_settings_stop_the_breakdown_with_field_errors() {
        let mut plan = plan("0", vec![pa(1, "20", "13.45", "")]);
        plan.settings.employer.contingency_percent = "lots".into();
        let actual = compute(&plan, &TaxYear::Y2026_27.rates());
        let expected = Err(BudgetError::Settings(vec![
            SettingsError {
                field: SettingsField::PlanWeeks,
                error: AmountError::TooSmall { min: Decimal::ONE },
            },
            SettingsError {
                field: SettingsField::ContingencyPercent,
                error: AmountError::NotANumber,
            },
        ]));
        assert_eq!(actual, expected);
    }

    #[test]
    fn an_empty_plan_costs_nothing() {
        let actual = breakdown(&BudgetPlan::default());
        assert_eq!(
            (actual.total, actual.about_a_week, actual.employer),
            (d("0"), d("0"), None)
        );
    }

    #[test]
    fn a_whole_plan_budget_shows_what_is_left() {
        let mut plan = plan("52", vec![pa(1, "20", "13.45", "52")]);
        plan.settings.indicative_budget = IndicativeBudget::WholePlan {
            amount: "£17,000".into(),
        };
        let actual = breakdown(&plan).budget_checks;
        let expected = vec![BudgetCheck {
            scope: BudgetScope::WholePlan,
            balance: Ok(BudgetBalance::Left {
                budget: d("17000"),
                sketch: d("16159.44"),
                left: d("840.56"),
            }),
        }];
        assert_eq!(actual, expected);
    }

    #[test]
    fn per_option_budgets_show_how_far_over_each_is() {
        let mut plan = plan(
            "52",
            vec![
                pa(1, "20", "13.45", "52"),
                line(
                    2,
                    SdsOption::Option3,
                    LineInput::OneOff(OneOffInput {
                        amount: "300".into(),
                    }),
                ),
            ],
        );
        plan.settings.indicative_budget = IndicativeBudget::PerOption {
            option1: "16,000".into(),
            option2: "".into(),
            option3: "3OO".into(),
        };
        let actual = breakdown(&plan).budget_checks;
        let expected = vec![
            BudgetCheck {
                scope: BudgetScope::Option(SdsOption::Option1),
                balance: Ok(BudgetBalance::Over {
                    budget: d("16000"),
                    sketch: d("16159.44"),
                    over: d("159.44"),
                }),
            },
            BudgetCheck {
                scope: BudgetScope::Option(SdsOption::Option3),
                balance: Err(AmountError::NotANumber),
            },
        ];
        assert_eq!(actual, expected);
    }

    #[test]
    fn a_blank_whole_plan_budget_is_not_compared() {
        let mut plan = plan("52", vec![pa(1, "20", "13.45", "52")]);
        plan.settings.indicative_budget = IndicativeBudget::WholePlan {
            amount: "  ".into(),
        };
        assert_eq!(breakdown(&plan).budget_checks, vec![]);
    }

    #[test]
    fn a_budget_exactly_spent_leaves_nothing_rather_than_being_over() {
        let mut plan = plan("52", vec![pa(1, "20", "13.45", "52")]);
        plan.settings.indicative_budget = IndicativeBudget::WholePlan {
            amount: "16159.44".into(),
        };
        let actual = breakdown(&plan).budget_checks[0].balance;
        assert!(matches!(actual, Ok(BudgetBalance::Left { left, .. }) if left.is_zero()));
    }

    #[test]
    fn a_plan_survives_a_round_trip_through_json() {
        let mut plan = plan("39", vec![pa(1, "20", "13.45", "")]);
        plan.settings.indicative_budget = IndicativeBudget::WholePlan {
            amount: "£9".into(),
        };
        plan.lines.push(line(
            2,
            SdsOption::Option2,
            LineInput::empty(crate::budget::lines::LineKind::Travel),
        ));
        let json = serde_json::to_string(&plan).unwrap();
        let back: BudgetPlan = serde_json::from_str(&json).unwrap();
        assert_eq!(back, plan);
        let empty: BudgetPlan = serde_json::from_str("{}").unwrap();
        assert_eq!(empty, BudgetPlan::default());
        let _ = PaInput::default();
    }
}
