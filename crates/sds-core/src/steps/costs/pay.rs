//! "What can we pay a PA?" (budget-rules.md): from the hourly rate a
//! council funds, the most a family can pay their PA an hour once every
//! cost of being an employer is paid, beside the least a PA should be paid
//! that tax year, with the breakdown at that rate.

use super::*;
use crate::budget::{Component, FundedRateQuestion, PaAtRate, PayableRate, highest_pa_rate};
use crate::council::config::CouncilConfig;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayAnswerView {
    /// "You could pay your PA up to £16.01 an hour…", or why nothing fits.
    pub answer: String,
    /// Beside the year's PA minimum; `None` when nothing fits.
    pub against_minimum: Option<String>,
    pub below_minimum: bool,
    /// The full cost at that rate, line by line, adding up to `total`.
    pub rows: Vec<(String, String)>,
    pub total: (String, String),
    /// What a penny more an hour would cost.
    pub next_penny: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayView {
    pub fields: Vec<(PayField, AmountFieldView)>,
    /// "At £18.50 an hour for 20 hours a week for 52 weeks, the council
    /// pays £19,240.00."
    pub funding: Option<String>,
    pub answer: Option<PayAnswerView>,
}

pub fn pay_field_id(field: PayField) -> &'static str {
    match field {
        PayField::FundedRate => "pay-rate",
        PayField::HoursAWeek => "pay-hours",
        PayField::Weeks => "pay-weeks",
    }
}

/// The three boxes as typed, read: `Ok(None)` is a blank box.
struct PayTyped {
    rate: Result<Option<Decimal>, AmountError>,
    hours: Result<Option<Decimal>, AmountError>,
    weeks: Result<Option<u32>, AmountError>,
}

fn read_pay(budget: &BudgetPlan) -> PayTyped {
    let plan_weeks = parse_whole(&budget.settings.plan_weeks, FieldKind::PlanWeeks).ok();
    let input = &budget.pay;
    PayTyped {
        rate: parse_optional(&input.funded_rate, FieldKind::HourlyRate),
        hours: parse_optional(&input.hours_a_week, FieldKind::HoursAWeek),
        weeks: match (
            parse_optional_whole(&input.weeks, FieldKind::Weeks),
            plan_weeks,
        ) {
            (Ok(Some(w)), Some(p)) if w > p => {
                Err(AmountError::MoreThanPlanWeeks { plan_weeks: p })
            }
            (other, _) => other,
        },
    }
}

/// Whether every box of the question reads (a blank box does).
pub(super) fn pay_reads(budget: &BudgetPlan) -> bool {
    let typed = read_pay(budget);
    typed.rate.is_ok() && typed.hours.is_ok() && typed.weeks.is_ok()
}

fn answer_rows(at: &PaAtRate, s: &SupportText) -> Vec<(String, String)> {
    let label = |kind: ComponentKind| component_text(kind, s).label.to_owned();
    let allowance_on = at.employer.allowance.is_some();
    let mut rows = vec![
        (label(ComponentKind::Wages), money(at.pa.wages)),
        (label(ComponentKind::HolidayPay), money(at.pa.holiday)),
        (
            if allowance_on {
                s.ni_before_allowance.to_owned()
            } else {
                label(ComponentKind::EmployerNiBeforeAllowance)
            },
            money(at.pa.ni_before_allowance),
        ),
        (label(ComponentKind::Pension), money(at.pa.pension)),
    ];
    let employer: Vec<&Component> = at
        .employer
        .components
        .iter()
        .chain(at.employer.allowance.iter())
        .collect();
    rows.extend(
        employer
            .into_iter()
            .map(|c| (label(c.kind), money(c.amount))),
    );
    rows
}

