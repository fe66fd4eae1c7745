//! What a budget buys: the most PA hours an amount pays for, and how that
//! falls as the hourly rate rises (budget-rules.md, "the trade-off").
//!
//! Families are sometimes allowed to raise a PA's rate within their budget
//! in exchange for fewer hours; this shows the exchange rate honestly, with
//! every on-cost (rules 1–9) included.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::breakdown::{BudgetError, EmployerCosts, LineResult, PaCost, ScenarioField};
use super::engine::{LineSums, Pricing, cost_values, plan_values};
use super::lines::{LineId, LineInput, LineValues, LineWeeks, PaValues, SupportLine};
use super::money::{AmountError, FieldKind, round_pennies};
use super::rates::{RateSource, RateTable};
use super::settings::BudgetPlan;

/// Quarter hours in a week: the search runs over 0..=672 of them.
const MAX_QUARTER_HOURS: u32 = 168 * 4;

/// The PA whose hours are being explored. It is added to the plan, or put
/// in place of the `replacing` line, with every other line as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TradeOffQuestion {
    /// The money available to Option 1 for the plan period.
    pub amount: Decimal,
    pub weeks: u32,
    pub aged_22_or_over: bool,
    pub replacing: Option<LineId>,
}

impl TradeOffQuestion {
    /// The question for an existing PA line: its weeks (less any a cover
    /// line takes) and age, in its place.
    pub fn for_line(
        plan: &BudgetPlan,
        rates: &RateTable,
        line: LineId,
        amount: Decimal,
    ) -> Option<TradeOffQuestion> {
        let settings = plan.settings.parse(rates).ok()?;
        let pricing = Pricing::new(&settings, rates)?;
        let at = plan.lines.iter().position(|l| l.id == line)?;
        let (values, _) = plan_values(plan, &pricing)?;
        match values.into_iter().nth(at)?.ok()? {
            LineValues::PersonalAssistant(pa) => Some(TradeOffQuestion {
                amount,
                weeks: pa.weeks.count,
                aged_22_or_over: pa.aged_22_or_over,
                replacing: Some(line),
            }),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "bought", rename_all = "snake_case")]
pub enum HoursBought {
    /// The most hours a week (a multiple of a quarter hour) within the
    /// amount, and Option 1's full cost with them.
    Hours {
        hours_a_week: Decimal,
        option1_cost: Decimal,
    },
    /// Even no hours fit: the rest of Option 1 (or the employer's fixed
    /// costs) already exceeds the amount.
    NothingFits { option1_cost_at_zero_hours: Decimal },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TradeOffRow {
    pub hourly_rate: Decimal,
    /// How far above the year's minimum PA rate this row is.
    pub above_minimum: Decimal,
    pub bought: HoursBought,
}

/// The rows the rules suggest: the minimum, then £1, £2 and £3 more.
pub fn default_rate_steps() -> [Decimal; 4] {
    [
        Decimal::ZERO,
        Decimal::ONE,
        Decimal::from(2),
        Decimal::from(3),
    ]
}

/// The plan's other lines, costed once, so each candidate number of hours
/// only prices the one PA and the employer items.
struct Explorer<'a> {
    pricing: Pricing<'a>,
    others: LineSums,
    question: TradeOffQuestion,
    hourly_rate: Decimal,
}

impl Explorer<'_> {
    fn option1_cost(&self, quarter_hours: u32) -> Option<Decimal> {
        let pa = PaValues {
            hours_a_week: Decimal::new(i64::from(quarter_hours) * 25, 2),
            hourly_rate: self.hourly_rate,
            weeks: LineWeeks {
                count: self.question.weeks,
                source: RateSource::FamilyEntered,
            },
            aged_22_or_over: self.question.aged_22_or_over,
        };
        let cost = self.pricing.pa_cost(&pa)?;
        let mut sums = LineSums {
            options: self.others.options,
            pa_count: self.others.pa_count,
            ni_total: self.others.ni_total,
        };
        sums.add_pa(&cost)?;
        sums.option1_total(&self.pricing).map(|(total, _)| total)
    }