pub fn pay(plan: &Plan, council: Option<&CouncilConfig>, t: &Text) -> PayView {
    let s = t.support;
    let budget = &plan.support;
    let rates = rates(budget);
    let plan_weeks = parse_whole(&budget.settings.plan_weeks, FieldKind::PlanWeeks).ok();
    let pa = compute(budget, &rates)
        .ok()
        .and_then(|b| first_pa_line(budget, &b, s));
    let council_rate = council.and_then(|c| c.pa_hourly_rate.map(|r| (c, r)));
    let typed = read_pay(budget);
    let input = &budget.pay;
    let field = question_boxes(pay_field_id, s);
    let default_weeks = pa.as_ref().map(|p| p.weeks).or(plan_weeks).unwrap_or(52);
    let fields = vec![
        field(
            PayField::FundedRate,
            s.pay_rate_label,
            match council_rate {
                Some((c, rate)) => s.pay_rate_hint_council(&c.council_name, &money(rate)),
                None => s.pay_rate_hint.to_owned(),
            },
            Typed {
                value: &input.funded_rate,
                error: typed.rate.err(),
                noun: s.noun_rate,
                kind: FieldKind::HourlyRate,
            },
        ),
        field(
            PayField::HoursAWeek,
            s.pay_hours_label,
            match &pa {
                Some(pa) => s.pay_hours_hint_pa(&pa.name, &hours(pa.hours_a_week, s)),
                None => s.pay_hours_hint.to_owned(),
            },
            Typed {
                value: &input.hours_a_week,
                error: typed.hours.err(),
                noun: s.noun_hours,
                kind: FieldKind::HoursAWeek,
            },
        ),
        field(
            PayField::Weeks,
            s.pay_weeks_label,
            s.pay_weeks_hint(&default_weeks),
            Typed {
                value: &input.weeks,
                error: typed.weeks.err(),
                noun: s.noun_weeks,
                kind: FieldKind::Weeks,
            },
        ),
    ];
    let rate = match typed.rate {
        Ok(Some(rate)) => Some(rate),
        Ok(None) => council_rate.map(|(_, rate)| rate),
        Err(_) => None,
    };
    let hours_a_week = match typed.hours {
        Ok(Some(hours)) => Some(hours),
        Ok(None) => pa.as_ref().map(|p| p.hours_a_week),
        Err(_) => None,
    };
    let weeks = match typed.weeks {
        Ok(weeks) => Some(weeks.unwrap_or(default_weeks)),
        Err(_) => None,
    };
    let (Some(funded_rate), Some(hours_a_week), Some(weeks)) = (rate, hours_a_week, weeks) else {
        return PayView {
            fields,
            funding: None,
            answer: None,
        };
    };
    let question = FundedRateQuestion {
        funded_rate,
        hours_a_week,
        weeks,
        aged_22_or_over: pa.as_ref().is_none_or(|p| p.aged_22_or_over),
    };
    let Ok(found) = highest_pa_rate(budget, &rates, &question) else {
        return PayView {
            fields,
            funding: None,
            answer: None,
        };
    };
    let funding = money(found.funding);
    let minimum = rates.pa_minimum_hourly.value;
    let year = tax_year_label(budget.settings.tax_year);
    let answer = match &found.answer {
        PayableRate::Rate {
            at,
            next_penny_cost,
        } => {
            let below = at.hourly_rate < minimum;
            PayAnswerView {
                answer: s.pay_answer(&money(at.hourly_rate)),
                against_minimum: Some(if below {
                    s.pay_below_minimum(&money(minimum), &year)
                } else {
                    s.pay_at_least_minimum(&money(minimum), &year)
                }),
                below_minimum: below,
                rows: answer_rows(at, s),
                total: (s.pay_total(&weeks), money(at.full_cost)),
                next_penny: next_penny_cost.map(|cost| {
                    s.pay_next_penny(
                        &money(at.hourly_rate + Decimal::new(1, 2)),
                        &money(cost),
                        &funding,
                    )
                }),
            }
        }
        PayableRate::NothingFits { cost_at_nothing } => PayAnswerView {
            answer: s.pay_nothing(&funding, &money(*cost_at_nothing)),
            against_minimum: None,
            below_minimum: true,
            rows: Vec::new(),
            total: (s.pay_total(&weeks), money(*cost_at_nothing)),
            next_penny: None,
        },
    };
    PayView {
        fields,
        funding: Some(s.pay_funding(
            &money(funded_rate),
            &hours(hours_a_week, s),
            &weeks,
            &funding,
        )),
        answer: Some(answer),
    }
}

/// The question's problems, for the page's error summary.
pub fn pay_errors(view: &PayView) -> Vec<SupportFieldError> {
    field_errors(view.fields.iter().map(|(_, f)| (f.id, &f.error)))
}