    /// Cost never falls as hours rise, so the last quarter hour that fits
    /// is found by bisection.
    fn most_hours(&self) -> Option<HoursBought> {
        let amount = self.question.amount;
        let at_zero = self.option1_cost(0)?;
        if at_zero > amount {
            return Some(HoursBought::NothingFits {
                option1_cost_at_zero_hours: at_zero,
            });
        }
        let (mut fits, mut fits_cost) = (0, at_zero);
        let mut too_many = MAX_QUARTER_HOURS + 1;
        while too_many - fits > 1 {
            let middle = fits + (too_many - fits) / 2;
            let cost = self.option1_cost(middle)?;
            if cost <= amount {
                fits = middle;
                fits_cost = cost;
            } else {
                too_many = middle;
            }
        }
        Some(HoursBought::Hours {
            hours_a_week: Decimal::new(i64::from(fits) * 25, 2),
            option1_cost: fits_cost,
        })
    }
}

fn scenario_error(field: ScenarioField) -> impl Fn(AmountError) -> BudgetError {
    move |error| BudgetError::Scenario { field, error }
}

/// The most hours a week at `hourly_rate` that keep Option 1 within the
/// question's amount.
pub fn most_hours_within(
    plan: &BudgetPlan,
    rates: &RateTable,
    question: &TradeOffQuestion,
    hourly_rate: Decimal,
) -> Result<HoursBought, BudgetError> {
    let rows = trade_off_rows(plan, rates, question, &[hourly_rate])?;
    rows.into_iter()
        .next()
        .map(|(_, bought)| bought)
        .ok_or(BudgetError::TooLarge)
}

/// Hours bought at the year's minimum PA rate plus each step: a higher rate
/// can help recruit a PA but buys fewer hours.
pub fn trade_off_table(
    plan: &BudgetPlan,
    rates: &RateTable,
    question: &TradeOffQuestion,
    steps: &[Decimal],
) -> Result<Vec<TradeOffRow>, BudgetError> {
    let minimum = rates.pa_minimum_hourly.value;
    let mut hourly_rates = Vec::with_capacity(steps.len());
    for step in steps {
        let step = FieldKind::HourlyRate
            .check(*step)
            .map_err(scenario_error(ScenarioField::HourlyRate))?;
        hourly_rates.push(minimum.checked_add(step).ok_or(BudgetError::TooLarge)?);
    }
    let rows = trade_off_rows(plan, rates, question, &hourly_rates)?;
    Ok(rows
        .into_iter()
        .zip(steps)
        .map(|((hourly_rate, bought), step)| TradeOffRow {
            hourly_rate,
            above_minimum: *step,
            bought,
        })
        .collect())
}

/// A question's weeks: 1 to 104, and no more than the plan's.
fn check_weeks(weeks: u32, plan_weeks: u32) -> Result<(), BudgetError> {
    FieldKind::Weeks
        .check(Decimal::from(weeks))
        .map_err(scenario_error(ScenarioField::Weeks))?;
    if weeks > plan_weeks {
        return Err(BudgetError::Scenario {
            field: ScenarioField::Weeks,
            error: AmountError::MoreThanPlanWeeks { plan_weeks },
        });
    }
    Ok(())
}

fn trade_off_rows(
    plan: &BudgetPlan,
    rates: &RateTable,
    question: &TradeOffQuestion,
    hourly_rates: &[Decimal],
) -> Result<Vec<(Decimal, HoursBought)>, BudgetError> {
    let settings = plan.settings.parse(rates).map_err(BudgetError::Settings)?;
    FieldKind::Amount
        .check(question.amount)
        .map_err(scenario_error(ScenarioField::Amount))?;
    check_weeks(question.weeks, settings.plan_weeks)?;
    let pricing = Pricing::new(&settings, rates).ok_or(BudgetError::TooLarge)?;
    let mut others = LineSums::default();
    let (values, _) = plan_values(plan, &pricing).ok_or(BudgetError::TooLarge)?;
    for (line, values) in plan.lines.iter().zip(values) {
        if Some(line.id) == question.replacing {
            continue;
        }
        if let (LineResult::Costed(costed), Some(option)) =
            (cost_values(values, &pricing), line.paid_under())
        {
            others.add(option, &costed).ok_or(BudgetError::TooLarge)?;
        }
    }
    let mut explorer = Explorer {
        pricing,
        others,
        question: *question,
        hourly_rate: Decimal::ZERO,
    };
    let mut rows = Vec::with_capacity(hourly_rates.len());
    for hourly_rate in hourly_rates {
        let hourly_rate = FieldKind::HourlyRate
            .check(*hourly_rate)
            .map_err(scenario_error(ScenarioField::HourlyRate))?;
        explorer.hourly_rate = hourly_rate;
        let bought = explorer.most_hours().ok_or(BudgetError::TooLarge)?;
        rows.push((hourly_rate, bought));
    }
    Ok(rows)
}

/// "What can we pay a PA?" (budget-rules.md): the council funds Option 1
/// at `funded_rate` an hour, and that money must also pay every cost of
/// being an employer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FundedRateQuestion {
    pub funded_rate: Decimal,
    pub hours_a_week: Decimal,
    pub weeks: u32,
    pub aged_22_or_over: bool,
}

/// The one PA's full cost at a rate: their own costs and the employer's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaAtRate {
    pub hourly_rate: Decimal,
    pub pa: PaCost,
    pub employer: EmployerCosts,
    /// Rules 1–9 for this PA alone.
    pub full_cost: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "answer", rename_all = "snake_case")]
pub enum PayableRate {
    /// The highest rate in whole pennies whose full cost is within the
    /// funding, and what the next penny up would cost.
    Rate {
        at: Box<PaAtRate>,
        next_penny_cost: Option<Decimal>,
    },
    /// Even at no pay the employer's fixed costs are more than the funding.
    NothingFits { cost_at_nothing: Decimal },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PayableAnswer {
    /// `funded_rate × hours × weeks`, rounded to pennies.
    pub funding: Decimal,
    pub answer: PayableRate,
}

/// The most pennies an hour: the rate bound, £1,000.
const MAX_PENNIES: i64 = 100_000;

/// The highest hourly rate the family can pay one PA from a funded hourly
/// rate, once every employer cost is paid (with the plan's settings: the
/// allowance, insurance, payroll, pension and contingency). Cost rises with
/// the rate, so bisection over pennies is exact.
pub fn highest_pa_rate(
    plan: &BudgetPlan,
    rates: &RateTable,
    question: &FundedRateQuestion,
) -> Result<PayableAnswer, BudgetError> {
    let settings = plan.settings.parse(rates).map_err(BudgetError::Settings)?;
    let funded_rate = FieldKind::HourlyRate
        .check(question.funded_rate)
        .map_err(scenario_error(ScenarioField::HourlyRate))?;
    let hours = FieldKind::HoursAWeek
        .check(question.hours_a_week)
        .map_err(scenario_error(ScenarioField::HoursAWeek))?;
    check_weeks(question.weeks, settings.plan_weeks)?;
    let pricing = Pricing::new(&settings, rates).ok_or(BudgetError::TooLarge)?;
    let funding = funded_rate
        .checked_mul(hours)
        .and_then(|f| f.checked_mul(Decimal::from(question.weeks)))
        .map(round_pennies)
        .ok_or(BudgetError::TooLarge)?;
    let at = |pennies: i64| -> Option<PaAtRate> {
        let hourly_rate = Decimal::new(pennies, 2);
        let pa = pricing.pa_cost(&PaValues {
            hours_a_week: hours,
            hourly_rate,
            weeks: LineWeeks {
                count: question.weeks,
                source: RateSource::FamilyEntered,
            },
            aged_22_or_over: question.aged_22_or_over,
        })?;
        let mut sums = LineSums::default();
        sums.add_pa(&pa)?;
        let (full_cost, employer) = sums.option1_total(&pricing)?;
        Some(PaAtRate {
            hourly_rate,
            pa,
            employer: employer?,
            full_cost,
        })
    };
    let at_nothing = at(0).ok_or(BudgetError::TooLarge)?;
    if at_nothing.full_cost > funding {
        return Ok(PayableAnswer {
            funding,
            answer: PayableRate::NothingFits {
                cost_at_nothing: at_nothing.full_cost,
            },
        });
    }
    let (mut fits, mut best) = (0, at_nothing);
    let mut too_much = MAX_PENNIES + 1;
    while too_much - fits > 1 {
        let middle = fits + (too_much - fits) / 2;
        let cost = at(middle).ok_or(BudgetError::TooLarge)?;
        if cost.full_cost <= funding {
            fits = middle;
            best = cost;
        } else {
            too_much = middle;
        }
    }
    let next_penny_cost = if fits < MAX_PENNIES {
        Some(at(fits + 1).ok_or(BudgetError::TooLarge)?.full_cost)
    } else {
        None
    };
    Ok(PayableAnswer {
        funding,
        answer: PayableRate::Rate {
            at: Box::new(best),
            next_penny_cost,
        },
    })
}

impl TradeOffQuestion {
    /// The explored PA as a line the family can add to the plan (in place
    /// of the line it replaces, if any).
    pub fn pa_line(&self, id: LineId, hourly_rate: Decimal, hours_a_week: Decimal) -> SupportLine {
        let mut line = SupportLine::personal_assistant(
            id,
            &hours_a_week.normalize().to_string(),
            &hourly_rate.normalize().to_string(),
            &self.weeks.to_string(),
        );
        if let LineInput::PersonalAssistant(input) = &mut line.input {
            input.aged_22_or_over = self.aged_22_or_over;
        }
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::engine::compute;
    use crate::budget::lines::{OneOffInput, SdsOption};
    use crate::budget::rates::TaxYear;
    use crate::test_support::{budget_plan as plan, d, pa};

    /// Option 1's cost by the full engine with the explored PA in the plan:
    /// an independent check on the search's own arithmetic.
    fn engine_cost(
        plan: &BudgetPlan,
        question: &TradeOffQuestion,
        rate: Decimal,
        quarters: u32,
    ) -> Decimal {
        let mut with_pa = plan.clone();
        with_pa.lines.retain(|l| Some(l.id) != question.replacing);
        let hours = Decimal::new(i64::from(quarters) * 25, 2);
        with_pa
            .lines
            .push(question.pa_line(LineId(9_999), rate, hours));
        let rates = plan.settings.tax_year.rates();
        compute(&with_pa, &rates).unwrap().options.option1
    }

    fn brute_force(plan: &BudgetPlan, question: &TradeOffQuestion, rate: Decimal) -> HoursBought {
        let at_zero = engine_cost(plan, question, rate, 0);
        if at_zero > question.amount {
            return HoursBought::NothingFits {
                option1_cost_at_zero_hours: at_zero,
            };
        }
        let mut best = (0, at_zero);
        for quarters in 0..=MAX_QUARTER_HOURS {
            let cost = engine_cost(plan, question, rate, quarters);
            if cost <= question.amount {
                best = (quarters, cost);
            }
        }
        HoursBought::Hours {
            hours_a_week: Decimal::new(i64::from(best.0) * 25, 2),
            option1_cost: best.1,
        }
    }

    fn question(amount: &str, weeks: u32) -> TradeOffQuestion {
        TradeOffQuestion {
            amount: d(amount),
            weeks,
            aged_22_or_over: true,
            replacing: None,
        }
    }

    #[test]
    fn the_worked_example_budget_buys_the_worked_example_hours() {
        let actual = most_hours_within(
            &plan("52", vec![]),
            &TaxYear::Y2026_27.rates(),
            &question("16159.44", 52),
            d("13.45"),
        );
        let expected = Ok(HoursBought::Hours {
            hours_a_week: d("20.00"),
            option1_cost: d("16159.44"),
        });
        assert_eq!(actual, expected);
    }

    #[test]
    fn search_equals_brute_force_over_every_quarter_hour() {
        let one_off = |id: u32, option: SdsOption, amount: &str| {
            SupportLine::new(
                LineId(id),
                option,
                LineInput::OneOff(OneOffInput {
                    amount: amount.into(),
                }),
            )
        };
        let mut busy = plan(
            "52",
            vec![
                pa(1, "12", "14.20", ""),
                one_off(2, SdsOption::Option1, "650"),
                one_off(3, SdsOption::Option2, "5000"),
            ],
        );
        busy.settings.employer.contingency_percent = "7.5".into();
        busy.settings.employer.pension_opt_in = true;
        let mut old_year = plan("26", vec![one_off(4, SdsOption::Option1, "300")]);
        old_year.settings.tax_year = TaxYear::Y2025_26;
        let mut no_allowance = plan("52", vec![pa(5, "30", "13.45", "")]);
        no_allowance.settings.employer.employment_allowance = false;

        let cases = [
            (plan("52", vec![]), question("16159.44", 52), d("13.45")),
            (plan("52", vec![]), question("25000", 39), d("16.45")),
            (plan("52", vec![]), question("150", 52), d("13.45")),
            (plan("52", vec![]), question("50", 52), d("13.45")),
            (plan("52", vec![]), question("1000000", 52), d("20")),
            (busy.clone(), question("40000", 52), d("13.45")),
            (
                busy,
                TradeOffQuestion {
                    replacing: Some(LineId(1)),
                    aged_22_or_over: false,
                    ..question("12000", 52)
                },
                d("15.00"),
            ),
            (old_year, question("7000", 20), d("12.60")),
            (no_allowance, question("60000", 52), d("14.45")),
        ];
        for (plan, question, rate) in cases {
            let rates = plan.settings.tax_year.rates();
            let actual = most_hours_within(&plan, &rates, &question, rate).unwrap();
            let expected = brute_force(&plan, &question, rate);
            assert_eq!(actual, expected, "{question:?} at {rate}");
        }
    }

    #[test]
    fn a_higher_rate_buys_fewer_hours() {
        let rates = TaxYear::Y2026_27.rates();
        let actual = trade_off_table(
            &plan("52", vec![]),
            &rates,
            &question("16159.44", 52),
            &default_rate_steps(),
        )
        .unwrap();
        let hours: Vec<(Decimal, Decimal)> = actual
            .iter()
            .map(|row| match row.bought {
                HoursBought::Hours { hours_a_week, .. } => (row.hourly_rate, hours_a_week),
                HoursBought::NothingFits { .. } => panic!("nothing fits"),
            })
            .collect();
        let expected = vec![
            (d("13.45"), d("20.00")),
            (d("14.45"), d("18.50")),
            (d("15.45"), d("17.25")),
            (d("16.45"), d("16.25")),
        ];
        assert_eq!(hours, expected);
    }

    #[test]
    fn the_table_starts_at_each_years_minimum_rate() {
        let mut old = plan("52", vec![]);
        old.settings.tax_year = TaxYear::Y2025_26;
        let rates = TaxYear::Y2025_26.rates();
        let actual =
            trade_off_table(&old, &rates, &question("10000", 52), &default_rate_steps()).unwrap();
        let rates_shown: Vec<Decimal> = actual.iter().map(|row| row.hourly_rate).collect();
        assert_eq!(
            rates_shown,
            vec![d("12.60"), d("13.60"), d("14.60"), d("15.60")]
        );
    }

    #[test]
    fn when_fixed_costs_exceed_the_amount_nothing_fits() {
        let rates = TaxYear::Y2026_27.rates();
        let actual = most_hours_within(
            &plan("52", vec![]),
            &rates,
            &question("199.99", 52),
            d("13.45"),
        );
        let expected = Ok(HoursBought::NothingFits {
            option1_cost_at_zero_hours: d("200.00"),
        });
        assert_eq!(actual, expected);
    }

    #[test]
    fn a_large_amount_stops_at_168_hours() {
        let rates = TaxYear::Y2026_27.rates();
        let actual = most_hours_within(
            &plan("52", vec![]),
            &rates,
            &question("1000000", 52),
            d("13.45"),
        )
        .unwrap();
        assert!(
            matches!(actual, HoursBought::Hours { hours_a_week, .. } if hours_a_week == d("168"))
        );
    }

    #[test]
    fn the_question_for_a_line_replaces_that_line() {
        let plan = plan("52", vec![pa(1, "20", "13.45", "39")]);
        let rates = TaxYear::Y2026_27.rates();
        let actual = TradeOffQuestion::for_line(&plan, &rates, LineId(1), d("12122.78"));
        let expected = Some(TradeOffQuestion {
            amount: d("12122.78"),
            weeks: 39,
            aged_22_or_over: true,
            replacing: Some(LineId(1)),
        });
        assert_eq!(actual, expected);
        let bought = most_hours_within(&plan, &rates, &actual.unwrap(), d("13.45"));
        assert_eq!(
            bought,
            Ok(HoursBought::Hours {
                hours_a_week: d("20.00"),
                option1_cost: d("12122.78")
            })
        );
    }

    #[test]
    fn out_of_bounds_questions_are_field_errors() {
        let rates = TaxYear::Y2026_27.rates();
        let plan = plan("26", vec![]);
        let too_long = most_hours_within(&plan, &rates, &question("5000", 39), d("13.45"));
        assert_eq!(
            too_long,
            Err(BudgetError::Scenario {
                field: ScenarioField::Weeks,
                error: AmountError::MoreThanPlanWeeks { plan_weeks: 26 }
            })
        );
        let negative = most_hours_within(&plan, &rates, &question("-1", 26), d("13.45"));
        assert_eq!(
            negative,
            Err(BudgetError::Scenario {
                field: ScenarioField::Amount,
                error: AmountError::Negative
            })
        );
        let silly_rate = most_hours_within(&plan, &rates, &question("5000", 26), d("1000000"));
        assert_eq!(
            silly_rate,
            Err(BudgetError::Scenario {
                field: ScenarioField::HourlyRate,
                error: AmountError::TooLarge {
                    max: Decimal::from(1_000)
                }
            })
        );
    }

    #[test]
    fn what_a_funded_rate_pays_a_pa_the_worked_example() {
        // budget-rules.md, "What can we pay a PA?".
        let plan = plan("52", vec![]);
        let rates = TaxYear::Y2026_27.rates();
        let question = FundedRateQuestion {
            funded_rate: d("18.50"),
            hours_a_week: d("20"),
            weeks: 52,
            aged_22_or_over: true,
        };
        let answer = highest_pa_rate(&plan, &rates, &question).unwrap();
        assert_eq!(answer.funding, d("19240.00"));
        let PayableRate::Rate {
            at,
            next_penny_cost,
        } = answer.answer
        else {
            panic!("expected a rate");
        };
        assert_eq!(at.hourly_rate, d("16.01"));
        assert_eq!(at.full_cost, d("19232.70"));
        assert_eq!(next_penny_cost, Some(d("19244.71")));
        assert_eq!(at.pa.wages, d("16650.40"));
        assert_eq!(at.pa.holiday, d("2009.70"));
        assert_eq!(at.pa.ni_before_allowance, d("2049.02"));
        assert_eq!(at.pa.pension, d("372.60"));
    }

    #[test]
    fn a_funded_rate_below_the_fixed_costs_pays_nothing() {
        let plan = plan("52", vec![]);
        let rates = TaxYear::Y2026_27.rates();
        let question = FundedRateQuestion {
            funded_rate: d("1"),
            hours_a_week: d("1"),
            weeks: 52,
            aged_22_or_over: true,
        };
        let answer = highest_pa_rate(&plan, &rates, &question).unwrap();
        assert_eq!(answer.funding, d("52.00"));
        assert_eq!(
            answer.answer,
            PayableRate::NothingFits {
                cost_at_nothing: d("200.00")
            }
        );
    }

    proptest::proptest! {
        #[test]
        fn the_highest_rate_fits_and_a_penny_more_does_not(
            funded_pennies in 0i64..=5_000,
            quarter_hours in 0u32..=240,
            weeks in 1u32..=52,
            aged in proptest::bool::ANY,
        ) {
            let plan = plan("52", vec![]);
            let rates = TaxYear::Y2026_27.rates();
            let question = FundedRateQuestion {
                funded_rate: Decimal::new(funded_pennies, 2),
                hours_a_week: Decimal::new(i64::from(quarter_hours) * 25, 2),
                weeks,
                aged_22_or_over: aged,
            };
            let answer = highest_pa_rate(&plan, &rates, &question).unwrap();
            match answer.answer {
                PayableRate::Rate { at, next_penny_cost } => {
                    proptest::prop_assert!(at.full_cost <= answer.funding);
                    if let Some(next) = next_penny_cost {
                        proptest::prop_assert!(next > answer.funding);
                    }
                }
                PayableRate::NothingFits { cost_at_nothing } => {
                    proptest::prop_assert!(cost_at_nothing > answer.funding);
                }
            }
        }
    }
}
